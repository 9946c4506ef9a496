from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="MinutesCorrection")


@_attrs_define
class MinutesCorrection:
    """
    Attributes:
        agenda_item_id (UUID):
        minutes (str):
    """

    agenda_item_id: UUID
    minutes: str

    def to_dict(self) -> dict[str, Any]:
        agenda_item_id = str(self.agenda_item_id)

        minutes = self.minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agenda_item_id": agenda_item_id,
                "minutes": minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agenda_item_id = UUID(d.pop("agenda_item_id"))

        minutes = d.pop("minutes")

        minutes_correction = cls(
            agenda_item_id=agenda_item_id,
            minutes=minutes,
        )

        return minutes_correction
