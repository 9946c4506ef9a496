from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.skill_level import SkillLevel

T = TypeVar("T", bound="RequiredSkill")


@_attrs_define
class RequiredSkill:
    """
    Attributes:
        skill_code (str): A skill of the catalogue (`/skills`).
        level (SkillLevel):
    """

    skill_code: str
    level: SkillLevel

    def to_dict(self) -> dict[str, Any]:
        skill_code = self.skill_code

        level = self.level.value

        field_dict: dict[str, Any] = {}

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

        required_skill = cls(
            skill_code=skill_code,
            level=level,
        )

        return required_skill
