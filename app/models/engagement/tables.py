"""What is stored: engagements (a person's engagement at a space, with its dates and, for a
Service Civique, its contract and mandatory trainings) and resource persons (a member marked
*personne ressource* of its association, for some skills of the catalogue or in general)."""

import uuid
from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.types import UTCDateTime
from app.models.base import ArchivableTable, TimestampedTable, enum_check
from app.models.engagement.vocab import EngagementKind, EngagementStatus


class Engagement(TimestampedTable, table=True):
    """`status` as written down: `planned` and `active` turn into `active` and `ended` by their
    dates (reads show the status the dates give; the scheduler writes it down and moves the
    space assignment). `ends_on` is the last day of the engagement."""

    __tablename__ = "engagements"
    __table_args__ = (
        enum_check("kind", EngagementKind, "ck_engagements_kind"),
        enum_check("status", EngagementStatus, "ck_engagements_status"),
        Index("ix_engagements_status_dates", "status", "starts_on", "ends_on"),
    )

    user_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("users.id", name="fk_engagements_user_id"), nullable=False, index=True
        )
    )
    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_engagements_association_id"),
            nullable=False,
            index=True,
        )
    )
    space_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("spaces.id", name="fk_engagements_space_id"), nullable=False, index=True
        )
    )
    kind: str = Field(max_length=20)
    status: str = Field(default=EngagementStatus.planned, max_length=16)
    starts_on: date
    ends_on: date | None = None
    weekly_hours: float
    tutor_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_engagements_tutor_id"), index=True),
    )
    # Service Civique only: the contract and the two mandatory trainings.
    contract_reference: str | None = Field(default=None, max_length=100)
    civic_training_on: date | None = None
    civic_training_done: bool = False
    first_aid_training_on: date | None = None
    first_aid_training_done: bool = False
    notes: str | None = Field(default=None, max_length=5000)
    # When the engagement's space assignment was given and taken back (by the scheduler or a
    # manager's move): the engagement's own history of it.
    assigned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    unassigned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    end_reason: str | None = Field(default=None, max_length=5000)


class ResourcePerson(ArchivableTable, table=True):
    """A member marked *personne ressource* of its association; unmarking archives the row
    (`archived_at`), marking again brings it back."""

    __tablename__ = "resource_persons"
    __table_args__ = (
        UniqueConstraint("association_id", "user_id", name="uq_resource_persons_member"),
    )

    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_resource_persons_association_id"),
            nullable=False,
            index=True,
        )
    )
    user_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("users.id", name="fk_resource_persons_user_id"), nullable=False, index=True
        )
    )
    note: str | None = Field(default=None, max_length=5000)
    designated_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_resource_persons_designated_by")),
    )


class ResourcePersonSkill(SQLModel, table=True):
    """A skill of the catalogue a resource person passes on (none: a resource in general)."""

    __tablename__ = "resource_person_skills"

    resource_person_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("resource_persons.id", name="fk_resource_person_skills_person_id"),
            primary_key=True,
        )
    )
    skill_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("skills.id", name="fk_resource_person_skills_skill_id"),
            primary_key=True,
            index=True,
        )
    )
