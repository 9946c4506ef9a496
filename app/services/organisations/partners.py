"""Partners: the maintenance operator, the training provider and others (city manages)."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import Conflict
from app.core.pagination import Listing, SortKey
from app.core.persistence import flush_or_conflict
from app.models.partner import Partner, PartnerCreate, PartnerRead, PartnerUpdate
from app.services import audit, crud, policy

DUPLICATE = "A partner with this name already exists."


def to_read(partner: Partner) -> PartnerRead:
    return PartnerRead.model_validate(partner)


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


async def _find(session: AsyncSession, actor: Actor, partner_id: uuid.UUID) -> Partner:
    return await crud.find(
        session, actor, Partner, policy.scope_partners, partner_id, label="partner"
    )


async def get_partner(session: AsyncSession, actor: Actor, partner_id: uuid.UUID) -> PartnerRead:
    return to_read(await _find(session, actor, partner_id))


def list_partners(
    session: AsyncSession, actor: Actor, *, kind: str | None, include_archived: bool
) -> Listing[PartnerRead]:
    statement = policy.scope_partners(actor, select(Partner))
    if kind:
        statement = statement.where(Partner.kind == kind)
    if not include_archived:
        statement = statement.where(Partner.archived_at.is_(None))

    async def reads(rows):  # noqa: ANN001, ANN202
        return [to_read(r) for r in rows]

    return Listing(
        session=session,
        statement=statement,
        id_column=Partner.id,
        sorts={
            "name": SortKey(Partner.name),
            "created_at": SortKey(Partner.created_at, "datetime"),
        },
        default_sort="name",
        to_read=reads,
    )


async def update_partner(
    session: AsyncSession,
    actor: Actor,
    partner_id: uuid.UUID,
    data: PartnerUpdate,
    if_match: str | None,
) -> PartnerRead:
    partner = await _find(session, actor, partner_id)
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
    partner = await _find(session, actor, partner_id)
    policy.require(actor, "partner:write")
    await crud.archive(
        session,
        actor,
        partner,
        if_match=if_match,
        current=to_read(partner),
        resource_type="partner",
    )
    return to_read(partner)
