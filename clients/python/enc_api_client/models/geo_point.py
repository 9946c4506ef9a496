from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoPoint")


@_attrs_define
class GeoPoint:
    """
    Attributes:
        coordinates (list[float]): [longitude, latitude] (WGS 84).
        type_ (Literal['Point'] | Unset):  Default: 'Point'.
    """

    coordinates: list[float]
    type_: Literal["Point"] | Unset = "Point"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coordinates = self.coordinates

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coordinates": coordinates,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coordinates = cast(list[float], d.pop("coordinates"))

        type_ = cast(Literal["Point"] | Unset, d.pop("type", UNSET))
        if type_ != "Point" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'Point', got '{type_}'")

        geo_point = cls(
            coordinates=coordinates,
            type_=type_,
        )

        geo_point.additional_properties = d
        return geo_point

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
