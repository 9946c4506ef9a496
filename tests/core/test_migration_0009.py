"""Migration 0009 keeps the visits' skills: each `visit_skills` row becomes its skill's bit of
`visits.skills`, and the downgrade gives the rows back (a fresh database of the backend under
test, with rows in the tables that foreign keys name, so that nothing is rebuilt under them)."""

import asyncio
import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tests.conftest import migrate
from tests.core.test_migrations import _inspect, fresh_database  # noqa: F401 — the fixture

# Values for the NOT NULL columns without a default, by column where a check constrains them.
GIVEN = {"kind": "enc", "status": "open", "legal_form": "other", "role": "city"}


def _new_id(sqlite: bool):
    value = uuid.uuid4()
    return value.hex if sqlite else value  # as `sa.Uuid` stores it on SQLite: CHAR(32)


def _filler(column: sa.Column, sqlite: bool):
    if column.name in GIVEN:
        return GIVEN[column.name]
    kind = column.type
    if column.name == "id" or column.name.endswith("_id"):
        return _new_id(sqlite)
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.Integer | sa.Numeric):
        return 0
    if isinstance(kind, sa.DateTime):
        return datetime(2025, 3, 1, tzinfo=UTC)
    if isinstance(kind, sa.Date):
        return date(2025, 3, 1)
    if isinstance(kind, sa.JSON):
        return []
    return "x"


def _row(table: sa.Table, sqlite: bool, **values) -> dict:
    row = {
        c.name: _filler(c, sqlite)
        for c in table.columns
        if not c.nullable and c.server_default is None and c.name not in values
    }
    return {**row, **values}


def _seed(connection: Connection) -> dict:
    meta = sa.MetaData()
    meta.reflect(connection, only=["associations", "spaces", "visits", "visit_skills", "skills"])
    t = meta.tables
    sqlite = connection.dialect.name == "sqlite"
    association = _row(t["associations"], sqlite)
    connection.execute(t["associations"].insert(), [association])
    space = _row(t["spaces"], sqlite, association_id=association["id"])
    connection.execute(t["spaces"].insert(), [space])
    visits = [
        _row(
            t["visits"],
            sqlite,
            space_id=space["id"],
            association_id=association["id"],
            external_id=f"M-{n}",
            source="app",
            mode="free_access",
            referral="none",
        )
        for n in range(3)
    ]
    connection.execute(t["visits"].insert(), visits)
    codes = ["read-caf-file", "print-attestations"]
    connection.execute(
        t["visit_skills"].insert(),
        [
            {"visit_id": visits[0]["id"], "skill_code": codes[0]},
            {"visit_id": visits[0]["id"], "skill_code": codes[1]},
            {"visit_id": visits[1]["id"], "skill_code": codes[1]},
        ],
    )
    return {"ids": [uuid.UUID(str(v["id"])) for v in visits], "codes": codes}


def _read(connection: Connection, ids) -> tuple[dict, list]:
    bits = dict(connection.execute(sa.text("SELECT code, bit FROM skills")).all())
    meta = sa.MetaData()
    meta.reflect(connection, only=["visits"])
    visits = meta.tables["visits"]
    rows = connection.execute(sa.select(visits.c.id, visits.c.skills)).all()
    masks = {uuid.UUID(str(i)): mask for i, mask in rows}
    return bits, [masks[i] for i in ids]


def _pairs(connection: Connection) -> set:
    rows = connection.execute(sa.text("SELECT visit_id, skill_code FROM visit_skills")).all()
    return {(uuid.UUID(str(v)), c) for v, c in rows}


async def _run(url: str, work):
    from tests.core import test_migrations

    engine = test_migrations.create_engine(
        test_migrations.Settings(database_url=url, _env_file=None, env="test", secret_key="k" * 48)
    )
    try:
        async with engine.begin() as connection:
            return await connection.run_sync(work)
    finally:
        await engine.dispose()


def test_visit_skills_become_bits_and_come_back(fresh_database):  # noqa: F811
    migrate(fresh_database, "base", downgrade=True)
    migrate(fresh_database, "0008")
    seeded = asyncio.run(_run(fresh_database, _seed))
    ids, (caf, attestations) = seeded["ids"], seeded["codes"]
    migrate(fresh_database, "0009")
    bits, masks = asyncio.run(_run(fresh_database, lambda c: _read(c, ids)))
    assert sorted(bits.values()) == list(range(len(bits)))
    assert masks == [1 << bits[caf] | 1 << bits[attestations], 1 << bits[attestations], 0]
    migrate(fresh_database, "0008", downgrade=True)
    pairs = asyncio.run(_run(fresh_database, _pairs))
    assert pairs == {(ids[0], caf), (ids[0], attestations), (ids[1], attestations)}
    migrate(fresh_database)
