from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus
from ..models.decline_reason import DeclineReason

T = TypeVar("T", bound="ApplicationRead")


@_attrs_define
class ApplicationRead:
    """
    Attributes:
        id (UUID):
        mission_id (UUID):
        association_id (UUID):
        full_name (None | str): Null once anonymised.
        email (None | str):
        phone (None | str):
        availability (None | str):
        motivation (None | str):
        status (ApplicationStatus):
        allowed_transitions (list[str]):
        decline_reason (DeclineReason | None):
        status_note (None | str):
        stale (bool): Left in `received` for more than APPLICATION_STALE_DAYS (10 by default).
        received_at (datetime.datetime):
        status_changed_at (datetime.datetime):
        consent_at (datetime.datetime):
        retention_days (int):
        user_id (None | UUID): The volunteer account, once accepted.
        anonymised_at (datetime.datetime | None):
    """

    id: UUID
    mission_id: UUID
    association_id: UUID
    full_name: None | str
    email: None | str
    phone: None | str
    availability: None | str
    motivation: None | str
    status: ApplicationStatus
    allowed_transitions: list[str]
    decline_reason: DeclineReason | None
    status_note: None | str
    stale: bool
    received_at: datetime.datetime
    status_changed_at: datetime.datetime
    consent_at: datetime.datetime
    retention_days: int
    user_id: None | UUID
    anonymised_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        mission_id = str(self.mission_id)

        association_id = str(self.association_id)

        full_name: None | str
        full_name = self.full_name

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        availability: None | str
        availability = self.availability

        motivation: None | str
        motivation = self.motivation

        status = self.status.value

        allowed_transitions = self.allowed_transitions

        decline_reason: None | str
        if isinstance(self.decline_reason, DeclineReason):
            decline_reason = self.decline_reason.value
        else:
            decline_reason = self.decline_reason

        status_note: None | str
        status_note = self.status_note

        stale = self.stale

        received_at = self.received_at.isoformat()

        status_changed_at = self.status_changed_at.isoformat()

        consent_at = self.consent_at.isoformat()

        retention_days = self.retention_days

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        anonymised_at: None | str
        if isinstance(self.anonymised_at, datetime.datetime):
            anonymised_at = self.anonymised_at.isoformat()
        else:
            anonymised_at = self.anonymised_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mission_id": mission_id,
                "association_id": association_id,
                "full_name": full_name,
                "email": email,
                "phone": phone,
                "availability": availability,
                "motivation": motivation,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "decline_reason": decline_reason,
                "status_note": status_note,
                "stale": stale,
                "received_at": received_at,
                "status_changed_at": status_changed_at,
                "consent_at": consent_at,
                "retention_days": retention_days,
                "user_id": user_id,
                "anonymised_at": anonymised_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        mission_id = UUID(d.pop("mission_id"))

        association_id = UUID(d.pop("association_id"))

        def _parse_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_name = _parse_full_name(d.pop("full_name"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_availability(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        availability = _parse_availability(d.pop("availability"))

        def _parse_motivation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        motivation = _parse_motivation(d.pop("motivation"))

        status = ApplicationStatus(d.pop("status"))

        allowed_transitions = cast(list[str], d.pop("allowed_transitions"))

        def _parse_decline_reason(data: object) -> DeclineReason | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decline_reason_type_0 = DeclineReason(data)

                return decline_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeclineReason | None, data)

        decline_reason = _parse_decline_reason(d.pop("decline_reason"))

        def _parse_status_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_note = _parse_status_note(d.pop("status_note"))

        stale = d.pop("stale")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        status_changed_at = datetime.datetime.fromisoformat(d.pop("status_changed_at"))

        consent_at = datetime.datetime.fromisoformat(d.pop("consent_at"))

        retention_days = d.pop("retention_days")

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

        def _parse_anonymised_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                anonymised_at_type_0 = datetime.datetime.fromisoformat(data)

                return anonymised_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        anonymised_at = _parse_anonymised_at(d.pop("anonymised_at"))

        application_read = cls(
            id=id,
            mission_id=mission_id,
            association_id=association_id,
            full_name=full_name,
            email=email,
            phone=phone,
            availability=availability,
            motivation=motivation,
            status=status,
            allowed_transitions=allowed_transitions,
            decline_reason=decline_reason,
            status_note=status_note,
            stale=stale,
            received_at=received_at,
            status_changed_at=status_changed_at,
            consent_at=consent_at,
            retention_days=retention_days,
            user_id=user_id,
            anonymised_at=anonymised_at,
        )

        application_read.additional_properties = d
        return application_read

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
