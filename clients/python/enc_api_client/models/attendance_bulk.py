from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.attendance_mark import AttendanceMark


T = TypeVar("T", bound="AttendanceBulk")


@_attrs_define
class AttendanceBulk:
    """
    Attributes:
        marks (list[AttendanceMark]):
    """

    marks: list[AttendanceMark]

    def to_dict(self) -> dict[str, Any]:
        marks = []
        for marks_item_data in self.marks:
            marks_item = marks_item_data.to_dict()
            marks.append(marks_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "marks": marks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendance_mark import AttendanceMark  # noqa: PLC0415

        d = dict(src_dict)
        marks = []
        _marks = d.pop("marks")
        for marks_item_data in _marks:
            marks_item = AttendanceMark.from_dict(marks_item_data)

            marks.append(marks_item)

        attendance_bulk = cls(
            marks=marks,
        )

        return attendance_bulk
