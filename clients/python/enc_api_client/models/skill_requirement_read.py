from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_level import SkillLevel

T = TypeVar("T", bound="SkillRequirementRead")


@_attrs_define
class SkillRequirementRead:
    """
    Attributes:
        skill_code (str):
        level (SkillLevel):
    """

    skill_code: str
    level: SkillLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_code = self.skill_code

        level = self.level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill_code": skill_code,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill_code = d.pop("skill_code")

        level = SkillLevel(d.pop("level"))

        skill_requirement_read = cls(
            skill_code=skill_code,
            level=level,
        )

        skill_requirement_read.additional_properties = d
        return skill_requirement_read

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
