from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sla_month import SlaMonth


T = TypeVar("T", bound="MaintenanceSection")


@_attrs_define
class MaintenanceSection:
    """
    Attributes:
        opened (int):
        resolved (int):
        breached (int):
        breach_rate (float | None):
        by_month (list[SlaMonth]):
    """

    opened: int
    resolved: int
    breached: int
    breach_rate: float | None
    by_month: list[SlaMonth]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opened = self.opened

        resolved = self.resolved

        breached = self.breached

        breach_rate: float | None
        breach_rate = self.breach_rate

        by_month = []
        for by_month_item_data in self.by_month:
            by_month_item = by_month_item_data.to_dict()
            by_month.append(by_month_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "opened": opened,
                "resolved": resolved,
                "breached": breached,
                "breach_rate": breach_rate,
                "by_month": by_month,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_month import SlaMonth  # noqa: PLC0415

        d = dict(src_dict)
        opened = d.pop("opened")

        resolved = d.pop("resolved")

        breached = d.pop("breached")

        def _parse_breach_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        breach_rate = _parse_breach_rate(d.pop("breach_rate"))

        by_month = []
        _by_month = d.pop("by_month")
        for by_month_item_data in _by_month:
            by_month_item = SlaMonth.from_dict(by_month_item_data)

            by_month.append(by_month_item)

        maintenance_section = cls(
            opened=opened,
            resolved=resolved,
            breached=breached,
            breach_rate=breach_rate,
            by_month=by_month,
        )

        maintenance_section.additional_properties = d
        return maintenance_section

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
