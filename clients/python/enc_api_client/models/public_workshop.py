from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicWorkshop")


@_attrs_define
class PublicWorkshop:
    """
    Attributes:
        id (UUID):
        title (str):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        places_left (int | None):
    """

    id: UUID
    title: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    places_left: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        places_left: int | None
        places_left = self.places_left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "places_left": places_left,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        def _parse_places_left(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        places_left = _parse_places_left(d.pop("places_left"))

        public_workshop = cls(
            id=id,
            title=title,
            starts_at=starts_at,
            ends_at=ends_at,
            places_left=places_left,
        )

        public_workshop.additional_properties = d
        return public_workshop

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
