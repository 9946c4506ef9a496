"""What is stored: loan agreements, the items, and their append-only movements."""

import uuid
from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.models.base import ArchivableTable, TimestampedTable, enum_check
from app.models.equipment.vocab import (
    EquipmentKind,
    EquipmentStatus,
    FundingSource,
    LoanAgreementStatus,
    MovementKind,
)


class LoanAgreement(TimestampedTable, table=True):
    __tablename__ = "loan_agreements"
    __table_args__ = (
        enum_check("status", LoanAgreementStatus, "ck_loan_agreements_status"),
        Index("ix_loan_agreements_association_status", "association_id", "status"),
    )

    association_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("associations.id"), nullable=False, index=True)
    )
    reference: str = Field(max_length=64, unique=True)
    starts_on: date
    ends_on: date = Field(index=True)
    # The stored status; an active agreement past its end date reads as `ended` (see service).
    status: str = Field(default=LoanAgreementStatus.draft, max_length=20, index=True)
    signed_on: date | None = None
    signed_by: str | None = Field(default=None, max_length=200)
    terminated_on: date | None = None
    reason: str | None = Field(default=None, max_length=5000)
    notes: str | None = Field(default=None, max_length=5000)


class Equipment(ArchivableTable, table=True):
    __tablename__ = "equipment"
    __table_args__ = (
        enum_check("kind", EquipmentKind, "ck_equipment_kind"),
        enum_check("funding_source", FundingSource, "ck_equipment_funding_source"),
        enum_check("status", EquipmentStatus, "ck_equipment_status"),
    )

    kind: str = Field(max_length=16, index=True)
    inventory_number: str = Field(max_length=32, unique=True)
    serial_number: str | None = Field(default=None, max_length=100, unique=True)
    brand: str | None = Field(default=None, max_length=100, index=True)
    model: str | None = Field(default=None, max_length=100)
    funding_source: str = Field(max_length=16, index=True)
    acquired_on: date | None = Field(default=None, index=True)
    # Euro cents: exact on both backends without SQLite's lossy Decimal emulation.
    purchase_value_cents: int | None = None
    status: str = Field(default=EquipmentStatus.in_stock, max_length=16, index=True)
    space_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("spaces.id"), index=True)
    )
    # The agreement the item joined when it was allocated: what the agreement covers.
    loan_agreement_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("loan_agreements.id"), index=True)
    )
    notes: str | None = Field(default=None, max_length=5000)


class Movement(SQLModel, table=True):
    """Append-only: a row is written once per move and never updated nor deleted."""

    __tablename__ = "equipment_movements"
    __table_args__ = (
        enum_check("kind", MovementKind, "ck_equipment_movements_kind"),
        Index("ix_equipment_movements_equipment", "equipment_id", "occurred_at", "id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    equipment_id: uuid.UUID = Field(sa_column=Column(ForeignKey("equipment.id"), nullable=False))
    kind: str = Field(max_length=20)
    from_status: str = Field(max_length=16)
    to_status: str = Field(max_length=16)
    from_space_id: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("spaces.id")))
    to_space_id: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("spaces.id")))
    loan_agreement_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("loan_agreements.id"))
    )
    reason: str | None = Field(default=None, max_length=5000)
    actor_user_id: uuid.UUID | None = None
    actor_api_key_id: uuid.UUID | None = None
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
