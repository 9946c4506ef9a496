"""What is stored for background imports: an upload (its bytes arrive in parts, each a blob of
the file storage, so that a client cut off resumes where the server stopped), and a job that
runs the resource's import on an upload, with its progress and, once finished, its report."""

import uuid
from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    UniqueConstraint,
)
from sqlmodel import Field

from app.core.imports import ImportMode
from app.core.types import UTCDateTime
from app.models.base import TimestampedTable, enum_check
from app.models.import_job.vocab import CONTENT_TYPES, ImportJobStatus, ImportKind

BIG = BigInteger().with_variant(Integer, "sqlite")


class ImportUpload(TimestampedTable, table=True):
    __tablename__ = "import_uploads"
    __table_args__ = (
        enum_check("kind", ImportKind, "ck_import_uploads_kind"),
        CheckConstraint(
            "content_type IN (" + ", ".join(f"'{t}'" for t in CONTENT_TYPES) + ")",
            name="ck_import_uploads_content_type",
        ),
    )

    kind: str = Field(max_length=16)
    content_type: str = Field(max_length=32)
    filename: str | None = Field(default=None, max_length=255)
    declared_size: int | None = Field(default=None, sa_column=Column(BIG))
    received_bytes: int = Field(default=0, sa_column=Column(BIG, nullable=False))
    # Whose upload: the association of the caller (null for the city), and who sent it.
    association_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            ForeignKey("associations.id", name="fk_import_uploads_association_id"), index=True
        ),
    )
    created_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_import_uploads_created_by")),
    )
    api_key_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("api_keys.id", name="fk_import_uploads_api_key_id")),
    )


class ImportUploadPart(TimestampedTable, table=True):
    """Bytes [offset, offset + size) of an upload: a blob of the file storage (its SHA-256)."""

    __tablename__ = "import_upload_parts"
    __table_args__ = (
        UniqueConstraint("upload_id", "offset", name="uq_import_upload_parts_offset"),
    )

    upload_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("import_uploads.id", name="fk_import_upload_parts_upload_id"),
            nullable=False,
        )
    )
    offset: int = Field(sa_column=Column(BIG, nullable=False))
    size: int
    blob_key: str = Field(max_length=64)


class ImportJob(TimestampedTable, table=True):
    __tablename__ = "import_jobs"
    __table_args__ = (
        enum_check("kind", ImportKind, "ck_import_jobs_kind"),
        enum_check("status", ImportJobStatus, "ck_import_jobs_status"),
        enum_check("mode", ImportMode, "ck_import_jobs_mode"),
        UniqueConstraint("upload_id", name="uq_import_jobs_upload_id"),
        Index("ix_import_jobs_status_created", "status", "created_at"),
    )

    kind: str = Field(max_length=16)
    mode: str = Field(max_length=16)
    dry_run: bool = False
    status: str = Field(default=ImportJobStatus.queued, max_length=16)
    upload_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("import_uploads.id", name="fk_import_jobs_upload_id"), nullable=False
        )
    )
    association_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            ForeignKey("associations.id", name="fk_import_jobs_association_id"), index=True
        ),
    )
    created_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_import_jobs_created_by")),
    )
    api_key_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("api_keys.id", name="fk_import_jobs_api_key_id")),
    )
    # The caller the import runs as (role, association, spaces, a key's scopes), as it was when
    # the job was created.
    actor: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    total_bytes: int = Field(default=0, sa_column=Column(BIG, nullable=False))
    bytes_read: int = Field(default=0, sa_column=Column(BIG, nullable=False))
    rows_read: int = Field(default=0, sa_column=Column(BIG, nullable=False))
    rows_accepted: int | None = Field(default=None, sa_column=Column(BIG))
    rows_rejected: int | None = Field(default=None, sa_column=Column(BIG))
    report: dict | None = Field(default=None, sa_column=Column(JSON))
    problem: dict | None = Field(default=None, sa_column=Column(JSON))
    attempts: int = 0
    # A runner holds a running job until `lease_until` (renewed as it goes); past it, the
    # runner is presumed dead and the job is queued again.
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Set in the import's own transaction: the rows are written (the report may follow).
    applied_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
