from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.equipment_kind import EquipmentKind
from ..models.request_priority import RequestPriority
from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentRequestCreate")


@_attrs_define
class EquipmentRequestCreate:
    """
    Attributes:
        space_id (UUID): One of your association's spaces.
        kind (EquipmentKind):
        quantity (int):
        justification (str):
        priority (RequestPriority | Unset):
    """

    space_id: UUID
    kind: EquipmentKind
    quantity: int
    justification: str
    priority: RequestPriority | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        space_id = str(self.space_id)

        kind = self.kind.value

        quantity = self.quantity

        justification = self.justification

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "space_id": space_id,
                "kind": kind,
                "quantity": quantity,
                "justification": justification,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        kind = EquipmentKind(d.pop("kind"))

        quantity = d.pop("quantity")

        justification = d.pop("justification")

        _priority = d.pop("priority", UNSET)
        priority: RequestPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = RequestPriority(_priority)

        equipment_request_create = cls(
            space_id=space_id,
            kind=kind,
            quantity=quantity,
            justification=justification,
            priority=priority,
        )

        return equipment_request_create
