from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equipment_kind import EquipmentKind
from ..models.equipment_status import EquipmentStatus

T = TypeVar("T", bound="RenewalCandidate")


@_attrs_define
class RenewalCandidate:
    """
    Attributes:
        id (UUID):
        inventory_number (str):
        kind (EquipmentKind):
        status (EquipmentStatus):
        acquired_on (datetime.date):
        space_id (None | UUID):
    """

    id: UUID
    inventory_number: str
    kind: EquipmentKind
    status: EquipmentStatus
    acquired_on: datetime.date
    space_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inventory_number = self.inventory_number

        kind = self.kind.value

        status = self.status.value

        acquired_on = self.acquired_on.isoformat()

        space_id: None | str
        if isinstance(self.space_id, UUID):
            space_id = str(self.space_id)
        else:
            space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inventory_number": inventory_number,
                "kind": kind,
                "status": status,
                "acquired_on": acquired_on,
                "space_id": space_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        inventory_number = d.pop("inventory_number")

        kind = EquipmentKind(d.pop("kind"))

        status = EquipmentStatus(d.pop("status"))

        acquired_on = datetime.date.fromisoformat(d.pop("acquired_on"))

        def _parse_space_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                space_id_type_0 = UUID(data)

                return space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        space_id = _parse_space_id(d.pop("space_id"))

        renewal_candidate = cls(
            id=id,
            inventory_number=inventory_number,
            kind=kind,
            status=status,
            acquired_on=acquired_on,
            space_id=space_id,
        )

        renewal_candidate.additional_properties = d
        return renewal_candidate

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
