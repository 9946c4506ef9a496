"""`enc worker --once`: one scheduler pass against DATABASE_URL (here: the expired idempotency
records' purge, the job that needs no fixtures beyond a row)."""

import asyncio
from datetime import timedelta

from sqlalchemy import select

from app.core.clock import utcnow
from app.core.db import create_engine, create_sessionmaker
from app.models.platform import IdempotencyRecord
from tests.cli.test_cli import run
from tests.conftest import make_settings


async def _records(url: str, add: list[IdempotencyRecord] | None = None) -> set[str]:
    engine = create_engine(make_settings(database_url=url))
    try:
        async with create_sessionmaker(engine)() as session:
            if add:
                session.add_all(add)
                await session.commit()
            return set((await session.execute(select(IdempotencyRecord.key))).scalars())
    finally:
        await engine.dispose()


def test_worker_once_runs_the_scheduled_jobs(tmp_path):
    database = tmp_path / "worker.db"
    assert run(database, "migrate").exit_code == 0
    url = f"sqlite+aiosqlite:///{database}"
    rows = [
        IdempotencyRecord(principal="user:x", key=key, fingerprint="0" * 64, status="done",
                          expires_at=utcnow() + delta)
        for key, delta in (("old", timedelta(hours=-1)), ("fresh", timedelta(hours=1)))
    ]
    assert asyncio.run(_records(url, rows)) == {"old", "fresh"}
    result = run(database, "worker", "--once")
    assert result.exit_code == 0, result.output or repr(result.exception)
    assert asyncio.run(_records(url)) == {"fresh"}
