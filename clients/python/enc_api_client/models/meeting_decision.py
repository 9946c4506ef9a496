from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeetingDecision")


@_attrs_define
class MeetingDecision:
    """
    Attributes:
        id (UUID):
        agenda_item_id (None | UUID):
        text (str):
        association_ids (list[UUID]):
    """

    id: UUID
    agenda_item_id: None | UUID
    text: str
    association_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        agenda_item_id: None | str
        if isinstance(self.agenda_item_id, UUID):
            agenda_item_id = str(self.agenda_item_id)
        else:
            agenda_item_id = self.agenda_item_id

        text = self.text

        association_ids = []
        for association_ids_item_data in self.association_ids:
            association_ids_item = str(association_ids_item_data)
            association_ids.append(association_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agenda_item_id": agenda_item_id,
                "text": text,
                "association_ids": association_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_agenda_item_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agenda_item_id_type_0 = UUID(data)

                return agenda_item_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        agenda_item_id = _parse_agenda_item_id(d.pop("agenda_item_id"))

        text = d.pop("text")

        association_ids = []
        _association_ids = d.pop("association_ids")
        for association_ids_item_data in _association_ids:
            association_ids_item = UUID(association_ids_item_data)

            association_ids.append(association_ids_item)

        meeting_decision = cls(
            id=id,
            agenda_item_id=agenda_item_id,
            text=text,
            association_ids=association_ids,
        )

        meeting_decision.additional_properties = d
        return meeting_decision

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
