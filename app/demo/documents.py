"""The demo's papers: the files behind the label and the insurance — a PDF per document, made
here with fpdf2 (fixed creation date: the same bytes at every seeding, so the content-addressed
storage keeps one copy) and uploaded through the documents' service, acting as the space's
association."""

import uuid
from datetime import UTC, date, datetime

from fpdf import FPDF
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.models.document import (
    Document,
    DocumentCreate,
    DocumentKind,
    DocumentSignature,
    SignatureFields,
)
from app.models.equipment import LoanAgreement
from app.models.insurance import InsuranceCertificateCreate, InsuranceCertificateStatus
from app.models.space import Space
from app.models.user import Role, User
from app.services.documents import records as documents
from app.services.documents import signatures
from app.services.insurance import certificates
from app.services.pdf_documents import filing


def demo_pdf(title: str, lines: list[str]) -> bytes:
    document = FPDF()
    document.set_creation_date(datetime(2026, 1, 15, tzinfo=UTC))
    document.add_page()
    document.set_font("helvetica", style="B", size=14)
    document.multi_cell(0, 10, _latin1(title), new_x="LMARGIN", new_y="NEXT")
    document.set_font("helvetica", size=11)
    for line in lines:
        document.multi_cell(0, 8, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def _latin1(text: str) -> str:
    """The core fonts' alphabet (French accents included)."""
    return text.encode("latin-1", "replace").decode("latin-1")


async def upload(
    session: AsyncSession,
    seeded,
    actor: Actor,
    space: Space,
    kind: DocumentKind,
    title: str,
    lines: list[str],
) -> uuid.UUID:
    data = demo_pdf(title, [space.name, *lines])
    created = await documents.create_document(
        session,
        actor,
        seeded.settings,
        seeded.storage,
        DocumentCreate(kind=kind, title=title, space_id=space.id),
        documents.BytesUpload(f"{kind.value}.pdf", data),
    )
    return created.id


async def insure(
    session: AsyncSession, seeded, actor: Actor, space: Space, valid_from: date
) -> None:
    """The space's premises insurance, as a certificate the city confirmed."""
    insurance = (space.premises or {}).get("insurance")
    if not insurance:
        return
    until = date.fromisoformat(str(insurance["valid_until"]))
    document_id = await upload(
        session,
        seeded,
        actor,
        space,
        DocumentKind.insurance_certificate,
        f"Attestation d'assurance {until.year - 1}-{until.year}",
        [f"Assureur : {insurance['insurer']}", f"Contrat : {insurance['policy_number']}"],
    )
    created = await certificates.create_certificate(
        session,
        actor,
        space.id,
        InsuranceCertificateCreate(
            document_id=document_id,
            insurer=insurance["insurer"],
            policy_number=insurance["policy_number"],
            valid_from=min(valid_from, until),
            valid_until=until,
        ),
    )
    await certificates.decide(session, SYSTEM, created.id, InsuranceCertificateStatus.confirmed)


async def sign(session: AsyncSession, seeded, signer: Actor, document_id: uuid.UUID) -> None:
    """Signed in place by the signer (a user of the document's association, or of the city),
    with the typed name of its account, as `POST /documents/{id}/signatures` does."""
    user = await session.get(User, signer.user_id)
    await signatures.sign_document(
        session,
        signer,
        seeded.settings,
        seeded.storage,
        document_id,
        SignatureFields(method="typed", full_name=user.full_name, consent=True),
        None,
        user_agent="enc seed",
    )


async def seed_signed_agreement(session: AsyncSession, seeded) -> None:
    """Hauts-Champs' loan agreement filed as its document and signed by both parties (the
    city's and the association's demo accounts), so that the demo shows a signed copy."""
    association_id = seeded.associations.get("hauts-champs")
    city_id, president_id = seeded.users.get("city"), seeded.users.get("association")
    if association_id is None or city_id is None or president_id is None:
        return
    agreement_id = await session.scalar(
        select(LoanAgreement.id)
        .where(LoanAgreement.association_id == association_id, LoanAgreement.status == "active")
        .order_by(LoanAgreement.starts_on)
    )
    if agreement_id is None or await session.scalar(
        select(DocumentSignature.id)
        .join(Document, Document.id == DocumentSignature.document_id)
        .where(Document.resource_type == "loan_agreement", Document.resource_id == agreement_id)
    ):
        return
    city = Actor(kind="user", role=Role.city.value, user_id=city_id)
    president = Actor(
        kind="user",
        role=Role.association.value,
        user_id=president_id,
        association_id=association_id,
    )
    document, _added = await filing.file_loan_agreement(
        session, city, seeded.settings, seeded.storage, agreement_id
    )
    for signer in (city, president):
        await sign(session, seeded, signer, document.id)
