from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_level import SkillLevel

if TYPE_CHECKING:
    from ..models.coverage_person import CoveragePerson
    from ..models.gap_session import GapSession


T = TypeVar("T", bound="SkillCoverage")


@_attrs_define
class SkillCoverage:
    """
    Attributes:
        code (str):
        title_fr (str):
        title_en (str):
        required_level (SkillLevel):
        mission_ids (list[UUID]):
        covered_by (list[CoveragePerson]): The space's active volunteers who attended a session on this skill.
        resource_persons (list[CoveragePerson]): The association's resource persons (personnes ressources) for this
            skill.
        gap (bool): Nobody at the space is trained in it.
        sessions_closing_gap (list[GapSession]): When there is a gap: the next sessions on the skill with places left.
    """

    code: str
    title_fr: str
    title_en: str
    required_level: SkillLevel
    mission_ids: list[UUID]
    covered_by: list[CoveragePerson]
    resource_persons: list[CoveragePerson]
    gap: bool
    sessions_closing_gap: list[GapSession]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title_fr = self.title_fr

        title_en = self.title_en

        required_level = self.required_level.value

        mission_ids = []
        for mission_ids_item_data in self.mission_ids:
            mission_ids_item = str(mission_ids_item_data)
            mission_ids.append(mission_ids_item)

        covered_by = []
        for covered_by_item_data in self.covered_by:
            covered_by_item = covered_by_item_data.to_dict()
            covered_by.append(covered_by_item)

        resource_persons = []
        for resource_persons_item_data in self.resource_persons:
            resource_persons_item = resource_persons_item_data.to_dict()
            resource_persons.append(resource_persons_item)

        gap = self.gap

        sessions_closing_gap = []
        for sessions_closing_gap_item_data in self.sessions_closing_gap:
            sessions_closing_gap_item = sessions_closing_gap_item_data.to_dict()
            sessions_closing_gap.append(sessions_closing_gap_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title_fr": title_fr,
                "title_en": title_en,
                "required_level": required_level,
                "mission_ids": mission_ids,
                "covered_by": covered_by,
                "resource_persons": resource_persons,
                "gap": gap,
                "sessions_closing_gap": sessions_closing_gap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coverage_person import CoveragePerson  # noqa: PLC0415
        from ..models.gap_session import GapSession  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        title_fr = d.pop("title_fr")

        title_en = d.pop("title_en")

        required_level = SkillLevel(d.pop("required_level"))

        mission_ids = []
        _mission_ids = d.pop("mission_ids")
        for mission_ids_item_data in _mission_ids:
            mission_ids_item = UUID(mission_ids_item_data)

            mission_ids.append(mission_ids_item)

        covered_by = []
        _covered_by = d.pop("covered_by")
        for covered_by_item_data in _covered_by:
            covered_by_item = CoveragePerson.from_dict(covered_by_item_data)

            covered_by.append(covered_by_item)

        resource_persons = []
        _resource_persons = d.pop("resource_persons")
        for resource_persons_item_data in _resource_persons:
            resource_persons_item = CoveragePerson.from_dict(resource_persons_item_data)

            resource_persons.append(resource_persons_item)

        gap = d.pop("gap")

        sessions_closing_gap = []
        _sessions_closing_gap = d.pop("sessions_closing_gap")
        for sessions_closing_gap_item_data in _sessions_closing_gap:
            sessions_closing_gap_item = GapSession.from_dict(sessions_closing_gap_item_data)

            sessions_closing_gap.append(sessions_closing_gap_item)

        skill_coverage = cls(
            code=code,
            title_fr=title_fr,
            title_en=title_en,
            required_level=required_level,
            mission_ids=mission_ids,
            covered_by=covered_by,
            resource_persons=resource_persons,
            gap=gap,
            sessions_closing_gap=sessions_closing_gap,
        )

        skill_coverage.additional_properties = d
        return skill_coverage

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
