"""What is stored: documents (what a file is, whose, attached to what) and their versions
(each one file, by its SHA-256; never changed, never deleted)."""

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.models.base import ArchivableTable, enum_check
from app.models.document.vocab import (
    DocumentContentType,
    DocumentKind,
    DocumentResourceType,
    DocumentStatus,
)


class Document(ArchivableTable, table=True):
    """A document of an association (and one of its spaces), or of the city (no association),
    optionally attached to one resource (`resource_type` + `resource_id`, both or neither)."""

    __tablename__ = "documents"
    __table_args__ = (
        enum_check("kind", DocumentKind, "ck_documents_kind"),
        enum_check("status", DocumentStatus, "ck_documents_status"),
        enum_check("resource_type", DocumentResourceType, "ck_documents_resource_type"),
        CheckConstraint(
            "(resource_type IS NULL) = (resource_id IS NULL)", name="ck_documents_resource_pair"
        ),
        CheckConstraint(
            "space_id IS NULL OR association_id IS NOT NULL",
            name="ck_documents_space_has_association",
        ),
        Index("ix_documents_resource", "resource_type", "resource_id"),
    )

    kind: str = Field(max_length=32, index=True)
    title: str = Field(max_length=200)
    association_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            ForeignKey("associations.id", name="fk_documents_association_id"), index=True
        ),
    )
    space_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("spaces.id", name="fk_documents_space_id"), index=True),
    )
    resource_type: str | None = Field(default=None, max_length=32)
    resource_id: uuid.UUID | None = Field(default=None)
    status: str = Field(default=DocumentStatus.active, max_length=16)
    current_version: int = Field(default=1)
    created_by: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("users.id", name="fk_documents_created_by"))
    )


class DocumentVersion(SQLModel, table=True):
    """One file of a document: written once. A new upload is the next number; the earlier
    ones stay listable and downloadable."""

    __tablename__ = "document_versions"
    __table_args__ = (
        UniqueConstraint("document_id", "number", name="uq_document_versions_number"),
        enum_check("content_type", DocumentContentType, "ck_document_versions_content_type"),
        CheckConstraint("size_bytes >= 0", name="ck_document_versions_size"),
        Index("ix_document_versions_sha256", "sha256"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    document_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("documents.id", name="fk_document_versions_document_id"), nullable=False
        ),
    )
    number: int
    sha256: str = Field(min_length=64, max_length=64)
    size_bytes: int
    content_type: str = Field(max_length=40)
    filename: str = Field(max_length=200)
    # Where the backend keeps the bytes (content-addressed: the SHA-256 for both backends).
    storage_key: str = Field(max_length=200)
    created_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_document_versions_created_by")),
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
