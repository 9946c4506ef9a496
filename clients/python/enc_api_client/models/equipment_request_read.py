from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equipment_kind import EquipmentKind
from ..models.request_priority import RequestPriority
from ..models.request_status import RequestStatus

T = TypeVar("T", bound="EquipmentRequestRead")


@_attrs_define
class EquipmentRequestRead:
    """
    Attributes:
        id (UUID):
        association_id (UUID):
        space_id (UUID):
        kind (EquipmentKind):
        quantity (int):
        justification (str):
        priority (RequestPriority):
        status (RequestStatus):
        allowed_transitions (list[str]):
        approved_quantity (int | None):
        fulfilled_quantity (int): Items moved to the space by plans.
        decision_reason (None | str):
        requested_by (None | UUID):
        reviewed_by (None | UUID):
        reviewed_at (datetime.datetime | None):
        fulfilled_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    association_id: UUID
    space_id: UUID
    kind: EquipmentKind
    quantity: int
    justification: str
    priority: RequestPriority
    status: RequestStatus
    allowed_transitions: list[str]
    approved_quantity: int | None
    fulfilled_quantity: int
    decision_reason: None | str
    requested_by: None | UUID
    reviewed_by: None | UUID
    reviewed_at: datetime.datetime | None
    fulfilled_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        association_id = str(self.association_id)

        space_id = str(self.space_id)

        kind = self.kind.value

        quantity = self.quantity

        justification = self.justification

        priority = self.priority.value

        status = self.status.value

        allowed_transitions = self.allowed_transitions

        approved_quantity: int | None
        approved_quantity = self.approved_quantity

        fulfilled_quantity = self.fulfilled_quantity

        decision_reason: None | str
        decision_reason = self.decision_reason

        requested_by: None | str
        if isinstance(self.requested_by, UUID):
            requested_by = str(self.requested_by)
        else:
            requested_by = self.requested_by

        reviewed_by: None | str
        if isinstance(self.reviewed_by, UUID):
            reviewed_by = str(self.reviewed_by)
        else:
            reviewed_by = self.reviewed_by

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        fulfilled_at: None | str
        if isinstance(self.fulfilled_at, datetime.datetime):
            fulfilled_at = self.fulfilled_at.isoformat()
        else:
            fulfilled_at = self.fulfilled_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "association_id": association_id,
                "space_id": space_id,
                "kind": kind,
                "quantity": quantity,
                "justification": justification,
                "priority": priority,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "approved_quantity": approved_quantity,
                "fulfilled_quantity": fulfilled_quantity,
                "decision_reason": decision_reason,
                "requested_by": requested_by,
                "reviewed_by": reviewed_by,
                "reviewed_at": reviewed_at,
                "fulfilled_at": fulfilled_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        association_id = UUID(d.pop("association_id"))

        space_id = UUID(d.pop("space_id"))

        kind = EquipmentKind(d.pop("kind"))

        quantity = d.pop("quantity")

        justification = d.pop("justification")

        priority = RequestPriority(d.pop("priority"))

        status = RequestStatus(d.pop("status"))

        allowed_transitions = cast(list[str], d.pop("allowed_transitions"))

        def _parse_approved_quantity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        approved_quantity = _parse_approved_quantity(d.pop("approved_quantity"))

        fulfilled_quantity = d.pop("fulfilled_quantity")

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))

        def _parse_requested_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_by_type_0 = UUID(data)

                return requested_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        requested_by = _parse_requested_by(d.pop("requested_by"))

        def _parse_reviewed_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_by_type_0 = UUID(data)

                return reviewed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewed_by"))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))

        def _parse_fulfilled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fulfilled_at_type_0 = datetime.datetime.fromisoformat(data)

                return fulfilled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        fulfilled_at = _parse_fulfilled_at(d.pop("fulfilled_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        equipment_request_read = cls(
            id=id,
            association_id=association_id,
            space_id=space_id,
            kind=kind,
            quantity=quantity,
            justification=justification,
            priority=priority,
            status=status,
            allowed_transitions=allowed_transitions,
            approved_quantity=approved_quantity,
            fulfilled_quantity=fulfilled_quantity,
            decision_reason=decision_reason,
            requested_by=requested_by,
            reviewed_by=reviewed_by,
            reviewed_at=reviewed_at,
            fulfilled_at=fulfilled_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        equipment_request_read.additional_properties = d
        return equipment_request_read

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
