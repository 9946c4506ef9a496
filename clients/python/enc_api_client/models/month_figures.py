from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MonthFigures")


@_attrs_define
class MonthFigures:
    """
    Attributes:
        month (str):
        visits (int):
        participants (int):
        first_visits (int):
        total_minutes (int):
        network_median_visits (float):
        network_median_participants (float):
    """

    month: str
    visits: int
    participants: int
    first_visits: int
    total_minutes: int
    network_median_visits: float
    network_median_participants: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        visits = self.visits

        participants = self.participants

        first_visits = self.first_visits

        total_minutes = self.total_minutes

        network_median_visits = self.network_median_visits

        network_median_participants = self.network_median_participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "visits": visits,
                "participants": participants,
                "first_visits": first_visits,
                "total_minutes": total_minutes,
                "network_median_visits": network_median_visits,
                "network_median_participants": network_median_participants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month")

        visits = d.pop("visits")

        participants = d.pop("participants")

        first_visits = d.pop("first_visits")

        total_minutes = d.pop("total_minutes")

        network_median_visits = d.pop("network_median_visits")

        network_median_participants = d.pop("network_median_participants")

        month_figures = cls(
            month=month,
            visits=visits,
            participants=participants,
            first_visits=first_visits,
            total_minutes=total_minutes,
            network_median_visits=network_median_visits,
            network_median_participants=network_median_participants,
        )

        month_figures.additional_properties = d
        return month_figures

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
