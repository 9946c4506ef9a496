from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insurance_certificate_status import InsuranceCertificateStatus

T = TypeVar("T", bound="InsuranceCertificateRead")


@_attrs_define
class InsuranceCertificateRead:
    """
    Attributes:
        id (UUID):
        space_id (UUID):
        association_id (UUID):
        document_id (UUID):
        document_version (int): The document's version it was read from.
        insurer (str):
        policy_number (str):
        valid_from (datetime.date):
        valid_until (datetime.date):
        status (InsuranceCertificateStatus):
        rejection_reason (None | str):
        decided_by (None | UUID):
        decided_at (datetime.datetime | None):
        created_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    space_id: UUID
    association_id: UUID
    document_id: UUID
    document_version: int
    insurer: str
    policy_number: str
    valid_from: datetime.date
    valid_until: datetime.date
    status: InsuranceCertificateStatus
    rejection_reason: None | str
    decided_by: None | UUID
    decided_at: datetime.datetime | None
    created_by: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        space_id = str(self.space_id)

        association_id = str(self.association_id)

        document_id = str(self.document_id)

        document_version = self.document_version

        insurer = self.insurer

        policy_number = self.policy_number

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()

        status = self.status.value

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        decided_by: None | str
        if isinstance(self.decided_by, UUID):
            decided_by = str(self.decided_by)
        else:
            decided_by = self.decided_by

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "space_id": space_id,
                "association_id": association_id,
                "document_id": document_id,
                "document_version": document_version,
                "insurer": insurer,
                "policy_number": policy_number,
                "valid_from": valid_from,
                "valid_until": valid_until,
                "status": status,
                "rejection_reason": rejection_reason,
                "decided_by": decided_by,
                "decided_at": decided_at,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        space_id = UUID(d.pop("space_id"))

        association_id = UUID(d.pop("association_id"))

        document_id = UUID(d.pop("document_id"))

        document_version = d.pop("document_version")

        insurer = d.pop("insurer")

        policy_number = d.pop("policy_number")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        status = InsuranceCertificateStatus(d.pop("status"))

        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))

        def _parse_decided_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_by_type_0 = UUID(data)

                return decided_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        insurance_certificate_read = cls(
            id=id,
            space_id=space_id,
            association_id=association_id,
            document_id=document_id,
            document_version=document_version,
            insurer=insurer,
            policy_number=policy_number,
            valid_from=valid_from,
            valid_until=valid_until,
            status=status,
            rejection_reason=rejection_reason,
            decided_by=decided_by,
            decided_at=decided_at,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        insurance_certificate_read.additional_properties = d
        return insurance_certificate_read

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
