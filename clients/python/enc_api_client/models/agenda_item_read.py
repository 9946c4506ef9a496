from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgendaItemRead")


@_attrs_define
class AgendaItemRead:
    """
    Attributes:
        id (UUID):
        position (int):
        title (str):
        description (None | str):
        proposed_by_user_id (None | UUID):
        proposed_by_association_id (None | UUID):
        minutes (None | str): The draft, or once published the latest revision's text.
    """

    id: UUID
    position: int
    title: str
    description: None | str
    proposed_by_user_id: None | UUID
    proposed_by_association_id: None | UUID
    minutes: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        position = self.position

        title = self.title

        description: None | str
        description = self.description

        proposed_by_user_id: None | str
        if isinstance(self.proposed_by_user_id, UUID):
            proposed_by_user_id = str(self.proposed_by_user_id)
        else:
            proposed_by_user_id = self.proposed_by_user_id

        proposed_by_association_id: None | str
        if isinstance(self.proposed_by_association_id, UUID):
            proposed_by_association_id = str(self.proposed_by_association_id)
        else:
            proposed_by_association_id = self.proposed_by_association_id

        minutes: None | str
        minutes = self.minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
                "title": title,
                "description": description,
                "proposed_by_user_id": proposed_by_user_id,
                "proposed_by_association_id": proposed_by_association_id,
                "minutes": minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        position = d.pop("position")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_proposed_by_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proposed_by_user_id_type_0 = UUID(data)

                return proposed_by_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        proposed_by_user_id = _parse_proposed_by_user_id(d.pop("proposed_by_user_id"))

        def _parse_proposed_by_association_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proposed_by_association_id_type_0 = UUID(data)

                return proposed_by_association_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        proposed_by_association_id = _parse_proposed_by_association_id(d.pop("proposed_by_association_id"))

        def _parse_minutes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minutes = _parse_minutes(d.pop("minutes"))

        agenda_item_read = cls(
            id=id,
            position=position,
            title=title,
            description=description,
            proposed_by_user_id=proposed_by_user_id,
            proposed_by_association_id=proposed_by_association_id,
            minutes=minutes,
        )

        agenda_item_read.additional_properties = d
        return agenda_item_read

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
