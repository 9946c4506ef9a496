from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.space_equipment_summary_by_kind import SpaceEquipmentSummaryByKind
    from ..models.space_equipment_summary_by_status import SpaceEquipmentSummaryByStatus


T = TypeVar("T", bound="SpaceEquipmentSummary")


@_attrs_define
class SpaceEquipmentSummary:
    """
    Attributes:
        total (int):
        by_kind (SpaceEquipmentSummaryByKind):
        by_status (SpaceEquipmentSummaryByStatus):
        space_id (UUID):
        operational_workstations (int): Desktops and laptops allocated here (not in repair).
        printers (int): Printers allocated here (not in repair).
    """

    total: int
    by_kind: SpaceEquipmentSummaryByKind
    by_status: SpaceEquipmentSummaryByStatus
    space_id: UUID
    operational_workstations: int
    printers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_kind = self.by_kind.to_dict()

        by_status = self.by_status.to_dict()

        space_id = str(self.space_id)

        operational_workstations = self.operational_workstations

        printers = self.printers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by_kind": by_kind,
                "by_status": by_status,
                "space_id": space_id,
                "operational_workstations": operational_workstations,
                "printers": printers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.space_equipment_summary_by_kind import SpaceEquipmentSummaryByKind  # noqa: PLC0415
        from ..models.space_equipment_summary_by_status import SpaceEquipmentSummaryByStatus  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        by_kind = SpaceEquipmentSummaryByKind.from_dict(d.pop("by_kind"))

        by_status = SpaceEquipmentSummaryByStatus.from_dict(d.pop("by_status"))

        space_id = UUID(d.pop("space_id"))

        operational_workstations = d.pop("operational_workstations")

        printers = d.pop("printers")

        space_equipment_summary = cls(
            total=total,
            by_kind=by_kind,
            by_status=by_status,
            space_id=space_id,
            operational_workstations=operational_workstations,
            printers=printers,
        )

        space_equipment_summary.additional_properties = d
        return space_equipment_summary

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
