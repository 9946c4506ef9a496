from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NetworkSubscriptionFigures")


@_attrs_define
class NetworkSubscriptionFigures:
    """
    Attributes:
        spaces (int):
        subscriptions (int):
        monthly_cost_excl_vat_cents (int):
        monthly_cost_incl_vat_cents (int):
        weekly_opening_hours (str):
        cost_per_opening_hour_cents (int | None):
        visits (int):
        period_cost_incl_vat_cents (int):
        cost_per_visit_cents (int | None):
        mbps_per_euro (None | str):
        spaces_without_working_connection (int):
    """

    spaces: int
    subscriptions: int
    monthly_cost_excl_vat_cents: int
    monthly_cost_incl_vat_cents: int
    weekly_opening_hours: str
    cost_per_opening_hour_cents: int | None
    visits: int
    period_cost_incl_vat_cents: int
    cost_per_visit_cents: int | None
    mbps_per_euro: None | str
    spaces_without_working_connection: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spaces = self.spaces

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

        mbps_per_euro: None | str
        mbps_per_euro = self.mbps_per_euro

        spaces_without_working_connection = self.spaces_without_working_connection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spaces": spaces,
                "subscriptions": subscriptions,
                "monthly_cost_excl_vat_cents": monthly_cost_excl_vat_cents,
                "monthly_cost_incl_vat_cents": monthly_cost_incl_vat_cents,
                "weekly_opening_hours": weekly_opening_hours,
                "cost_per_opening_hour_cents": cost_per_opening_hour_cents,
                "visits": visits,
                "period_cost_incl_vat_cents": period_cost_incl_vat_cents,
                "cost_per_visit_cents": cost_per_visit_cents,
                "mbps_per_euro": mbps_per_euro,
                "spaces_without_working_connection": spaces_without_working_connection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spaces = d.pop("spaces")

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

        def _parse_mbps_per_euro(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mbps_per_euro = _parse_mbps_per_euro(d.pop("mbps_per_euro"))

        spaces_without_working_connection = d.pop("spaces_without_working_connection")

        network_subscription_figures = cls(
            spaces=spaces,
            subscriptions=subscriptions,
            monthly_cost_excl_vat_cents=monthly_cost_excl_vat_cents,
            monthly_cost_incl_vat_cents=monthly_cost_incl_vat_cents,
            weekly_opening_hours=weekly_opening_hours,
            cost_per_opening_hour_cents=cost_per_opening_hour_cents,
            visits=visits,
            period_cost_incl_vat_cents=period_cost_incl_vat_cents,
            cost_per_visit_cents=cost_per_visit_cents,
            mbps_per_euro=mbps_per_euro,
            spaces_without_working_connection=spaces_without_working_connection,
        )

        network_subscription_figures.additional_properties = d
        return network_subscription_figures

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
