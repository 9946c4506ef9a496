from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionCreate")


@_attrs_define
class DecisionCreate:
    """
    Attributes:
        text (str):
        agenda_item_id (None | Unset | UUID):
        association_ids (list[UUID] | Unset): The associations the decision concerns.
    """

    text: str
    agenda_item_id: None | Unset | UUID = UNSET
    association_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        agenda_item_id: None | str | Unset
        if isinstance(self.agenda_item_id, Unset):
            agenda_item_id = UNSET
        elif isinstance(self.agenda_item_id, UUID):
            agenda_item_id = str(self.agenda_item_id)
        else:
            agenda_item_id = self.agenda_item_id

        association_ids: list[str] | Unset = UNSET
        if not isinstance(self.association_ids, Unset):
            association_ids = []
            for association_ids_item_data in self.association_ids:
                association_ids_item = str(association_ids_item_data)
                association_ids.append(association_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if agenda_item_id is not UNSET:
            field_dict["agenda_item_id"] = agenda_item_id
        if association_ids is not UNSET:
            field_dict["association_ids"] = association_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_agenda_item_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agenda_item_id_type_0 = UUID(data)

                return agenda_item_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        agenda_item_id = _parse_agenda_item_id(d.pop("agenda_item_id", UNSET))

        _association_ids = d.pop("association_ids", UNSET)
        association_ids: list[UUID] | Unset = UNSET
        if _association_ids is not UNSET:
            association_ids = []
            for association_ids_item_data in _association_ids:
                association_ids_item = UUID(association_ids_item_data)

                association_ids.append(association_ids_item)

        decision_create = cls(
            text=text,
            agenda_item_id=agenda_item_id,
            association_ids=association_ids,
        )

        return decision_create
