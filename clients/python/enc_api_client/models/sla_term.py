from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SlaTerm")


@_attrs_define
class SlaTerm:
    """
    Attributes:
        acknowledge_hours (float):
        resolve_hours (float):
    """

    acknowledge_hours: float
    resolve_hours: float

    def to_dict(self) -> dict[str, Any]:
        acknowledge_hours = self.acknowledge_hours

        resolve_hours = self.resolve_hours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acknowledge_hours": acknowledge_hours,
                "resolve_hours": resolve_hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledge_hours = d.pop("acknowledge_hours")

        resolve_hours = d.pop("resolve_hours")

        sla_term = cls(
            acknowledge_hours=acknowledge_hours,
            resolve_hours=resolve_hours,
        )

        return sla_term
