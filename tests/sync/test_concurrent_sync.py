"""A sync misses no change committed while clients page through it (PostgreSQL, real
concurrency): every committed change shows in the sync it overlaps or the next one, never in
neither — including a transaction that wrote before a sync's first read and committed after.

The same scenario with a naive token (the highest change seen) loses that transaction: the
second test proves the first has teeth."""

import asyncio
import itertools
import random

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from app.core import sync as sync_module
from tests.conftest import DATABASE_URL
from tests.sync.helpers import API

pytestmark = pytest.mark.commits
ROUNDS = 12
_values = itertools.count(1)


async def _write(engine, space_id, value: str, *, held: asyncio.Event | None = None,
                 written: asyncio.Event | None = None) -> None:
    """One change in its own transaction; `held`: wait for it before committing."""
    async with engine.connect() as connection:
        async with connection.begin():
            await connection.execute(
                text("UPDATE spaces SET description = :value, version = version + 1 "
                     "WHERE id = :id"),
                {"value": value, "id": space_id},
            )
            if written is not None:
                written.set()
            if held is not None:
                await held.wait()


class App:
    """An offline app's cache of `/spaces`, filled by syncs of two items a page."""

    def __init__(self, client, headers) -> None:
        self.client, self.headers = client, headers
        self.cache: dict[str, str | None] = {}
        self.token = "start"

    async def sync(self, after_first_page: asyncio.Event | None = None) -> None:
        query = {"sync": self.token, "limit": 2}
        while True:
            response = await self.client.get(f"{API}/spaces", params=query, headers=self.headers)
            assert response.status_code == 200, response.text
            body = response.json()
            for item in body["items"]:
                self.cache[item["id"]] = item["description"]
            for tombstone in body["tombstones"]:
                self.cache.pop(tombstone["id"], None)
            if after_first_page is not None:
                after_first_page.set()
                await asyncio.sleep(0.01)  # let the held writer commit before the next page
                after_first_page = None
            if body["next_cursor"] is None:
                self.token = body["sync_token"]
                return
            query = {"cursor": body["next_cursor"], "limit": 2}


async def _scenario(world, client, *, busy_writers: int) -> tuple[dict, dict]:
    """Writers commit while the app syncs, round after round; then one last sync. The app's
    cache and the table, as the app sees them and as they are. Each round has one late
    writer; `busy_writers` more commit at random all along."""
    w = await world.standard()
    for _ in range(5):
        await world.space(w["a1"].id)
    async with world.session() as session:
        rows = await session.execute(text("SELECT id FROM spaces ORDER BY id"))
        spaces = [str(row[0]) for row in rows]
    late_rows, busy_rows = spaces[:3], spaces[3:]
    engine = create_async_engine(DATABASE_URL, pool_size=6)
    app = App(client, w["city"].headers)
    await app.sync()
    stop = asyncio.Event()

    async def busy_writer(seed: int) -> None:
        rng = random.Random(seed)
        while not stop.is_set():
            await _write(engine, rng.choice(busy_rows), f"busy {next(_values)}")
            await asyncio.sleep(rng.random() / 200)

    try:
        busy = [asyncio.create_task(busy_writer(seed)) for seed in range(busy_writers)]
        for round_ in range(ROUNDS):
            # A writer that wrote before the sync's first read and commits during the sync;
            # a busy writer commits a later change first, so the late one is "behind" it.
            held, written = asyncio.Event(), asyncio.Event()
            late = asyncio.create_task(_write(
                engine, late_rows[round_ % len(late_rows)], f"late {next(_values)}",
                held=held, written=written,
            ))
            await written.wait()
            await _write(engine, busy_rows[0], f"busy {next(_values)}")
            await app.sync(after_first_page=held)
            await late
        stop.set()
        await asyncio.gather(*busy)
        await app.sync()  # the next sync, after the last write
        async with engine.connect() as connection:
            rows = await connection.execute(text("SELECT id, description FROM spaces"))
            table = {str(row[0]): row[1] for row in rows}
    finally:
        stop.set()
        await engine.dispose()
    return app.cache, table


@pytest.fixture
def postgresql_only(backend):
    if backend != "postgresql":
        pytest.skip("real concurrent writers: PostgreSQL (SQLite serialises its writers)")


@pytest.mark.parametrize("busy_writers", [0, 3])
async def test_no_change_committed_during_a_sync_is_missed(
    postgresql_only, world, client, busy_writers
):
    cache, table = await _scenario(world, client, busy_writers=busy_writers)
    assert cache == table


async def test_a_naive_token_would_miss_the_late_commit(
    postgresql_only, world, client, monkeypatch
):
    """The token as "the latest change seen" (max(updated_at), here the log's time): the late
    transaction stamped its change before the busy one it commits after, and is lost."""

    async def latest_seen(session, log):
        latest = (await session.execute(text("SELECT max(at) FROM sync_changes"))).scalar()
        return {"t": latest.isoformat()}

    monkeypatch.setattr(sync_module, "watermark", latest_seen)
    cache, table = await _scenario(world, client, busy_writers=0)
    missed = {space for space, value in table.items() if cache.get(space) != value}
    assert missed, "the naive token saw everything: the scenario lost its teeth"
    assert all(table[space].startswith("late") for space in missed)
