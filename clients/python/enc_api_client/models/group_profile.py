from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_profile_age_bands import GroupProfileAgeBands
    from ..models.group_profile_genders import GroupProfileGenders
    from ..models.group_profile_social_statuses import GroupProfileSocialStatuses


T = TypeVar("T", bound="GroupProfile")


@_attrs_define
class GroupProfile:
    """Counts per category; what they leave out of `participants` is `not_stated`.

    Attributes:
        age_bands (GroupProfileAgeBands | Unset):
        genders (GroupProfileGenders | Unset):
        social_statuses (GroupProfileSocialStatuses | Unset):
        first_visits (int | Unset):  Default: 0.
    """

    age_bands: GroupProfileAgeBands | Unset = UNSET
    genders: GroupProfileGenders | Unset = UNSET
    social_statuses: GroupProfileSocialStatuses | Unset = UNSET
    first_visits: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        age_bands: dict[str, Any] | Unset = UNSET
        if not isinstance(self.age_bands, Unset):
            age_bands = self.age_bands.to_dict()

        genders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.genders, Unset):
            genders = self.genders.to_dict()

        social_statuses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social_statuses, Unset):
            social_statuses = self.social_statuses.to_dict()

        first_visits = self.first_visits

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if age_bands is not UNSET:
            field_dict["age_bands"] = age_bands
        if genders is not UNSET:
            field_dict["genders"] = genders
        if social_statuses is not UNSET:
            field_dict["social_statuses"] = social_statuses
        if first_visits is not UNSET:
            field_dict["first_visits"] = first_visits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_profile_age_bands import GroupProfileAgeBands  # noqa: PLC0415
        from ..models.group_profile_genders import GroupProfileGenders  # noqa: PLC0415
        from ..models.group_profile_social_statuses import GroupProfileSocialStatuses  # noqa: PLC0415

        d = dict(src_dict)
        _age_bands = d.pop("age_bands", UNSET)
        age_bands: GroupProfileAgeBands | Unset
        if isinstance(_age_bands, Unset):
            age_bands = UNSET
        else:
            age_bands = GroupProfileAgeBands.from_dict(_age_bands)

        _genders = d.pop("genders", UNSET)
        genders: GroupProfileGenders | Unset
        if isinstance(_genders, Unset):
            genders = UNSET
        else:
            genders = GroupProfileGenders.from_dict(_genders)

        _social_statuses = d.pop("social_statuses", UNSET)
        social_statuses: GroupProfileSocialStatuses | Unset
        if isinstance(_social_statuses, Unset):
            social_statuses = UNSET
        else:
            social_statuses = GroupProfileSocialStatuses.from_dict(_social_statuses)

        first_visits = d.pop("first_visits", UNSET)

        group_profile = cls(
            age_bands=age_bands,
            genders=genders,
            social_statuses=social_statuses,
            first_visits=first_visits,
        )

        return group_profile
