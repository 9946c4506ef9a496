from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.space_skill_coverage import SpaceSkillCoverage


T = TypeVar("T", bound="SpaceTrainingSummary")


@_attrs_define
class SpaceTrainingSummary:
    """
    Attributes:
        space_id (UUID):
        assigned_volunteers (int):
        trained_volunteers (int): Assigned volunteers who attended at least one session of a training provider.
        skills (list[SpaceSkillCoverage]): Every active catalogue skill, with how many assigned volunteers hold it.
        skills_covered (int):
        seed_skills_covered (int): Of the six savoirs, how many are held.
    """

    space_id: UUID
    assigned_volunteers: int
    trained_volunteers: int
    skills: list[SpaceSkillCoverage]
    skills_covered: int
    seed_skills_covered: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space_id = str(self.space_id)

        assigned_volunteers = self.assigned_volunteers

        trained_volunteers = self.trained_volunteers

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        skills_covered = self.skills_covered

        seed_skills_covered = self.seed_skills_covered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
                "assigned_volunteers": assigned_volunteers,
                "trained_volunteers": trained_volunteers,
                "skills": skills,
                "skills_covered": skills_covered,
                "seed_skills_covered": seed_skills_covered,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.space_skill_coverage import SpaceSkillCoverage  # noqa: PLC0415

        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        assigned_volunteers = d.pop("assigned_volunteers")

        trained_volunteers = d.pop("trained_volunteers")

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = SpaceSkillCoverage.from_dict(skills_item_data)

            skills.append(skills_item)

        skills_covered = d.pop("skills_covered")

        seed_skills_covered = d.pop("seed_skills_covered")

        space_training_summary = cls(
            space_id=space_id,
            assigned_volunteers=assigned_volunteers,
            trained_volunteers=trained_volunteers,
            skills=skills,
            skills_covered=skills_covered,
            seed_skills_covered=seed_skills_covered,
        )

        space_training_summary.additional_properties = d
        return space_training_summary

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
