"""Documents (issue 19): files of an association, a space or the city — loan agreements,
charters, insurance certificates … — attached to a resource, kept in versions (each one file,
by its SHA-256) in the document storage (`app.services.documents.storage`).

`vocab` holds the codes, `tables` what is stored (open it first), `schemas` the shapes. Import
from `app.models.document`."""

from app.models.document.schemas import DocumentCreate, DocumentRead, DocumentVersionRead
from app.models.document.signature import (
    DocumentSignature,
    JournalEntryRead,
    SignatureFields,
    SignatureJournalEntry,
    SignatureMethod,
    SignatureParty,
    SignatureRead,
    VerificationRead,
)
from app.models.document.tables import Document, DocumentVersion
from app.models.document.vocab import (
    DocumentContentType,
    DocumentKind,
    DocumentResourceType,
    DocumentStatus,
)

__all__ = [
    "Document",
    "DocumentContentType",
    "DocumentCreate",
    "DocumentKind",
    "DocumentRead",
    "DocumentResourceType",
    "DocumentStatus",
    "DocumentVersion",
    "DocumentVersionRead",
    "DocumentSignature",
    "JournalEntryRead",
    "SignatureFields",
    "SignatureJournalEntry",
    "SignatureMethod",
    "SignatureParty",
    "SignatureRead",
    "VerificationRead",
]
