"""What is stored: equipment requests (an association asks, the city reviews), allocation
plans and their lines (equipment for an approved request, or a volunteer for a space), and the
items each executed line moved (append-only, with the movement written)."""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.types import UTCDateTime
from app.models.allocation.vocab import (
    AllocationLineKind,
    AllocationPlanStatus,
    RequestPriority,
    RequestStatus,
)
from app.models.base import TimestampedTable, enum_check
from app.models.equipment.vocab import EquipmentKind, FundingSource


class EquipmentRequest(TimestampedTable, table=True):
    __tablename__ = "equipment_requests"
    __table_args__ = (
        enum_check("status", RequestStatus, "ck_equipment_requests_status"),
        enum_check("priority", RequestPriority, "ck_equipment_requests_priority"),
        enum_check("kind", EquipmentKind, "ck_equipment_requests_kind"),
        Index("ix_equipment_requests_association_status", "association_id", "status"),
    )

    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_equipment_requests_association_id"),
            nullable=False,
        )
    )
    space_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("spaces.id", name="fk_equipment_requests_space_id"),
            nullable=False,
            index=True,
        )
    )
    kind: str = Field(max_length=16)
    quantity: int
    justification: str = Field(max_length=5000)
    priority: str = Field(default=RequestPriority.normal, max_length=16)
    status: str = Field(default=RequestStatus.submitted, max_length=16, index=True)
    approved_quantity: int | None = None
    # Items moved to the space by executed plans; `fulfilled` once it reaches the approved one.
    fulfilled_quantity: int = Field(default=0, nullable=False)
    decision_reason: str | None = Field(default=None, max_length=5000)
    requested_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_equipment_requests_requested_by")),
    )
    reviewed_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_equipment_requests_reviewed_by")),
    )
    reviewed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    fulfilled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AllocationPlan(TimestampedTable, table=True):
    __tablename__ = "allocation_plans"
    __table_args__ = (
        enum_check("status", AllocationPlanStatus, "ck_allocation_plans_status"),
        enum_check("funding_source", FundingSource, "ck_allocation_plans_funding_source"),
    )

    title: str = Field(max_length=200)
    # Only items of this origin are allocated (ASSOCLIC …); any origin when null.
    funding_source: str | None = Field(default=None, max_length=16)
    notes: str | None = Field(default=None, max_length=5000)
    status: str = Field(default=AllocationPlanStatus.draft, max_length=16, index=True)
    created_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_allocation_plans_created_by")),
    )
    executed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    executed_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_allocation_plans_executed_by")),
    )


class AllocationLine(TimestampedTable, table=True):
    """Equipment for an approved request (`request_id`, `quantity`, optionally the very items),
    or a volunteer assigned to a space from a date (`user_id`, `space_id`, `starts_on`)."""

    __tablename__ = "allocation_lines"
    __table_args__ = (
        enum_check("kind", AllocationLineKind, "ck_allocation_lines_kind"),
        UniqueConstraint("plan_id", "position", name="uq_allocation_lines_position"),
    )

    plan_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("allocation_plans.id", name="fk_allocation_lines_plan_id"),
            nullable=False,
            index=True,
        )
    )
    position: int
    kind: str = Field(max_length=16)
    space_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("spaces.id", name="fk_allocation_lines_space_id"), nullable=False
        )
    )
    request_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            ForeignKey("equipment_requests.id", name="fk_allocation_lines_request_id"), index=True
        ),
    )
    quantity: int | None = None
    # The items the city picked for this line (ids); left empty, execution takes the stock.
    equipment_ids: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    user_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_allocation_lines_user_id"), index=True),
    )
    starts_on: date | None = None
    # A volunteer line's assignment once made (on execution, or by the job on its date).
    assigned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AllocatedItem(SQLModel, table=True):
    """An item an executed plan moved: one row per item and plan, never changed."""

    __tablename__ = "allocated_items"
    __table_args__ = (
        UniqueConstraint("plan_id", "equipment_id", name="uq_allocated_items_plan_equipment"),
        Index("ix_allocated_items_line", "line_id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    plan_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("allocation_plans.id", name="fk_allocated_items_plan_id"), nullable=False
        )
    )
    line_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("allocation_lines.id", name="fk_allocated_items_line_id"), nullable=False
        )
    )
    equipment_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("equipment.id", name="fk_allocated_items_equipment_id"),
            nullable=False,
            index=True,
        )
    )
    space_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("spaces.id", name="fk_allocated_items_space_id"), nullable=False
        )
    )
    loan_agreement_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("loan_agreements.id", name="fk_allocated_items_loan_agreement_id"),
            nullable=False,
        )
    )
    movement_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("equipment_movements.id", name="fk_allocated_items_movement_id"),
            nullable=False,
        )
    )
