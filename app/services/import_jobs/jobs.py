"""Import jobs: created on an upload (or on a body sent whole), read and listed in the caller's
scope, cancelled by DELETE. The job's moves are a state machine (queued → running → succeeded |
failed, queued | running → cancelled, running → queued when its runner died); the runner
(`runner.py`) makes the runner's moves, the creator's association or the city cancels.

A cancelled job keeps nothing, as a killed import: a queued one never runs; a running one has
its import transaction rolled back (the runner's, in this process at once; in another process
at its next heartbeat, or refused at its commit, which checks the job is still its own)."""

import asyncio
import uuid
from collections.abc import AsyncIterable
from dataclasses import asdict

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, ValidationFailed
from app.core.imports import ImportMode, import_form
from app.core.pagination import Listing, SortKey, where_given
from app.core.repository import Repository
from app.core.state_machine import Move, StateMachine
from app.models.import_job import (
    ImportJob,
    ImportJobCreate,
    ImportJobRead,
    ImportJobStatus,
    ImportKind,
    ImportUpload,
)
from app.models.webhook import WebhookEventType
from app.services import audit, outbox, policy
from app.services.documents.storage import DocumentStorage
from app.services.import_jobs import uploads
from app.services.import_jobs.live import LIVE

S = ImportJobStatus
RUNNER = "runner"
CANCELLERS = frozenset({policy.CITY, policy.IMPORT_OWNER})
FINISHED = (S.succeeded.value, S.failed.value, S.cancelled.value)

IMPORT_JOBS = StateMachine(
    "import job",
    S,
    [
        Move(S.queued, S.running, {RUNNER}),
        Move(S.running, S.queued, {RUNNER}, name="requeue"),  # its runner died: from the start
        Move(S.running, S.succeeded, {RUNNER}),
        Move(S.running, S.failed, {RUNNER}),
        Move((S.queued, S.running), S.cancelled, CANCELLERS),
    ],
)


def to_read(job, actor: Actor) -> ImportJobRead:
    rows_read, bytes_read = job.rows_read, job.bytes_read
    live = LIVE.get(job.id)
    if live is not None and job.status == S.running:  # run by this process: fresher counts
        rows_read, bytes_read = max(rows_read, live.rows_read), max(bytes_read, live.bytes_read)
    relations = policy.import_job_relations(actor, job)
    allowed = [] if job.applied_at else IMPORT_JOBS.allowed(job.status, relations)
    return ImportJobRead(
        id=job.id,
        kind=job.kind,
        mode=job.mode,
        dry_run=job.dry_run,
        status=job.status,
        upload_id=job.upload_id,
        total_bytes=job.total_bytes,
        bytes_read=bytes_read,
        rows_read=rows_read,
        rows_accepted=job.rows_accepted,
        rows_rejected=job.rows_rejected,
        report=job.report,
        problem=job.problem,
        attempts=job.attempts,
        allowed_transitions=allowed,
        created_by=job.created_by,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
        updated_at=job.updated_at,
    )


async def _to_reads(_session: AsyncSession, actor: Actor, rows) -> list[ImportJobRead]:
    return [to_read(row, actor) for row in rows]


JOBS = Repository[ImportJob, ImportJobRead](
    ImportJob,
    scope=policy.scope_import_jobs,
    label="import job",
    to_reads=_to_reads,
    sorts={"created_at": SortKey(ImportJob.created_at, "datetime")},
    default_sort="-created_at",
)


def actor_snapshot(actor: Actor) -> dict:
    """The caller as the job will run as it (JSON)."""
    values = asdict(actor)
    values["space_ids"] = sorted(str(s) for s in actor.space_ids)
    values["scopes"] = None if actor.scopes is None else sorted(actor.scopes)
    for name in ("user_id", "api_key_id", "association_id", "partner_id"):
        values[name] = None if values[name] is None else str(values[name])
    values.pop("client_address", None)
    return values


def actor_of(snapshot: dict, job_id: uuid.UUID) -> Actor:
    def some_id(name: str) -> uuid.UUID | None:
        return uuid.UUID(snapshot[name]) if snapshot.get(name) else None

    scopes = snapshot.get("scopes")
    return Actor(
        kind=snapshot["kind"],
        role=snapshot.get("role"),
        user_id=some_id("user_id"),
        api_key_id=some_id("api_key_id"),
        association_id=some_id("association_id"),
        partner_id=some_id("partner_id"),
        space_ids=frozenset(uuid.UUID(s) for s in snapshot.get("space_ids") or ()),
        scopes=None if scopes is None else frozenset(scopes),
        request_id=f"import-job:{job_id}",
    )


# ---- reading ------------------------------------------------------------------------------------


async def get_job(session: AsyncSession, actor: Actor, job_id: uuid.UUID) -> ImportJobRead:
    job = await JOBS.find(session, actor, job_id)
    policy.require_scope(actor, policy.IMPORT_SCOPES[job.kind])
    return to_read(job, actor)


def list_jobs(
    session: AsyncSession, actor: Actor, *, kind: ImportKind | None, status: S | None
) -> Listing[ImportJobRead]:
    statement = JOBS.readable(actor).where(ImportJob.kind.in_(policy.import_kinds_readable(actor)))
    statement = where_given(statement, ((ImportJob.kind, kind), (ImportJob.status, status)))
    return JOBS.listing(session, actor, statement)


# ---- creating -----------------------------------------------------------------------------------


