"""The operators' contracts: response times per priority, and which operator serves a space."""

import uuid

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, NotFound
from app.core.persistence import guarded_update
from app.models.maintenance import (
    MaintenanceContract,
    MaintenanceContractRead,
    MaintenanceContractWrite,
)
from app.models.partner import PartnerKind
from app.models.space import Space
from app.services import audit, policy
from app.services.organisations.partners import PARTNERS


def term_for(contract: MaintenanceContract, priority: str) -> dict[str, float]:
    term = contract.terms[str(priority)]
    return {"acknowledge_hours": term["acknowledge_hours"], "resolve_hours": term["resolve_hours"]}


async def contract_of_partner(
    session: AsyncSession, partner_id: uuid.UUID
) -> MaintenanceContract | None:
    return (
        await session.execute(
            select(MaintenanceContract).where(MaintenanceContract.partner_id == partner_id)
        )
    ).scalar_one_or_none()


async def contract_for_space(session: AsyncSession, space: Space) -> MaintenanceContract | None:
    """The space's own contracted operator, else the network's default operator."""
    if space.maintenance_operator_id is not None:
        return await contract_of_partner(session, space.maintenance_operator_id)
    return (
        await session.execute(
            select(MaintenanceContract).where(MaintenanceContract.is_network_default.is_(True))
        )
    ).scalar_one_or_none()


async def get_contract(
    session: AsyncSession, actor: Actor, partner_id: uuid.UUID
) -> MaintenanceContractRead:
    partner = await PARTNERS.find(session, actor, partner_id)
    contract = await contract_of_partner(session, partner.id)
    if contract is None:
        raise NotFound("No such maintenance contract for this partner.")
    return MaintenanceContractRead.model_validate(contract)


async def put_contract(
    session: AsyncSession, actor: Actor, partner_id: uuid.UUID, data: MaintenanceContractWrite
) -> MaintenanceContractRead:
    partner = await PARTNERS.find(session, actor, partner_id)
    policy.require(actor, "maintenance_contract:write")
    if partner.kind != PartnerKind.maintenance_operator or partner.archived_at is not None:
        raise Conflict("Only an active maintenance operator has a maintenance contract.")
    values = data.model_dump(mode="json")
    if data.is_network_default:  # one network default at a time
        await session.execute(
            update(MaintenanceContract)
            .where(
                MaintenanceContract.partner_id != partner.id,
                MaintenanceContract.is_network_default.is_(True),
            )
            .values(
                is_network_default=False,
                updated_at=utcnow(),
                version=MaintenanceContract.version + 1,
            )
        )
    contract = await contract_of_partner(session, partner.id)
    if contract is None:
        contract = MaintenanceContract(partner_id=partner.id, **values)
        session.add(contract)
        await session.flush()
        changes = values
    else:
        changes = await guarded_update(session, contract, values)
    audit.record(session, actor, "maintenance_contract.put", "partner", partner.id, changes)
    await session.commit()
    return MaintenanceContractRead.model_validate(contract)
