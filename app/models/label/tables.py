"""What is stored: published criteria versions, applications, each criterion's result per
application, and the append-only events of an application."""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.models.base import TimestampedTable, enum_check
from app.models.label.vocab import LabelApplicationStatus

# `OPEN_STATUSES` as the partial unique index's condition.
_OPEN = "status IN ('draft', 'submitted', 'under_review', 'changes_requested')"


class LabelCriteriaVersion(SQLModel, table=True):
    """One published version of the catalogue; never changed once published."""

    __tablename__ = "label_criteria_versions"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    number: int = Field(unique=True)
    criteria: list = Field(sa_column=Column(JSON, nullable=False))
    note: str | None = Field(default=None, max_length=5000)
    published_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            ForeignKey("users.id", name="fk_label_criteria_versions_published_by"), nullable=True
        ),
    )
    published_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class LabelApplication(TimestampedTable, table=True):
    __tablename__ = "label_applications"
    __table_args__ = (
        enum_check("status", LabelApplicationStatus, "ck_label_applications_status"),
        # one application being worked on per space, even under concurrent requests
        Index(
            "uq_label_applications_open_space",
            "space_id",
            unique=True,
            sqlite_where=text(_OPEN),
            postgresql_where=text(_OPEN),
        ),
        Index("ix_label_applications_valid_until", "valid_until"),
    )

    space_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("spaces.id", name="fk_label_applications_space_id"),
            nullable=False,
            index=True,
        )
    )
    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_label_applications_association_id"),
            nullable=False,
            index=True,
        )
    )
    criteria_version_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("label_criteria_versions.id", name="fk_label_applications_criteria_version"),
            nullable=False,
        )
    )
    criteria_version: int
    status: str = Field(default=LabelApplicationStatus.draft, max_length=20, index=True)
    submitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    decision_comment: str | None = Field(default=None, max_length=5000)
    label_number: str | None = Field(default=None, max_length=32, unique=True)
    valid_from: date | None = None
    valid_until: date | None = None
    # When `label.expired` was announced for this label (the worker's sweep).
    expiry_announced_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class LabelCriterionResult(SQLModel, table=True):
    """Where one application stands on one criterion: measured, attested, waived, reviewed."""

    __tablename__ = "label_criterion_results"
    __table_args__ = (
        UniqueConstraint("application_id", "code", name="uq_label_criterion_results_code"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("label_applications.id", name="fk_label_criterion_results_application"),
            nullable=False,
            index=True,
        )
    )
    code: str = Field(max_length=64)
    met: bool | None = None
    measured: float | None = None
    threshold: float | None = None
    detail: str | None = Field(default=None, max_length=500)
    evaluated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    document_reference: str | None = Field(default=None, max_length=200)
    # Declarative criteria: the document (and its version) that met it at the last evaluation.
    document_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("documents.id", name="fk_label_criterion_results_document")),
    )
    document_version: int | None = None
    attested_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_label_criterion_results_attested_by")),
    )
    attested_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    waiver_reason: str | None = Field(default=None, max_length=2000)
    waived_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_label_criterion_results_waived_by")),
    )
    waived_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    review_comment: str | None = Field(default=None, max_length=2000)


class LabelApplicationEvent(SQLModel, table=True):
    """Append-only: every status change of an application, with who and why."""

    __tablename__ = "label_application_events"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("label_applications.id", name="fk_label_application_events_application"),
            nullable=False,
            index=True,
        )
    )
    from_status: str | None = Field(default=None, max_length=20)
    to_status: str = Field(max_length=20)
    actor_user_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_label_application_events_actor")),
    )
    actor_api_key_id: uuid.UUID | None = None
    comment: str | None = Field(default=None, max_length=5000)
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
