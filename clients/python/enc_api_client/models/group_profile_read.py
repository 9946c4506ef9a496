from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.group_profile_read_age_bands import GroupProfileReadAgeBands
    from ..models.group_profile_read_genders import GroupProfileReadGenders
    from ..models.group_profile_read_social_statuses import GroupProfileReadSocialStatuses


T = TypeVar("T", bound="GroupProfileRead")


@_attrs_define
class GroupProfileRead:
    """
    Attributes:
        age_bands (GroupProfileReadAgeBands):
        genders (GroupProfileReadGenders):
        social_statuses (GroupProfileReadSocialStatuses):
        first_visits (int):
    """

    age_bands: GroupProfileReadAgeBands
    genders: GroupProfileReadGenders
    social_statuses: GroupProfileReadSocialStatuses
    first_visits: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_bands = self.age_bands.to_dict()

        genders = self.genders.to_dict()

        social_statuses = self.social_statuses.to_dict()

        first_visits = self.first_visits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "age_bands": age_bands,
                "genders": genders,
                "social_statuses": social_statuses,
                "first_visits": first_visits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_profile_read_age_bands import GroupProfileReadAgeBands  # noqa: PLC0415
        from ..models.group_profile_read_genders import GroupProfileReadGenders  # noqa: PLC0415
        from ..models.group_profile_read_social_statuses import GroupProfileReadSocialStatuses  # noqa: PLC0415

        d = dict(src_dict)
        age_bands = GroupProfileReadAgeBands.from_dict(d.pop("age_bands"))

        genders = GroupProfileReadGenders.from_dict(d.pop("genders"))

        social_statuses = GroupProfileReadSocialStatuses.from_dict(d.pop("social_statuses"))

        first_visits = d.pop("first_visits")

        group_profile_read = cls(
            age_bands=age_bands,
            genders=genders,
            social_statuses=social_statuses,
            first_visits=first_visits,
        )

        group_profile_read.additional_properties = d
        return group_profile_read

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
