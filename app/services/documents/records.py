"""Documents: uploaded (multipart) for an association, one of its spaces, or the city, and
optionally attached to a resource; kept in versions, each one file by its SHA-256; archived,
never deleted.

An upload is checked before anything is stored: its size (413), its type from its bytes (415:
PDF, PNG, JPEG only), a PDF's active content (422: JavaScript, embedded files, encryption), a
virus scan by clamd when `CLAMAV_SOCKET` is set (422 when one is found, 503 when clamd does not
answer). Only then are the bytes put in the storage and the rows written, in one transaction
with the audit event and the webhook's outbox row. A refused file leaves nothing behind.

A download is audited (who fetched which version's bytes): it is the one read of the API that
writes, on purpose — a legal paper's trail says who took a copy.
"""

import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import (
    Conflict,
    NotFound,
    PayloadTooLarge,
    ServiceUnavailable,
    ValidationFailed,
)
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.repository import Repository, rowwise, through_parent
from app.core.representation import check_if_match
from app.models.association import Association
from app.models.document import (
    Document,
    DocumentCreate,
    DocumentRead,
    DocumentStatus,
    DocumentVersion,
    DocumentVersionRead,
)
from app.models.equipment import LoanAgreement
from app.models.label import LabelApplication
from app.models.meeting import Meeting
from app.models.plan import DevelopmentPlan
from app.models.space import Space
from app.services import audit, outbox, policy
from app.services.documents import inspection
from app.services.documents.storage import DocumentStorage

API = "/api/v1"
READ_CHUNK = 256 * 1024
OWNER = frozenset({policy.CITY, policy.DOCUMENT_OWNER})


class Upload(Protocol):
    """What the router hands over: the multipart file part (Starlette's UploadFile)."""

    filename: str | None

    async def read(self, size: int = -1) -> bytes: ...


@dataclass
class BytesUpload:
    """An `Upload` made of bytes the API (a generated PDF) or the demo holds: read in chunks as
    a file part is, so the same size check applies."""

    filename: str
    data: bytes
    read_at: int = 0

    async def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size < 0 else self.read_at + size
        chunk, self.read_at = self.data[self.read_at : end], min(end, len(self.data))
        return chunk


# ---- reading ------------------------------------------------------------------------------------


def _version_read(document_id: uuid.UUID, version: DocumentVersion) -> DocumentVersionRead:
    return DocumentVersionRead(
        number=version.number,
        sha256=version.sha256,
        size_bytes=version.size_bytes,
        content_type=version.content_type,
        filename=version.filename,
        created_by=version.created_by,
        created_at=version.created_at,
        download_url=f"{API}/documents/{document_id}/versions/{version.number}/content",
    )


async def to_reads(
    session: AsyncSession, actor: Actor, documents: Sequence[Document]
) -> list[DocumentRead]:
    current: dict[uuid.UUID, DocumentVersion] = {}
    if documents:
        # each document's current version, in one query for the page
        rows = await session.execute(
            select(DocumentVersion)
            .join(
                Document,
                and_(
                    Document.id == DocumentVersion.document_id,
                    Document.current_version == DocumentVersion.number,
                ),
            )
            .where(Document.id.in_([d.id for d in documents]))
        )
        current = {v.document_id: v for v in rows.scalars().all()}
    return [
        DocumentRead(
            id=d.id,
            kind=d.kind,
            title=d.title,
            association_id=d.association_id,
            space_id=d.space_id,
            resource_type=d.resource_type,
            resource_id=d.resource_id,
            status=d.status,
            current_version=_version_read(d.id, current[d.id]),
            created_by=d.created_by,
            created_at=d.created_at,
            updated_at=d.updated_at,
            archived_at=d.archived_at,
            download_url=f"{API}/documents/{d.id}/content",
        )
        for d in documents
    ]


