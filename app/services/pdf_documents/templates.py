"""The clause templates of the generated documents: the city publishes a new version (never
overwrites one); every caller who may read documents of that kind reads them.

A document is rendered with the version in force at its own date (see
`app.models.document_template`): `in_force(session, kind, at)`."""

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import NotFound
from app.core.pagination import Listing, SortKey
from app.core.persistence import flush_or_conflict
from app.core.repository import Repository, rowwise, whole_table
from app.models.document_template import (
    DocumentTemplate,
    DocumentTemplateKind,
    DocumentTemplatePublish,
    DocumentTemplateRead,
)
from app.services import audit, policy


def to_read(row: DocumentTemplate) -> DocumentTemplateRead:
    return DocumentTemplateRead.model_validate(row, from_attributes=True)


TEMPLATES = Repository[DocumentTemplate, DocumentTemplateRead](
    DocumentTemplate,
    scope=whole_table,  # the network's texts: the route checks the kind's read scope
    label="document template",
    to_reads=rowwise(lambda row, actor: to_read(row)),
    sorts={"version": SortKey(DocumentTemplate.version, "int")},
    default_sort="-version",
)


async def _latest(session: AsyncSession, kind: DocumentTemplateKind) -> DocumentTemplate:
    found = (
        await session.execute(
            select(DocumentTemplate)
            .where(DocumentTemplate.kind == kind.value)
            .order_by(DocumentTemplate.version.desc())
            .limit(1)
        )
    ).scalar_one_or_none()
    if found is None:  # the migration publishes version 1 of every kind
        raise NotFound("No such template.")
    return found


async def in_force(
    session: AsyncSession, kind: DocumentTemplateKind, at: datetime
) -> DocumentTemplate:
    """The version in force at `at`: the latest published at or before it; version 1 for a
    document older than every version."""
    found = (
        await session.execute(
            select(DocumentTemplate)
            .where(DocumentTemplate.kind == kind.value, DocumentTemplate.published_at <= at)
            .order_by(DocumentTemplate.version.desc())
            .limit(1)
        )
    ).scalar_one_or_none()
    if found is not None:
        return found
    first = (
        await session.execute(
            select(DocumentTemplate)
            .where(DocumentTemplate.kind == kind.value)
            .order_by(DocumentTemplate.version)
            .limit(1)
        )
    ).scalar_one_or_none()
    if first is None:
        raise NotFound("No such template.")
    return first


async def get_current(
    session: AsyncSession, actor: Actor, kind: DocumentTemplateKind
) -> DocumentTemplateRead:
    policy.require_template_read(actor, kind)
    return to_read(await _latest(session, kind))


async def get_version(
    session: AsyncSession, actor: Actor, kind: DocumentTemplateKind, version: int
) -> DocumentTemplateRead:
    policy.require_template_read(actor, kind)
    found = (
        await session.execute(
            select(DocumentTemplate).where(
                DocumentTemplate.kind == kind.value, DocumentTemplate.version == version
            )
        )
    ).scalar_one_or_none()
    if found is None:
        raise NotFound("No such version of this template.")
    return to_read(found)


def list_versions(
    session: AsyncSession, actor: Actor, kind: DocumentTemplateKind
) -> Listing[DocumentTemplateRead]:
    policy.require_template_read(actor, kind)
    statement = TEMPLATES.readable(actor).where(DocumentTemplate.kind == kind.value)
    return TEMPLATES.listing(session, actor, statement)


async def publish(
    session: AsyncSession, actor: Actor, kind: DocumentTemplateKind, data: DocumentTemplatePublish
) -> tuple[DocumentTemplateRead, bool]:
    """A new version when the text changes (documents drawn up earlier keep theirs);
    (read, created). The same text again publishes nothing."""
    policy.require_template_read(actor, kind)
    policy.require(actor, "document_template:publish")
    current = await _latest(session, kind)
    clauses = [clause.model_dump(mode="json") for clause in data.clauses]
    if current.title == data.title and current.clauses == clauses:
        await session.commit()
        return to_read(current), False
    number = (
        await session.execute(
            select(func.max(DocumentTemplate.version)).where(DocumentTemplate.kind == kind.value)
        )
    ).scalar_one() + 1
    version = DocumentTemplate(
        kind=kind.value,
        version=number,
        title=data.title,
        clauses=clauses,
        note=data.note,
        published_by=actor.user_id,
    )
    session.add(version)
    await flush_or_conflict(
        session, "Another version was published at the same moment; read it and try again."
    )
    audit.record(
        session,
        actor,
        "document_template.publish",
        "document_template",
        version.id,
        {"kind": kind.value, "version": number, "titles": [c["title"] for c in clauses]},
    )
    await session.commit()
    return to_read(version), True
