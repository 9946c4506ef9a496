"""The equipment hand-over receipt as a PDF (*bon de remise*) for one movement: the item (its
inventory and serial numbers), where it goes from and to, under which agreement, when, who hands
it over and who receives it, and the receipt template's clauses in force at the movement's time.
Movements are append-only, so a receipt changes only when the rows it prints do."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import NotFound
from app.core.vocabulary import label_fr
from app.models.association import Association
from app.models.document_template import DocumentTemplateKind
from app.models.equipment import Equipment, LoanAgreement, Movement, MovementKind
from app.models.space import Space
from app.services.equipment.items import EQUIPMENT
from app.services.pdf_documents import parties
from app.services.pdf_documents.layout import (
    GeneratedDocument,
    french_date,
    french_datetime,
    the_association,
)
from app.services.pdf_documents.templates import in_force

CITY_STOCK = "Stock de la Ville de Roubaix"
K = MovementKind
# Where an item is when no space holds it, after each kind of move.
NOWHERE_AFTER = {
    K.return_to_stock: CITY_STOCK,
    K.send_to_repair: "En réparation chez l'opérateur de maintenance",
    K.back_from_repair: CITY_STOCK,
    K.retire: "Réformé (sorti de l'inventaire)",
    K.declare_lost: "Déclaré perdu ou volé",
}


def receipt_number(movement: Movement) -> str:
    return f"BR-{movement.occurred_at:%Y%m%d}-{movement.id.hex[:8].upper()}"


async def _space_and_association(
    session: AsyncSession, space_id: uuid.UUID | None
) -> tuple[Space | None, Association | None]:
    if space_id is None:
        return None, None
    space = await session.get(Space, space_id)
    return space, await session.get(Association, space.association_id)


def _place(status: str, space: Space | None, kind: MovementKind, after: bool) -> str:
    """Where the item was (before) or is (after the move), in words."""
    if status == "allocated" and space is not None:
        return parties.space_line(space)
    if status == "in_repair":
        return NOWHERE_AFTER[K.send_to_repair]
    if after and kind in NOWHERE_AFTER:
        return NOWHERE_AFTER[kind]
    return CITY_STOCK


def _holder(status: str, association: Association | None, space: Space | None) -> tuple[str, str]:
    """Who holds the item in that status: the space's association, the operator, the city."""
    if status == "allocated" and association is not None and space is not None:
        return (the_association(association.name), space.name)
    if status == "in_repair":
        return ("l'opérateur de maintenance", "Le technicien")
    return ("la Ville de Roubaix", "Le service numérique")


async def render_receipt(session: AsyncSession, movement_id: uuid.UUID) -> bytes:
    """The movement's hand-over receipt. No scope: callers check it."""
    movement = await session.get(Movement, movement_id)
    if movement is None:
        raise NotFound("No such movement.")
    item = await session.get(Equipment, movement.equipment_id)
    source, source_association = await _space_and_association(session, movement.from_space_id)
    target, target_association = await _space_and_association(session, movement.to_space_id)
    agreement = (
        await session.get(LoanAgreement, movement.loan_agreement_id)
        if movement.loan_agreement_id
        else None
    )
    template = await in_force(session, DocumentTemplateKind.handover_receipt, movement.occurred_at)
    created = parties.latest(
        movement.occurred_at,
        item.updated_at,
        *(
            row.updated_at
            for row in (source, target, source_association, target_association)
            if row
        ),
        agreement.updated_at if agreement else None,
    )
    kind = MovementKind(movement.kind)
    pdf = GeneratedDocument(
        template.title,
        f"Bon n° {receipt_number(movement)}",
        f"Clauses : modèle « bon de remise », version {template.version} — mouvement {movement.id}",
        created,
    )
    pdf.section("Mouvement")
    rows = [
        ("Nature", label_fr("movement_kind", kind.value)),
        ("Date et heure", french_datetime(movement.occurred_at)),
        ("Provenance", _place(movement.from_status, source, kind, after=False)),
        ("Destination", _place(movement.to_status, target, kind, after=True)),
    ]
    if agreement is not None:
        rows.append(
            (
                "Convention de prêt",
                f"n° {agreement.reference}, du {french_date(agreement.starts_on)} "
                f"au {french_date(agreement.ends_on)}",
            )
        )
    if movement.reason:
        rows.append(("Motif", movement.reason))
    pdf.facts(rows, label_width=40)

    pdf.section("Matériel")
    pdf.table(
        ["Inventaire", "Type", "Marque et modèle", "N° de série", "Financement"],
        [
            [
                item.inventory_number,
                label_fr("equipment_kind", item.kind),
                " ".join(part for part in (item.brand, item.model) if part) or "—",
                item.serial_number or "—",
                label_fr("funding_source", item.funding_source),
            ]
            for _ in (item,)
        ],
        [28, 28, 40, 32, 46],
    )
    pdf.section("Conditions")
    pdf.articles(template.clauses)
    pdf.section("Réserves")
    pdf.ruled_lines(3)
    giver = _holder(movement.from_status, source_association, source)
    receiver = _holder(movement.to_status, target_association, target)
    pdf.signatures(
        (f"Remis par {giver[0]}", giver[1]),
        (f"Reçu par {receiver[0]}", receiver[1]),
        f"Fait à Roubaix, le {french_date(movement.occurred_at.date())}",
    )
    return pdf.render()


async def receipt_pdf(
    session: AsyncSession, actor: Actor, item_id: uuid.UUID, movement_id: uuid.UUID
) -> bytes:
    """The receipt of a movement of an item in the caller's scope (404 otherwise, as the
    item's movements)."""
    item = await EQUIPMENT.find(session, actor, item_id)
    found = (
        await session.execute(
            select(Movement.id).where(Movement.id == movement_id, Movement.equipment_id == item.id)
        )
    ).scalar_one_or_none()
    if found is None:
        raise NotFound("No such movement for this item.")
    return await render_receipt(session, found)
