"""One fresh database per run (SQLite file or PostgreSQL, from TEST_DATABASE_URL), migrated by
Alembic; every test starts from empty tables; the app is driven over ASGI by httpx."""

import os
import secrets
import tempfile
from pathlib import Path

import httpx
import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.core.config import Settings
from app.main import create_app
from tests.factories import World

ROOT = Path(__file__).resolve().parent.parent
KEEP_TABLES = {"alembic_version", "skills"}  # skills: the six seeded by the migration


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
    )
    values.update(overrides)
    return Settings(**values)


DATABASE_URL = _database_url()
SECRET = secrets.token_urlsafe(48)


def migrate(url: str, revision: str = "head", downgrade: bool = False) -> None:
    config = Config(str(ROOT / "alembic.ini"))
    config.attributes["database_url"] = url
    if downgrade:
        command.downgrade(config, revision)
    else:
        command.upgrade(config, revision)


@pytest.fixture(scope="session")
def settings() -> Settings:
    migrate(DATABASE_URL)
    return make_settings()


@pytest.fixture(scope="session")
async def app(settings):  # noqa: ANN001, ANN201
    application = create_app(settings)
    yield application
    await application.state.engine.dispose()


@pytest.fixture(scope="session")
def backend(settings) -> str:  # noqa: ANN001
    return "sqlite" if settings.is_sqlite else "postgresql"


@pytest.fixture(autouse=True)
async def _empty_tables(request):  # noqa: ANN001, ANN202
    yield
    if "app" not in request.fixturenames:
        return
    await empty_tables(request.getfixturevalue("app").state.engine)


async def empty_tables(engine) -> None:  # noqa: ANN001
    """Every table back to empty, but for the migration's skills (as they were seeded)."""
    tables = [t.name for t in SQLModel.metadata.sorted_tables if t.name not in KEEP_TABLES]
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(text(f"TRUNCATE {', '.join(tables)} CASCADE"))
        else:
            for name in reversed(tables):
                await connection.execute(text(f"DELETE FROM {name}"))  # noqa: S608 — our tables
        # The catalogue keeps the migration's six savoirs, as they were seeded; skills a test
        # added go (sessions using them were truncated above).
        from app.models.training import SEED_SKILLS, Skill

        await connection.execute(Skill.__table__.delete().where(Skill.code.not_in(SEED_SKILLS)))
        await connection.execute(
            Skill.__table__.update().values(archived_at=None, version=1)
            .where(Skill.code.in_(SEED_SKILLS))
        )


@pytest.fixture
async def client(app):  # noqa: ANN001, ANN201
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.fixture
async def world(app, client) -> World:  # noqa: ANN001
    return World(app, client)
