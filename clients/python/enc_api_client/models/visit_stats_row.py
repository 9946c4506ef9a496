from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.visit_stats_row_keys import VisitStatsRowKeys


T = TypeVar("T", bound="VisitStatsRow")


@_attrs_define
class VisitStatsRow:
    """
    Attributes:
        keys (VisitStatsRowKeys): The row's value for each `group_by` dimension (ids, `YYYY-MM`, `YYYY-Www`, codes).
        visits (int):
        participants (int):
        first_visits (int):
        total_minutes (int):
        share_of_visits (float): Percent of the rows' visits, to 0.1; the rows add up to exactly 100.
        share_of_participants (float): Percent of the rows' participants, to 0.1; the rows add up to exactly 100.
    """

    keys: VisitStatsRowKeys
    visits: int
    participants: int
    first_visits: int
    total_minutes: int
    share_of_visits: float
    share_of_participants: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys.to_dict()

        visits = self.visits

        participants = self.participants

        first_visits = self.first_visits

        total_minutes = self.total_minutes

        share_of_visits = self.share_of_visits

        share_of_participants = self.share_of_participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
                "visits": visits,
                "participants": participants,
                "first_visits": first_visits,
                "total_minutes": total_minutes,
                "share_of_visits": share_of_visits,
                "share_of_participants": share_of_participants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visit_stats_row_keys import VisitStatsRowKeys  # noqa: PLC0415

        d = dict(src_dict)
        keys = VisitStatsRowKeys.from_dict(d.pop("keys"))

        visits = d.pop("visits")

        participants = d.pop("participants")

        first_visits = d.pop("first_visits")

        total_minutes = d.pop("total_minutes")

        share_of_visits = d.pop("share_of_visits")

        share_of_participants = d.pop("share_of_participants")

        visit_stats_row = cls(
            keys=keys,
            visits=visits,
            participants=participants,
            first_visits=first_visits,
            total_minutes=total_minutes,
            share_of_visits=share_of_visits,
            share_of_participants=share_of_participants,
        )

        visit_stats_row.additional_properties = d
        return visit_stats_row

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
