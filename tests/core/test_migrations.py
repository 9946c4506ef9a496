"""The migrations are the schema: on a fresh database of the backend under test, `upgrade head`
gives exactly what the models declare (autogenerate finds nothing, types included), and the
chain goes down to nothing and up again.

Runs in its own database (a temporary SQLite file, or a new PostgreSQL database on the test
server, dropped afterwards), never in the suite's shared one.
"""

import asyncio
import secrets
import tempfile
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Identity, inspect
from sqlalchemy.engine import Connection, make_url
from sqlmodel import SQLModel

import app.models  # noqa: F401 — every table on the metadata
from app.core.config import Settings
from app.core.db import create_engine
from tests.conftest import DATABASE_URL, migrate


async def _admin(url: str, statement: str) -> None:
    import asyncpg

    parsed = make_url(url)
    connection = await asyncpg.connect(
        host=parsed.host,
        port=parsed.port or 5432,
        user=parsed.username,
        password=parsed.password,
        database=parsed.database,
    )
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="module")
def fresh_database() -> Iterator[str]:
    """The URL of a database of the backend under test, empty when the module starts (one for
    the module: creating and dropping a PostgreSQL database waits for a checkpoint)."""
    if DATABASE_URL.startswith("sqlite"):
        folder = tempfile.mkdtemp(prefix="enc-migrations-")
        yield f"sqlite+aiosqlite:///{folder}/migrations.db"
        return
    name = f"enc_migrations_{secrets.token_hex(4)}"
    asyncio.run(_admin(DATABASE_URL, f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(DATABASE_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(_admin(DATABASE_URL, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _differences(connection: Connection) -> list:
    context = MigrationContext.configure(
        connection,
        opts={
            "compare_type": True,
            "compare_server_default": True,
            "render_as_batch": connection.dialect.name == "sqlite",
        },
    )
    return [d for d in compare_metadata(context, SQLModel.metadata) if not _sqlite_identity(d)]


def _sqlite_identity(difference: object) -> bool:
    """SQLite has no IDENTITY: its reflection never shows the one a model column declares, a
    known false difference (the column is still an auto-incrementing INTEGER PRIMARY KEY)."""
    if not (isinstance(difference, list) and len(difference) == 1):
        return False
    kind, _, table, column, _, reflected, declared = difference[0]
    return (
        kind == "modify_default"
        and DATABASE_URL.startswith("sqlite")
        and reflected is None
        and isinstance(declared, Identity)
        and SQLModel.metadata.tables[table].columns[column].identity is not None
    )


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def _inspect(url: str) -> tuple[list, set[str]]:
    engine = create_engine(
        Settings(database_url=url, _env_file=None, env="test", secret_key=secrets.token_urlsafe(48))
    )
    try:
        async with engine.connect() as connection:
            differences = await connection.run_sync(_differences)
            tables = await connection.run_sync(_tables)
    finally:
        await engine.dispose()
    return differences, tables


def test_migrations_match_the_models_and_go_down_and_up(fresh_database):
    model_tables = set(SQLModel.metadata.tables)
    assert {
        "associations",
        "spaces",
        "partners",
        "users",
        "audit_events",
        "idempotency_records",
    } <= model_tables

    migrate(fresh_database)
    differences, tables = asyncio.run(_inspect(fresh_database))
    assert differences == [], "models and migrations differ: write a migration"
    assert tables == model_tables | {"alembic_version"}

    migrate(fresh_database, "base", downgrade=True)
    _, tables = asyncio.run(_inspect(fresh_database))
    assert tables <= {"alembic_version"}, "downgrade base leaves tables behind"

    migrate(fresh_database)
    differences, tables = asyncio.run(_inspect(fresh_database))
    assert differences == []
    assert tables == model_tables | {"alembic_version"}


def test_the_chain_is_linear_and_every_step_reverses(fresh_database):
    from alembic.script import ScriptDirectory

    from app.core.migrations import alembic_config

    config = alembic_config(fresh_database)
    scripts = ScriptDirectory.from_config(config)
    assert len(scripts.get_heads()) == 1, "several heads: merge the branches"
    revisions = [r.revision for r in reversed(list(scripts.walk_revisions()))]
    migrate(fresh_database, "base", downgrade=True)
    # up one step at a time, then down one step at a time
    for revision in revisions:
        migrate(fresh_database, revision)
    for revision in reversed(revisions[:-1]):
        migrate(fresh_database, revision, downgrade=True)
        _, tables = asyncio.run(_inspect(fresh_database))
        assert "associations" in tables  # the first revision's tables stay
    migrate(fresh_database, "base", downgrade=True)
    _, tables = asyncio.run(_inspect(fresh_database))
    assert tables <= {"alembic_version"}
