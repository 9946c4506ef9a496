"""What is stored: one row per subscription *period*. A change of offer never overwrites a
row: the running period gets its end date and status `ended`, and a new row starts with the
same `line_id` (the subscription across its periods) and the next `period_number`."""

import uuid
from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    UniqueConstraint,
    text,
)
from sqlmodel import Field

from app.models.base import TimestampedTable, enum_check
from app.models.space.vocab import ConnectionType
from app.models.subscription.vocab import SubscriptionKind, SubscriptionPayer, SubscriptionStatus


class Subscription(TimestampedTable, table=True):
    __tablename__ = "subscriptions"
    __table_args__ = (
        enum_check("kind", SubscriptionKind, "ck_subscriptions_kind"),
        enum_check("payer", SubscriptionPayer, "ck_subscriptions_payer"),
        enum_check("status", SubscriptionStatus, "ck_subscriptions_status"),
        enum_check("connection_type", ConnectionType, "ck_subscriptions_connection_type"),
        CheckConstraint(
            "monthly_cost_excl_vat_cents >= 0 "
            "AND monthly_cost_incl_vat_cents >= monthly_cost_excl_vat_cents",
            name="ck_subscriptions_costs",
        ),
        CheckConstraint(
            "ended_on IS NULL OR ended_on >= started_on", name="ck_subscriptions_period"
        ),
        # A subscription's space is one of its association's (the spaces' composite key).
        ForeignKeyConstraint(
            ["space_id", "association_id"],
            ["spaces.id", "spaces.association_id"],
            name="fk_subscriptions_space_association",
        ),
        UniqueConstraint("line_id", "period_number", name="uq_subscriptions_period"),
        # One running period per subscription: two changes of offer at once, one wins.
        Index(
            "uq_subscriptions_running",
            "line_id",
            unique=True,
            sqlite_where=text("ended_on IS NULL"),
            postgresql_where=text("ended_on IS NULL"),
        ),
        Index("ix_subscriptions_commitment", "commitment_ends_on"),
    )

    space_id: uuid.UUID = Field(nullable=False, index=True)
    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_subscriptions_association_id"),
            nullable=False,
            index=True,
        )
    )
    # The first period's id, shared by every period of the same subscription.
    line_id: uuid.UUID = Field(nullable=False)
    period_number: int = Field(default=1, nullable=False)
    kind: str = Field(max_length=16, index=True)
    provider: str = Field(max_length=200)
    # Casefolded, spaces squeezed: how the comparison groups providers ("Numericable ").
    provider_key: str = Field(max_length=200, index=True)
    offer: str = Field(max_length=200)
    connection_type: str | None = Field(default=None, max_length=16)
    advertised_down_kbps: int | None = None
    advertised_up_kbps: int | None = None
    measured_down_kbps: int | None = None
    measured_up_kbps: int | None = None
    measured_on: date | None = None
    monthly_cost_excl_vat_cents: int = Field(nullable=False)
    monthly_cost_incl_vat_cents: int = Field(nullable=False)
    commitment_ends_on: date | None = None
    payer: str = Field(max_length=16)
    status: str = Field(default=SubscriptionStatus.active, max_length=16, index=True)
    started_on: date = Field(nullable=False)
    ended_on: date | None = Field(default=None, index=True)
    end_reason: str | None = Field(default=None, max_length=5000)
    notes: str | None = Field(default=None, max_length=5000)
    # The narrowest notice window (days before the commitment's end) already announced by
    # `subscription.expiring`; reset when the commitment's end date changes.
    expiry_notice_window: int | None = None