def _check_options(kind: str, dry_run: bool) -> None:
    if dry_run and kind != ImportKind.equipment:
        raise ValidationFailed(
            "dry_run is for equipment imports only (a visits import is safe to re-run).",
            loc=("body", "dry_run"),
        )


async def create_job(session: AsyncSession, actor: Actor, body: ImportJobCreate) -> ImportJobRead:
    """A job on an upload of the caller's: queued, run by the next runner that looks."""
    policy.require_import(actor, body.kind)
    _check_options(body.kind, body.dry_run)
    upload = await uploads.UPLOADS.find(session, actor, body.upload_id)
    if upload.kind != body.kind:
        raise ValidationFailed(
            f"This upload holds {upload.kind}, not {body.kind}.", loc=("body", "kind")
        )
    if await uploads._job_of(session, upload.id) is not None:
        raise Conflict("A job was started on this upload already.")
    if upload.received_bytes == 0 or (
        upload.declared_size is not None and upload.received_bytes != upload.declared_size
    ):
        raise Conflict(
            f"This upload is not complete: {upload.received_bytes} of "
            f"{upload.declared_size if upload.declared_size is not None else '?'} bytes.",
            received_bytes=upload.received_bytes,
        )
    return await _queue(session, actor, upload, body.mode, body.dry_run)


async def create_job_from_body(
    session: AsyncSession,
    actor: Actor,
    storage: DocumentStorage,
    chunks: AsyncIterable[bytes],
    content_type: str | None,
    *,
    kind: ImportKind,
    mode: ImportMode,
    dry_run: bool,
    max_bytes: int,
) -> ImportJobRead:
    """The file as the request body: stored as an upload (in parts), then queued."""
    policy.require_import(actor, kind)
    _check_options(kind, dry_run)
    form = import_form(content_type)  # 415 before a byte is read
    upload = ImportUpload(
        kind=kind,
        content_type="text/csv" if form == "csv" else "application/x-ndjson",
        association_id=actor.association_id,
        created_by=actor.user_id,
        api_key_id=actor.api_key_id,
    )
    session.add(upload)
    await session.commit()
    upload_id = upload.id
    await uploads.store(session, storage, upload_id, 0, chunks, limit=max_bytes)
    session.expire_all()
    upload = await uploads.UPLOADS.find(session, actor, upload_id)
    if upload.received_bytes == 0:
        raise ValidationFailed("The file is empty.", loc=("body",))
    upload.declared_size = upload.received_bytes
    return await _queue(session, actor, upload, mode, dry_run)


async def _queue(
    session: AsyncSession, actor: Actor, upload: ImportUpload, mode: ImportMode, dry_run: bool
) -> ImportJobRead:
    job = ImportJob(
        kind=upload.kind,
        mode=mode,
        dry_run=dry_run,
        upload_id=upload.id,
        association_id=actor.association_id,
        created_by=actor.user_id,
        api_key_id=actor.api_key_id,
        actor=actor_snapshot(actor),
        total_bytes=upload.received_bytes,
    )
    session.add(job)
    await session.flush()
    audit.record(
        session,
        actor,
        "import_job.create",
        "import_job",
        job.id,
        {"kind": job.kind, "mode": job.mode, "total_bytes": job.total_bytes},
    )
    await session.commit()
    return to_read(job, actor)


# ---- cancelling ---------------------------------------------------------------------------------


def finished_payload(job_id, kind, status, association_id, counts: dict) -> dict:
    return {
        "id": job_id,
        "kind": kind,
        "status": status,
        "association_id": association_id,
        **counts,
    }


async def cancel_job(session: AsyncSession, actor: Actor, job_id: uuid.UUID) -> ImportJobRead:
    # The route's first transaction only reads (`STARTS_READ_ONLY`): on SQLite a writing one
    # would wait for the write lock a running import holds; this process's runner of the job
    # is stopped first, which releases it, then the cancel is written.
    job = await JOBS.find(session, actor, job_id)
    policy.require_scope(actor, policy.IMPORT_SCOPES[job.kind])
    relations = policy.import_job_relations(actor, job)
    IMPORT_JOBS.check(job.status, S.cancelled, relations)
    if job.applied_at is not None:
        raise Conflict("This import has been written already; it is finishing.")
    kind, association_id = job.kind, job.association_id
    await session.commit()
    live = LIVE.get(job_id)
    if live is not None and live.task is not None and not live.applied:
        live.cancelled = True
        live.task.cancel()
        await asyncio.wait([live.task], timeout=30)
    now = utcnow()
    cancelled = await session.execute(
        update(ImportJob)
        .where(
            ImportJob.id == job_id,
            ImportJob.status.in_((S.queued.value, S.running.value)),
            ImportJob.applied_at.is_(None),
        )
        .values(
            status=S.cancelled.value,
            finished_at=now,
            updated_at=now,
            lease_until=None,
            version=ImportJob.version + 1,
        )
    )
    if cancelled.rowcount != 1:
        await session.rollback()
        status = (
            await session.execute(select(ImportJob.status).where(ImportJob.id == job_id))
        ).scalar_one()
        raise Conflict(f"This import job is {status} already; it can no longer be cancelled.")
    outbox.emit(
        session,
        WebhookEventType.import_finished,
        "import_job",
        job_id,
        finished_payload(job_id, kind, S.cancelled.value, association_id, {}),
    )
    audit.record(session, actor, "import_job.cancel", "import_job", job_id, {})
    await session.commit()
    session.expire_all()
    return to_read(await JOBS.find(session, actor, job_id), actor)
