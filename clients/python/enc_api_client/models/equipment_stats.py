from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.association_equipment_stats import AssociationEquipmentStats
    from ..models.counts_by_kind_status import CountsByKindStatus
    from ..models.equipment_stats_age_distribution import EquipmentStatsAgeDistribution
    from ..models.renewal_candidate import RenewalCandidate


T = TypeVar("T", bound="EquipmentStats")


@_attrs_define
class EquipmentStats:
    """
    Attributes:
        as_of (datetime.date):
        older_than_years (int):
        totals (CountsByKindStatus):
        at_no_space (CountsByKindStatus):
        associations (list[AssociationEquipmentStats]):
        age_distribution (EquipmentStatsAgeDistribution): Items in service (not retired nor lost) by age since
            acquisition.
        to_renew_count (int):
        to_renew (list[RenewalCandidate]): In-service items acquired at least `older_than_years` ago, oldest first (the
            first 200).
    """

    as_of: datetime.date
    older_than_years: int
    totals: CountsByKindStatus
    at_no_space: CountsByKindStatus
    associations: list[AssociationEquipmentStats]
    age_distribution: EquipmentStatsAgeDistribution
    to_renew_count: int
    to_renew: list[RenewalCandidate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        older_than_years = self.older_than_years

        totals = self.totals.to_dict()

        at_no_space = self.at_no_space.to_dict()

        associations = []
        for associations_item_data in self.associations:
            associations_item = associations_item_data.to_dict()
            associations.append(associations_item)

        age_distribution = self.age_distribution.to_dict()

        to_renew_count = self.to_renew_count

        to_renew = []
        for to_renew_item_data in self.to_renew:
            to_renew_item = to_renew_item_data.to_dict()
            to_renew.append(to_renew_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "older_than_years": older_than_years,
                "totals": totals,
                "at_no_space": at_no_space,
                "associations": associations,
                "age_distribution": age_distribution,
                "to_renew_count": to_renew_count,
                "to_renew": to_renew,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.association_equipment_stats import AssociationEquipmentStats  # noqa: PLC0415
        from ..models.counts_by_kind_status import CountsByKindStatus  # noqa: PLC0415
        from ..models.equipment_stats_age_distribution import EquipmentStatsAgeDistribution  # noqa: PLC0415
        from ..models.renewal_candidate import RenewalCandidate  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        older_than_years = d.pop("older_than_years")

        totals = CountsByKindStatus.from_dict(d.pop("totals"))

        at_no_space = CountsByKindStatus.from_dict(d.pop("at_no_space"))

        associations = []
        _associations = d.pop("associations")
        for associations_item_data in _associations:
            associations_item = AssociationEquipmentStats.from_dict(associations_item_data)

            associations.append(associations_item)

        age_distribution = EquipmentStatsAgeDistribution.from_dict(d.pop("age_distribution"))

        to_renew_count = d.pop("to_renew_count")

        to_renew = []
        _to_renew = d.pop("to_renew")
        for to_renew_item_data in _to_renew:
            to_renew_item = RenewalCandidate.from_dict(to_renew_item_data)

            to_renew.append(to_renew_item)

        equipment_stats = cls(
            as_of=as_of,
            older_than_years=older_than_years,
            totals=totals,
            at_no_space=at_no_space,
            associations=associations,
            age_distribution=age_distribution,
            to_renew_count=to_renew_count,
            to_renew=to_renew,
        )

        equipment_stats.additional_properties = d
        return equipment_stats

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
