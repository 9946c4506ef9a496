from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.network_skill_coverage import NetworkSkillCoverage


T = TypeVar("T", bound="NetworkSkillsCoverage")


@_attrs_define
class NetworkSkillsCoverage:
    """
    Attributes:
        spaces (int): Spaces with open or filled missions, in scope.
        skills (list[NetworkSkillCoverage]):
    """

    spaces: int
    skills: list[NetworkSkillCoverage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spaces = self.spaces

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spaces": spaces,
                "skills": skills,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_skill_coverage import NetworkSkillCoverage  # noqa: PLC0415

        d = dict(src_dict)
        spaces = d.pop("spaces")

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = NetworkSkillCoverage.from_dict(skills_item_data)

            skills.append(skills_item)

        network_skills_coverage = cls(
            spaces=spaces,
            skills=skills,
        )

        network_skills_coverage.additional_properties = d
        return network_skills_coverage

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
