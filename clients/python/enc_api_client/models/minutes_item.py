from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MinutesItem")


@_attrs_define
class MinutesItem:
    """
    Attributes:
        agenda_item_id (UUID):
        position (int):
        title (str):
        minutes (None | str):
    """

    agenda_item_id: UUID
    position: int
    title: str
    minutes: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agenda_item_id = str(self.agenda_item_id)

        position = self.position

        title = self.title

        minutes: None | str
        minutes = self.minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agenda_item_id": agenda_item_id,
                "position": position,
                "title": title,
                "minutes": minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agenda_item_id = UUID(d.pop("agenda_item_id"))

        position = d.pop("position")

        title = d.pop("title")

        def _parse_minutes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minutes = _parse_minutes(d.pop("minutes"))

        minutes_item = cls(
            agenda_item_id=agenda_item_id,
            position=position,
            title=title,
            minutes=minutes,
        )

        minutes_item.additional_properties = d
        return minutes_item

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
