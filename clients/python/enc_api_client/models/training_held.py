from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrainingHeld")


@_attrs_define
class TrainingHeld:
    """
    Attributes:
        id (UUID):
        title (str):
        audience (str):
        starts_at (datetime.datetime):
        attended (int):
    """

    id: UUID
    title: str
    audience: str
    starts_at: datetime.datetime
    attended: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        audience = self.audience

        starts_at = self.starts_at.isoformat()

        attended = self.attended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "audience": audience,
                "starts_at": starts_at,
                "attended": attended,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        audience = d.pop("audience")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        attended = d.pop("attended")

        training_held = cls(
            id=id,
            title=title,
            audience=audience,
            starts_at=starts_at,
            attended=attended,
        )

        training_held.additional_properties = d
        return training_held

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
