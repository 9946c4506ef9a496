"""The runner of import jobs: claims a queued job, runs the resource's import on its upload as
the caller who created it, and records the outcome.

* Claiming is safe with any number of runners (`enc worker` processes, the API's scheduler):
  a conditional UPDATE from `queued`, the candidate read `FOR UPDATE SKIP LOCKED` on
  PostgreSQL; SQLite has one writer at a time.
* The import is the synchronous route's service, called as a black box, in ONE transaction.
  Its commit first marks the job applied — if the job is still this runner's attempt — in the
  same transaction: a job cancelled or taken over meanwhile makes that commit fail, and the
  import is rolled back. So a job's rows are written once or not at all.
* While it runs, the runner renews its lease and writes its progress every heartbeat in a
  short transaction of its own (PostgreSQL; on SQLite the import holds the one write lock, so
  progress is kept in this process, see `live.py`, and the lock itself is the lease). A lease
  that runs out — the runner's process died — sends the job back to `queued`, and the next
  runner runs it again from the start (its transaction died with the process).
* The outcome (report, counts, or why it failed) and the `import.finished` event are written
  in one transaction.
"""

import asyncio
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, event, or_, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import ProblemError
from app.core.imports import ImportMode, ImportReport
from app.models.import_job import ImportJob, ImportJobStatus, ImportKind, ImportUpload
from app.models.webhook import WebhookEventType
from app.services import outbox
from app.services.documents.storage import DocumentStorage, make_storage
from app.services.equipment import imports as equipment_imports
from app.services.import_jobs import uploads
from app.services.import_jobs.jobs import IMPORT_JOBS, RUNNER, actor_of, finished_payload
from app.services.import_jobs.live import LIVE, LiveJob
from app.services.visits import imports as visit_imports

logger = logging.getLogger("enc.imports")
S = ImportJobStatus


class JobTaken(Exception):
    """The job is no longer this attempt's (cancelled, or taken over after a lost lease)."""


@dataclass(frozen=True)
class Claimed:
    id: uuid.UUID
    attempt: int
    kind: str
    mode: str
    dry_run: bool
    actor: dict
    content_type: str
    parts: list[tuple[str, int]]
    association_id: uuid.UUID | None


def _move(current: str, target: str) -> None:
    IMPORT_JOBS.check(current, target, {RUNNER})  # the table says the runner may


