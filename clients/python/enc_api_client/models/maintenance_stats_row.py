from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaintenanceStatsRow")


@_attrs_define
class MaintenanceStatsRow:
    """
    Attributes:
        opened (int):
        resolved (int):
        acknowledge_hours_median (float | None):
        acknowledge_hours_p90 (float | None):
        resolve_hours_median (float | None):
        resolve_hours_p90 (float | None):
        breached (int):
        breach_rate (float | None):
        operator_id (None | str | Unset):
        space_id (None | str | Unset):
        month (None | str | Unset):
    """

    opened: int
    resolved: int
    acknowledge_hours_median: float | None
    acknowledge_hours_p90: float | None
    resolve_hours_median: float | None
    resolve_hours_p90: float | None
    breached: int
    breach_rate: float | None
    operator_id: None | str | Unset = UNSET
    space_id: None | str | Unset = UNSET
    month: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opened = self.opened

        resolved = self.resolved

        acknowledge_hours_median: float | None
        acknowledge_hours_median = self.acknowledge_hours_median

        acknowledge_hours_p90: float | None
        acknowledge_hours_p90 = self.acknowledge_hours_p90

        resolve_hours_median: float | None
        resolve_hours_median = self.resolve_hours_median

        resolve_hours_p90: float | None
        resolve_hours_p90 = self.resolve_hours_p90

        breached = self.breached

        breach_rate: float | None
        breach_rate = self.breach_rate

        operator_id: None | str | Unset
        if isinstance(self.operator_id, Unset):
            operator_id = UNSET
        else:
            operator_id = self.operator_id

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        month: None | str | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "opened": opened,
                "resolved": resolved,
                "acknowledge_hours_median": acknowledge_hours_median,
                "acknowledge_hours_p90": acknowledge_hours_p90,
                "resolve_hours_median": resolve_hours_median,
                "resolve_hours_p90": resolve_hours_p90,
                "breached": breached,
                "breach_rate": breach_rate,
            }
        )
        if operator_id is not UNSET:
            field_dict["operator_id"] = operator_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if month is not UNSET:
            field_dict["month"] = month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opened = d.pop("opened")

        resolved = d.pop("resolved")

        def _parse_acknowledge_hours_median(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        acknowledge_hours_median = _parse_acknowledge_hours_median(d.pop("acknowledge_hours_median"))

        def _parse_acknowledge_hours_p90(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        acknowledge_hours_p90 = _parse_acknowledge_hours_p90(d.pop("acknowledge_hours_p90"))

        def _parse_resolve_hours_median(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resolve_hours_median = _parse_resolve_hours_median(d.pop("resolve_hours_median"))

        def _parse_resolve_hours_p90(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resolve_hours_p90 = _parse_resolve_hours_p90(d.pop("resolve_hours_p90"))

        breached = d.pop("breached")

        def _parse_breach_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        breach_rate = _parse_breach_rate(d.pop("breach_rate"))

        def _parse_operator_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator_id = _parse_operator_id(d.pop("operator_id", UNSET))

        def _parse_space_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        space_id = _parse_space_id(d.pop("space_id", UNSET))

        def _parse_month(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        month = _parse_month(d.pop("month", UNSET))

        maintenance_stats_row = cls(
            opened=opened,
            resolved=resolved,
            acknowledge_hours_median=acknowledge_hours_median,
            acknowledge_hours_p90=acknowledge_hours_p90,
            resolve_hours_median=resolve_hours_median,
            resolve_hours_p90=resolve_hours_p90,
            breached=breached,
            breach_rate=breach_rate,
            operator_id=operator_id,
            space_id=space_id,
            month=month,
        )

        maintenance_stats_row.additional_properties = d
        return maintenance_stats_row

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
