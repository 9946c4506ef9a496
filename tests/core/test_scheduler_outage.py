"""The scheduler with its database down (a real engine on a closed port, or a SQLite file that
cannot be opened): one log line for the whole outage, no traceback, passes backing off from 2 s
doubling to 60 s, and one line when the database answers again."""

import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from app.core.scheduler import BACKOFF_MAX, Scheduler
from app.services.jobs import scheduled_jobs
from tests.pg_cluster import free_port


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class Switch:
    """A sessionmaker that can be pointed at another database: down, then up again."""

    def __init__(self, target) -> None:
        self.target = target
        self.opened = 0

    def __call__(self):
        self.opened += 1
        return self.target()


@pytest.fixture
def enc_log(caplog):
    """Records of the `enc` loggers (which do not propagate to the root)."""
    root = logging.getLogger("enc")
    root.addHandler(caplog.handler)
    try:
        yield caplog
    finally:
        root.removeHandler(caplog.handler)


@pytest.mark.parametrize("down", ["postgresql-closed-port", "sqlite-unopenable"])
async def test_one_line_per_outage_with_backoff_and_one_on_recovery(app, enc_log, tmp_path, down):
    url = (
        f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/enc"
        if down.startswith("postgresql")
        else f"sqlite+aiosqlite:///{tmp_path}/missing/folder/enc.db"
    )
    dead = create_async_engine(url)
    switch = Switch(async_sessionmaker(dead, expire_on_commit=False))
    clock = Clock()
    scheduler = Scheduler(switch, scheduled_jobs(switch, app.state.settings), clock=clock)

    tries: list[datetime] = []
    start = clock.now
    for _ in range(300):  # five minutes of a worker loop, one second at a time
        before = switch.opened
        try:
            await scheduler.run_pass(due_only=True)
        except Exception:
            pass
        if switch.opened > before:
            tries.append(clock.now)
        clock.now += timedelta(seconds=1)
    await dead.dispose()

    lines = [r for r in enc_log.records if r.levelno >= logging.WARNING]
    assert len(lines) == 1, [r.getMessage() for r in lines]
    line = lines[0]
    assert line.exc_info is None and "Traceback" not in enc_log.text
    assert "database unreachable" in line.getMessage() and len(line.getMessage()) < 600
    # each pass stops at the first job that met the outage
    assert switch.opened == len(tries)
    gaps = [(b - a).total_seconds() for a, b in zip(tries, tries[1:], strict=False)]
    assert gaps[:6] == [2, 4, 8, 16, 32, 60], gaps
    assert set(gaps[5:]) == {BACKOFF_MAX.total_seconds()}
    assert len(tries) < 15  # not 150 tries (every 2 s) in five minutes

    switch.target = app.state.sessionmaker  # the database is back
    clock.now = scheduler.retry_at
    await scheduler.run_pass(due_only=True)
    await scheduler.run_pass(due_only=True)
    lines = [r for r in enc_log.records if r.levelno >= logging.WARNING]
    assert len(lines) == 2, [r.getMessage() for r in lines]
    assert "reachable again" in lines[1].getMessage() and lines[1].exc_info is None
    assert scheduler.outage_since is None and scheduler.retry_at is None
    assert (clock.now - start).total_seconds() > 0


async def test_a_failing_job_that_is_not_an_outage_still_logs_its_traceback(app, enc_log):
    from app.core.scheduler import Job

    async def broken(session, now) -> int:
        raise RuntimeError("a bug")

    scheduler = Scheduler(app.state.sessionmaker, [Job("broken", timedelta(seconds=1), broken)])
    with pytest.raises(RuntimeError):
        await scheduler.run_pass()
    (line,) = [r for r in enc_log.records if r.levelno >= logging.WARNING]
    assert line.exc_info is not None and scheduler.outage_since is None
