from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loan_agreement_status import LoanAgreementStatus

T = TypeVar("T", bound="LoanAgreementRead")


@_attrs_define
class LoanAgreementRead:
    """
    Attributes:
        id (UUID):
        association_id (UUID):
        reference (str):
        starts_on (datetime.date):
        ends_on (datetime.date):
        status (LoanAgreementStatus):
        allowed_transitions (list[LoanAgreementStatus]):
        signed_on (datetime.date | None):
        signed_by (None | str):
        terminated_on (datetime.date | None):
        reason (None | str):
        notes (None | str):
        equipment_count (int): Items allocated under this agreement now (allocated or in repair).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    association_id: UUID
    reference: str
    starts_on: datetime.date
    ends_on: datetime.date
    status: LoanAgreementStatus
    allowed_transitions: list[LoanAgreementStatus]
    signed_on: datetime.date | None
    signed_by: None | str
    terminated_on: datetime.date | None
    reason: None | str
    notes: None | str
    equipment_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        association_id = str(self.association_id)

        reference = self.reference

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        status = self.status.value

        allowed_transitions = []
        for allowed_transitions_item_data in self.allowed_transitions:
            allowed_transitions_item = allowed_transitions_item_data.value
            allowed_transitions.append(allowed_transitions_item)

        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        signed_by: None | str
        signed_by = self.signed_by

        terminated_on: None | str
        if isinstance(self.terminated_on, datetime.date):
            terminated_on = self.terminated_on.isoformat()
        else:
            terminated_on = self.terminated_on

        reason: None | str
        reason = self.reason

        notes: None | str
        notes = self.notes

        equipment_count = self.equipment_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "association_id": association_id,
                "reference": reference,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "signed_on": signed_on,
                "signed_by": signed_by,
                "terminated_on": terminated_on,
                "reason": reason,
                "notes": notes,
                "equipment_count": equipment_count,
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

        reference = d.pop("reference")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        status = LoanAgreementStatus(d.pop("status"))

        allowed_transitions = []
        _allowed_transitions = d.pop("allowed_transitions")
        for allowed_transitions_item_data in _allowed_transitions:
            allowed_transitions_item = LoanAgreementStatus(allowed_transitions_item_data)

            allowed_transitions.append(allowed_transitions_item)

        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))

        def _parse_signed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_by = _parse_signed_by(d.pop("signed_by"))

        def _parse_terminated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                terminated_on_type_0 = datetime.date.fromisoformat(data)

                return terminated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        terminated_on = _parse_terminated_on(d.pop("terminated_on"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        equipment_count = d.pop("equipment_count")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        loan_agreement_read = cls(
            id=id,
            association_id=association_id,
            reference=reference,
            starts_on=starts_on,
            ends_on=ends_on,
            status=status,
            allowed_transitions=allowed_transitions,
            signed_on=signed_on,
            signed_by=signed_by,
            terminated_on=terminated_on,
            reason=reason,
            notes=notes,
            equipment_count=equipment_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        loan_agreement_read.additional_properties = d
        return loan_agreement_read

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
