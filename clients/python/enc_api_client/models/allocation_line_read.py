from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocation_line_kind import AllocationLineKind
from ..models.equipment_kind import EquipmentKind

T = TypeVar("T", bound="AllocationLineRead")


@_attrs_define
class AllocationLineRead:
    """
    Attributes:
        id (UUID):
        position (int):
        kind (AllocationLineKind):
        space_id (UUID):
        request_id (None | UUID):
        equipment_kind (EquipmentKind | None):
        quantity (int | None):
        equipment_ids (list[UUID]): Picked by the city (draft) or moved (executed).
        user_id (None | UUID):
        starts_on (datetime.date | None):
        assigned_at (datetime.datetime | None):
    """

    id: UUID
    position: int
    kind: AllocationLineKind
    space_id: UUID
    request_id: None | UUID
    equipment_kind: EquipmentKind | None
    quantity: int | None
    equipment_ids: list[UUID]
    user_id: None | UUID
    starts_on: datetime.date | None
    assigned_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        position = self.position

        kind = self.kind.value

        space_id = str(self.space_id)

        request_id: None | str
        if isinstance(self.request_id, UUID):
            request_id = str(self.request_id)
        else:
            request_id = self.request_id

        equipment_kind: None | str
        if isinstance(self.equipment_kind, EquipmentKind):
            equipment_kind = self.equipment_kind.value
        else:
            equipment_kind = self.equipment_kind

        quantity: int | None
        quantity = self.quantity

        equipment_ids = []
        for equipment_ids_item_data in self.equipment_ids:
            equipment_ids_item = str(equipment_ids_item_data)
            equipment_ids.append(equipment_ids_item)

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        starts_on: None | str
        if isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        assigned_at: None | str
        if isinstance(self.assigned_at, datetime.datetime):
            assigned_at = self.assigned_at.isoformat()
        else:
            assigned_at = self.assigned_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
                "kind": kind,
                "space_id": space_id,
                "request_id": request_id,
                "equipment_kind": equipment_kind,
                "quantity": quantity,
                "equipment_ids": equipment_ids,
                "user_id": user_id,
                "starts_on": starts_on,
                "assigned_at": assigned_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        position = d.pop("position")

        kind = AllocationLineKind(d.pop("kind"))

        space_id = UUID(d.pop("space_id"))

        def _parse_request_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_id_type_0 = UUID(data)

                return request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        request_id = _parse_request_id(d.pop("request_id"))

        def _parse_equipment_kind(data: object) -> EquipmentKind | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                equipment_kind_type_0 = EquipmentKind(data)

                return equipment_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EquipmentKind | None, data)

        equipment_kind = _parse_equipment_kind(d.pop("equipment_kind"))

        def _parse_quantity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quantity = _parse_quantity(d.pop("quantity"))

        equipment_ids = []
        _equipment_ids = d.pop("equipment_ids")
        for equipment_ids_item_data in _equipment_ids:
            equipment_ids_item = UUID(equipment_ids_item_data)

            equipment_ids.append(equipment_ids_item)

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_starts_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        starts_on = _parse_starts_on(d.pop("starts_on"))

        def _parse_assigned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_at_type_0 = datetime.datetime.fromisoformat(data)

                return assigned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        assigned_at = _parse_assigned_at(d.pop("assigned_at"))

        allocation_line_read = cls(
            id=id,
            position=position,
            kind=kind,
            space_id=space_id,
            request_id=request_id,
            equipment_kind=equipment_kind,
            quantity=quantity,
            equipment_ids=equipment_ids,
            user_id=user_id,
            starts_on=starts_on,
            assigned_at=assigned_at,
        )

        allocation_line_read.additional_properties = d
        return allocation_line_read

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
