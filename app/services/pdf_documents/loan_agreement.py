"""The loan agreement as a PDF (*Convention de prêt*): the parties, the space(s), the items it
covers with their inventory and serial numbers, its dates, and the clauses of the template in
force when the agreement was drawn up (its creation)."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import NotFound
from app.core.vocabulary import label_fr
from app.models.association import Association
from app.models.document_template import DocumentTemplateKind
from app.models.equipment import Equipment, LoanAgreement
from app.models.space import Space
from app.services.equipment.loan_agreements import COVERED_STATUSES, LOAN_AGREEMENTS
from app.services.pdf_documents import parties
from app.services.pdf_documents.layout import GeneratedDocument, french_date, the_association
from app.services.pdf_documents.templates import in_force


async def render_loan_agreement(session: AsyncSession, agreement_id: uuid.UUID) -> bytes:
    """The agreement's PDF; the same data gives the same bytes. No scope: callers check it."""
    agreement = await session.get(LoanAgreement, agreement_id)
    if agreement is None:
        raise NotFound("No such loan agreement.")
    association = await session.get(Association, agreement.association_id)
    items = (
        (
            await session.execute(
                select(Equipment)
                .where(
                    Equipment.loan_agreement_id == agreement.id,
                    Equipment.status.in_(COVERED_STATUSES),
                )
                .order_by(Equipment.inventory_number)
            )
        )
        .scalars()
        .all()
    )
    space_ids = {item.space_id for item in items if item.space_id is not None}
    if space_ids:
        condition = Space.id.in_(space_ids)
    else:  # nothing allocated yet: the association's spaces, where the items will go
        condition = (Space.association_id == association.id) & Space.archived_at.is_(None)
    spaces = (
        (await session.execute(select(Space).where(condition).order_by(Space.name, Space.id)))
        .scalars()
        .all()
    )
    names = {space.id: space.name for space in spaces}
    template = await in_force(session, DocumentTemplateKind.loan_agreement, agreement.created_at)

    created = parties.latest(
        agreement.updated_at,
        association.updated_at,
        *(item.updated_at for item in items),
        *(space.updated_at for space in spaces),
    )
    pdf = GeneratedDocument(
        template.title,
        f"Convention n° {agreement.reference}",
        f"Clauses : modèle « convention de prêt », version {template.version}"
        f" — convention {agreement.id}",
        created,
    )
    pdf.section("Entre les soussignés")
    pdf.party(parties.CITY_HEADING, parties.CITY_LINES)
    pdf.paragraph("d'une part, et")
    pdf.ln(1.5)
    pdf.party(association.name, parties.association_lines(association))
    pdf.paragraph("d'autre part, il est convenu ce qui suit.")

    pdf.section("Lieu d'accueil du matériel" if len(spaces) <= 1 else "Lieux d'accueil du matériel")
    if spaces:
        for space in spaces:
            pdf.paragraph("• " + parties.space_line(space))
    else:
        pdf.paragraph("Aucun lieu ouvert n'est encore rattaché à l'association.", italic=True)

    pdf.section("Durée")
    pdf.facts(
        [
            ("Date de début", french_date(agreement.starts_on)),
            ("Date de fin", french_date(agreement.ends_on)),
        ]
        + ([("Signée le", french_date(agreement.signed_on))] if agreement.signed_on else [])
        + ([("Signée par", agreement.signed_by)] if agreement.signed_by else [])
        + (
            [("Résiliée le", french_date(agreement.terminated_on))]
            if agreement.terminated_on
            else []
        )
    )

    pdf.section(f"Matériel mis à disposition ({len(items)})")
    if items:
        pdf.table(
            ["Inventaire", "Type", "Marque et modèle", "N° de série", "Lieu"],
            [
                [
                    item.inventory_number,
                    label_fr("equipment_kind", item.kind),
                    " ".join(part for part in (item.brand, item.model) if part) or "—",
                    item.serial_number or "—",
                    names.get(item.space_id, "—"),
                ]
                for item in items
            ],
            [30, 34, 42, 34, 34],
        )
    else:
        pdf.paragraph(
            "Aucun matériel n'est encore affecté au titre de cette convention ; chaque "
            "affectation fait l'objet d'un bon de remise.",
            italic=True,
        )
    if agreement.notes:
        pdf.paragraph(f"Observations : {agreement.notes}", italic=True)

    pdf.section("Clauses")
    pdf.articles(template.clauses)
    pdf.signatures(
        ("Pour la Ville de Roubaix", "Le Maire ou son adjoint délégué"),
        (
            f"Pour {the_association(association.name)}",
            agreement.signed_by or "Le ou la président(e)",
        ),
        "Fait à Roubaix en deux exemplaires originaux, le ____________________",
    )
    return pdf.render()


async def agreement_pdf(session: AsyncSession, actor: Actor, agreement_id: uuid.UUID) -> bytes:
    """The PDF of an agreement in the caller's scope (404 otherwise, as its JSON)."""
    agreement = await LOAN_AGREEMENTS.find(session, actor, agreement_id)
    return await render_loan_agreement(session, agreement.id)
