"""Signatures with proof (issue 19, item 4).

A signer signs the *current* version of a document, for the party their role gives them: the
city's users for `city`, a user of the document's association (role `association`) for
`association`; anyone else may not sign (403), and an API key never does (a signature is a
person's). Either in place (`typed`: the full name typed must be the account's, case and
accents aside) or by uploading the signed scan (`scan`: it becomes the document's next version,
checked like any upload, and that version is signed). A later version starts unsigned: each
signature stays with the version (and the SHA-256) it was given to.

Every signature appends one entry to the document's journal, chained by hash (see
`app.models.document.signature`). `verify` recomputes every entry's hash from its stored
fields and the chain's links, checks each entry against its signature row, and re-reads every
signed version's bytes from the storage to recompute their SHA-256.
"""

import hashlib
import json
import re
import unicodedata
import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import Conflict, Forbidden, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.persistence import flush_or_conflict
from app.core.repository import Repository, rowwise, through_parent
from app.models.document import (
    Document,
    DocumentSignature,
    DocumentStatus,
    DocumentVersion,
    JournalEntryRead,
    SignatureFields,
    SignatureJournalEntry,
    SignatureRead,
    VerificationRead,
)
from app.models.document.signature import CONSENT_TEXT, GENESIS_HASH
from app.models.user import User
from app.services import audit, outbox, policy
from app.services.documents import records
from app.services.documents.storage import BlobNotFound, DocumentStorage

PARTY_WORDS = {"city": "la Ville de Roubaix", "association": "l'association porteuse"}
HASHED_FIELDS = (
    "document_id",
    "seq",
    "event",
    "signature_id",
    "version_number",
    "sha256",
    "signer_user_id",
    "signer_name",
    "party",
    "method",
    "recorded_at",
    "previous_hash",
)


def _sig_read(row: DocumentSignature) -> SignatureRead:
    return SignatureRead.model_validate(row, from_attributes=True)


SIGNATURES = Repository[DocumentSignature, SignatureRead](
    DocumentSignature,
    scope=through_parent,
    label="signature",
    to_reads=rowwise(lambda row, actor: _sig_read(row)),
    sorts={"signed_at": SortKey(DocumentSignature.signed_at, "datetime")},
    default_sort="signed_at",
)


def comparable_name(name: str) -> str:
    """A name as compared for a typed signature: no accents, no case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-]+", " ", bare).strip().casefold()


def _moment(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(fields: dict) -> str:
    """SHA-256 (hex) of the canonical JSON of an entry's fields: sorted keys, no spaces."""
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hashed_fields(entry: SignatureJournalEntry) -> dict:
    out = {}
    for name in HASHED_FIELDS:
        value = getattr(entry, name)
        if isinstance(value, uuid.UUID):
            value = str(value)
        elif isinstance(value, datetime):
            value = _moment(value)
        out[name] = value
    return out


async def _signer(session: AsyncSession, actor: Actor, document: Document) -> tuple[User, str]:
    """The signing user and the party they sign for (403 when they may sign for none)."""
    if actor.kind != "user" or actor.user_id is None:
        raise Forbidden("A signature is a person's: log in as the signer (no API key).")
    party = policy.signature_party(actor, document)
    if party is None:
        raise Forbidden(
            "Your role may not sign this document: the city signs for the city, a user of "
            "the document's association (role association) for the association."
        )
    user = await session.get(User, actor.user_id)
    if user is None:
        raise Forbidden("No such account.")
    return user, party


async def _current_version(session: AsyncSession, document: Document) -> DocumentVersion:
    return (
        await session.execute(
            select(DocumentVersion).where(
                DocumentVersion.document_id == document.id,
                DocumentVersion.number == document.current_version,
            )
        )
    ).scalar_one()


