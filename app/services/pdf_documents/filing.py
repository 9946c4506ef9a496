"""A generated loan agreement filed as a document, so that it can be signed (issue #19, item 4).

The agreement's PDF is rendered from the live data and stored as the next version of the
agreement's `loan_agreement` document (created on the first filing): the version the two
parties sign holds the items covered as they were that day, whatever moves later — a terminated
or ended agreement keeps its signed copy. Filing again while nothing printed changed adds
nothing (the bytes are deterministic, compared by SHA-256).
"""

import hashlib
import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.config import Settings
from app.models.document import Document, DocumentCreate, DocumentRead, DocumentVersion
from app.services import policy
from app.services.documents import records as documents
from app.services.documents.storage import DocumentStorage
from app.services.equipment.loan_agreements import LOAN_AGREEMENTS
from app.services.pdf_documents.loan_agreement import render_loan_agreement


async def file_loan_agreement(
    session: AsyncSession,
    actor: Actor,
    settings: Settings,
    storage: DocumentStorage,
    agreement_id: uuid.UUID,
) -> tuple[DocumentRead, bool]:
    """The agreement's document with the current rendering as its latest version, and whether
    a version was added now."""
    agreement = await LOAN_AGREEMENTS.find(session, actor, agreement_id)
    policy.require(actor, "document:upload")
    data = await render_loan_agreement(session, agreement.id)
    upload = documents.BytesUpload(f"convention-{agreement.reference}.pdf", data)
    document = (
        (
            await session.execute(
                policy.scope_documents(
                    actor,
                    select(Document).where(
                        Document.resource_type == "loan_agreement",
                        Document.resource_id == agreement.id,
                        Document.kind == "loan_agreement",
                        Document.status == "active",
                    ),
                ).order_by(Document.created_at, Document.id)
            )
        )
        .scalars()
        .first()
    )
    if document is None:
        body = DocumentCreate(
            kind="loan_agreement",
            title=f"Convention de prêt {agreement.reference}",
            association_id=agreement.association_id,
            resource_type="loan_agreement",
            resource_id=agreement.id,
        )
        return await documents.create_document(
            session, actor, settings, storage, body, upload
        ), True
    current = await session.scalar(
        select(DocumentVersion.sha256).where(
            DocumentVersion.document_id == document.id,
            DocumentVersion.number == document.current_version,
        )
    )
    if current == hashlib.sha256(data).hexdigest():
        return await documents.DOCUMENTS.get(session, actor, document.id), False
    await documents.store_version(session, actor, settings, storage, document, upload)
    await session.commit()
    return await documents.DOCUMENTS.get(session, actor, document.id), True