DOCUMENTS = Repository[Document, DocumentRead](
    Document,
    scope=policy.scope_documents,
    label="document",
    to_reads=to_reads,
    sorts={
        "created_at": SortKey(Document.created_at, "datetime"),
        "title": SortKey(Document.title, "str"),
    },
    default_sort="-created_at",
)
VERSIONS = Repository[DocumentVersion, DocumentVersionRead](
    DocumentVersion,
    scope=through_parent,
    label="document version",
    to_reads=rowwise(lambda row, actor: _version_read(row.document_id, row)),
    sorts={"number": SortKey(DocumentVersion.number, "int")},
    default_sort="-number",
)


def list_documents(
    session: AsyncSession,
    actor: Actor,
    *,
    kind: str | None = None,
    association_id: uuid.UUID | None = None,
    space_id: uuid.UUID | None = None,
    resource_type: str | None = None,
    resource_id: uuid.UUID | None = None,
    status: str | None = None,
) -> Listing[DocumentRead]:
    statement = where_given(
        DOCUMENTS.readable(actor),
        [
            (Document.kind, kind),
            (Document.association_id, association_id),
            (Document.space_id, space_id),
            (Document.resource_type, resource_type),
            (Document.resource_id, resource_id),
            (Document.status, status),
        ],
    )
    return DOCUMENTS.listing(session, actor, statement)


async def get_document(session: AsyncSession, actor: Actor, document_id: uuid.UUID) -> DocumentRead:
    return await DOCUMENTS.get(session, actor, document_id)


async def list_versions(
    session: AsyncSession, actor: Actor, document_id: uuid.UUID
) -> Listing[DocumentVersionRead]:
    """Newest first by default (`?sort=number` for the oldest first)."""
    document = await DOCUMENTS.find(session, actor, document_id)
    statement = VERSIONS.readable(actor).where(DocumentVersion.document_id == document.id)
    return VERSIONS.listing(session, actor, statement)


async def find_version(
    session: AsyncSession, actor: Actor, document_id: uuid.UUID, number: int | None = None
) -> tuple[Document, DocumentVersion]:
    """The document (in the caller's scope, else 404) and one of its versions (the current
    one by default)."""
    document = await DOCUMENTS.find(session, actor, document_id)
    wanted = document.current_version if number is None else number
    version = (
        await session.execute(
            select(DocumentVersion).where(
                DocumentVersion.document_id == document.id, DocumentVersion.number == wanted
            )
        )
    ).scalar_one_or_none()
    if version is None:
        raise NotFound(f"Document {document_id} has no version {wanted}.")
    return document, version


async def read_content(
    session: AsyncSession,
    actor: Actor,
    storage: DocumentStorage,
    document: Document,
    version: DocumentVersion,
    start: int,
    end: int,
) -> bytes:
    """The version's bytes [start, end), the download audited (which version, which bytes)."""
    whole = start == 0 and end == version.size_bytes
    data = await storage.get(version.storage_key, None if whole else start, None if whole else end)
    changes = {"version": version.number, "sha256": version.sha256}
    if not whole:
        changes["range"] = f"{start}-{end - 1}"
    audit.record(session, actor, "document.download", "document", document.id, changes)
    await session.commit()
    return data


# ---- writing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Owner:
    association_id: uuid.UUID | None
    space_id: uuid.UUID | None


_RESOURCES = {
    # resource_type: (table, the policy's scope, the column naming its association)
    "loan_agreement": (LoanAgreement, policy.scope_loan_agreements, "association_id"),
    "label_application": (LabelApplication, policy.scope_label_applications, "association_id"),
    "development_plan": (DevelopmentPlan, policy.scope_development_plans, "association_id"),
    "meeting": (Meeting, policy.scope_meetings, "organiser_association_id"),
}