async def sign_document(
    session: AsyncSession,
    actor: Actor,
    settings: Settings,
    storage: DocumentStorage,
    document_id: uuid.UUID,
    fields: SignatureFields,
    upload: records.Upload | None,
    *,
    user_agent: str | None,
) -> SignatureRead:
    document = await records.DOCUMENTS.find(session, actor, document_id)
    # One signer of a document at a time (PostgreSQL; SQLite has one writer): the next reads
    # the journal's end and the signatures after the first committed, so the city and the
    # association signing at the same moment both succeed, and a second signer for the same
    # party gets "already signed", never a collision on the journal's place.
    await session.execute(select(Document.id).where(Document.id == document.id).with_for_update())
    await session.refresh(document)
    user, party = await _signer(session, actor, document)
    if document.status == DocumentStatus.archived:
        raise Conflict("This document is archived: it is not signed any more.")
    if not fields.consent:
        raise ValidationFailed(
            "Accept the consent text to sign (consent = true).", loc=["body", "consent"]
        )
    if fields.method == "typed":
        if upload is not None:
            raise ValidationFailed(
                "A typed signature takes no file (use method = scan).", loc=["body", "file"]
            )
        if not fields.full_name or comparable_name(fields.full_name) != comparable_name(
            user.full_name
        ):
            raise ValidationFailed(
                "Type your full name exactly as on your account to sign.",
                loc=["body", "full_name"],
            )
    elif upload is None:
        raise ValidationFailed("A scan signature needs the signed file.", loc=["body", "file"])
    version = await _current_version(session, document)
    already = await session.scalar(
        select(DocumentSignature.id).where(
            DocumentSignature.document_id == document.id,
            DocumentSignature.version_number == version.number,
            DocumentSignature.party == party,
        )
    )
    if already is not None and fields.method == "typed":
        raise Conflict(f"Version {version.number} is already signed for the {party}.")
    if fields.method == "scan":
        version = await records.store_version(session, actor, settings, storage, document, upload)
    consent = CONSENT_TEXT.format(
        name=user.full_name,
        party=PARTY_WORDS[party],
        title=document.title,
        version=version.number,
        sha256=version.sha256,
    )
    now = utcnow()
    signature = DocumentSignature(
        document_id=document.id,
        version_number=version.number,
        sha256=version.sha256,
        signer_user_id=user.id,
        signer_name=user.full_name,
        signer_role=user.role,
        party=party,
        method=fields.method,
        typed_name=fields.full_name if fields.method == "typed" else None,
        consent_text=consent,
        client_address=actor.client_address,
        user_agent=(user_agent or "")[:500] or None,
        signed_at=now,
    )
    session.add(signature)
    last = (
        await session.execute(
            select(SignatureJournalEntry)
            .where(SignatureJournalEntry.document_id == document.id)
            .order_by(SignatureJournalEntry.seq.desc())
            .limit(1)
        )
    ).scalar_one_or_none()
    entry = SignatureJournalEntry(
        document_id=document.id,
        seq=(last.seq + 1) if last else 1,
        event="signed",
        signature_id=signature.id,
        version_number=version.number,
        sha256=version.sha256,
        signer_user_id=user.id,
        signer_name=user.full_name,
        party=party,
        method=fields.method,
        recorded_at=now,
        previous_hash=last.entry_hash if last else GENESIS_HASH,
        entry_hash=GENESIS_HASH,
    )
    entry.entry_hash = entry_hash(hashed_fields(entry))
    session.add(entry)
    # a second signer racing for the same party and version, or the same journal place: 409
    await flush_or_conflict(
        session, "Someone signed this document at the same moment; read it again and retry."
    )
    changes = {
        "version": version.number,
        "sha256": version.sha256,
        "party": party,
        "method": fields.method,
        "entry_hash": entry.entry_hash,
    }
    audit.record(session, actor, "document.sign", "document", document.id, changes)
    outbox.emit(
        session,
        "document.signed",
        "document",
        document.id,
        {
            "id": document.id,
            "kind": document.kind,
            "resource_type": document.resource_type,
            "resource_id": document.resource_id,
            "signer_user_id": user.id,
        }
        | changes,
    )
    await session.commit()
    return _sig_read(signature)


