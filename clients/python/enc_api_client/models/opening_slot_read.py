from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekday import Weekday

T = TypeVar("T", bound="OpeningSlotRead")


@_attrs_define
class OpeningSlotRead:
    """
    Attributes:
        weekday (Weekday):
        opens (str): Local time in Europe/Paris, without offset
        closes (str): Local time in Europe/Paris, without offset
    """

    weekday: Weekday
    opens: str
    closes: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        weekday = self.weekday.value

        opens = self.opens

        closes = self.closes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "weekday": weekday,
                "opens": opens,
                "closes": closes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        weekday = Weekday(d.pop("weekday"))

        opens = d.pop("opens")

        closes = d.pop("closes")

        opening_slot_read = cls(
            weekday=weekday,
            opens=opens,
            closes=closes,
        )

        opening_slot_read.additional_properties = d
        return opening_slot_read

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
