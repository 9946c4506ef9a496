from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DecisionRead")


@_attrs_define
class DecisionRead:
    """
    Attributes:
        id (UUID):
        meeting_id (UUID):
        meeting_title (str):
        agenda_item_id (None | UUID):
        agenda_item_title (None | str):
        text (str):
        decided_at (datetime.datetime):
        association_ids (list[UUID]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    meeting_id: UUID
    meeting_title: str
    agenda_item_id: None | UUID
    agenda_item_title: None | str
    text: str
    decided_at: datetime.datetime
    association_ids: list[UUID]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        meeting_id = str(self.meeting_id)

        meeting_title = self.meeting_title

        agenda_item_id: None | str
        if isinstance(self.agenda_item_id, UUID):
            agenda_item_id = str(self.agenda_item_id)
        else:
            agenda_item_id = self.agenda_item_id

        agenda_item_title: None | str
        agenda_item_title = self.agenda_item_title

        text = self.text

        decided_at = self.decided_at.isoformat()

        association_ids = []
        for association_ids_item_data in self.association_ids:
            association_ids_item = str(association_ids_item_data)
            association_ids.append(association_ids_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "meeting_id": meeting_id,
                "meeting_title": meeting_title,
                "agenda_item_id": agenda_item_id,
                "agenda_item_title": agenda_item_title,
                "text": text,
                "decided_at": decided_at,
                "association_ids": association_ids,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        meeting_id = UUID(d.pop("meeting_id"))

        meeting_title = d.pop("meeting_title")

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

        def _parse_agenda_item_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agenda_item_title = _parse_agenda_item_title(d.pop("agenda_item_title"))

        text = d.pop("text")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        association_ids = []
        _association_ids = d.pop("association_ids")
        for association_ids_item_data in _association_ids:
            association_ids_item = UUID(association_ids_item_data)

            association_ids.append(association_ids_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        decision_read = cls(
            id=id,
            meeting_id=meeting_id,
            meeting_title=meeting_title,
            agenda_item_id=agenda_item_id,
            agenda_item_title=agenda_item_title,
            text=text,
            decided_at=decided_at,
            association_ids=association_ids,
            created_at=created_at,
            updated_at=updated_at,
        )

        decision_read.additional_properties = d
        return decision_read

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
