from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill_coverage import SkillCoverage


T = TypeVar("T", bound="SpaceSkillsCoverage")


@_attrs_define
class SpaceSkillsCoverage:
    """
    Attributes:
        space_id (UUID):
        association_id (UUID):
        skills (list[SkillCoverage]):
        gaps (int):
    """

    space_id: UUID
    association_id: UUID
    skills: list[SkillCoverage]
    gaps: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space_id = str(self.space_id)

        association_id = str(self.association_id)

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        gaps = self.gaps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
                "association_id": association_id,
                "skills": skills,
                "gaps": gaps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_coverage import SkillCoverage  # noqa: PLC0415

        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        association_id = UUID(d.pop("association_id"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = SkillCoverage.from_dict(skills_item_data)

            skills.append(skills_item)

        gaps = d.pop("gaps")

        space_skills_coverage = cls(
            space_id=space_id,
            association_id=association_id,
            skills=skills,
            gaps=gaps,
        )

        space_skills_coverage.additional_properties = d
        return space_skills_coverage

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
