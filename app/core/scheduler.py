"""One scheduler for the changes that time makes, not requests (reads never write).

A job is a name, an interval and `async def run(session, now) -> int` (how much it did); the
jobs are registered by the application (`app/services/jobs.py`), this module knows no domain.
One pass runs each job in its own session, committed when the job returns and rolled back when
it fails (logged; the other jobs still run, the first error is raised at the end of the pass).

Any number of schedulers may run the same pass at once (`enc worker` processes and the API's
in-process loop): each job claims its rows with a conditional write (`UPDATE … WHERE` still
due, `FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite has one writer at a time), so whatever one
scheduler did, another finds already done. The timetable lives in memory: a scheduler that
starts runs every job at once; a job that did something is due again at once (there may be
more), one that found nothing waits its interval.

When the database is unreachable (a connection error, not a bug in a job) the pass stops at the
first job that met it, ONE line is logged for the whole outage (what failed, no traceback), the
scheduler backs off (2 s, doubling, at most 60 s) and logs one line when the database answers
again. Any other failure is a bug: logged with its traceback, as before.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import utcnow

logger = logging.getLogger("enc.scheduler")

JobRun = Callable[[AsyncSession, datetime], Awaitable[int]]

BACKOFF_FIRST = timedelta(seconds=2)
BACKOFF_MAX = timedelta(seconds=60)


def is_outage(exc: BaseException) -> bool:
    """Whether `exc` says the database cannot be reached (down, refused, unknown host, timed
    out, connection lost) rather than that a job is wrong."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (OSError, TimeoutError, OperationalError, InterfaceError)):
            return True
        if isinstance(current, DBAPIError) and current.connection_invalidated:
            return True
        current = current.__cause__ or current.__context__
    return False


def _one_line(exc: BaseException) -> str:
    from app.core.db import describe_connection_error

    return describe_connection_error(exc)


@dataclass(frozen=True)
class Job:
    name: str
    interval: timedelta
    run: JobRun


class Scheduler:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        jobs: Iterable[Job],
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.jobs = list(jobs)
        names = [job.name for job in self.jobs]
        if len(set(names)) != len(names):
            raise ValueError(f"Job names must be unique: {names}")
        self.clock = clock
        self._due_at: dict[str, datetime] = {}
        # The database outage under way, if any: since when, the current wait, the next try.
        self.outage_since: datetime | None = None
        self.backoff: timedelta | None = None
        self.retry_at: datetime | None = None

    async def run_job(self, job: Job, now: datetime) -> int:
        async with self.sessionmaker() as session:
            done = await job.run(session, now)
            await session.commit()
        return done

    async def run_pass(
        self, names: Iterable[str] | None = None, *, due_only: bool = False
    ) -> dict[str, int]:
        """Run the jobs (those named, or all; with `due_only`, those whose time has come);
        how much each did."""
        wanted = set(names) if names is not None else None
        now = self.clock()
        results: dict[str, int] = {}
        failures: list[Exception] = []
        if due_only and self.retry_at is not None and now < self.retry_at:
            return results  # backing off: the database was unreachable
        outage = None
        for job in self.jobs:
            if wanted is not None and job.name not in wanted:
                continue
            if due_only and self._due_at.get(job.name, now) > now:
                continue
            try:
                done = await self.run_job(job, now)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if is_outage(exc):
                    outage = exc  # the other jobs need the same database: stop this pass
                    failures.append(exc)
                    break
                logger.exception("scheduled job failed", extra={"fields": {"job": job.name}})
                failures.append(exc)
                done = 0
            results[job.name] = done
            self._due_at[job.name] = now if done else now + job.interval
        if outage is not None:
            self._back_off(job.name, outage, now)
        elif results and self.outage_since is not None:
            self._recovered(now)
        if failures:
            raise failures[0]
        return results

    def _back_off(self, job: str, exc: BaseException, now: datetime) -> None:
        if self.outage_since is None:
            self.outage_since = now
            self.backoff = BACKOFF_FIRST
            logger.error(
                f"database unreachable, scheduled jobs paused (job {job}: {_one_line(exc)}); "
                "retrying with backoff, one line when it answers again",
                extra={"fields": {"job": job, "error": _one_line(exc)}},
            )
        else:
            self.backoff = min(self.backoff * 2, BACKOFF_MAX)
            logger.debug("database still unreachable", extra={"fields": {"job": job}})
        self.retry_at = now + self.backoff

    def _recovered(self, now: datetime) -> None:
        seconds = round((now - self.outage_since).total_seconds(), 1)
        logger.warning(
            f"database reachable again after {seconds} s, scheduled jobs resumed",
            extra={"fields": {"outage_seconds": seconds}},
        )
        self.outage_since = self.backoff = self.retry_at = None

    def seconds_until_due(self) -> float:
        if not self.jobs:
            return 60.0
        now = self.clock()
        soonest = min(self._due_at.get(job.name, now) for job in self.jobs)
        if self.retry_at is not None:
            soonest = max(soonest, self.retry_at)
        return max(0.0, (soonest - now).total_seconds())

    async def run_forever(self, stop: asyncio.Event | None = None) -> None:
        stop = stop or asyncio.Event()
        while not stop.is_set():
            try:
                await self.run_pass(due_only=True)
            except asyncio.CancelledError:
                raise
            except Exception:
                pass
            wait = self.seconds_until_due()
            if wait <= 0:
                await asyncio.sleep(0)  # let others run between busy passes
                continue
            try:
                await asyncio.wait_for(stop.wait(), timeout=wait)
            except TimeoutError:
                pass


__all__ = ["Job", "JobRun", "Scheduler"]
