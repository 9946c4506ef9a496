from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_feature_properties import GeoFeatureProperties
    from ..models.geo_point import GeoPoint


T = TypeVar("T", bound="GeoFeature")


@_attrs_define
class GeoFeature:
    """
    Attributes:
        id (str):
        geometry (GeoPoint | None):
        properties (GeoFeatureProperties):
        type_ (Literal['Feature'] | Unset):  Default: 'Feature'.
    """

    id: str
    geometry: GeoPoint | None
    properties: GeoFeatureProperties
    type_: Literal["Feature"] | Unset = "Feature"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_point import GeoPoint  # noqa: PLC0415

        id = self.id

        geometry: dict[str, Any] | None
        if isinstance(self.geometry, GeoPoint):
            geometry = self.geometry.to_dict()
        else:
            geometry = self.geometry

        properties = self.properties.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "geometry": geometry,
                "properties": properties,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_feature_properties import GeoFeatureProperties  # noqa: PLC0415
        from ..models.geo_point import GeoPoint  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_geometry(data: object) -> GeoPoint | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geometry_type_0 = GeoPoint.from_dict(data)

                return geometry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoPoint | None, data)

        geometry = _parse_geometry(d.pop("geometry"))

        properties = GeoFeatureProperties.from_dict(d.pop("properties"))

        type_ = cast(Literal["Feature"] | Unset, d.pop("type", UNSET))
        if type_ != "Feature" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'Feature', got '{type_}'")

        geo_feature = cls(
            id=id,
            geometry=geometry,
            properties=properties,
            type_=type_,
        )

        geo_feature.additional_properties = d
        return geo_feature

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
