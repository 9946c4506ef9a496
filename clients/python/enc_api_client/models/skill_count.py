from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SkillCount")


@_attrs_define
class SkillCount:
    """
    Attributes:
        skill (str):
        title_fr (str): The skill's French title, as the PDF prints it.
        visits (int):
        participants (int):
    """

    skill: str
    title_fr: str
    visits: int
    participants: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill

        title_fr = self.title_fr

        visits = self.visits

        participants = self.participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill": skill,
                "title_fr": title_fr,
                "visits": visits,
                "participants": participants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill = d.pop("skill")

        title_fr = d.pop("title_fr")

        visits = d.pop("visits")

        participants = d.pop("participants")

        skill_count = cls(
            skill=skill,
            title_fr=title_fr,
            visits=visits,
            participants=participants,
        )

        skill_count.additional_properties = d
        return skill_count

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