async def _resolve_owner(session: AsyncSession, actor: Actor, body: DocumentCreate) -> _Owner:
    """Whose document this is, each reference found in the caller's scope (422 at its place
    otherwise, nothing written); an association user's default is its own association."""
    association_id = body.association_id
    if body.space_id is not None:
        space = (
            await session.execute(
                policy.scope_spaces(actor, select(Space)).where(Space.id == body.space_id)
            )
        ).scalar_one_or_none()
        if space is None:
            raise ValidationFailed("No such space.", loc=["body", "space_id"])
        if association_id not in (None, space.association_id):
            raise ValidationFailed(
                "This space is not one of this association's.", loc=["body", "space_id"]
            )
        association_id = space.association_id
    if body.resource_type is not None:
        table, scope, column = _RESOURCES[body.resource_type]
        resource = (
            await session.execute(scope(actor, select(table)).where(table.id == body.resource_id))
        ).scalar_one_or_none()
        if resource is None:
            raise ValidationFailed(f"No such {body.resource_type}.", loc=["body", "resource_id"])
        owner = getattr(resource, column)
        if association_id is not None and owner not in (None, association_id):
            raise ValidationFailed(
                f"This {body.resource_type} is not this association's.",
                loc=["body", "resource_id"],
            )
        association_id = association_id or owner
    association_id = policy.own_association_by_default(actor, association_id)
    if association_id is not None:
        found = (
            await session.execute(
                policy.scope_associations(actor, select(Association.id)).where(
                    Association.id == association_id
                )
            )
        ).scalar_one_or_none()
        if found is None:
            raise ValidationFailed("No such association.", loc=["body", "association_id"])
    elif not policy.files_network_documents(actor):
        raise ValidationFailed(
            "Say which association the document belongs to.", loc=["body", "association_id"]
        )
    return _Owner(association_id, body.space_id)


async def _read_upload(upload: Upload, limit: int) -> bytes:
    """The file's bytes, refused (413) as soon as they pass the limit."""
    parts, size = [], 0
    while chunk := await upload.read(READ_CHUNK):
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"A document may not exceed {limit} bytes.", max_bytes=limit)
        parts.append(chunk)
    return b"".join(parts)


