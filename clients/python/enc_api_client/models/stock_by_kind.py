from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equipment_kind import EquipmentKind

T = TypeVar("T", bound="StockByKind")


@_attrs_define
class StockByKind:
    """
    Attributes:
        kind (EquipmentKind):
        needed (int): Items the plan's lines move.
        in_stock (int): Items in stock of this kind (and the plan's origin).
        shortfall (int): What the stock lacks: needed − in stock, if above 0.
    """

    kind: EquipmentKind
    needed: int
    in_stock: int
    shortfall: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        needed = self.needed

        in_stock = self.in_stock

        shortfall = self.shortfall

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "needed": needed,
                "in_stock": in_stock,
                "shortfall": shortfall,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = EquipmentKind(d.pop("kind"))

        needed = d.pop("needed")

        in_stock = d.pop("in_stock")

        shortfall = d.pop("shortfall")

        stock_by_kind = cls(
            kind=kind,
            needed=needed,
            in_stock=in_stock,
            shortfall=shortfall,
        )

        stock_by_kind.additional_properties = d
        return stock_by_kind

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
