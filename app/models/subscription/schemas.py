"""Subscriptions' request and response shapes, and the comparison's (`/stats/subscriptions`).

Money is integer cents everywhere (`*_cents`), never a float. Speeds are integer kbit/s
(`*_kbps`: 100 Mbit/s is 100000). Ratios are integer cents rounded half up
(`cost_per_opening_hour_cents`, `cost_per_visit_cents`) or decimal strings
(`weekly_opening_hours`, `mbps_per_euro`), so nothing is lost to binary floating point."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import model_validator

from app.models.base import NETWORK_MAX_ITEMS, InputModel, OutputModel, RefusesNull, UpdateModel
from app.models.space.vocab import ConnectionType
from app.models.subscription.vocab import (
    ConnectionGap,
    SubscriptionKind,
    SubscriptionPayer,
    SubscriptionStatus,
)
from app.models.validators import LongText, ShortText

Cents = Annotated[
    int, PydanticField(ge=0, le=100_000_000, description="Integer cents (1990 is 19,90 €).")
]
Kbps = Annotated[
    int, PydanticField(ge=0, le=100_000_000, description="Integer kbit/s (100 Mbit/s: 100000).")
]
DecimalText = Annotated[str, PydanticField(max_length=32, pattern=r"^-?[0-9]+(\.[0-9]+)?$")]
# What a subscription may be set to by hand; `ended` comes with an end (`/end`, a new period).
SETTABLE_STATUSES = (
    SubscriptionStatus.planned,
    SubscriptionStatus.active,
    SubscriptionStatus.out_of_service,
)

EXAMPLE_SUBSCRIPTION = {
    "kind": "internet",
    "provider": "Numericable",
    "offer": "Box pro 100 Mbit/s",
    "connection_type": "cable",
    "advertised_down_kbps": 100000,
    "advertised_up_kbps": 5000,
    "measured_down_kbps": 82000,
    "measured_up_kbps": 4600,
    "measured_on": "2026-11-18",
    "monthly_cost_excl_vat_cents": 2900,
    "monthly_cost_incl_vat_cents": 3480,
    "commitment_ends_on": "2027-03-31",
    "payer": "city",
    "status": "active",
    "started_on": "2025-04-01",
}


def _costs_consistent(excl: int | None, incl: int | None) -> None:
    if excl is not None and incl is not None and incl < excl:
        raise ValueError("monthly_cost_incl_vat_cents must be at least monthly_cost_excl_vat_cents")


def _measure_dated(down: int | None, up: int | None, on: date | None) -> None:
    if (down is not None or up is not None) and on is None:
        raise ValueError("a measured speed needs the date it was measured (measured_on)")


class SubscriptionCreate(InputModel):
    kind: SubscriptionKind
    provider: ShortText
    offer: ShortText
    connection_type: ConnectionType | None = PydanticField(
        default=None, description="Required for an internet subscription."
    )
    advertised_down_kbps: Kbps | None = None
    advertised_up_kbps: Kbps | None = None
    measured_down_kbps: Kbps | None = None
    measured_up_kbps: Kbps | None = None
    measured_on: date | None = None
    monthly_cost_excl_vat_cents: Cents
    monthly_cost_incl_vat_cents: Cents
    commitment_ends_on: date | None = None
    payer: SubscriptionPayer
    status: SubscriptionStatus = PydanticField(
        default=SubscriptionStatus.active, description="`planned`, `active` or `out_of_service`."
    )
    started_on: date | None = PydanticField(default=None, description="Default: today.")
    notes: LongText | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "SubscriptionCreate":
        _costs_consistent(self.monthly_cost_excl_vat_cents, self.monthly_cost_incl_vat_cents)
        _measure_dated(self.measured_down_kbps, self.measured_up_kbps, self.measured_on)
        if self.kind == SubscriptionKind.internet and self.connection_type is None:
            raise ValueError("an internet subscription names its connection_type")
        if self.status not in SETTABLE_STATUSES:
            raise ValueError("a new subscription is planned, active or out_of_service")
        return self

    model_config = {"json_schema_extra": {"examples": [EXAMPLE_SUBSCRIPTION]}}


class SubscriptionUpdate(UpdateModel):
    """What changes in place: a new measure, the status, the commitment's end, notes. A new
    offer, price or provider is a new period (`POST /subscriptions/{id}/periods`)."""

    non_nullable = frozenset({"status"})
    measured_down_kbps: Kbps | None = None
    measured_up_kbps: Kbps | None = None
    measured_on: date | None = None
    status: SubscriptionStatus | None = PydanticField(
        default=None, description="`planned`, `active` or `out_of_service`."
    )
    commitment_ends_on: date | None = None
    notes: LongText | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "SubscriptionUpdate":
        sent = self.model_fields_set
        if {"measured_down_kbps", "measured_up_kbps"} & sent and "measured_on" not in sent:
            raise ValueError("a measured speed needs the date it was measured (measured_on)")
        if self.status is not None and self.status not in SETTABLE_STATUSES:
            raise ValueError("end a subscription with POST /subscriptions/{id}/end")
        return self

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "measured_down_kbps": 64000,
                    "measured_up_kbps": 4200,
                    "measured_on": "2026-12-01",
                },
                {"status": "out_of_service", "notes": "Coupure depuis le 1er décembre."},
            ]
        }
    }


class SubscriptionChange(RefusesNull):
    """A change of offer: the running period ends the day before `starts_on` and a new period
    starts then. Fields left out are carried over from the running period, except the measured
    speeds (a new offer is measured again); a field the period always has may be left out but
    not sent as null."""

    # the period's NOT NULL columns (a test checks the list against the table)
    non_nullable = frozenset(
        {"provider", "offer", "monthly_cost_excl_vat_cents", "monthly_cost_incl_vat_cents",
         "payer"}
    )

    starts_on: date | None = PydanticField(default=None, description="Default: today.")
    provider: ShortText | None = None
    offer: ShortText | None = None
    connection_type: ConnectionType | None = None
    advertised_down_kbps: Kbps | None = None
    advertised_up_kbps: Kbps | None = None
    monthly_cost_excl_vat_cents: Cents | None = None
    monthly_cost_incl_vat_cents: Cents | None = None
    commitment_ends_on: date | None = None
    payer: SubscriptionPayer | None = None
    notes: LongText | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "starts_on": "2027-04-01",
                    "offer": "Fibre pro 500 Mbit/s",
                    "connection_type": "fibre",
                    "advertised_down_kbps": 500000,
                    "advertised_up_kbps": 200000,
                    "monthly_cost_excl_vat_cents": 3500,
                    "monthly_cost_incl_vat_cents": 4200,
                    "commitment_ends_on": "2029-03-31",
                }
            ]
        }
    }


class SubscriptionEnd(InputModel):
    ended_on: date | None = PydanticField(
        default=None, description="The last day of the subscription. Default: today."
    )
    reason: LongText | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [{"ended_on": "2027-03-31", "reason": "Résilié : mutualisé avec l'ENC."}]
        }
    }


class SubscriptionRead(OutputModel):
    id: uuid.UUID
    line_id: uuid.UUID = PydanticField(
        description="The subscription across its periods (the first period's id)."
    )
    period_number: int
    space_id: uuid.UUID
    association_id: uuid.UUID
    kind: SubscriptionKind
    provider: str
    offer: str
    connection_type: ConnectionType | None
    advertised_down_kbps: int | None
    advertised_up_kbps: int | None
    measured_down_kbps: int | None
    measured_up_kbps: int | None
    measured_on: date | None
    monthly_cost_excl_vat_cents: int
    monthly_cost_incl_vat_cents: int
    commitment_ends_on: date | None
    payer: SubscriptionPayer
    status: SubscriptionStatus
    started_on: date
    ended_on: date | None = PydanticField(description="The period's last day; null: running.")
    is_current: bool = PydanticField(description="The running period of its subscription.")
    end_reason: str | None
    notes: str | None
    created_at: datetime
    updated_at: datetime

    model_config = {
        "json_schema_extra": {
            "examples": [
                EXAMPLE_SUBSCRIPTION
                | {
                    "id": "6f1c2b1e-0000-4000-8000-000000000071",
                    "line_id": "6f1c2b1e-0000-4000-8000-000000000071",
                    "period_number": 1,
                    "space_id": "6f1c2b1e-0000-4000-8000-000000000002",
                    "association_id": "6f1c2b1e-0000-4000-8000-000000000001",
                    "ended_on": None,
                    "is_current": True,
                    "end_reason": None,
                    "notes": None,
                    "created_at": "2025-04-01T08:00:00+00:00",
                    "updated_at": "2026-11-18T10:12:00+00:00",
                }
            ]
        }
    }


# ---- the comparison -----------------------------------------------------------------------------


class SpaceSubscriptionFigures(OutputModel):
    space_id: uuid.UUID
    space_name: str
    association_id: uuid.UUID
    subscriptions: int = PydanticField(description="Running subscriptions being paid for.")
    monthly_cost_excl_vat_cents: int
    monthly_cost_incl_vat_cents: int
    weekly_opening_hours: DecimalText = PydanticField(description="Published weekly hours.")
    cost_per_opening_hour_cents: int | None = PydanticField(
        description="Monthly cost (incl. VAT) over the month's opening hours (weekly × 52 / "
        "12), integer cents rounded half up; null when the space publishes no hours."
    )
    visits: int = PydanticField(description="Visits recorded over the period.")
    period_cost_incl_vat_cents: int = PydanticField(
        description="What the subscriptions cost over the period, each period of each "
        "subscription pro rata of its days (a month is 365/12 days), rounded half up."
    )
    cost_per_visit_cents: int | None = PydanticField(
        description="period_cost_incl_vat_cents / visits, rounded half up; null without visits."
    )
    internet_down_kbps: int | None = PydanticField(
        description="The running internet subscriptions' download speed: measured, else advertised."
    )
    mbps_per_euro: DecimalText | None = PydanticField(
        description="Mbit/s of download per euro a month (incl. VAT) of internet, 2 decimals."
    )
    has_working_connection: bool


class NetworkSubscriptionFigures(OutputModel):
    spaces: int
    subscriptions: int
    monthly_cost_excl_vat_cents: int
    monthly_cost_incl_vat_cents: int
    weekly_opening_hours: DecimalText
    cost_per_opening_hour_cents: int | None
    visits: int
    period_cost_incl_vat_cents: int
    cost_per_visit_cents: int | None
    mbps_per_euro: DecimalText | None
    spaces_without_working_connection: int


class PremisesConnection(OutputModel):
    provider: str | None
    connection_type: str | None


class SpaceWithoutConnection(OutputModel):
    space_id: uuid.UUID
    space_name: str
    association_id: uuid.UUID
    space_status: str
    gap: ConnectionGap
    premises_internet: PremisesConnection | None = PydanticField(
        description="What the space's premises declare (`premises.internet`), if anything."
    )


class PoolingMember(OutputModel):
    subscription_id: uuid.UUID
    space_id: uuid.UUID
    space_name: str
    offer: str
    commitment_ends_on: date
    monthly_cost_incl_vat_cents: int


class PoolingGroup(OutputModel):
    provider: str
    commitments_end_from: date
    commitments_end_to: date
    spaces: int
    monthly_cost_incl_vat_cents: int
    members: list[PoolingMember] = PydanticField(max_length=NETWORK_MAX_ITEMS)


class SubscriptionStats(OutputModel):
    period_start: date = PydanticField(description="The period's first day (`from`).")
    period_end: date = PydanticField(description="The period's last day (`to`).")
    pooling_window_days: int
    network: NetworkSubscriptionFigures
    spaces: list[SpaceSubscriptionFigures] = PydanticField(max_length=NETWORK_MAX_ITEMS)
    without_working_connection: list[SpaceWithoutConnection] = PydanticField(
        max_length=NETWORK_MAX_ITEMS
    )
    pooling_groups: list[PoolingGroup] = PydanticField(
        max_length=NETWORK_MAX_ITEMS,
        description="Running subscriptions of two spaces or more with the same provider whose "
        "commitments end within `pooling_window_days` of each other: candidates for pooling.",
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "period_start": "2026-11-01",
                    "period_end": "2026-11-30",
                    "pooling_window_days": 90,
                    "network": {
                        "spaces": 8,
                        "subscriptions": 9,
                        "monthly_cost_excl_vat_cents": 26100,
                        "monthly_cost_incl_vat_cents": 31320,
                        "weekly_opening_hours": "124.50",
                        "cost_per_opening_hour_cents": 58,
                        "visits": 1450,
                        "period_cost_incl_vat_cents": 30893,
                        "cost_per_visit_cents": 21,
                        "mbps_per_euro": "2.36",
                        "spaces_without_working_connection": 1,
                    },
                    "spaces": [],
                    "without_working_connection": [],
                    "pooling_groups": [],
                }
            ]
        },
    }
