from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """
    Attributes:
        email (str):
        full_name (str):
        role (Role):
        password (str): At least 12 characters; not containing the e-mail's local part or the user's name; not a common
            password, a repeated pattern or a keyboard walk; and hard to guess (zxcvbn score 3 of 4 or more). A refusal says
            which rule failed.
        association_id (None | Unset | UUID): For association and volunteer accounts; an association user creating one
            may leave it out (its own association).
        partner_id (None | Unset | UUID):
        space_ids (list[UUID] | Unset):
    """

    email: str
    full_name: str
    role: Role
    password: str
    association_id: None | Unset | UUID = UNSET
    partner_id: None | Unset | UUID = UNSET
    space_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        full_name = self.full_name

        role = self.role.value

        password = self.password

        association_id: None | str | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        elif isinstance(self.association_id, UUID):
            association_id = str(self.association_id)
        else:
            association_id = self.association_id

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        elif isinstance(self.partner_id, UUID):
            partner_id = str(self.partner_id)
        else:
            partner_id = self.partner_id

        space_ids: list[str] | Unset = UNSET
        if not isinstance(self.space_ids, Unset):
            space_ids = []
            for space_ids_item_data in self.space_ids:
                space_ids_item = str(space_ids_item_data)
                space_ids.append(space_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "full_name": full_name,
                "role": role,
                "password": password,
            }
        )
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if space_ids is not UNSET:
            field_dict["space_ids"] = space_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        full_name = d.pop("full_name")

        role = Role(d.pop("role"))

        password = d.pop("password")

        def _parse_association_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                association_id_type_0 = UUID(data)

                return association_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_partner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partner_id_type_0 = UUID(data)

                return partner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        _space_ids = d.pop("space_ids", UNSET)
        space_ids: list[UUID] | Unset = UNSET
        if _space_ids is not UNSET:
            space_ids = []
            for space_ids_item_data in _space_ids:
                space_ids_item = UUID(space_ids_item_data)

                space_ids.append(space_ids_item)

        user_create = cls(
            email=email,
            full_name=full_name,
            role=role,
            password=password,
            association_id=association_id,
            partner_id=partner_id,
            space_ids=space_ids,
        )

        return user_create
