from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.figure import Figure
    from ..models.month_figures import MonthFigures


T = TypeVar("T", bound="ActivityReport")


@_attrs_define
class ActivityReport:
    """
    Attributes:
        space_id (UUID):
        year (int):
        spaces_in_network (int): Spaces with visits that year.
        totals (list[Figure]):
        months (list[MonthFigures]):
        skills (list[Figure]):
        modes (list[Figure]):
        age_bands (list[Figure]):
        genders (list[Figure]):
        social_statuses (list[Figure]):
        autonomy (list[Figure]):
        referrals (list[Figure]):
    """

    space_id: UUID
    year: int
    spaces_in_network: int
    totals: list[Figure]
    months: list[MonthFigures]
    skills: list[Figure]
    modes: list[Figure]
    age_bands: list[Figure]
    genders: list[Figure]
    social_statuses: list[Figure]
    autonomy: list[Figure]
    referrals: list[Figure]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space_id = str(self.space_id)

        year = self.year

        spaces_in_network = self.spaces_in_network

        totals = []
        for totals_item_data in self.totals:
            totals_item = totals_item_data.to_dict()
            totals.append(totals_item)

        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        modes = []
        for modes_item_data in self.modes:
            modes_item = modes_item_data.to_dict()
            modes.append(modes_item)

        age_bands = []
        for age_bands_item_data in self.age_bands:
            age_bands_item = age_bands_item_data.to_dict()
            age_bands.append(age_bands_item)

        genders = []
        for genders_item_data in self.genders:
            genders_item = genders_item_data.to_dict()
            genders.append(genders_item)

        social_statuses = []
        for social_statuses_item_data in self.social_statuses:
            social_statuses_item = social_statuses_item_data.to_dict()
            social_statuses.append(social_statuses_item)

        autonomy = []
        for autonomy_item_data in self.autonomy:
            autonomy_item = autonomy_item_data.to_dict()
            autonomy.append(autonomy_item)

        referrals = []
        for referrals_item_data in self.referrals:
            referrals_item = referrals_item_data.to_dict()
            referrals.append(referrals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
                "year": year,
                "spaces_in_network": spaces_in_network,
                "totals": totals,
                "months": months,
                "skills": skills,
                "modes": modes,
                "age_bands": age_bands,
                "genders": genders,
                "social_statuses": social_statuses,
                "autonomy": autonomy,
                "referrals": referrals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figure import Figure  # noqa: PLC0415
        from ..models.month_figures import MonthFigures  # noqa: PLC0415

        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        year = d.pop("year")

        spaces_in_network = d.pop("spaces_in_network")

        totals = []
        _totals = d.pop("totals")
        for totals_item_data in _totals:
            totals_item = Figure.from_dict(totals_item_data)

            totals.append(totals_item)

        months = []
        _months = d.pop("months")
        for months_item_data in _months:
            months_item = MonthFigures.from_dict(months_item_data)

            months.append(months_item)

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = Figure.from_dict(skills_item_data)

            skills.append(skills_item)

        modes = []
        _modes = d.pop("modes")
        for modes_item_data in _modes:
            modes_item = Figure.from_dict(modes_item_data)

            modes.append(modes_item)

        age_bands = []
        _age_bands = d.pop("age_bands")
        for age_bands_item_data in _age_bands:
            age_bands_item = Figure.from_dict(age_bands_item_data)

            age_bands.append(age_bands_item)

        genders = []
        _genders = d.pop("genders")
        for genders_item_data in _genders:
            genders_item = Figure.from_dict(genders_item_data)

            genders.append(genders_item)

        social_statuses = []
        _social_statuses = d.pop("social_statuses")
        for social_statuses_item_data in _social_statuses:
            social_statuses_item = Figure.from_dict(social_statuses_item_data)

            social_statuses.append(social_statuses_item)

        autonomy = []
        _autonomy = d.pop("autonomy")
        for autonomy_item_data in _autonomy:
            autonomy_item = Figure.from_dict(autonomy_item_data)

            autonomy.append(autonomy_item)

        referrals = []
        _referrals = d.pop("referrals")
        for referrals_item_data in _referrals:
            referrals_item = Figure.from_dict(referrals_item_data)

            referrals.append(referrals_item)

        activity_report = cls(
            space_id=space_id,
            year=year,
            spaces_in_network=spaces_in_network,
            totals=totals,
            months=months,
            skills=skills,
            modes=modes,
            age_bands=age_bands,
            genders=genders,
            social_statuses=social_statuses,
            autonomy=autonomy,
            referrals=referrals,
        )

        activity_report.additional_properties = d
        return activity_report

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
