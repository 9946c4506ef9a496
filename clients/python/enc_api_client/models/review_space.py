from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReviewSpace")


@_attrs_define
class ReviewSpace:
    """
    Attributes:
        id (UUID):
        name (str):
        kind (str):
        status (str):
        weekly_hours (float):
        opening_hours (None | str): OpenStreetMap syntax.
    """

    id: UUID
    name: str
    kind: str
    status: str
    weekly_hours: float
    opening_hours: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        kind = self.kind

        status = self.status

        weekly_hours = self.weekly_hours

        opening_hours: None | str
        opening_hours = self.opening_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "status": status,
                "weekly_hours": weekly_hours,
                "opening_hours": opening_hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        kind = d.pop("kind")

        status = d.pop("status")

        weekly_hours = d.pop("weekly_hours")

        def _parse_opening_hours(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        opening_hours = _parse_opening_hours(d.pop("opening_hours"))

        review_space = cls(
            id=id,
            name=name,
            kind=kind,
            status=status,
            weekly_hours=weekly_hours,
            opening_hours=opening_hours,
        )

        review_space.additional_properties = d
        return review_space

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
