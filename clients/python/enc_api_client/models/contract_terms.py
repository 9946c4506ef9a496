from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sla_term import SlaTerm


T = TypeVar("T", bound="ContractTerms")


@_attrs_define
class ContractTerms:
    """
    Attributes:
        low (SlaTerm):
        normal (SlaTerm):
        high (SlaTerm):
        urgent (SlaTerm):
    """

    low: SlaTerm
    normal: SlaTerm
    high: SlaTerm
    urgent: SlaTerm

    def to_dict(self) -> dict[str, Any]:
        low = self.low.to_dict()

        normal = self.normal.to_dict()

        high = self.high.to_dict()

        urgent = self.urgent.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "low": low,
                "normal": normal,
                "high": high,
                "urgent": urgent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_term import SlaTerm  # noqa: PLC0415

        d = dict(src_dict)
        low = SlaTerm.from_dict(d.pop("low"))

        normal = SlaTerm.from_dict(d.pop("normal"))

        high = SlaTerm.from_dict(d.pop("high"))

        urgent = SlaTerm.from_dict(d.pop("urgent"))

        contract_terms = cls(
            low=low,
            normal=normal,
            high=high,
            urgent=urgent,
        )

        return contract_terms
