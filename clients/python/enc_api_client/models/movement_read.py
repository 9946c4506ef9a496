from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equipment_status import EquipmentStatus
from ..models.movement_kind import MovementKind

T = TypeVar("T", bound="MovementRead")


@_attrs_define
class MovementRead:
    """
    Attributes:
        id (UUID):
        equipment_id (UUID):
        kind (MovementKind):
        from_status (EquipmentStatus):
        to_status (EquipmentStatus):
        from_space_id (None | UUID):
        to_space_id (None | UUID):
        loan_agreement_id (None | UUID):
        reason (None | str):
        actor_user_id (None | UUID):
        actor_api_key_id (None | UUID):
        occurred_at (datetime.datetime):
    """

    id: UUID
    equipment_id: UUID
    kind: MovementKind
    from_status: EquipmentStatus
    to_status: EquipmentStatus
    from_space_id: None | UUID
    to_space_id: None | UUID
    loan_agreement_id: None | UUID
    reason: None | str
    actor_user_id: None | UUID
    actor_api_key_id: None | UUID
    occurred_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        equipment_id = str(self.equipment_id)

        kind = self.kind.value

        from_status = self.from_status.value

        to_status = self.to_status.value

        from_space_id: None | str
        if isinstance(self.from_space_id, UUID):
            from_space_id = str(self.from_space_id)
        else:
            from_space_id = self.from_space_id

        to_space_id: None | str
        if isinstance(self.to_space_id, UUID):
            to_space_id = str(self.to_space_id)
        else:
            to_space_id = self.to_space_id

        loan_agreement_id: None | str
        if isinstance(self.loan_agreement_id, UUID):
            loan_agreement_id = str(self.loan_agreement_id)
        else:
            loan_agreement_id = self.loan_agreement_id

        reason: None | str
        reason = self.reason

        actor_user_id: None | str
        if isinstance(self.actor_user_id, UUID):
            actor_user_id = str(self.actor_user_id)
        else:
            actor_user_id = self.actor_user_id

        actor_api_key_id: None | str
        if isinstance(self.actor_api_key_id, UUID):
            actor_api_key_id = str(self.actor_api_key_id)
        else:
            actor_api_key_id = self.actor_api_key_id

        occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "equipment_id": equipment_id,
                "kind": kind,
                "from_status": from_status,
                "to_status": to_status,
                "from_space_id": from_space_id,
                "to_space_id": to_space_id,
                "loan_agreement_id": loan_agreement_id,
                "reason": reason,
                "actor_user_id": actor_user_id,
                "actor_api_key_id": actor_api_key_id,
                "occurred_at": occurred_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        equipment_id = UUID(d.pop("equipment_id"))

        kind = MovementKind(d.pop("kind"))

        from_status = EquipmentStatus(d.pop("from_status"))

        to_status = EquipmentStatus(d.pop("to_status"))

        def _parse_from_space_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_space_id_type_0 = UUID(data)

                return from_space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        from_space_id = _parse_from_space_id(d.pop("from_space_id"))

        def _parse_to_space_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_space_id_type_0 = UUID(data)

                return to_space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        to_space_id = _parse_to_space_id(d.pop("to_space_id"))

        def _parse_loan_agreement_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                loan_agreement_id_type_0 = UUID(data)

                return loan_agreement_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        loan_agreement_id = _parse_loan_agreement_id(d.pop("loan_agreement_id"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_actor_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_user_id_type_0 = UUID(data)

                return actor_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_user_id = _parse_actor_user_id(d.pop("actor_user_id"))

        def _parse_actor_api_key_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_api_key_id_type_0 = UUID(data)

                return actor_api_key_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_api_key_id = _parse_actor_api_key_id(d.pop("actor_api_key_id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        movement_read = cls(
            id=id,
            equipment_id=equipment_id,
            kind=kind,
            from_status=from_status,
            to_status=to_status,
            from_space_id=from_space_id,
            to_space_id=to_space_id,
            loan_agreement_id=loan_agreement_id,
            reason=reason,
            actor_user_id=actor_user_id,
            actor_api_key_id=actor_api_key_id,
            occurred_at=occurred_at,
        )

        movement_read.additional_properties = d
        return movement_read

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
