from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.minutes_item import MinutesItem


T = TypeVar("T", bound="MinutesRevisionRead")


@_attrs_define
class MinutesRevisionRead:
    """
    Attributes:
        id (UUID):
        meeting_id (UUID):
        number (int):
        items (list[MinutesItem]):
        note (None | str):
        published_by (None | UUID):
        published_at (datetime.datetime):
    """

    id: UUID
    meeting_id: UUID
    number: int
    items: list[MinutesItem]
    note: None | str
    published_by: None | UUID
    published_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        meeting_id = str(self.meeting_id)

        number = self.number

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        note: None | str
        note = self.note

        published_by: None | str
        if isinstance(self.published_by, UUID):
            published_by = str(self.published_by)
        else:
            published_by = self.published_by

        published_at = self.published_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "meeting_id": meeting_id,
                "number": number,
                "items": items,
                "note": note,
                "published_by": published_by,
                "published_at": published_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minutes_item import MinutesItem  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        meeting_id = UUID(d.pop("meeting_id"))

        number = d.pop("number")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MinutesItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_published_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_by_type_0 = UUID(data)

                return published_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        published_by = _parse_published_by(d.pop("published_by"))

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        minutes_revision_read = cls(
            id=id,
            meeting_id=meeting_id,
            number=number,
            items=items,
            note=note,
            published_by=published_by,
            published_at=published_at,
        )

        minutes_revision_read.additional_properties = d
        return minutes_revision_read

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
