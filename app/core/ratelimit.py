"""Fixed-window counters. Login throttling counts failures in the database by default, in Redis
when `REDIS_URL` is set (every process sees them). The per-caller request limit counts every
request, so it never writes to the database: it is kept in this process's memory
(`MemoryRequestLimiter`, bounded) when `REDIS_URL` is unset, and in Redis when it is set, so that
several workers or replicas share one budget per caller.

The database counter runs in the caller's session and transaction (the caller commits): on
SQLite a second connection would wait on the first one's write lock. Its table is
`app.models.platform.RateLimitCounter`, handed in by `app/main.py` (`app/core` imports nothing
from `app.models`); only its columns `key`, `window_start` (the primary key) and `count` are
relied on.
"""

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel


@dataclass(frozen=True)
class Window:
    count: int
    limit: int
    reset_in: int  # seconds until the window ends

    @property
    def exceeded(self) -> bool:
        return self.count > self.limit

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.count)

    def headers(self) -> dict[str, str]:
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_in),
        }
        if self.exceeded:
            headers["Retry-After"] = str(self.reset_in)
        return headers


def _window(seconds: int, now: float | None = None) -> tuple[int, int]:
    now = time.time() if now is None else now
    start = int(now // seconds * seconds)
    return start, max(1, int(start + seconds - now))


class Counters(Protocol):
    async def hit(self, session: AsyncSession, key: str, seconds: int, limit: int) -> Window: ...
    async def peek(self, session: AsyncSession, key: str, seconds: int, limit: int) -> Window: ...
    async def clear(self, session: AsyncSession, key: str, seconds: int) -> None: ...


class DatabaseCounters:
    def __init__(self, table: type[SQLModel]) -> None:
        self.table = table

    async def hit(self, session: AsyncSession, key: str, seconds: int, limit: int) -> Window:
        start, reset_in = _window(seconds)
        dialect = session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        statement = (
            insert(self.table)
            .values(key=key, window_start=start, count=1)
            .on_conflict_do_update(
                index_elements=["key", "window_start"],
                set_={"count": self.table.count + 1},
            )
            .returning(self.table.count)
        )
        count = (await session.execute(statement)).scalar_one()
        if count == 1:  # first hit of a window: sweep this key's old windows
            await session.execute(
                delete(self.table).where(self.table.key == key, self.table.window_start < start)
            )
        return Window(count=count, limit=limit, reset_in=reset_in)

    async def peek(self, session: AsyncSession, key: str, seconds: int, limit: int) -> Window:
        start, reset_in = _window(seconds)
        count = (
            await session.execute(
                select(self.table.count).where(
                    self.table.key == key, self.table.window_start == start
                )
            )
        ).scalar_one_or_none() or 0
        return Window(count=count, limit=limit, reset_in=reset_in)

    async def clear(self, session: AsyncSession, key: str, seconds: int) -> None:
        await session.execute(delete(self.table).where(self.table.key == key))


class RedisCounters:
    def __init__(self, url: str) -> None:
        from redis.asyncio import Redis

        self.redis = Redis.from_url(url)

    async def hit(self, session: AsyncSession, key: str, seconds: int, limit: int) -> Window:
        start, reset_in = _window(seconds)
        name = f"enc:rl:{key}:{start}"
        async with self.redis.pipeline(transaction=True) as pipe:
            count, _ = await pipe.incr(name).expire(name, seconds + 1).execute()
        return Window(count=int(count), limit=limit, reset_in=reset_in)

    async def peek(self, session: AsyncSession, key: str, seconds: int, limit: int) -> Window:
        start, reset_in = _window(seconds)
        count = await self.redis.get(f"enc:rl:{key}:{start}")
        return Window(count=int(count or 0), limit=limit, reset_in=reset_in)

    async def clear(self, session: AsyncSession, key: str, seconds: int) -> None:
        start, _ = _window(seconds)
        await self.redis.delete(f"enc:rl:{key}:{start}")


class RequestLimiter(Protocol):
    async def hit(self, key: str, seconds: int, limit: int) -> Window: ...


class MemoryRequestLimiter:
    """One process's fixed windows, the same arithmetic as `RedisCounters` (same headers).
    At most `max_keys` callers are tracked: beyond that the least recently seen is forgotten
    (it starts a fresh window if it comes back), so memory stays bounded under a flood of
    distinct callers. Nothing awaits between reading and writing a count: safe in one event
    loop without a lock."""

    def __init__(self, max_keys: int = 100_000) -> None:
        self.max_keys = max_keys
        self._windows: OrderedDict[str, tuple[int, int]] = OrderedDict()  # key -> (start, n)

    async def hit(self, key: str, seconds: int, limit: int) -> Window:
        start, reset_in = _window(seconds)
        held = self._windows.pop(key, None)
        count = held[1] + 1 if held is not None and held[0] == start else 1
        self._windows[key] = (start, count)
        while len(self._windows) > self.max_keys:
            self._windows.popitem(last=False)
        return Window(count=count, limit=limit, reset_in=reset_in)


class RedisRequestLimiter:
    def __init__(self, counters: RedisCounters) -> None:
        self.counters = counters

    async def hit(self, key: str, seconds: int, limit: int) -> Window:
        return await self.counters.hit(None, key, seconds, limit)  # type: ignore[arg-type]


def make_request_limiter(counters: Counters) -> RequestLimiter:
    """Redis when the login counters are in Redis (`REDIS_URL`), else this process's memory."""
    if isinstance(counters, RedisCounters):
        return RedisRequestLimiter(counters)
    return MemoryRequestLimiter()


def make_counters(redis_url: str | None, table: type[SQLModel]) -> Counters:
    """Redis when `redis_url` is set, else the database's `table` (RateLimitCounter)."""
    return RedisCounters(redis_url) if redis_url else DatabaseCounters(table)
