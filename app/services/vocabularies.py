"""Vocabularies and the service's own health."""

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

import app.models  # noqa: F401 — registers every model's vocabularies
from app.core.vocabulary import all_vocabularies

__all__ = ["all_vocabularies", "database_answers", "sample_pool"]


async def database_answers(engine: AsyncEngine, wait_seconds: float = 2.0) -> bool:
    async def probe() -> None:
        async with engine.connect() as connection:
            connection = await connection.execution_options(sqlite_read_only=True)
            await connection.execute(text("SELECT 1"))

    try:
        await asyncio.wait_for(probe(), wait_seconds)
        return True
    except Exception:
        return False


def sample_pool(engine: AsyncEngine, gauge) -> None:
    pool = engine.sync_engine.pool
    for state in ("checkedout", "checkedin", "overflow", "size"):
        method = getattr(pool, state, None)
        if callable(method):
            gauge.labels(state).set(method())
