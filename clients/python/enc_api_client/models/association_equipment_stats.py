from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.association_equipment_stats_by_kind import AssociationEquipmentStatsByKind
    from ..models.association_equipment_stats_by_status import AssociationEquipmentStatsByStatus
    from ..models.space_equipment_stats import SpaceEquipmentStats


T = TypeVar("T", bound="AssociationEquipmentStats")


@_attrs_define
class AssociationEquipmentStats:
    """
    Attributes:
        total (int):
        by_kind (AssociationEquipmentStatsByKind):
        by_status (AssociationEquipmentStatsByStatus):
        association_id (UUID):
        association_name (str):
        spaces (list[SpaceEquipmentStats]):
    """

    total: int
    by_kind: AssociationEquipmentStatsByKind
    by_status: AssociationEquipmentStatsByStatus
    association_id: UUID
    association_name: str
    spaces: list[SpaceEquipmentStats]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_kind = self.by_kind.to_dict()

        by_status = self.by_status.to_dict()

        association_id = str(self.association_id)

        association_name = self.association_name

        spaces = []
        for spaces_item_data in self.spaces:
            spaces_item = spaces_item_data.to_dict()
            spaces.append(spaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by_kind": by_kind,
                "by_status": by_status,
                "association_id": association_id,
                "association_name": association_name,
                "spaces": spaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.association_equipment_stats_by_kind import AssociationEquipmentStatsByKind  # noqa: PLC0415
        from ..models.association_equipment_stats_by_status import AssociationEquipmentStatsByStatus  # noqa: PLC0415
        from ..models.space_equipment_stats import SpaceEquipmentStats  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        by_kind = AssociationEquipmentStatsByKind.from_dict(d.pop("by_kind"))

        by_status = AssociationEquipmentStatsByStatus.from_dict(d.pop("by_status"))

        association_id = UUID(d.pop("association_id"))

        association_name = d.pop("association_name")

        spaces = []
        _spaces = d.pop("spaces")
        for spaces_item_data in _spaces:
            spaces_item = SpaceEquipmentStats.from_dict(spaces_item_data)

            spaces.append(spaces_item)

        association_equipment_stats = cls(
            total=total,
            by_kind=by_kind,
            by_status=by_status,
            association_id=association_id,
            association_name=association_name,
            spaces=spaces,
        )

        association_equipment_stats.additional_properties = d
        return association_equipment_stats

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
