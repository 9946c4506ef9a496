from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """What a manager may change on a user. Moving a user elsewhere is not possible here.

    Attributes:
        full_name (None | str | Unset):
        role (None | Role | Unset):
        is_active (bool | None | Unset):
        space_ids (list[UUID] | None | Unset):
    """

    full_name: None | str | Unset = UNSET
    role: None | Role | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    space_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, Role):
            role = self.role.value
        else:
            role = self.role

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        space_ids: list[str] | None | Unset
        if isinstance(self.space_ids, Unset):
            space_ids = UNSET
        elif isinstance(self.space_ids, list):
            space_ids = []
            for space_ids_type_0_item_data in self.space_ids:
                space_ids_type_0_item = str(space_ids_type_0_item_data)
                space_ids.append(space_ids_type_0_item)

        else:
            space_ids = self.space_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if role is not UNSET:
            field_dict["role"] = role
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if space_ids is not UNSET:
            field_dict["space_ids"] = space_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_role(data: object) -> None | Role | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = Role(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Role | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_space_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                space_ids_type_0 = []
                _space_ids_type_0 = data
                for space_ids_type_0_item_data in _space_ids_type_0:
                    space_ids_type_0_item = UUID(space_ids_type_0_item_data)

                    space_ids_type_0.append(space_ids_type_0_item)

                return space_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        space_ids = _parse_space_ids(d.pop("space_ids", UNSET))

        user_update = cls(
            full_name=full_name,
            role=role,
            is_active=is_active,
            space_ids=space_ids,
        )

        return user_update
