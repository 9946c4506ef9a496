"""Signatures of documents (issue 19, item 4): who signed which version (by the SHA-256 of its
bytes), for which party, how; and the append-only journal chained by hash that proves it.

The journal is one chain per document: entry `seq` n carries the `entry_hash` of entry n-1 of
the same document in `previous_hash` (64 zeros for the first), and its own `entry_hash` is the
SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of all its other fields. A chain
per document keeps signing two documents independent (no global lock) and lets a document's
proof be checked, or handed over, on its own."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from sqlalchemy import Column, ForeignKey, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.core.vocabulary import vocabulary
from app.models.base import InputModel, OutputModel, enum_check


@vocabulary(
    "signature_party",
    "Partie signataire",
    {
        "city": ("La Ville de Roubaix", "The city of Roubaix"),
        "association": ("L'association porteuse", "The association"),
    },
    english="Party a signature is given for",
)
class SignatureParty(StrEnum):
    city = "city"
    association = "association"


@vocabulary(
    "signature_method",
    "Mode de signature",
    {
        "typed": ("Signature en ligne (nom saisi)", "Signed in place (typed name)"),
        "scan": ("Scan de l'exemplaire signé déposé", "Signed copy uploaded as a scan"),
    },
    english="How a document was signed",
)
class SignatureMethod(StrEnum):
    typed = "typed"
    scan = "scan"


GENESIS_HASH = "0" * 64
CONSENT_TEXT = (
    "Je, {name}, signe pour {party} le document « {title} », version {version} "
    "(empreinte SHA-256 {sha256}). Je déclare l'avoir lu et l'approuver ; cette signature "
    "électronique m'engage comme ma signature manuscrite."
)


class DocumentSignature(SQLModel, table=True):
    """One party's signature of one version of a document: written once, never changed."""

    __tablename__ = "document_signatures"
    __table_args__ = (
        UniqueConstraint(
            "document_id", "version_number", "party", name="uq_document_signatures_party"
        ),
        enum_check("party", SignatureParty, "ck_document_signatures_party"),
        enum_check("method", SignatureMethod, "ck_document_signatures_method"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    document_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("documents.id", name="fk_document_signatures_document_id"),
            nullable=False,
            index=True,
        )
    )
    version_number: int
    sha256: str = Field(min_length=64, max_length=64)
    signer_user_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("users.id", name="fk_document_signatures_signer_user_id"), nullable=False
        )
    )
    signer_name: str = Field(max_length=200)
    signer_role: str = Field(max_length=16)
    party: str = Field(max_length=16)
    method: str = Field(max_length=8)
    typed_name: str | None = Field(default=None, max_length=200)
    consent_text: str = Field(max_length=2000)
    client_address: str | None = Field(default=None, max_length=64)
    user_agent: str | None = Field(default=None, max_length=500)
    signed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class SignatureJournalEntry(SQLModel, table=True):
    """One signature event in the document's hash chain (append-only: no route changes it)."""

    __tablename__ = "signature_journal"
    __table_args__ = (UniqueConstraint("document_id", "seq", name="uq_signature_journal_seq"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    document_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("documents.id", name="fk_signature_journal_document_id"), nullable=False
        )
    )
    seq: int
    event: str = Field(max_length=16)
    signature_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("document_signatures.id", name="fk_signature_journal_signature_id"),
            nullable=False,
        )
    )
    version_number: int
    sha256: str = Field(min_length=64, max_length=64)
    signer_user_id: uuid.UUID
    signer_name: str = Field(max_length=200)
    party: str = Field(max_length=16)
    method: str = Field(max_length=8)
    recorded_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    previous_hash: str = Field(min_length=64, max_length=64)
    entry_hash: str = Field(min_length=64, max_length=64)


# ---- shapes -------------------------------------------------------------------------------------

SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


class SignatureRead(OutputModel):
    id: uuid.UUID
    document_id: uuid.UUID
    version_number: int
    sha256: str = PydanticField(description="SHA-256 of the signed version's bytes.")
    signer_user_id: uuid.UUID
    signer_name: str
    signer_role: str
    party: SignatureParty
    method: SignatureMethod
    typed_name: str | None
    consent_text: str = PydanticField(description="The consent the signer accepted, verbatim.")
    client_address: str | None
    user_agent: str | None
    signed_at: datetime

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "id": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c",
                    "document_id": "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                    "version_number": 1,
                    "sha256": SHA,
                    "signer_user_id": "5d2f8c1a-0e4b-4d7e-9a51-6c3b2a1f0e9d",
                    "signer_name": "Karima Benali",
                    "signer_role": "association",
                    "party": "association",
                    "method": "typed",
                    "typed_name": "Karima Benali",
                    "consent_text": CONSENT_TEXT.format(
                        name="Karima Benali",
                        party="l'association porteuse",
                        title="Convention de prêt 2026",
                        version=1,
                        sha256=SHA,
                    ),
                    "client_address": "203.0.113.7",
                    "user_agent": "Mozilla/5.0",
                    "signed_at": "2026-09-01T09:30:00Z",
                }
            ]
        }
    }


class JournalEntryRead(OutputModel):
    seq: int
    event: str
    signature_id: uuid.UUID
    version_number: int
    sha256: str
    signer_user_id: uuid.UUID
    signer_name: str
    party: SignatureParty
    method: SignatureMethod
    recorded_at: datetime
    previous_hash: str
    entry_hash: str
    recomputed_hash: str = PydanticField(description="The entry's hash as recomputed now.")
    intact: bool


class VerificationRead(OutputModel):
    document_id: uuid.UUID
    intact: bool = PydanticField(
        description="The chain recomputes, and every signed version's bytes still hash to "
        "what was signed."
    )
    entries: list[JournalEntryRead] = PydanticField(
        max_length=100_000, description="The document's journal, oldest first."
    )
    problems: list[str] = PydanticField(
        max_length=1_000_000, description="What no longer matches (empty when intact)."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "document_id": "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                    "intact": True,
                    "entries": [
                        {
                            "seq": 1,
                            "event": "signed",
                            "signature_id": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c",
                            "version_number": 1,
                            "sha256": SHA,
                            "signer_user_id": "5d2f8c1a-0e4b-4d7e-9a51-6c3b2a1f0e9d",
                            "signer_name": "Karima Benali",
                            "party": "association",
                            "method": "typed",
                            "recorded_at": "2026-09-01T09:30:00Z",
                            "previous_hash": GENESIS_HASH,
                            "entry_hash": SHA,
                            "recomputed_hash": SHA,
                            "intact": True,
                        }
                    ],
                    "problems": [],
                }
            ]
        }
    }


class SignatureFields(InputModel):
    """What a signer sends (multipart form: with `file` for a scan)."""

    method: SignatureMethod
    full_name: str | None = PydanticField(
        default=None,
        max_length=200,
        description="`typed`: the signer's full name as on their account (case and accents "
        "do not matter).",
    )
    consent: bool = PydanticField(
        description="The signer accepts the consent text: " + CONSENT_TEXT
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"method": "typed", "full_name": "Karima Benali", "consent": True},
                {"method": "scan", "consent": True},
            ]
        }
    }
