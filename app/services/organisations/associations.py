"""Associations: create, read, list, update, archive."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.persistence import flush_or_conflict
from app.core.repository import Repository, rowwise
from app.models.association import (
    Association,
    AssociationCreate,
    AssociationRead,
    AssociationUpdate,
)
from app.models.space import Space
from app.models.validators import name_matches, stored_search_key
from app.services import audit, crud, policy
from app.services.identity import caller_cache

DUPLICATE = "An association with this SIRET or RNA number already exists."


def to_read(association: Association, actor: Actor | None = None) -> AssociationRead:
    return AssociationRead.model_validate(association)


ASSOCIATIONS = Repository[Association, AssociationRead](
    Association,
    scope=policy.scope_associations,
    label="association",
    to_reads=rowwise(to_read),
    sorts={
        # the search key: case and accents ignored, the same order on both backends
        "name": SortKey(Association.name_search),
        "created_at": SortKey(Association.created_at, "datetime"),
    },
    default_sort="name",
)


async def create_association(
    session: AsyncSession, actor: Actor, data: AssociationCreate
) -> AssociationRead:
    policy.require(actor, "association:create")
    association = Association(**data.model_dump(), name_search=stored_search_key(data.name))
    session.add(association)
    await flush_or_conflict(session, DUPLICATE)
    audit.record(
        session,
        actor,
        "association.create",
        "association",
        association.id,
        data.model_dump(mode="json"),
    )
    await session.commit()
    return to_read(association)


async def get_association(
    session: AsyncSession, actor: Actor, association_id: uuid.UUID
) -> AssociationRead:
    return await ASSOCIATIONS.get(session, actor, association_id)


def list_associations(
    session: AsyncSession,
    actor: Actor,
    *,
    q: str | None,
    neighbourhood: str | None,
    legal_form: str | None,
    include_archived: bool,
) -> Listing[AssociationRead]:
    statement = ASSOCIATIONS.readable(actor)
    if not include_archived:
        statement = statement.where(Association.archived_at.is_(None))
    if q:
        statement = statement.where(name_matches(Association.name_search, q))
    if neighbourhood:
        statement = statement.where(Association.neighbourhood == neighbourhood)
    if legal_form:
        statement = statement.where(Association.legal_form == legal_form)
    return ASSOCIATIONS.listing(session, actor, statement)


async def update_association(
    session: AsyncSession,
    actor: Actor,
    association_id: uuid.UUID,
    data: AssociationUpdate,
    if_match: str | None,
) -> AssociationRead:
    association = await ASSOCIATIONS.find(session, actor, association_id)
    policy.require(actor, "association:update")
    if association.archived_at is not None:
        raise Conflict("This association is archived; it can no longer be changed.")
    changes = data.model_dump(exclude_unset=True)
    _keep_an_identifier(association, changes)
    if "name" in changes:
        changes["name_search"] = stored_search_key(changes["name"])
    await crud.update(
        session,
        actor,
        association,
        changes,
        if_match=if_match,
        current=to_read(association),
        resource_type="association",
        conflict=DUPLICATE,
    )
    return to_read(association)


def _keep_an_identifier(association: Association, changes: dict) -> None:
    """The national directory needs the SIRET or the RNA number: a change may replace one but
    not leave the association with neither."""
    siret = changes.get("siret", association.siret)
    rna = changes.get("rna", association.rna)
    if siret or rna:
        return
    message = "An association keeps its SIRET or its RNA number; this change would remove both."
    cleared = [name for name in ("siret", "rna") if name in changes] or ["siret", "rna"]
    raise ValidationFailed(
        message,
        errors=[{"loc": ["body", name], "msg": message, "type": "value_error"} for name in cleared],
    )


async def archive_association(
    session: AsyncSession, actor: Actor, association_id: uuid.UUID, if_match: str | None
) -> AssociationRead:
    association = await ASSOCIATIONS.find(session, actor, association_id)
    policy.require(actor, "association:archive")
    # Lock the row first: a space being created for it meanwhile either commits before (and is
    # counted below) or waits and then finds the association archived.
    await session.execute(
        select(Association.id).where(Association.id == association.id).with_for_update()
    )
    active = (
        (
            await session.execute(
                select(Space.name).where(
                    Space.association_id == association.id, Space.archived_at.is_(None)
                )
            )
        )
        .scalars()
        .all()
    )
    if active:
        raise Conflict(
            "Archive or close this association's spaces first: " + ", ".join(sorted(active)),
            spaces=sorted(active),
        )
    caller_cache.changed(session, owners=[association.id])  # its API keys stop at once
    await crud.archive(
        session,
        actor,
        association,
        if_match=if_match,
        current=to_read(association),
        resource_type="association",
    )
    return to_read(association)
