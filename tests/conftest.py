"""One fresh database per run (SQLite file or PostgreSQL, from TEST_DATABASE_URL), migrated by
Alembic; every test starts from empty tables; the app is driven over ASGI by httpx."""

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

import httpx
import pytest
from alembic import command
from sqlalchemy import event, text
from sqlalchemy.pool import Pool
from sqlmodel import SQLModel

import app.models
from app.core.config import Settings
from app.core.migrations import alembic_config
from app.main import create_app
from app.models.training import SEED_SKILLS
from tests.factories import World

ROOT = Path(__file__).resolve().parent.parent
# Rows the migrations seed: the six skills (0004), the label criteria's first version (0008) and
# the first version of each document template (0017).
KEEP_TABLES = {"alembic_version", "skills", "label_criteria_versions", "document_templates"}
SEEDED_TEMPLATES = 3
SEEDED_CRITERIA_VERSION = 1


def _database_url() -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    folder = tempfile.mkdtemp(prefix="enc-test-")
    return f"sqlite+aiosqlite:///{folder}/test.db"


def make_settings(**overrides) -> Settings:
    values = dict(
        env="test", database_url=DATABASE_URL, secret_key=SECRET,
        rate_limit_per_minute=100_000, log_level="WARNING", _env_file=None,
        document_dir=DOCUMENT_DIR,
    )
    values.update(overrides)
    return Settings(**values)


DATABASE_URL = _database_url()
# The documents' files (the filesystem storage) of this run: never the working tree's var/.
DOCUMENT_DIR = tempfile.mkdtemp(prefix="enc-test-documents-")
SECRET = secrets.token_urlsafe(48)


def migrate(url: str, revision: str = "head", downgrade: bool = False) -> None:
    config = alembic_config(url)
    if downgrade:
        command.downgrade(config, revision)
    else:
        command.upgrade(config, revision)


@pytest.fixture(scope="session")
def settings() -> Settings:
    migrate(DATABASE_URL)
    return make_settings()


@pytest.fixture(scope="session")
async def app(settings):
    application = create_app(settings)
    yield application
    await application.state.engine.dispose()


@pytest.fixture(scope="session")
def backend(settings) -> str:
    return "sqlite" if settings.is_sqlite else "postgresql"


@pytest.fixture(autouse=True)
async def _isolation(request):
    """Each test that drives the app runs inside one transaction that is rolled back at its end
    (as Polar's suite does): the app's sessions join it through savepoints, so a service's
    `commit()` releases a savepoint and nothing reaches the database. Tests that need real
    commits — concurrent writers, several connections, live servers, a second app — say so
    with `@pytest.mark.commits` and get the old clean-up (every table emptied afterwards)."""
    if "app" not in request.fixturenames:
        yield
        return
    application = request.getfixturevalue("app")
    if request.node.get_closest_marker("commits"):
        yield
        await empty_tables(application.state.engine)
        return
    async with rolled_back(application):
        yield
    # The safety net: a test that wrote outside its transaction (its own engine, a second
    # app) would leak rows into the next tests. It fails here, naming the fix, and is cleaned.
    if leftover := await leftover_tables(application.state.engine):
        await empty_tables(application.state.engine)
        pytest.fail(
            "this test committed rows outside its rolled-back transaction; mark it "
            f"@pytest.mark.commits (rows left in {leftover})", pytrace=False,
        )


class SecondConnection(RuntimeError):
    """Raised when a rolled-back test asks the pool for another connection."""


@contextlib.asynccontextmanager
async def rolled_back(application):
    engine = application.state.engine
    sessionmaker = application.state.sessionmaker
    saved = dict(sessionmaker.kw)
    # SQLite: a deferred BEGIN, so the write lock is taken at the first write, not up front.
    async with engine.connect() as connection:
        await connection.execution_options(sqlite_read_only=True)
        outer = await connection.begin()
        sessionmaker.configure(bind=connection, join_transaction_mode="create_savepoint")

        # Another connection — from this app's pool or any other engine (a second app, the
        # test's own) — would not see this test's rows (PostgreSQL) or would wait 30 s on its
        # write lock (SQLite): refuse it at once, with the way out in the message.
        def refuse_checkout(*_args) -> None:
            raise SecondConnection(
                "a rolled-back test opened a second database connection; "
                "mark it @pytest.mark.commits"
            )

        event.listen(Pool, "checkout", refuse_checkout)
        try:
            yield connection
        finally:
            event.remove(Pool, "checkout", refuse_checkout)
            sessionmaker.kw.clear()
            sessionmaker.kw.update(saved)
            if outer.is_active:
                await outer.rollback()


async def leftover_tables(engine) -> list[str]:
    """Tables holding rows a test should not have left (one round trip on PostgreSQL)."""
    names = [t.name for t in SQLModel.metadata.sorted_tables if t.name not in KEEP_TABLES]
    probe = " UNION ALL ".join(
        f"SELECT '{name}' WHERE EXISTS (SELECT 1 FROM {name})" for name in names  # noqa: S608
    )
    async with engine.connect() as connection:
        found = [row[0] for row in await connection.execute(text(probe))]
        skills = await connection.execute(text("SELECT count(*) FROM skills"))
        if skills.scalar_one() != len(SEED_SKILLS):
            found.append("skills")
        versions = await connection.execute(text("SELECT count(*) FROM label_criteria_versions"))
        if versions.scalar_one() != 1:
            found.append("label_criteria_versions")
        templates = await connection.execute(
            text("SELECT count(*) FROM document_templates WHERE version = 1")
        )
        extra = await connection.execute(
            text("SELECT count(*) FROM document_templates WHERE version != 1")
        )
        if templates.scalar_one() != SEEDED_TEMPLATES or extra.scalar_one():
            found.append("document_templates")
    return found


async def empty_tables(engine) -> None:
    """Every table back to empty, but for what the migrations seeded (as they seeded it).
    DELETE in dependency order on both backends, the seeded tables at their place in it:
    PostgreSQL's TRUNCATE … CASCADE would also empty the kept tables that reference users."""
    from app.models.training import Skill

    seeded = {
        "label_criteria_versions": text(
            "DELETE FROM label_criteria_versions WHERE number != :seeded"
        ).bindparams(seeded=SEEDED_CRITERIA_VERSION),
        "document_templates": text("DELETE FROM document_templates WHERE version != 1"),
        # The catalogue keeps the migration's six savoirs; skills a test added go.
        "skills": Skill.__table__.delete().where(Skill.code.not_in(SEED_SKILLS)),
    }
    async with engine.begin() as connection:
        for table in reversed(SQLModel.metadata.sorted_tables):
            if table.name in seeded:
                await connection.execute(seeded[table.name])
            elif table.name not in KEEP_TABLES and table.name != "sync_changes":
                await connection.execute(table.delete())
        # Last: the deletes above are logged by migration 0022's triggers (SQLite).
        await connection.execute(text("DELETE FROM sync_changes"))
        await connection.execute(
            Skill.__table__.update().values(archived_at=None, version=1)
            .where(Skill.code.in_(SEED_SKILLS))
        )


@pytest.fixture
async def client(app):
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.fixture
async def world(app, client) -> World:
    return World(app, client)
