from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.month_count import MonthCount
    from ..models.skill_count import SkillCount


T = TypeVar("T", bound="VisitsSection")


@_attrs_define
class VisitsSection:
    """
    Attributes:
        visits (int):
        participants (int): Residents counted (a workshop counts each).
        by_month (list[MonthCount]):
        by_skill (list[SkillCount]):
    """

    visits: int
    participants: int
    by_month: list[MonthCount]
    by_skill: list[SkillCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visits = self.visits

        participants = self.participants

        by_month = []
        for by_month_item_data in self.by_month:
            by_month_item = by_month_item_data.to_dict()
            by_month.append(by_month_item)

        by_skill = []
        for by_skill_item_data in self.by_skill:
            by_skill_item = by_skill_item_data.to_dict()
            by_skill.append(by_skill_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "visits": visits,
                "participants": participants,
                "by_month": by_month,
                "by_skill": by_skill,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.month_count import MonthCount  # noqa: PLC0415
        from ..models.skill_count import SkillCount  # noqa: PLC0415

        d = dict(src_dict)
        visits = d.pop("visits")

        participants = d.pop("participants")

        by_month = []
        _by_month = d.pop("by_month")
        for by_month_item_data in _by_month:
            by_month_item = MonthCount.from_dict(by_month_item_data)

            by_month.append(by_month_item)

        by_skill = []
        _by_skill = d.pop("by_skill")
        for by_skill_item_data in _by_skill:
            by_skill_item = SkillCount.from_dict(by_skill_item_data)

            by_skill.append(by_skill_item)

        visits_section = cls(
            visits=visits,
            participants=participants,
            by_month=by_month,
            by_skill=by_skill,
        )

        visits_section.additional_properties = d
        return visits_section

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
