"""Files for background imports, sent whole or in parts and resumable.

An upload's bytes are stored as parts, each a blob of the file storage (filesystem or S3,
`app.services.documents.storage`), at most `PART_BYTES` held in memory at a time. A part is
written and recorded in its own short transaction, so the server keeps every byte it
received: a client cut off mid-request asks `GET /imports/uploads/{id}` for `received_bytes`
and sends the rest from there. `Upload-Offset` must equal `received_bytes` (409 otherwise,
carrying it), so a part sent twice is never stored twice.
"""

import uuid
from collections.abc import AsyncIterable, AsyncIterator

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, PayloadTooLarge
from app.core.repository import Repository
from app.models.import_job import (
    ImportJob,
    ImportUpload,
    ImportUploadCreate,
    ImportUploadPart,
    ImportUploadRead,
)
from app.services import policy
from app.services.documents.storage import DocumentStorage

PART_BYTES = 4 * 1024 * 1024  # the most held in memory per part (S3 sends a part in one PUT)
READ_CHUNK = 256 * 1024


async def _to_reads(session: AsyncSession, _actor: Actor, rows) -> list[ImportUploadRead]:
    ids = [row.id for row in rows]
    jobs = (
        dict(
            (
                await session.execute(
                    select(ImportJob.upload_id, ImportJob.id).where(ImportJob.upload_id.in_(ids))
                )
            ).all()
        )
        if ids
        else {}
    )
    return [
        ImportUploadRead(
            id=row.id,
            kind=row.kind,
            content_type=row.content_type,
            filename=row.filename,
            size=row.declared_size,
            received_bytes=row.received_bytes,
            complete=row.declared_size is not None and row.received_bytes == row.declared_size,
            job_id=jobs.get(row.id),
            created_at=row.created_at,
            updated_at=row.updated_at,
        )
        for row in rows
    ]


UPLOADS = Repository[ImportUpload, ImportUploadRead](
    ImportUpload, scope=policy.scope_import_uploads, label="upload", to_reads=_to_reads
)


def _too_large(limit: int, announced: bool) -> PayloadTooLarge:
    what = "the size announced for this upload" if announced else "the largest import file"
    return PayloadTooLarge(f"This upload may not exceed {limit} bytes ({what}).", limit=limit)


async def create_upload(
    session: AsyncSession, actor: Actor, body: ImportUploadCreate, *, max_bytes: int
) -> ImportUploadRead:
    policy.require_import(actor, body.kind)
    if body.size is not None and body.size > max_bytes:
        raise _too_large(max_bytes, announced=False)
    upload = ImportUpload(
        kind=body.kind,
        content_type=body.content_type,
        filename=body.filename,
        declared_size=body.size,
        association_id=actor.association_id,
        created_by=actor.user_id,
        api_key_id=actor.api_key_id,
    )
    session.add(upload)
    await session.commit()
    return await UPLOADS.read(session, actor, upload)


async def get_upload(session: AsyncSession, actor: Actor, upload_id: uuid.UUID) -> ImportUploadRead:
    upload = await UPLOADS.find(session, actor, upload_id)
    policy.require_scope(actor, policy.IMPORT_SCOPES[upload.kind])
    return await UPLOADS.read(session, actor, upload)


async def _store_part(
    session: AsyncSession, storage: DocumentStorage, upload_id: uuid.UUID, at: int, data: bytes
) -> int:
    """Bytes [at, at + len) stored and recorded, committed; the new `received_bytes`."""
    blob = await storage.put(data)
    moved = await session.execute(
        update(ImportUpload)
        .where(ImportUpload.id == upload_id, ImportUpload.received_bytes == at)
        .values(
            received_bytes=at + len(data), updated_at=utcnow(), version=ImportUpload.version + 1
        )
    )
    if moved.rowcount != 1:  # another request appended meanwhile
        await session.rollback()
        current = (
            await session.execute(
                select(ImportUpload.received_bytes).where(ImportUpload.id == upload_id)
            )
        ).scalar_one()
        raise Conflict(
            "Another request appended to this upload meanwhile; resume from received_bytes.",
            received_bytes=current,
        )
    session.add(ImportUploadPart(upload_id=upload_id, offset=at, size=len(data), blob_key=blob.key))
    await session.commit()
    return at + len(data)


