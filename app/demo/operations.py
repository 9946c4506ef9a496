"""The demo network's operations: loan agreements, lent equipment, the maintenance contract and
a few tickets. Steps of `app.demo.network.seed_demo`, idempotent like the others (natural
keys: agreement reference, inventory number, ticket title at a space)."""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.models.equipment import (
    Equipment,
    EquipmentCreate,
    LoanAgreement,
    LoanAgreementCreate,
    LoanAgreementTransition,
    MovementCreate,
)
from app.models.maintenance import (
    MaintenanceContract,
    MaintenanceContractWrite,
    MaintenanceTicket,
    TicketCreate,
    TicketTransition,
)
from app.models.user import SpaceAssignment, User
from app.services.equipment import items as equipment
from app.services.equipment import loan_agreements
from app.services.maintenance import contracts as maintenance_contracts
from app.services.maintenance import tickets

# Associations whose ENC received the ASSOCLIC lot and the city's five extra workstations.
EQUIPPED = {
    "hauts-champs": "enc-hauts-champs",
    "epeule": "enc-epeule",
    "nouveau-roubaix": "enc-nouveau-roubaix",
    "secours-populaire": "enc-secours-populaire",
    "servir": "enc-servir",
}

CONTRACT_TERMS = {
    "low": {"acknowledge_hours": 16, "resolve_hours": 72},
    "normal": {"acknowledge_hours": 8, "resolve_hours": 36},
    "high": {"acknowledge_hours": 4, "resolve_hours": 16},
    "urgent": {"acknowledge_hours": 1, "resolve_hours": 8},
}


async def seed_loans(session: AsyncSession, seeded) -> None:
    """One renewed loan agreement (convention de prêt) per equipped association, active."""
    this_year = date.today().year
    for index, association in enumerate(EQUIPPED, start=1):
        reference = f"CP-{this_year - 1}-{index:03d}"
        found = await session.scalar(
            select(LoanAgreement).where(LoanAgreement.reference == reference)
        )
        if found is None:
            data = LoanAgreementCreate(
                association_id=seeded.associations[association],
                reference=reference,
                starts_on=date(this_year - 1, 1, 1),
                ends_on=date(this_year + 2, 12, 31),
            )
            created = await loan_agreements.create_agreement(session, SYSTEM, data)
            await loan_agreements.transition_agreement(
                session, SYSTEM, created.id, LoanAgreementTransition(to="pending_signature"), None
            )
            # Signed on paper last year, before the API kept signatures: the seed records it
            # as in force directly (through the API, activation needs both signatures of
            # the agreement's document, see loan_agreements._both_signatures).
            agreement = await session.get(LoanAgreement, created.id)
            agreement.status = "active"
            agreement.signed_by = "La présidence"
            agreement.signed_on = date(this_year - 1, 1, 15)
            await session.commit()


def _lot(association_index: int) -> list[dict]:
    """Three ASSOCLIC desktops (2010), two city workstations, one printer per ENC."""
    n = association_index
    items = [
        {
            "inventory_number": f"ENC-2010-{n:02d}{k:03d}",
            "kind": "desktop",
            "funding_source": "assoclic",
            "brand": "Dell",
            "model": "OptiPlex 380",
            "acquired_on": date(2010, 9, 1),
            "notes": "Appel à projets ASSOCLIC 2010",
        }
        for k in range(1, 4)
    ]
    items += [
        {
            "inventory_number": f"ENC-2011-{n:02d}{k:03d}",
            "kind": "desktop",
            "funding_source": "city_purchase",
            "brand": "HP",
            "model": "Compaq 6005 Pro",
            "acquired_on": date(2011, 2, 1),
            "purchase_value": "489.00",
            "notes": "Postes supplémentaires achetés par la ville",
        }
        for k in range(1, 3)
    ]
    items.append(
        {
            "inventory_number": f"ENC-2011-{n:02d}900",
            "kind": "printer",
            "funding_source": "city_purchase",
            "brand": "Brother",
            "model": "HL-5340D",
            "acquired_on": date(2011, 2, 1),
            "purchase_value": "179.00",
        }
    )
    return items


async def seed_equipment(session: AsyncSession, seeded) -> None:
    for index, space_key in enumerate(EQUIPPED.values(), start=1):
        for values in _lot(index):
            item = await session.scalar(
                select(Equipment).where(Equipment.inventory_number == values["inventory_number"])
            )
            if item is None:
                created = await equipment.create_equipment(
                    session, SYSTEM, EquipmentCreate(**values)
                )
                item_id = created.id
                await equipment.move_equipment(
                    session,
                    SYSTEM,
                    item_id,
                    MovementCreate(kind="allocate", space_id=seeded.spaces[space_key]),
                )


async def _volunteer(session: AsyncSession, seeded) -> Actor:
    user = await session.get(User, seeded.users["volunteer"])
    spaces = frozenset(
        (
            await session.execute(
                select(SpaceAssignment.space_id).where(SpaceAssignment.user_id == user.id)
            )
        )
        .scalars()
        .all()
    )
    return Actor(
        kind="user",
        role=user.role,
        user_id=user.id,
        association_id=user.association_id,
        space_ids=spaces,
    )


def _operator_actor(seeded, user_id: uuid.UUID) -> Actor:
    return Actor(
        kind="user", role="partner", user_id=user_id, partner_id=seeded.partners["operator"]
    )


async def seed_maintenance(session: AsyncSession, seeded) -> None:
    operator_id = seeded.partners["operator"]
    if (
        await session.scalar(
            select(MaintenanceContract.id).where(MaintenanceContract.partner_id == operator_id)
        )
        is None
    ):
        await maintenance_contracts.put_contract(
            session,
            SYSTEM,
            operator_id,
            MaintenanceContractWrite(
                clock="business", is_network_default=True, terms=CONTRACT_TERMS
            ),
        )
    volunteer = await _volunteer(session, seeded)
    operator = _operator_actor(seeded, seeded.users["operator"])
    space_id = seeded.spaces["enc-hauts-champs"]
    demo_tickets = [
        (
            TicketCreate(
                space_id=space_id,
                category="printer",
                priority="high",
                title="L'imprimante n'imprime plus les attestations CAF",
                description="Bourrage papier répété depuis lundi, voyant orange fixe.",
            ),
            ["acknowledged", "in_progress"],
        ),
        (
            TicketCreate(
                space_id=space_id,
                category="network_internet",
                priority="normal",
                title="Connexion Numericable coupée le jeudi après-midi",
                description="Plus d'accès internet de 14 h à 16 h, box redémarrée.",
            ),
            ["acknowledged", "in_progress", "resolved"],
        ),
        (
            TicketCreate(
                space_id=space_id,
                category="software",
                priority="low",
                title="Mettre à jour le navigateur des postes",
                description="Le site de la CAF demande un navigateur plus récent.",
            ),
            [],
        ),
    ]
    for data, path in demo_tickets:
        exists = await session.scalar(
            select(MaintenanceTicket.id).where(
                MaintenanceTicket.space_id == space_id, MaintenanceTicket.title == data.title
            )
        )
        if exists is not None:
            continue
        ticket = await tickets.create_ticket(session, volunteer, data)
        for target in path:
            comment = "Box remplacée par l'opérateur." if target == "resolved" else None
            await tickets.transition_ticket(
                session,
                operator,
                ticket.id,
                TicketTransition(to=target, comment=comment),
                None,
                autoclose_days=7,
            )
