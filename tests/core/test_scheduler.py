"""The scheduler: a pass runs each job in its own committed transaction, a failing job rolls
back alone, the timetable; and the expired idempotency records' purge, with two workers."""

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.core.clock import utcnow
from app.core.db import create_engine, create_sessionmaker
from app.core.scheduler import Job, Scheduler
from app.models.platform import IdempotencyRecord
from app.services.jobs import IDEMPOTENCY_PURGE, scheduled_jobs
from tests.conftest import make_settings


def record(key: str, expires_in: timedelta) -> IdempotencyRecord:
    return IdempotencyRecord(
        principal="user:test", key=key, fingerprint="0" * 64, status="done",
        response_status=201, expires_at=utcnow() + expires_in,
    )


async def keys(app) -> set[str]:
    async with app.state.sessionmaker() as session:
        return set((await session.execute(select(IdempotencyRecord.key))).scalars())


async def test_a_pass_commits_each_job_and_a_failing_one_rolls_back_alone(app):
    added = iter(range(100))

    async def adds(session, now) -> int:
        session.add(record(f"kept-{next(added)}", timedelta(hours=1)))
        return 1

    async def fails(session, now) -> int:
        session.add(record("rolled-back", timedelta(hours=1)))
        await session.flush()
        raise RuntimeError("boom")

    nothing_calls: list = []

    async def nothing(session, now) -> int:
        nothing_calls.append(now)
        return 0

    every = timedelta(minutes=10)
    scheduler = Scheduler(
        app.state.sessionmaker,
        [Job("adds", every, adds), Job("fails", every, fails), Job("nothing", every, nothing)],
    )
    with pytest.raises(RuntimeError, match="boom"):
        await scheduler.run_pass()
    assert await keys(app) == {"kept-0"}
    assert len(nothing_calls) == 1  # ran after the failing job
    # the timetable: a job that did something is due again at once, the others wait
    assert scheduler.seconds_until_due() == 0
    assert await scheduler.run_pass(due_only=True) == {"adds": 1}
    assert await keys(app) == {"kept-0", "kept-1"}
    with pytest.raises(ValueError, match="unique"):
        Scheduler(app.state.sessionmaker, [Job("x", every, nothing), Job("x", every, nothing)])


async def test_run_forever_stops_when_told(app):
    ran = asyncio.Event()

    async def job(session, now) -> int:
        ran.set()
        return 0

    stop = asyncio.Event()
    scheduler = Scheduler(app.state.sessionmaker, [Job("job", timedelta(hours=1), job)])
    task = asyncio.create_task(scheduler.run_forever(stop))
    await asyncio.wait_for(ran.wait(), timeout=5)
    stop.set()
    await asyncio.wait_for(task, timeout=5)


@pytest.mark.commits
async def test_two_workers_purge_expired_idempotency_records(app):
    async with app.state.sessionmaker() as session:
        session.add_all(record(f"old-{n}", timedelta(hours=-1 - n)) for n in range(5))
        session.add(record("fresh", timedelta(hours=1)))
        await session.commit()
    worker_settings = make_settings()
    engines = [create_engine(worker_settings), create_engine(worker_settings)]
    try:
        schedulers = [
            Scheduler(maker, scheduled_jobs(maker, worker_settings))
            for maker in (create_sessionmaker(e) for e in engines)
        ]
        results = await asyncio.gather(*(s.run_pass([IDEMPOTENCY_PURGE]) for s in schedulers))
    finally:
        for engine in engines:
            await engine.dispose()
    assert sum(r[IDEMPOTENCY_PURGE] for r in results) == 5
    assert await keys(app) == {"fresh"}
    async with app.state.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 1