async def append(
    session: AsyncSession,
    actor: Actor,
    storage: DocumentStorage,
    upload_id: uuid.UUID,
    offset: int,
    chunks: AsyncIterable[bytes],
    *,
    max_bytes: int,
) -> ImportUploadRead:
    """Append the body at `offset` (which must be `received_bytes`). Whatever arrived before
    the body broke off (a network cut) is kept, then the error goes on."""
    upload = await UPLOADS.find(session, actor, upload_id)
    policy.require_import(actor, upload.kind)
    if await _job_of(session, upload.id) is not None:
        raise Conflict("This upload is being imported already; it takes no more bytes.")
    if offset != upload.received_bytes:
        raise Conflict(
            f"Upload-Offset is {offset} but the server holds {upload.received_bytes} bytes of "
            "this upload: send the bytes from received_bytes on.",
            received_bytes=upload.received_bytes,
        )
    limit = min(max_bytes, upload.declared_size if upload.declared_size is not None else max_bytes)
    await session.commit()  # no transaction (SQLite's write lock) while the body streams in
    await store(
        session,
        storage,
        upload.id,
        offset,
        chunks,
        limit=limit,
        announced=upload.declared_size is not None,
    )
    session.expire_all()
    return await get_upload(session, actor, upload_id)


async def store(
    session: AsyncSession,
    storage: DocumentStorage,
    upload_id: uuid.UUID,
    at: int,
    chunks: AsyncIterable[bytes],
    *,
    limit: int,
    announced: bool = False,
) -> int:
    """The chunks stored from `at`, a part per `PART_BYTES`; the new `received_bytes`."""
    buffer = bytearray()
    try:
        async for chunk in chunks:
            if at + len(buffer) + len(chunk) > limit:
                raise _too_large(limit, announced)
            buffer += chunk
            if len(buffer) >= PART_BYTES:
                at = await _store_part(session, storage, upload_id, at, bytes(buffer))
                buffer.clear()
    except BaseException:
        if buffer:  # what arrived is kept: the client resumes after it
            await _store_part(session, storage, upload_id, at, bytes(buffer))
        raise
    if buffer:
        at = await _store_part(session, storage, upload_id, at, bytes(buffer))
    return at


async def _job_of(session: AsyncSession, upload_id: uuid.UUID) -> uuid.UUID | None:
    return (
        await session.execute(select(ImportJob.id).where(ImportJob.upload_id == upload_id))
    ).scalar_one_or_none()


async def parts_of(session: AsyncSession, upload_id: uuid.UUID) -> list[tuple[str, int]]:
    rows = await session.execute(
        select(ImportUploadPart.blob_key, ImportUploadPart.size)
        .where(ImportUploadPart.upload_id == upload_id)
        .order_by(ImportUploadPart.offset)
    )
    return [(key, size) for key, size in rows.all()]


async def stored_size(session: AsyncSession, upload_id: uuid.UUID) -> int:
    total = await session.execute(
        select(func.coalesce(func.sum(ImportUploadPart.size), 0)).where(
            ImportUploadPart.upload_id == upload_id
        )
    )
    return int(total.scalar_one())


async def read_parts(
    storage: DocumentStorage, parts: list[tuple[str, int]]
) -> AsyncIterator[bytes]:
    """The upload's bytes in order, a part in memory at a time."""
    for key, _size in parts:
        data = await storage.get(key)
        for start in range(0, len(data), READ_CHUNK):
            yield data[start : start + READ_CHUNK]
