"""Every list that declares a sync is fed by migration 0022's triggers, under the resource name
it reads, on the database the tests run on (a SQLite batch migration that rebuilds a table
drops its triggers: this is where that shows)."""

import importlib
import importlib.util
import pkgutil
from pathlib import Path

from sqlalchemy import text

import app.services
from app.core.repository import Repository

MIGRATION = (
    Path(__file__).resolve().parents[2] / "app" / "migrations" / "versions" / "0022_sync_changes.py"
)


def _tracked() -> dict:
    spec = importlib.util.spec_from_file_location("migration_0022", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TRACKED


def synced_repositories() -> list[Repository]:
    found = {}
    for info in pkgutil.walk_packages(app.services.__path__, "app.services."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, Repository) and value.sync is not None:
                found[id(value)] = value
    return list(found.values())


async def test_each_synced_list_is_logged_by_triggers(world, backend):
    repositories = synced_repositories()
    assert {r.sync.resource for r in repositories} >= {
        "space", "visit", "training_session", "maintenance_ticket", "equipment"
    }
    tracked = _tracked()
    async with world.session() as session:
        for repository in repositories:
            table = repository.model.__tablename__
            assert tracked[table][:2] == (repository.sync.resource, "id"), table
            if backend == "postgresql":
                names = await session.execute(
                    text("SELECT tgname FROM pg_trigger WHERE tgrelid = CAST(:t AS regclass)"),
                    {"t": table},
                )
            else:
                names = await session.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
                    {"t": table},
                )
            found = {row[0] for row in names}
            expected = {f"sync_log_{table}_{event}" for event in ("insert", "update", "delete")}
            assert expected <= found, (table, found)


async def test_a_write_logs_its_row_in_its_own_transaction(world, backend):
    w = await world.standard()
    async with world.session() as session:
        rows = await session.execute(
            text("SELECT resource, row_id, tx FROM sync_changes WHERE resource = 'space'")
        )
        logged = {(str(row.row_id).replace("-", ""), row.tx is not None) for row in rows}
    postgresql = backend == "postgresql"
    assert {(w[s].id.hex, postgresql) for s in ("s1", "s1b", "s2")} <= logged
