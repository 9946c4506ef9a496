from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GapSession")


@_attrs_define
class GapSession:
    """An upcoming training session on the skill with places left.

    Attributes:
        session_id (UUID):
        title (str):
        starts_at (datetime.datetime):
        places_left (int):
        space_id (None | UUID):
    """

    session_id: UUID
    title: str
    starts_at: datetime.datetime
    places_left: int
    space_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        title = self.title

        starts_at = self.starts_at.isoformat()

        places_left = self.places_left

        space_id: None | str
        if isinstance(self.space_id, UUID):
            space_id = str(self.space_id)
        else:
            space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "title": title,
                "starts_at": starts_at,
                "places_left": places_left,
                "space_id": space_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = UUID(d.pop("session_id"))

        title = d.pop("title")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        places_left = d.pop("places_left")

        def _parse_space_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                space_id_type_0 = UUID(data)

                return space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        space_id = _parse_space_id(d.pop("space_id"))

        gap_session = cls(
            session_id=session_id,
            title=title,
            starts_at=starts_at,
            places_left=places_left,
            space_id=space_id,
        )

        gap_session.additional_properties = d
        return gap_session

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
