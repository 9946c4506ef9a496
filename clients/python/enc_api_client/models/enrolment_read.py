from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attendance import Attendance
from ..models.enrolment_status import EnrolmentStatus

T = TypeVar("T", bound="EnrolmentRead")


@_attrs_define
class EnrolmentRead:
    """
    Attributes:
        id (UUID):
        session_id (UUID):
        user_id (UUID):
        user_full_name (str):
        status (EnrolmentStatus):
        waitlist_position (int | None): 1 for the next to be promoted; null unless waitlisted.
        attendance (Attendance | None):
        attendance_marked_at (datetime.datetime | None):
        cancelled_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    session_id: UUID
    user_id: UUID
    user_full_name: str
    status: EnrolmentStatus
    waitlist_position: int | None
    attendance: Attendance | None
    attendance_marked_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        session_id = str(self.session_id)

        user_id = str(self.user_id)

        user_full_name = self.user_full_name

        status = self.status.value

        waitlist_position: int | None
        waitlist_position = self.waitlist_position

        attendance: None | str
        if isinstance(self.attendance, Attendance):
            attendance = self.attendance.value
        else:
            attendance = self.attendance

        attendance_marked_at: None | str
        if isinstance(self.attendance_marked_at, datetime.datetime):
            attendance_marked_at = self.attendance_marked_at.isoformat()
        else:
            attendance_marked_at = self.attendance_marked_at

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "session_id": session_id,
                "user_id": user_id,
                "user_full_name": user_full_name,
                "status": status,
                "waitlist_position": waitlist_position,
                "attendance": attendance,
                "attendance_marked_at": attendance_marked_at,
                "cancelled_at": cancelled_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        session_id = UUID(d.pop("session_id"))

        user_id = UUID(d.pop("user_id"))

        user_full_name = d.pop("user_full_name")

        status = EnrolmentStatus(d.pop("status"))

        def _parse_waitlist_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        waitlist_position = _parse_waitlist_position(d.pop("waitlist_position"))

        def _parse_attendance(data: object) -> Attendance | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attendance_type_0 = Attendance(data)

                return attendance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Attendance | None, data)

        attendance = _parse_attendance(d.pop("attendance"))

        def _parse_attendance_marked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attendance_marked_at_type_0 = datetime.datetime.fromisoformat(data)

                return attendance_marked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        attendance_marked_at = _parse_attendance_marked_at(d.pop("attendance_marked_at"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        enrolment_read = cls(
            id=id,
            session_id=session_id,
            user_id=user_id,
            user_full_name=user_full_name,
            status=status,
            waitlist_position=waitlist_position,
            attendance=attendance,
            attendance_marked_at=attendance_marked_at,
            cancelled_at=cancelled_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        enrolment_read.additional_properties = d
        return enrolment_read

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