def _filename(upload_name: str | None, title: str, extension: str) -> str:
    """The name the file is served under: the uploaded one (its last path part, printable
    characters only) or the title, always with the extension of what the bytes are."""
    raw = (upload_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    raw = "".join(c for c in unicodedata.normalize("NFC", raw) if unicodedata.category(c)[0] != "C")
    stem = raw.rsplit(".", 1)[0].strip(" .") if "." in raw else raw.strip(" .")
    if not stem:
        stem = re.sub(r"[\\/\x00-\x1f]", "", title).strip(" .") or "document"
    return f"{stem[:150]}.{extension}"


async def _checked(settings: Settings, upload: Upload) -> tuple[bytes, inspection.Inspected]:
    data = await _read_upload(upload, settings.document_max_bytes)
    if not data:
        raise ValidationFailed("The file is empty.", loc=["body", "file"])
    found = inspection.detect(data)
    if found.content_type == "application/pdf":
        inspection.check_pdf(data)
    if settings.clamav_socket:
        try:
            virus = await inspection.clamd_scan(settings.clamav_socket, data)
        except inspection.ScannerUnavailable as exc:
            raise ServiceUnavailable(
                "The virus scanner does not answer; nothing was stored, try again later."
            ) from exc
        if virus:
            raise ValidationFailed(
                f"The virus scanner found {virus} in this file; it is refused.",
                loc=["body", "file"],
            )
    return data, found


def _new_version(
    actor: Actor, document_id: uuid.UUID, number: int, blob, found, filename: str
) -> DocumentVersion:
    return DocumentVersion(
        document_id=document_id,
        number=number,
        sha256=blob.key,
        size_bytes=blob.size,
        content_type=found.content_type,
        filename=filename,
        storage_key=blob.key,
        created_by=actor.user_id,
    )


async def create_document(
    session: AsyncSession,
    actor: Actor,
    settings: Settings,
    storage: DocumentStorage,
    body: DocumentCreate,
    upload: Upload,
) -> DocumentRead:
    policy.require(actor, "document:upload")
    owner = await _resolve_owner(session, actor, body)
    data, found = await _checked(settings, upload)
    blob = await storage.put(data)
    document = Document(
        kind=body.kind,
        title=body.title,
        association_id=owner.association_id,
        space_id=owner.space_id,
        resource_type=body.resource_type,
        resource_id=body.resource_id,
        created_by=actor.user_id,
    )
    session.add(document)
    await session.flush()
    version = _new_version(
        actor, document.id, 1, blob, found, _filename(upload.filename, body.title, found.extension)
    )
    session.add(version)
    audit.record(
        session,
        actor,
        "document.create",
        "document",
        document.id,
        body.model_dump(mode="json", include=set(DocumentCreate.model_fields))
        | {"sha256": blob.key, "size_bytes": blob.size},
    )
    outbox.emit(
        session,
        "document.created",
        "document",
        document.id,
        {
            "id": document.id,
            "kind": document.kind,
            "association_id": document.association_id,
            "space_id": document.space_id,
            "version": 1,
            "sha256": blob.key,
        },
    )
    await session.commit()
    return await DOCUMENTS.get(session, actor, document.id)


async def add_version(
    session: AsyncSession,
    actor: Actor,
    settings: Settings,
    storage: DocumentStorage,
    document_id: uuid.UUID,
    upload: Upload,
    if_match: str | None,
) -> DocumentRead:
    document = await DOCUMENTS.find(session, actor, document_id)
    policy.require_on(policy.document_relations(actor, document), "document:write")
    check_if_match(if_match, await DOCUMENTS.read(session, actor, document))
    await store_version(session, actor, settings, storage, document, upload)
    await session.commit()
    return await DOCUMENTS.get(session, actor, document.id)


async def store_version(
    session: AsyncSession,
    actor: Actor,
    settings: Settings,
    storage: DocumentStorage,
    document: Document,
    upload: Upload,
) -> DocumentVersion:
    """Check the upload, store it and add it as the document's next version, audited and
    announced; the caller commits (a signed scan is stored and signed in one transaction)."""
    policy.require_on(policy.document_relations(actor, document), "document:write")
    if document.status == DocumentStatus.archived:
        raise Conflict("This document is archived: it takes no new version.")
    data, found = await _checked(settings, upload)
    blob = await storage.put(data)
    number = document.current_version + 1
    await guarded_update(session, document, {"current_version": number})
    version = _new_version(
        actor,
        document.id,
        number,
        blob,
        found,
        _filename(upload.filename, document.title, found.extension),
    )
    session.add(version)
    audit.record(
        session,
        actor,
        "document.version_added",
        "document",
        document.id,
        {"version": number, "sha256": blob.key, "size_bytes": blob.size},
    )
    outbox.emit(
        session,
        "document.version_added",
        "document",
        document.id,
        {"id": document.id, "kind": document.kind, "version": number, "sha256": blob.key},
    )
    return version


async def archive_document(
    session: AsyncSession, actor: Actor, document_id: uuid.UUID, if_match: str | None
) -> DocumentRead:
    document = await DOCUMENTS.find(session, actor, document_id)
    policy.require_on(policy.document_relations(actor, document), "document:write")
    check_if_match(if_match, await DOCUMENTS.read(session, actor, document))
    if document.status == DocumentStatus.archived:
        raise Conflict("This document is already archived.")
    diff = await guarded_update(
        session, document, {"status": DocumentStatus.archived, "archived_at": utcnow()}
    )
    audit.record(session, actor, "document.archive", "document", document.id, diff)
    outbox.emit(
        session,
        "document.archived",
        "document",
        document.id,
        {"id": document.id, "kind": document.kind},
    )
    await session.commit()
    return await DOCUMENTS.get(session, actor, document.id)
