"""What a visit stores. Everything the statistics group on is a plain column: a visit's profile is
stored as counts per category (a one-to-one visit is a count of 1 in its categories; a workshop
gives its counts and what they leave out is `not_stated`), equipment as booleans, the Paris-local
day and ISO week as columns, skills as a BIGINT mask in `visits.skills` (bit `skills.bit`
per skill, so a visit is one row). `visit_daily_counts` is a rollup per space
and local day, written in the same transaction as the visits it counts (the month × space
statistics read it)."""

import os
import time
import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Column, ForeignKey, ForeignKeyConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.models.base import enum_check
from app.models.visit.vocab import VisitAutonomy, VisitMode, VisitReferral


def uuid7() -> uuid.UUID:
    """Time-ordered ids (RFC 9562 v7): a million imported rows append to the primary key's
    index instead of splitting random pages."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    value = (value & ~(0xF << 76)) | (0x7 << 76)
    value = (value & ~(0x3 << 62)) | (0x2 << 62)
    return uuid.UUID(int=value)


class Visit(SQLModel, table=True):
    """Append-only: a visit is counted, not edited (a wrong one is re-imported or deleted)."""

    __tablename__ = "visits"
    __table_args__ = (
        enum_check("mode", VisitMode, "ck_visits_mode"),
        enum_check("autonomy", VisitAutonomy, "ck_visits_autonomy"),
        enum_check("referral", VisitReferral, "ck_visits_referral"),
        UniqueConstraint("source", "external_id", name="uq_visits_source_external_id"),
        Index("ix_visits_occurred_at_id", "occurred_at", "id"),
        Index("ix_visits_space_occurred_at", "space_id", "occurred_at"),
        Index("ix_visits_association_occurred_at", "association_id", "occurred_at"),
        # One key for both: the space exists and belongs to the association the visit names
        # (no orphan, no mismatched association), one index probe per row instead of two.
        ForeignKeyConstraint(
            ["space_id", "association_id"],
            ["spaces.id", "spaces.association_id"],
            name="fk_visits_space_association",
        ),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    space_id: uuid.UUID = Field(nullable=False)
    # Denormalised from the space (which never changes association): scoping and grouping in SQL;
    # the composite key above keeps it the space's own.
    association_id: uuid.UUID = Field(nullable=False)
    occurred_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    local_day: date = Field(nullable=False)  # in Europe/Paris: months and weeks as people say
    iso_week: str = Field(max_length=8, nullable=False)  # "2026-W07"
    duration_minutes: int
    mode: str = Field(max_length=24)
    participants: int = 1
    used_computer: bool = False
    used_phone: bool = False
    used_tablet: bool = False
    used_other: bool = False
    age_under_12: int = 0
    age_12_17: int = 0
    age_18_24: int = 0
    age_25_39: int = 0
    age_40_59: int = 0
    age_60_69: int = 0
    age_70_plus: int = 0
    age_not_stated: int = 0
    gender_female: int = 0
    gender_male: int = 0
    gender_not_stated: int = 0
    status_in_education: int = 0
    status_unemployed: int = 0
    status_employed: int = 0
    status_retired: int = 0
    status_not_stated: int = 0
    first_visits: int = 0
    postcode: str | None = Field(default=None, max_length=5)
    autonomy: str | None = Field(default=None, max_length=20)
    referral: str = Field(default=VisitReferral.none, max_length=24)
    recorded_by: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))
    source: str = Field(max_length=64)  # "app" or "api_key:<id>"
    external_id: str | None = Field(default=None, max_length=100)
    # The visit's skills: bit `skills.bit` of each (`app.services.visits.skill_bits`). Last, so
    # an import's staged record ends with it.
    skills: int = Field(default=0, sa_type=BigInteger, nullable=False)


class VisitDailyCount(SQLModel, table=True):
    """Visits per space and Paris-local day, kept in the visits' own transaction."""

    __tablename__ = "visit_daily_counts"
    __table_args__ = (Index("ix_visit_daily_counts_day", "local_day"),)

    space_id: uuid.UUID = Field(sa_column=Column(ForeignKey("spaces.id"), primary_key=True))
    local_day: date = Field(primary_key=True)
    association_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("associations.id"), nullable=False, index=True)
    )
    iso_week: str = Field(max_length=8)
    visits: int = 0
    participants: int = 0
    first_visits: int = 0
    total_minutes: int = 0