async def list_signatures(
    session: AsyncSession, actor: Actor, document_id: uuid.UUID
) -> Listing[SignatureRead]:
    document = await records.DOCUMENTS.find(session, actor, document_id)
    statement = SIGNATURES.readable(actor).where(DocumentSignature.document_id == document.id)
    return SIGNATURES.listing(session, actor, statement)


async def verify(
    session: AsyncSession, actor: Actor, storage: DocumentStorage, document_id: uuid.UUID
) -> VerificationRead:
    """Recompute the chain and the signed bytes; a read: it writes nothing."""
    document = await records.DOCUMENTS.find(session, actor, document_id)
    entries = (
        (
            await session.execute(
                select(SignatureJournalEntry)
                .where(SignatureJournalEntry.document_id == document.id)
                .order_by(SignatureJournalEntry.seq)
            )
        )
        .scalars()
        .all()
    )
    signatures = {
        s.id: s
        for s in (
            await session.execute(
                select(DocumentSignature).where(DocumentSignature.document_id == document.id)
            )
        )
        .scalars()
        .all()
    }
    versions = {
        v.number: v
        for v in (
            await session.execute(
                select(DocumentVersion).where(DocumentVersion.document_id == document.id)
            )
        )
        .scalars()
        .all()
    }
    problems: list[str] = []
    reads: list[JournalEntryRead] = []
    previous = GENESIS_HASH
    for expected_seq, entry in enumerate(entries, start=1):
        own: list[str] = []
        recomputed = entry_hash(hashed_fields(entry))
        if entry.seq != expected_seq:
            own.append(f"entry {entry.seq}: expected number {expected_seq} (an entry is missing)")
        if recomputed != entry.entry_hash:
            own.append(f"entry {entry.seq}: its fields no longer hash to its entry_hash")
        if entry.previous_hash != previous:
            own.append(f"entry {entry.seq}: previous_hash is not the hash of the entry before")
        signature = signatures.get(entry.signature_id)
        if signature is None:
            own.append(f"entry {entry.seq}: its signature row is missing")
        elif (
            signature.sha256,
            signature.version_number,
            signature.party,
            signature.signer_user_id,
            signature.method,
        ) != (entry.sha256, entry.version_number, entry.party, entry.signer_user_id, entry.method):
            own.append(f"entry {entry.seq}: the signature row differs from the journal")
        version = versions.get(entry.version_number)
        if version is None or version.sha256 != entry.sha256:
            own.append(f"entry {entry.seq}: version {entry.version_number} is not what was signed")
        previous = entry.entry_hash
        problems += own
        reads.append(
            JournalEntryRead.model_validate(
                {
                    **{
                        name: getattr(entry, name)
                        for name in JournalEntryRead.model_fields
                        if hasattr(entry, name)
                    },
                    "recomputed_hash": recomputed,
                    "intact": not own,
                }
            )
        )
    if len(signatures) != len(entries):
        problems.append(
            f"{len(signatures)} signature(s) but {len(entries)} journal entries: "
            "a signature is not in the chain"
        )
    for number in sorted({e.version_number for e in entries}):
        version = versions.get(number)
        if version is None:
            continue
        try:
            data = await storage.get(version.storage_key)
        except BlobNotFound:
            problems.append(f"version {number}: its file is missing from the storage")
            continue
        if hashlib.sha256(data).hexdigest() != version.sha256:
            problems.append(f"version {number}: its stored bytes no longer hash to its SHA-256")
    return VerificationRead(
        document_id=document.id, intact=not problems, entries=reads, problems=problems
    )


async def signed_parties(session: AsyncSession, document: Document) -> set[str]:
    """The parties that signed the document's current version."""
    rows = await session.execute(
        select(DocumentSignature.party).where(
            DocumentSignature.document_id == document.id,
            DocumentSignature.version_number == document.current_version,
        )
    )
    return set(rows.scalars().all())
