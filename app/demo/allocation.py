"""The demo's equipment requests and allocation plan: the ASSOCLIC lot of 2012 (six laptops
still in the city's stock) goes to the two associations that asked for it — the Epeule ENC
for its CAF workshop, the Hauts-Champs association for its PAIC des Petites-Haies (three
asked, two approved) — by one plan the city executed. A step of
`app.demo.network.seed_demo`, idempotent: nothing is made again once the plan exists.
Everything goes through the services, as the associations and as the city."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.models.allocation import (
    AllocationPlan,
    AllocationPlanCreate,
    EquipmentRequestCreate,
    EquipmentRequestTransition,
)
from app.models.equipment import Equipment, EquipmentCreate
from app.models.user import Role, User
from app.services.allocation import plans, requests
from app.services.equipment import items as equipment

PLAN_TITLE = "Affectation du lot ASSOCLIC 2012"
LOT = [
    {
        "inventory_number": f"ENC-2012-AS{k:03d}",
        "kind": "laptop",
        "funding_source": "assoclic",
        "brand": "Lenovo",
        "model": "ThinkPad Edge E520",
        "acquired_on": date(2012, 3, 1),
        "notes": "Appel à projets ASSOCLIC 2012",
    }
    for k in range(1, 7)
]
REQUESTS = (
    # association, space, asked, approved, why
    (
        "epeule",
        "enc-epeule",
        4,
        4,
        "Quatre portables pour l'atelier « lire son dossier CAF » du mardi : la file "
        "d'attente dépasse la demi-heure.",
    ),
    (
        "hauts-champs",
        "paic-petites-haies",
        3,
        2,
        "Le PAIC des Petites-Haies n'a qu'un poste ; trois portables permettraient les "
        "simulations RSA et Allocation Logement en petit groupe.",
    ),
)


async def _member(session: AsyncSession, association_id) -> Actor:
    user = await session.scalar(
        select(User).where(User.association_id == association_id, User.role == Role.association)
    )
    return Actor(
        kind="user",
        role=Role.association.value,
        user_id=user.id if user else None,
        association_id=association_id,
    )


async def seed_allocation(session: AsyncSession, seeded) -> None:
    if await session.scalar(select(AllocationPlan.id).where(AllocationPlan.title == PLAN_TITLE)):
        return
    if any(a not in seeded.associations or s not in seeded.spaces for a, s, *_ in REQUESTS):
        return
    for values in LOT:
        found = await session.scalar(
            select(Equipment.id).where(Equipment.inventory_number == values["inventory_number"])
        )
        if found is None:
            await equipment.create_equipment(session, SYSTEM, EquipmentCreate(**values))
    lines = []
    for association, space, asked, approve, why in REQUESTS:
        member = await _member(session, seeded.associations[association])
        request = await requests.create_request(
            session,
            member,
            EquipmentRequestCreate(
                space_id=seeded.spaces[space],
                kind="laptop",
                quantity=asked,
                justification=why,
                priority="high",
            ),
        )
        for step in (
            EquipmentRequestTransition(to="under_review"),
            EquipmentRequestTransition(
                to="approved",
                approved_quantity=approve,
                reason=None if approve == asked else "Deux portables : le lot est de six.",
            ),
        ):
            await requests.transition(session, SYSTEM, request.id, step)
        lines.append({"request_id": request.id})
    plan = await plans.create_plan(
        session,
        SYSTEM,
        AllocationPlanCreate.model_validate(
            {"title": PLAN_TITLE, "funding_source": "assoclic", "lines": lines}
        ),
    )
    await plans.execute(session, SYSTEM, plan.id)
