"""The charter of the ENC label as a PDF (*Charte du label ENC*): the clauses of the charter
template and the criteria of one published criteria version, listed. Two forms: a space's
charter (a label application: its association and space are the parties, its criteria version
is the one listed) and the network's blank charter of a criteria version."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import NotFound
from app.models.association import Association
from app.models.document_template import DocumentTemplate, DocumentTemplateKind
from app.models.label import LabelApplication, LabelCriteriaVersion
from app.models.space import Space
from app.services import policy
from app.services.labels.applications import APPLICATIONS
from app.services.labels.criteria import specs
from app.services.pdf_documents import parties
from app.services.pdf_documents.layout import GeneratedDocument, french_date, the_association
from app.services.pdf_documents.templates import in_force


def _criteria_rows(version: LabelCriteriaVersion) -> list[dict]:
    """Each criterion as an article-like entry: its title, then how it is judged."""
    entries = []
    for spec in specs(version):
        how = "mesuré par l'API" if spec.kind == "automatic" else "sur pièce justificative"
        if spec.threshold is not None:  # a rule's default is in its title
            how += f", seuil {spec.threshold:g}"
        need = "obligatoire" if spec.mandatory else "facultatif"
        text = f"{spec.description} " if spec.description else ""
        entries.append({"title": spec.title, "text": f"{text}({need} ; {how})"})
    return entries


def _criteria(pdf: GeneratedDocument, version: LabelCriteriaVersion) -> None:
    pdf.section(f"Critères du label (version {version.number} des critères)")
    pdf.paragraph(
        f"Publiée le {french_date(version.published_at.date())}"
        + (f" : {version.note}" if version.note else "."),
        italic=True,
    )
    pdf.ln(1)
    for number, entry in enumerate(_criteria_rows(version), start=1):
        if pdf.get_y() > pdf.h - 32:  # a criterion's title stays with its text
            pdf.add_page()
        pdf.set_x(pdf.l_margin)
        pdf.paragraph(f"{number}. {entry['title']}", bold=True)
        pdf.set_x(pdf.l_margin + 5)
        pdf.multi_cell(0, 4.8, entry["text"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def _document(
    template: DocumentTemplate, reference: str, identifier: uuid.UUID, created
) -> GeneratedDocument:
    return GeneratedDocument(
        template.title,
        reference,
        f"Clauses : modèle « charte », version {template.version} — identifiant {identifier}",
        created,
    )


async def render_charter(session: AsyncSession, application_id: uuid.UUID) -> bytes:
    """A space's charter, for its label application. No scope: callers check it."""
    application = await session.get(LabelApplication, application_id)
    if application is None:
        raise NotFound("No such label application.")
    association = await session.get(Association, application.association_id)
    space = await session.get(Space, application.space_id)
    version = await session.get(LabelCriteriaVersion, application.criteria_version_id)
    template = await in_force(session, DocumentTemplateKind.charter, application.created_at)
    created = parties.latest(
        application.updated_at, association.updated_at, space.updated_at, version.published_at
    )
    reference = f"{space.name} — critères version {version.number}"
    if application.label_number:
        reference = f"Label n° {application.label_number} — {reference}"
    pdf = _document(template, reference, application.id, created)
    pdf.section("Entre les soussignés")
    pdf.party(parties.CITY_HEADING, parties.CITY_LINES)
    pdf.paragraph("d'une part, et")
    pdf.ln(1.5)
    pdf.party(association.name, parties.association_lines(association))
    pdf.paragraph("d'autre part, pour le lieu :")
    pdf.paragraph("• " + parties.space_line(space))
    if application.valid_from and application.valid_until:
        pdf.facts(
            [
                ("Label attribué le", french_date(application.valid_from)),
                ("Valable jusqu'au", french_date(application.valid_until)),
            ]
        )
    pdf.section("Engagements")
    pdf.articles(template.clauses)
    _criteria(pdf, version)
    pdf.signatures(
        ("Pour la Ville de Roubaix", "Le Maire ou son adjoint délégué"),
        (f"Pour {the_association(association.name)}", "Le ou la président(e)"),
        "Fait à Roubaix en deux exemplaires originaux, le ____________________",
    )
    return pdf.render()


async def render_criteria_charter(session: AsyncSession, number: int) -> bytes:
    """The network's charter for a criteria version, with no parties named."""
    version = (
        await session.execute(
            select(LabelCriteriaVersion).where(LabelCriteriaVersion.number == number)
        )
    ).scalar_one_or_none()
    if version is None:
        raise NotFound("No such criteria version.")
    template = await in_force(session, DocumentTemplateKind.charter, version.published_at)
    pdf = _document(
        template, f"Critères version {version.number}", version.id, version.published_at
    )
    pdf.paragraph(
        "Modèle de la charte signée entre la Ville et chaque association porteuse d'un lieu "
        "labellisé. Les parties et le lieu sont nommés sur la charte de chaque demande de label.",
        italic=True,
    )
    pdf.section("Engagements")
    pdf.articles(template.clauses)
    _criteria(pdf, version)
    return pdf.render()


async def application_charter_pdf(
    session: AsyncSession, actor: Actor, application_id: uuid.UUID
) -> bytes:
    """The charter of an application in the caller's scope (404 otherwise, as its JSON)."""
    application = await APPLICATIONS.find(session, actor, application_id)
    return await render_charter(session, application.id)


async def criteria_charter_pdf(session: AsyncSession, actor: Actor, number: int) -> bytes:
    policy.require_scope(actor, "labels:read")
    return await render_criteria_charter(session, number)
