"""The demo's papers: the files behind the label and the insurance — a PDF per document, made
here with fpdf2 (fixed creation date: the same bytes at every seeding, so the content-addressed
storage keeps one copy) and uploaded through the documents' service, acting as the space's
association."""

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from fpdf import FPDF
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.models.document import DocumentCreate, DocumentKind
from app.models.insurance import InsuranceCertificateCreate, InsuranceCertificateStatus
from app.models.space import Space
from app.services.documents import records as documents
from app.services.insurance import certificates


@dataclass
class _Upload:
    filename: str
    data: bytes
    read_at: int = 0

    async def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size < 0 else self.read_at + size
        chunk, self.read_at = self.data[self.read_at : end], min(end, len(self.data))
        return chunk


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
        _Upload(f"{kind.value}.pdf", data),
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
