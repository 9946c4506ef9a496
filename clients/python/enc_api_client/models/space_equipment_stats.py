from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.space_equipment_stats_by_kind import SpaceEquipmentStatsByKind
    from ..models.space_equipment_stats_by_status import SpaceEquipmentStatsByStatus


T = TypeVar("T", bound="SpaceEquipmentStats")


@_attrs_define
class SpaceEquipmentStats:
    """
    Attributes:
        total (int):
        by_kind (SpaceEquipmentStatsByKind):
        by_status (SpaceEquipmentStatsByStatus):
        space_id (UUID):
        space_name (str):
    """

    total: int
    by_kind: SpaceEquipmentStatsByKind
    by_status: SpaceEquipmentStatsByStatus
    space_id: UUID
    space_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_kind = self.by_kind.to_dict()

        by_status = self.by_status.to_dict()

        space_id = str(self.space_id)

        space_name = self.space_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by_kind": by_kind,
                "by_status": by_status,
                "space_id": space_id,
                "space_name": space_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.space_equipment_stats_by_kind import SpaceEquipmentStatsByKind  # noqa: PLC0415
        from ..models.space_equipment_stats_by_status import SpaceEquipmentStatsByStatus  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        by_kind = SpaceEquipmentStatsByKind.from_dict(d.pop("by_kind"))

        by_status = SpaceEquipmentStatsByStatus.from_dict(d.pop("by_status"))

        space_id = UUID(d.pop("space_id"))

        space_name = d.pop("space_name")

        space_equipment_stats = cls(
            total=total,
            by_kind=by_kind,
            by_status=by_status,
            space_id=space_id,
            space_name=space_name,
        )

        space_equipment_stats.additional_properties = d
        return space_equipment_stats

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
