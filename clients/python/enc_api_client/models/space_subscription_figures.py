from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpaceSubscriptionFigures")


@_attrs_define
class SpaceSubscriptionFigures:
    """
    Attributes:
        space_id (UUID):
        space_name (str):
        association_id (UUID):
        subscriptions (int): Running subscriptions being paid for.
        monthly_cost_excl_vat_cents (int):
        monthly_cost_incl_vat_cents (int):
        weekly_opening_hours (str): Published weekly hours.
        cost_per_opening_hour_cents (int | None): Monthly cost (incl. VAT) over the month's opening hours (weekly × 52 /
            12), integer cents rounded half up; null when the space publishes no hours.
        visits (int): Visits recorded over the period.
        period_cost_incl_vat_cents (int): What the subscriptions cost over the period, each period of each subscription
            pro rata of its days (a month is 365/12 days), rounded half up.
        cost_per_visit_cents (int | None): period_cost_incl_vat_cents / visits, rounded half up; null without visits.
        internet_down_kbps (int | None): The running internet subscriptions' download speed: measured, else advertised.
        mbps_per_euro (None | str): Mbit/s of download per euro a month (incl. VAT) of internet, 2 decimals.
        has_working_connection (bool):
    """

    space_id: UUID
    space_name: str
    association_id: UUID
    subscriptions: int
    monthly_cost_excl_vat_cents: int
    monthly_cost_incl_vat_cents: int
    weekly_opening_hours: str
    cost_per_opening_hour_cents: int | None
    visits: int
    period_cost_incl_vat_cents: int
    cost_per_visit_cents: int | None
    internet_down_kbps: int | None
    mbps_per_euro: None | str
    has_working_connection: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space_id = str(self.space_id)

        space_name = self.space_name

        association_id = str(self.association_id)

        subscriptions = self.subscriptions

        monthly_cost_excl_vat_cents = self.monthly_cost_excl_vat_cents

        monthly_cost_incl_vat_cents = self.monthly_cost_incl_vat_cents

        weekly_opening_hours = self.weekly_opening_hours

        cost_per_opening_hour_cents: int | None
        cost_per_opening_hour_cents = self.cost_per_opening_hour_cents

        visits = self.visits

        period_cost_incl_vat_cents = self.period_cost_incl_vat_cents

        cost_per_visit_cents: int | None
        cost_per_visit_cents = self.cost_per_visit_cents

        internet_down_kbps: int | None
        internet_down_kbps = self.internet_down_kbps

        mbps_per_euro: None | str
        mbps_per_euro = self.mbps_per_euro

        has_working_connection = self.has_working_connection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
                "space_name": space_name,
                "association_id": association_id,
                "subscriptions": subscriptions,
                "monthly_cost_excl_vat_cents": monthly_cost_excl_vat_cents,
                "monthly_cost_incl_vat_cents": monthly_cost_incl_vat_cents,
                "weekly_opening_hours": weekly_opening_hours,
                "cost_per_opening_hour_cents": cost_per_opening_hour_cents,
                "visits": visits,
                "period_cost_incl_vat_cents": period_cost_incl_vat_cents,
                "cost_per_visit_cents": cost_per_visit_cents,
                "internet_down_kbps": internet_down_kbps,
                "mbps_per_euro": mbps_per_euro,
                "has_working_connection": has_working_connection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        space_name = d.pop("space_name")

        association_id = UUID(d.pop("association_id"))

        subscriptions = d.pop("subscriptions")

        monthly_cost_excl_vat_cents = d.pop("monthly_cost_excl_vat_cents")

        monthly_cost_incl_vat_cents = d.pop("monthly_cost_incl_vat_cents")

        weekly_opening_hours = d.pop("weekly_opening_hours")

        def _parse_cost_per_opening_hour_cents(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cost_per_opening_hour_cents = _parse_cost_per_opening_hour_cents(d.pop("cost_per_opening_hour_cents"))

        visits = d.pop("visits")

        period_cost_incl_vat_cents = d.pop("period_cost_incl_vat_cents")

        def _parse_cost_per_visit_cents(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cost_per_visit_cents = _parse_cost_per_visit_cents(d.pop("cost_per_visit_cents"))

        def _parse_internet_down_kbps(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        internet_down_kbps = _parse_internet_down_kbps(d.pop("internet_down_kbps"))

        def _parse_mbps_per_euro(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mbps_per_euro = _parse_mbps_per_euro(d.pop("mbps_per_euro"))

        has_working_connection = d.pop("has_working_connection")

        space_subscription_figures = cls(
            space_id=space_id,
            space_name=space_name,
            association_id=association_id,
            subscriptions=subscriptions,
            monthly_cost_excl_vat_cents=monthly_cost_excl_vat_cents,
            monthly_cost_incl_vat_cents=monthly_cost_incl_vat_cents,
            weekly_opening_hours=weekly_opening_hours,
            cost_per_opening_hour_cents=cost_per_opening_hour_cents,
            visits=visits,
            period_cost_incl_vat_cents=period_cost_incl_vat_cents,
            cost_per_visit_cents=cost_per_visit_cents,
            internet_down_kbps=internet_down_kbps,
            mbps_per_euro=mbps_per_euro,
            has_working_connection=has_working_connection,
        )

        space_subscription_figures.additional_properties = d
        return space_subscription_figures

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
