"""What is stored: plans (one per association and period), their objectives (the working
version), and the versions the city agreed (frozen snapshots, never changed)."""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.models.base import TimestampedTable, enum_check
from app.models.plan.vocab import IndicatorCode, PlanStatus


class DevelopmentPlan(TimestampedTable, table=True):
    __tablename__ = "development_plans"
    __table_args__ = (
        enum_check("status", PlanStatus, "ck_development_plans_status"),
        UniqueConstraint("association_id", "period", name="uq_development_plans_period"),
    )

    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_development_plans_association_id"),
            nullable=False,
            index=True,
        )
    )
    period: str = Field(max_length=9)  # "2026-2027"
    title: str = Field(max_length=200)
    summary: str | None = Field(default=None, max_length=5000)
    status: str = Field(default=PlanStatus.draft, max_length=16, index=True)
    # The version being written (draft/submitted) or in force (agreed/closed).
    plan_version: int = Field(default=1)
    # The latest version the city agreed (kept readable while the next one is prepared).
    agreed_version: int | None = None
    submitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    agreed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    return_reason: str | None = Field(default=None, max_length=5000)


class PlanObjective(TimestampedTable, table=True):
    """One objective: measured live by an indicator of the registry, or declarative (a value
    reported with its date and who reported it)."""

    __tablename__ = "plan_objectives"
    __table_args__ = (
        enum_check("indicator", IndicatorCode, "ck_plan_objectives_indicator"),
        UniqueConstraint("plan_id", "position", name="uq_plan_objectives_position"),
    )

    plan_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("development_plans.id", name="fk_plan_objectives_plan_id"),
            nullable=False,
            index=True,
        )
    )
    position: int
    title: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    indicator: str | None = Field(default=None, max_length=40)
    skill_code: str | None = Field(default=None, max_length=64)
    target: float
    unit: str | None = Field(default=None, max_length=40)  # a declarative objective's unit
    # Frozen when the city first agrees the plan with this objective in it.
    baseline: float | None = None
    baseline_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reported_value: float | None = None
    reported_on: date | None = None
    reported_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_plan_objectives_reported_by")),
    )


class DevelopmentPlanVersion(SQLModel, table=True):
    """A version as the city agreed it: the plan and its objectives, frozen."""

    __tablename__ = "development_plan_versions"
    __table_args__ = (
        UniqueConstraint("plan_id", "number", name="uq_development_plan_versions_number"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    plan_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("development_plans.id", name="fk_development_plan_versions_plan_id"),
            nullable=False,
            index=True,
        )
    )
    number: int
    title: str = Field(max_length=200)
    summary: str | None = Field(default=None, max_length=5000)
    objectives: list = Field(sa_column=Column(JSON, nullable=False))
    agreed_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_development_plan_versions_agreed_by")),
    )
    agreed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
