from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.ticket_category import TicketCategory
from ..models.ticket_priority import TicketPriority
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCreate")


@_attrs_define
class TicketCreate:
    """
    Attributes:
        space_id (UUID):
        category (TicketCategory):
        title (str):
        description (str):
        equipment_id (None | Unset | UUID):
        priority (TicketPriority | Unset):
    """

    space_id: UUID
    category: TicketCategory
    title: str
    description: str
    equipment_id: None | Unset | UUID = UNSET
    priority: TicketPriority | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        space_id = str(self.space_id)

        category = self.category.value

        title = self.title

        description = self.description

        equipment_id: None | str | Unset
        if isinstance(self.equipment_id, Unset):
            equipment_id = UNSET
        elif isinstance(self.equipment_id, UUID):
            equipment_id = str(self.equipment_id)
        else:
            equipment_id = self.equipment_id

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "space_id": space_id,
                "category": category,
                "title": title,
                "description": description,
            }
        )
        if equipment_id is not UNSET:
            field_dict["equipment_id"] = equipment_id
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        category = TicketCategory(d.pop("category"))

        title = d.pop("title")

        description = d.pop("description")

        def _parse_equipment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                equipment_id_type_0 = UUID(data)

                return equipment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        equipment_id = _parse_equipment_id(d.pop("equipment_id", UNSET))

        _priority = d.pop("priority", UNSET)
        priority: TicketPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TicketPriority(_priority)

        ticket_create = cls(
            space_id=space_id,
            category=category,
            title=title,
            description=description,
            equipment_id=equipment_id,
            priority=priority,
        )

        return ticket_create
