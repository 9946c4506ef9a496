from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicSpace")


@_attrs_define
class PublicSpace:
    """
    Attributes:
        id (UUID):
        name (str):
        neighbourhood (None | str):
        postcode (None | str):
    """

    id: UUID
    name: str
    neighbourhood: None | str
    postcode: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        neighbourhood: None | str
        neighbourhood = self.neighbourhood

        postcode: None | str
        postcode = self.postcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "neighbourhood": neighbourhood,
                "postcode": postcode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_neighbourhood(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        neighbourhood = _parse_neighbourhood(d.pop("neighbourhood"))

        def _parse_postcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postcode = _parse_postcode(d.pop("postcode"))

        public_space = cls(
            id=id,
            name=name,
            neighbourhood=neighbourhood,
            postcode=postcode,
        )

        public_space.additional_properties = d
        return public_space

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
