from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourcePersonRead")


@_attrs_define
class ResourcePersonRead:
    """
    Attributes:
        id (UUID):
        association_id (UUID):
        user_id (UUID):
        full_name (str):
        skills (list[str]):
        note (None | str):
        designated_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    association_id: UUID
    user_id: UUID
    full_name: str
    skills: list[str]
    note: None | str
    designated_by: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        association_id = str(self.association_id)

        user_id = str(self.user_id)

        full_name = self.full_name

        skills = self.skills

        note: None | str
        note = self.note

        designated_by: None | str
        if isinstance(self.designated_by, UUID):
            designated_by = str(self.designated_by)
        else:
            designated_by = self.designated_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "association_id": association_id,
                "user_id": user_id,
                "full_name": full_name,
                "skills": skills,
                "note": note,
                "designated_by": designated_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        association_id = UUID(d.pop("association_id"))

        user_id = UUID(d.pop("user_id"))

        full_name = d.pop("full_name")

        skills = cast(list[str], d.pop("skills"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_designated_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                designated_by_type_0 = UUID(data)

                return designated_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        designated_by = _parse_designated_by(d.pop("designated_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        resource_person_read = cls(
            id=id,
            association_id=association_id,
            user_id=user_id,
            full_name=full_name,
            skills=skills,
            note=note,
            designated_by=designated_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        resource_person_read.additional_properties = d
        return resource_person_read

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
