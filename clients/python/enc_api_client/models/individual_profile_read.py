from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visit_age_band import VisitAgeBand
from ..models.visit_gender import VisitGender
from ..models.visit_social_status import VisitSocialStatus

T = TypeVar("T", bound="IndividualProfileRead")


@_attrs_define
class IndividualProfileRead:
    """
    Attributes:
        age_band (VisitAgeBand):
        gender (VisitGender):
        social_status (VisitSocialStatus):
        postcode (None | str):
        first_visit (bool):
    """

    age_band: VisitAgeBand
    gender: VisitGender
    social_status: VisitSocialStatus
    postcode: None | str
    first_visit: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_band = self.age_band.value

        gender = self.gender.value

        social_status = self.social_status.value

        postcode: None | str
        postcode = self.postcode

        first_visit = self.first_visit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "age_band": age_band,
                "gender": gender,
                "social_status": social_status,
                "postcode": postcode,
                "first_visit": first_visit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        age_band = VisitAgeBand(d.pop("age_band"))

        gender = VisitGender(d.pop("gender"))

        social_status = VisitSocialStatus(d.pop("social_status"))

        def _parse_postcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postcode = _parse_postcode(d.pop("postcode"))

        first_visit = d.pop("first_visit")

        individual_profile_read = cls(
            age_band=age_band,
            gender=gender,
            social_status=social_status,
            postcode=postcode,
            first_visit=first_visit,
        )

        individual_profile_read.additional_properties = d
        return individual_profile_read

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
