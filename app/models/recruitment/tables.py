"""What is stored: job descriptions (the *fiches de poste*) and their versions with the skills
each requires, missions opened under one version, and the applications residents send.

A description's content lives in its versions: editing a published description writes the
next version, and a mission keeps the version it was opened under (`job_description_version_id`).
An application's personal fields are nullable: the scheduler anonymises them (to null) once the
retention period has passed on an application that was not accepted."""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.models.base import TimestampedTable, enum_check
from app.models.recruitment.vocab import (
    ApplicationStatus,
    DeclineReason,
    JobDescriptionStatus,
    JobKind,
    MissionStatus,
    SkillLevel,
)


class JobDescription(TimestampedTable, table=True):
    """One *fiche de poste*: the network's (no association, written by the city) or an
    association's own, possibly derived from a network one."""

    __tablename__ = "job_descriptions"
    __table_args__ = (enum_check("status", JobDescriptionStatus, "ck_job_descriptions_status"),)

    association_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            ForeignKey("associations.id", name="fk_job_descriptions_association_id"), index=True
        ),
    )
    derived_from_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("job_descriptions.id", name="fk_job_descriptions_derived")),
    )
    status: str = Field(default=JobDescriptionStatus.draft, max_length=16, index=True)
    current_version: int = Field(default=1)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    archived_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class JobDescriptionVersion(SQLModel, table=True):
    """A description's content at one version; frozen once published."""

    __tablename__ = "job_description_versions"
    __table_args__ = (
        enum_check("kind", JobKind, "ck_job_description_versions_kind"),
        UniqueConstraint("job_description_id", "number", name="uq_job_description_versions"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    job_description_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("job_descriptions.id", name="fk_job_description_versions_description"),
            nullable=False,
            index=True,
        )
    )
    number: int
    kind: str = Field(max_length=20)
    title: str = Field(max_length=200)
    purpose: str = Field(max_length=5000)
    tasks: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    trainings: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    weekly_hours: int
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class JobDescriptionSkill(SQLModel, table=True):
    """A skill of the catalogue a version requires, with the level expected (joined by the
    skills coverage: version → skills)."""

    __tablename__ = "job_description_skills"
    __table_args__ = (enum_check("level", SkillLevel, "ck_job_description_skills_level"),)

    version_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("job_description_versions.id", name="fk_job_description_skills_version"),
            primary_key=True,
        )
    )
    skill_code: str = Field(
        sa_column=Column(
            ForeignKey("skills.code", name="fk_job_description_skills_skill"),
            primary_key=True,
            index=True,
        )
    )
    level: str = Field(max_length=16)


class Mission(TimestampedTable, table=True):
    """A description at a space, opened under one version of it."""

    __tablename__ = "missions"
    __table_args__ = (enum_check("status", MissionStatus, "ck_missions_status"),)

    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_missions_association_id"),
            nullable=False,
            index=True,
        )
    )
    space_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("spaces.id", name="fk_missions_space_id"), nullable=False, index=True
        )
    )
    job_description_version_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("job_description_versions.id", name="fk_missions_version_id"),
            nullable=False,
            index=True,
        )
    )
    title: str = Field(max_length=200)
    places: int
    starts_on: date
    ends_on: date | None = None
    weekly_hours: int
    schedule: str | None = Field(default=None, max_length=1000)
    prerequisites: str | None = Field(default=None, max_length=2000)
    tutor_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_missions_tutor_id"), index=True),
    )
    status: str = Field(default=MissionStatus.draft, max_length=16, index=True)
    opened_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    status_reason: str | None = Field(default=None, max_length=5000)


class MissionApplication(TimestampedTable, table=True):
    """A resident's application to a mission, sent without an account."""

    __tablename__ = "mission_applications"
    __table_args__ = (
        enum_check("status", ApplicationStatus, "ck_mission_applications_status"),
        enum_check("decline_reason", DeclineReason, "ck_mission_applications_decline_reason"),
        Index("ix_mission_applications_status_received", "status", "created_at"),
        Index("ix_mission_applications_mission_email", "mission_id", "email"),
    )

    mission_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("missions.id", name="fk_mission_applications_mission_id"),
            nullable=False,
            index=True,
        )
    )
    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_mission_applications_association_id"),
            nullable=False,
            index=True,
        )
    )
    # Personal data: null once anonymised.
    full_name: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=254)  # stored lower-cased
    phone: str | None = Field(default=None, max_length=20)
    availability: str | None = Field(default=None, max_length=1000)
    motivation: str | None = Field(default=None, max_length=2000)
    consent_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    retention_days: int  # as shown to the applicant when consenting
    status: str = Field(default=ApplicationStatus.received, max_length=16)
    decline_reason: str | None = Field(default=None, max_length=32)
    status_note: str | None = Field(default=None, max_length=5000)
    status_changed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # When `application.stale` was emitted (once, by the scheduler).
    stale_announced_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The volunteer account made or linked when accepted.
    user_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_mission_applications_user_id")),
    )
    anonymised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
