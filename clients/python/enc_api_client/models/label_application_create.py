from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="LabelApplicationCreate")


@_attrs_define
class LabelApplicationCreate:
    """
    Attributes:
        space_id (UUID):
    """

    space_id: UUID

    def to_dict(self) -> dict[str, Any]:
        space_id = str(self.space_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "space_id": space_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        label_application_create = cls(
            space_id=space_id,
        )

        return label_application_create