class ImportRunner:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        settings: Settings,
        storage: DocumentStorage | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.storage = storage or make_storage(settings)
        self.lease = timedelta(seconds=settings.import_lease_seconds)
        self.heartbeat = settings.import_heartbeat_seconds

    # ---- claiming ---------------------------------------------------------------------------

    async def _postgres(self, session: AsyncSession) -> bool:
        return session.bind.dialect.name == "postgresql"

    async def _anything_to_do(self, now: datetime) -> bool:
        """A read (never waits for SQLite's write lock): a queued job or a lost lease."""
        async with self.sessionmaker() as session:
            # SQLite: a deferred BEGIN, which never waits for the write lock (PostgreSQL's
            # reads never wait).
            if session.bind.dialect.name == "sqlite":
                await session.connection(execution_options={"sqlite_read_only": True})
            found = await session.execute(
                select(ImportJob.id)
                .where(
                    or_(
                        ImportJob.status == S.queued.value,
                        and_(ImportJob.status == S.running.value, ImportJob.lease_until < now),
                    )
                )
                .limit(1)
            )
            return found.first() is not None

    async def recover(self, now: datetime) -> int:
        """Jobs whose runner died (lease run out): back to `queued`, or, when their import was
        committed before the runner died, finished (their report was lost with it)."""
        async with self.sessionmaker() as session:
            lost = (ImportJob.status == S.running.value) & (ImportJob.lease_until < now)
            _move(S.running, "requeue")
            requeued = await session.execute(
                update(ImportJob)
                .where(lost, ImportJob.applied_at.is_(None))
                .values(
                    status=S.queued.value,
                    lease_until=None,
                    updated_at=now,
                    version=ImportJob.version + 1,
                )
            )
            finished = (
                await session.execute(
                    select(ImportJob.id, ImportJob.kind, ImportJob.association_id).where(
                        lost, ImportJob.applied_at.is_not(None)
                    )
                )
            ).all()
            for job_id, kind, association_id in finished:
                done = await session.execute(
                    update(ImportJob)
                    .where(ImportJob.id == job_id, lost)
                    .values(
                        status=S.succeeded.value,
                        lease_until=None,
                        finished_at=now,
                        updated_at=now,
                        version=ImportJob.version + 1,
                    )
                )
                if done.rowcount:
                    outbox.emit(
                        session,
                        WebhookEventType.import_finished,
                        "import_job",
                        job_id,
                        finished_payload(job_id, kind, S.succeeded.value, association_id, {}),
                    )
            await session.commit()
            if requeued.rowcount:
                logger.warning(
                    "import jobs requeued after their runner was lost",
                    extra={"fields": {"jobs": requeued.rowcount}},
                )
            return requeued.rowcount + len(finished)

    async def claim(self, now: datetime) -> Claimed | None:
        async with self.sessionmaker() as session:
            candidate = (
                select(ImportJob.id)
                .where(ImportJob.status == S.queued.value)
                .order_by(ImportJob.created_at, ImportJob.id)
                .limit(1)
            )
            if await self._postgres(session):
                candidate = candidate.with_for_update(skip_locked=True)
            job_id = (await session.execute(candidate)).scalar_one_or_none()
            if job_id is None:
                return None
            _move(S.queued, S.running)
            claimed = await session.execute(
                update(ImportJob)
                .where(ImportJob.id == job_id, ImportJob.status == S.queued.value)
                .values(
                    status=S.running.value,
                    attempts=ImportJob.attempts + 1,
                    lease_until=now + self.lease,
                    started_at=now,
                    updated_at=now,
                    rows_read=0,
                    bytes_read=0,
                    version=ImportJob.version + 1,
                )
            )
            if claimed.rowcount != 1:
                await session.rollback()
                return None
            job = (
                await session.execute(
                    select(ImportJob, ImportUpload.content_type)
                    .join(ImportUpload, ImportUpload.id == ImportJob.upload_id)
                    .where(ImportJob.id == job_id)
                )
            ).one()
            row, content_type = job
            parts = await uploads.parts_of(session, row.upload_id)
            result = Claimed(
                id=row.id,
                attempt=row.attempts,
                kind=row.kind,
                mode=row.mode,
                dry_run=row.dry_run,
                actor=dict(row.actor),
                content_type=content_type,
                parts=parts,
                association_id=row.association_id,
            )
            await session.commit()
            return result

    async def run_once(self, now: datetime | None = None) -> int:
        """Recover lost jobs, then claim and run one queued job; how much was done."""
        now = now or utcnow()
        if not await self._anything_to_do(now):
            return 0
        try:
            done = await self.recover(now)
            job = await self.claim(now)
        except OperationalError as exc:
            if "database is locked" not in str(exc):
                raise
            # SQLite: another process writes (an import holds the one write lock for its
            # whole run); its job's lease cannot be renewed meanwhile. Nothing to do now.
            return 0
        if job is None:
            return done
        await self.run(job)
        return done + 1

    # ---- running ------------------------------------------------------------------------------

    def _fence(self, session: AsyncSession, job: Claimed, live: LiveJob) -> None:
        """The import's commit marks the job applied, if it is still this attempt's."""
        sync = session.sync_session

        def before_commit(inner) -> None:
            if live.fenced:
                return
            now = utcnow()
            marked = inner.execute(
                update(ImportJob)
                .where(
                    ImportJob.id == job.id,
                    ImportJob.attempts == job.attempt,
                    ImportJob.status == S.running.value,
                    ImportJob.applied_at.is_(None),
                )
                .values(applied_at=now, lease_until=now + self.lease, updated_at=now)
            )
            if marked.rowcount != 1:
                raise JobTaken(str(job.id))
            live.fenced = True

        def after_commit(_inner) -> None:
            if live.fenced:
                live.applied = True

        event.listen(sync, "before_commit", before_commit)
        event.listen(sync, "after_commit", after_commit)

    def _read(self, job: Claimed):
        return uploads.read_parts(self.storage, job.parts)

    async def _chunks(self, job: Claimed, live: LiveJob):
        header = job.content_type == "text/csv"
        async for chunk in self._read(job):
            live.bytes_read += len(chunk)
            lines = chunk.count(b"\n")
            if header and lines:
                lines, header = lines - 1, False
            live.rows_read += lines
            yield chunk

    async def _import(self, job: Claimed, live: LiveJob) -> ImportReport:
        actor = actor_of(job.actor, job.id)
        async with self.sessionmaker() as session:
            self._fence(session, job, live)
            chunks = self._chunks(job, live)
            if job.kind == ImportKind.visits:
                return await visit_imports.import_visits(
                    session, actor, chunks, job.content_type, mode=ImportMode(job.mode)
                )
            return await equipment_imports.import_equipment(
                session,
                actor,
                chunks,
                job.content_type,
                mode=ImportMode(job.mode),
                dry_run=job.dry_run,
            )

    async def _watch(self, job: Claimed, live: LiveJob) -> None:
        """Every heartbeat: renew the lease and write the progress; a job no longer this
        attempt's (cancelled by another process, or taken over) stops the import."""
        while True:
            await asyncio.sleep(self.heartbeat)
            if live.fenced or live.task is None or live.task.done():
                return
            now = utcnow()
            async with self.sessionmaker() as session:
                renewed = await session.execute(
                    update(ImportJob)
                    .where(
                        ImportJob.id == job.id,
                        ImportJob.attempts == job.attempt,
                        ImportJob.status == S.running.value,
                        ImportJob.applied_at.is_(None),
                    )
                    .values(
                        lease_until=now + self.lease,
                        rows_read=live.rows_read,
                        bytes_read=live.bytes_read,
                    )
                )
                await session.commit()
            if renewed.rowcount != 1 and not live.fenced and not live.task.done():
                logger.info(
                    "import job stopped: no longer this runner's",
                    extra={"fields": {"job": str(job.id)}},
                )
                live.cancelled = True
                live.task.cancel()
                return

    async def run(self, job: Claimed) -> None:
        live = LiveJob()
        live.task = asyncio.create_task(self._import(job, live))
        LIVE[job.id] = live
        watcher = None
        if await self._is_postgres():  # SQLite: the import holds the one write lock
            watcher = asyncio.create_task(self._watch(job, live))
        report = problem = None
        status = S.succeeded.value
        try:
            report = await live.task
        except asyncio.CancelledError:
            me = asyncio.current_task()
            if me is not None and me.cancelling():
                raise  # this runner is stopping: the lease will send the job back
            if not live.applied:
                return  # cancelled (DELETE writes it) or taken over: nothing was kept
        except JobTaken:
            return
        except ProblemError as exc:
            status = S.failed.value
            body = exc.body()
            report = exc.extra.get("report")
            problem = {k: body[k] for k in ("type", "title", "status", "detail")}
        except Exception as exc:
            logger.exception("import job failed", extra={"fields": {"job": str(job.id)}})
            status = S.failed.value
            problem = {
                "type": "https://enc.roubaix.fr/problems/internal",
                "title": "Internal Error",
                "status": 500,
                "detail": f"The import failed ({type(exc).__name__}); nothing "
                "was written. Start it again, or tell the city's team if it fails again.",
            }
        finally:
            if watcher is not None:
                watcher.cancel()
            LIVE.pop(job.id, None)
        await self._finish(job, live, status, report, problem)

    async def _is_postgres(self) -> bool:
        async with self.sessionmaker() as session:
            return await self._postgres(session)

    async def _finish(self, job: Claimed, live: LiveJob, status: str, report, problem) -> None:
        _move(S.running, status)
        if isinstance(report, ImportReport):
            report = report.model_dump(mode="json")
        counts = {"rows_read": live.rows_read, "rows_accepted": None, "rows_rejected": None}
        if report:
            counts = {
                "rows_read": report["total_rows"],
                "rows_accepted": report["valid_rows"],
                "rows_rejected": report["invalid_rows"],
            }
        now = utcnow()
        async with self.sessionmaker() as session:
            done = await session.execute(
                update(ImportJob)
                .where(
                    ImportJob.id == job.id,
                    ImportJob.attempts == job.attempt,
                    ImportJob.status == S.running.value,
                )
                .values(
                    status=status,
                    report=report,
                    problem=problem,
                    finished_at=now,
                    updated_at=now,
                    lease_until=None,
                    bytes_read=live.bytes_read,
                    version=ImportJob.version + 1,
                    **counts,
                )
            )
            if done.rowcount == 1:
                outbox.emit(
                    session,
                    WebhookEventType.import_finished,
                    "import_job",
                    job.id,
                    finished_payload(job.id, job.kind, status, job.association_id, counts),
                )
            await session.commit()
