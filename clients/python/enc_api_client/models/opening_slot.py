from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.weekday import Weekday

T = TypeVar("T", bound="OpeningSlot")


@_attrs_define
class OpeningSlot:
    """
    Attributes:
        weekday (Weekday):
        opens (str): Local time in Europe/Paris, without offset
        closes (str): Local time in Europe/Paris, without offset
    """

    weekday: Weekday
    opens: str
    closes: str

    def to_dict(self) -> dict[str, Any]:
        weekday = self.weekday.value

        opens = self.opens

        closes = self.closes

        field_dict: dict[str, Any] = {}

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

        opening_slot = cls(
            weekday=weekday,
            opens=opens,
            closes=closes,
        )

        return opening_slot
