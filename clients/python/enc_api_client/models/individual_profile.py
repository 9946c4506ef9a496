from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.visit_age_band import VisitAgeBand
from ..models.visit_gender import VisitGender
from ..models.visit_social_status import VisitSocialStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndividualProfile")


@_attrs_define
class IndividualProfile:
    """
    Attributes:
        age_band (VisitAgeBand | Unset):
        gender (VisitGender | Unset):
        social_status (VisitSocialStatus | Unset):
        postcode (None | str | Unset):
        first_visit (bool | Unset):  Default: False.
    """

    age_band: VisitAgeBand | Unset = UNSET
    gender: VisitGender | Unset = UNSET
    social_status: VisitSocialStatus | Unset = UNSET
    postcode: None | str | Unset = UNSET
    first_visit: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        age_band: str | Unset = UNSET
        if not isinstance(self.age_band, Unset):
            age_band = self.age_band.value

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        social_status: str | Unset = UNSET
        if not isinstance(self.social_status, Unset):
            social_status = self.social_status.value

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        first_visit = self.first_visit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if age_band is not UNSET:
            field_dict["age_band"] = age_band
        if gender is not UNSET:
            field_dict["gender"] = gender
        if social_status is not UNSET:
            field_dict["social_status"] = social_status
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if first_visit is not UNSET:
            field_dict["first_visit"] = first_visit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _age_band = d.pop("age_band", UNSET)
        age_band: VisitAgeBand | Unset
        if isinstance(_age_band, Unset):
            age_band = UNSET
        else:
            age_band = VisitAgeBand(_age_band)

        _gender = d.pop("gender", UNSET)
        gender: VisitGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = VisitGender(_gender)

        _social_status = d.pop("social_status", UNSET)
        social_status: VisitSocialStatus | Unset
        if isinstance(_social_status, Unset):
            social_status = UNSET
        else:
            social_status = VisitSocialStatus(_social_status)

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        first_visit = d.pop("first_visit", UNSET)

        individual_profile = cls(
            age_band=age_band,
            gender=gender,
            social_status=social_status,
            postcode=postcode,
            first_visit=first_visit,
        )

        return individual_profile
