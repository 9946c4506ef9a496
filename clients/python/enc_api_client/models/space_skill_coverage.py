from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpaceSkillCoverage")


@_attrs_define
class SpaceSkillCoverage:
    """
    Attributes:
        code (str):
        title_fr (str):
        title_en (str):
        trained_volunteers (int):
    """

    code: str
    title_fr: str
    title_en: str
    trained_volunteers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title_fr = self.title_fr

        title_en = self.title_en

        trained_volunteers = self.trained_volunteers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title_fr": title_fr,
                "title_en": title_en,
                "trained_volunteers": trained_volunteers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title_fr = d.pop("title_fr")

        title_en = d.pop("title_en")

        trained_volunteers = d.pop("trained_volunteers")

        space_skill_coverage = cls(
            code=code,
            title_fr=title_fr,
            title_en=title_en,
            trained_volunteers=trained_volunteers,
        )

        space_skill_coverage.additional_properties = d
        return space_skill_coverage

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
