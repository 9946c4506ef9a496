from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.equipment_section_by_status import EquipmentSectionByStatus


T = TypeVar("T", bound="EquipmentSection")


@_attrs_define
class EquipmentSection:
    """
    Attributes:
        total (int):
        allocated (int):
        in_repair (int):
        by_status (EquipmentSectionByStatus):
    """

    total: int
    allocated: int
    in_repair: int
    by_status: EquipmentSectionByStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        allocated = self.allocated

        in_repair = self.in_repair

        by_status = self.by_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "allocated": allocated,
                "in_repair": in_repair,
                "by_status": by_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equipment_section_by_status import EquipmentSectionByStatus  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        allocated = d.pop("allocated")

        in_repair = d.pop("in_repair")

        by_status = EquipmentSectionByStatus.from_dict(d.pop("by_status"))

        equipment_section = cls(
            total=total,
            allocated=allocated,
            in_repair=in_repair,
            by_status=by_status,
        )

        equipment_section.additional_properties = d
        return equipment_section

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
