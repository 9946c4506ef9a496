"""Partners: the maintenance operator, the training provider and others (city manages)."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import Conflict
from app.core.pagination import Listing, SortKey
from app.core.persistence import flush_or_conflict
from app.core.repository import Repository, rowwise
from app.models.partner import Partner, PartnerCreate, PartnerRead, PartnerUpdate
from app.services import audit, crud, policy
from app.services.identity import caller_cache

DUPLICATE = "A partner with this name already exists."


def to_read(partner: Partner, actor: Actor | None = None) -> PartnerRead:
    return PartnerRead.model_validate(partner)


PARTNERS = Repository[Partner, PartnerRead](
    Partner,
    scope=policy.scope_partners,
    label="partner",
    to_reads=rowwise(to_read),
    sorts={
        "name": SortKey(Partner.name),
        "created_at": SortKey(Partner.created_at, "datetime"),
    },
    default_sort="name",
)


async def create_partner(session: AsyncSession, actor: Actor, data: PartnerCreate) -> PartnerRead:
    policy.require(actor, "partner:write")
    partner = Partner(**data.model_dump())
    session.add(partner)
    await flush_or_conflict(session, DUPLICATE)
    audit.record(
        session, actor, "partner.create", "partner", partner.id, data.model_dump(mode="json")
    )
    await session.commit()
    return to_read(partner)


async def get_partner(session: AsyncSession, actor: Actor, partner_id: uuid.UUID) -> PartnerRead:
    return await PARTNERS.get(session, actor, partner_id)


def list_partners(
    session: AsyncSession, actor: Actor, *, kind: str | None, include_archived: bool
) -> Listing[PartnerRead]:
    statement = PARTNERS.readable(actor)
    if kind:
        statement = statement.where(Partner.kind == kind)
    if not include_archived:
        statement = statement.where(Partner.archived_at.is_(None))

    return PARTNERS.listing(session, actor, statement)


async def update_partner(
    session: AsyncSession,
    actor: Actor,
    partner_id: uuid.UUID,
    data: PartnerUpdate,
    if_match: str | None,
) -> PartnerRead:
    partner = await PARTNERS.find(session, actor, partner_id)
    policy.require(actor, "partner:write")
    if partner.archived_at is not None:
        raise Conflict("This partner is archived; it can no longer be changed.")
    await crud.update(
        session,
        actor,
        partner,
        data.model_dump(exclude_unset=True),
        if_match=if_match,
        current=to_read(partner),
        resource_type="partner",
        conflict=DUPLICATE,
    )
    return to_read(partner)


async def archive_partner(
    session: AsyncSession, actor: Actor, partner_id: uuid.UUID, if_match: str | None
) -> PartnerRead:
    partner = await PARTNERS.find(session, actor, partner_id)
    policy.require(actor, "partner:write")
    caller_cache.changed(session, owners=[partner.id])  # its API keys stop at once
    await crud.archive(
        session,
        actor,
        partner,
        if_match=if_match,
        current=to_read(partner),
        resource_type="partner",
    )
    return to_read(partner)
