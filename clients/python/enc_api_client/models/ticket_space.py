from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TicketSpace")


@_attrs_define
class TicketSpace:
    """
    Attributes:
        id (UUID):
        name (str):
        street (str):
        postcode (str):
        city (str):
    """

    id: UUID
    name: str
    street: str
    postcode: str
    city: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        street = self.street

        postcode = self.postcode

        city = self.city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "street": street,
                "postcode": postcode,
                "city": city,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        street = d.pop("street")

        postcode = d.pop("postcode")

        city = d.pop("city")

        ticket_space = cls(
            id=id,
            name=name,
            street=street,
            postcode=postcode,
            city=city,
        )

        ticket_space.additional_properties = d
        return ticket_space

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
