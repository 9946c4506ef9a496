from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationLineCreate")


@_attrs_define
class AllocationLineCreate:
    """Equipment (`request_id`, with `quantity` and optionally the very items) or a volunteer
    (`user_id`, `space_id`, `starts_on`).

        Attributes:
            request_id (None | Unset | UUID): An approved request.
            quantity (int | None | Unset): Default: what is left to fulfil of the approved quantity.
            equipment_ids (list[UUID] | Unset): The items to move (as many as the quantity); left out, the stock's first.
            user_id (None | Unset | UUID): A volunteer of the space's association.
            space_id (None | Unset | UUID): For a volunteer line.
            starts_on (datetime.date | None | Unset): A volunteer line: assigned from this day (default: on execution).
                Years 1900 to 2200.
    """

    request_id: None | Unset | UUID = UNSET
    quantity: int | None | Unset = UNSET
    equipment_ids: list[UUID] | Unset = UNSET
    user_id: None | Unset | UUID = UNSET
    space_id: None | Unset | UUID = UNSET
    starts_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        elif isinstance(self.request_id, UUID):
            request_id = str(self.request_id)
        else:
            request_id = self.request_id

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        equipment_ids: list[str] | Unset = UNSET
        if not isinstance(self.equipment_ids, Unset):
            equipment_ids = []
            for equipment_ids_item_data in self.equipment_ids:
                equipment_ids_item = str(equipment_ids_item_data)
                equipment_ids.append(equipment_ids_item)

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        elif isinstance(self.space_id, UUID):
            space_id = str(self.space_id)
        else:
            space_id = self.space_id

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if equipment_ids is not UNSET:
            field_dict["equipment_ids"] = equipment_ids
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_request_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_id_type_0 = UUID(data)

                return request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        _equipment_ids = d.pop("equipment_ids", UNSET)
        equipment_ids: list[UUID] | Unset = UNSET
        if _equipment_ids is not UNSET:
            equipment_ids = []
            for equipment_ids_item_data in _equipment_ids:
                equipment_ids_item = UUID(equipment_ids_item_data)

                equipment_ids.append(equipment_ids_item)

        def _parse_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_space_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                space_id_type_0 = UUID(data)

                return space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        space_id = _parse_space_id(d.pop("space_id", UNSET))

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))

        allocation_line_create = cls(
            request_id=request_id,
            quantity=quantity,
            equipment_ids=equipment_ids,
            user_id=user_id,
            space_id=space_id,
            starts_on=starts_on,
        )

        return allocation_line_create
