"""What is stored: the skills catalogue, sessions and the skills they train, enrolments."""

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.types import UTCDateTime
from app.models.base import ArchivableTable, TimestampedTable, enum_check
from app.models.training.vocab import (
    Attendance,
    EnrolmentStatus,
    TrainingAudience,
    TrainingSessionStatus,
)


class Skill(ArchivableTable, table=True):
    __tablename__ = "skills"
    __table_args__ = (
        CheckConstraint("bit BETWEEN 0 AND 62", name="ck_skills_bit"),
        # An index, not a constraint: SQLite adds it without rebuilding `skills`, which the
        # foreign keys that name it forbid once visits and sessions use skills.
        Index("uq_skills_bit", "bit", unique=True),
    )

    code: str = Field(max_length=64, unique=True)
    # The skill's bit in `visits.skills` (a BIGINT mask): given on creation (always, by
    # `create_skill`; nullable only so that SQLite can add the column in place), never changed
    # while a visit carries it. 63 bits: at most 63 skills, archived ones included.
    bit: int | None = Field(default=None)
    title_fr: str = Field(max_length=200)
    title_en: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=5000)


class TrainingSession(TimestampedTable, table=True):
    __tablename__ = "training_sessions"
    __table_args__ = (
        enum_check("audience", TrainingAudience, "ck_training_sessions_audience"),
        enum_check("status", TrainingSessionStatus, "ck_training_sessions_status"),
        CheckConstraint("ends_at > starts_at", name="ck_training_sessions_ends_after_start"),
        CheckConstraint("capacity >= 1", name="ck_training_sessions_capacity"),
        CheckConstraint(
            "(space_id IS NULL) <> (venue IS NULL)", name="ck_training_sessions_one_place"
        ),
        Index("ix_training_sessions_space_starts", "space_id", "starts_at"),
        Index("ix_training_sessions_provider_starts", "provider_id", "starts_at"),
    )

    title: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    audience: str = Field(max_length=24, index=True)
    provider_id: uuid.UUID = Field(sa_column=Column(ForeignKey("partners.id"), nullable=False))
    space_id: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("spaces.id")))
    venue: str | None = Field(default=None, max_length=300)
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    capacity: int
    status: str = Field(default=TrainingSessionStatus.scheduled, max_length=16, index=True)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancel_reason: str | None = Field(default=None, max_length=5000)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_by: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))


class TrainingSessionSkill(SQLModel, table=True):
    """The skills a session trains (at least one); a skill in use here is never deleted."""

    __tablename__ = "training_session_skills"

    session_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("training_sessions.id"), primary_key=True)
    )
    skill_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("skills.id"), primary_key=True, index=True)
    )


class Enrolment(TimestampedTable, table=True):
    __tablename__ = "training_enrolments"
    __table_args__ = (
        enum_check("status", EnrolmentStatus, "ck_training_enrolments_status"),
        enum_check("attendance", Attendance, "ck_training_enrolments_attendance"),
        # One enrolment per person and session: a second one is a conflict even under a race.
        UniqueConstraint("session_id", "user_id", name="uq_training_enrolments_session_user"),
        # Arrival order in the session's queue, assigned under the session's lock.
        UniqueConstraint("session_id", "queue_rank", name="uq_training_enrolments_session_rank"),
        Index("ix_training_enrolments_session_status", "session_id", "status"),
    )

    session_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("training_sessions.id"), nullable=False)
    )
    user_id: uuid.UUID = Field(sa_column=Column(ForeignKey("users.id"), nullable=False, index=True))
    status: str = Field(max_length=16)
    queue_rank: int
    attendance: str | None = Field(default=None, max_length=16)
    attendance_marked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    enrolled_by: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))
