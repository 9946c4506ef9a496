from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.attendance import Attendance

T = TypeVar("T", bound="AttendanceMark")


@_attrs_define
class AttendanceMark:
    """
    Attributes:
        enrolment_id (UUID):
        attendance (Attendance):
    """

    enrolment_id: UUID
    attendance: Attendance

    def to_dict(self) -> dict[str, Any]:
        enrolment_id = str(self.enrolment_id)

        attendance = self.attendance.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enrolment_id": enrolment_id,
                "attendance": attendance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enrolment_id = UUID(d.pop("enrolment_id"))

        attendance = Attendance(d.pop("attendance"))

        attendance_mark = cls(
            enrolment_id=enrolment_id,
            attendance=attendance,
        )

        return attendance_mark
