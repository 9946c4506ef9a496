from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gap_session import GapSession


T = TypeVar("T", bound="NetworkSkillCoverage")


@_attrs_define
class NetworkSkillCoverage:
    """
    Attributes:
        code (str):
        title_fr (str):
        title_en (str):
        spaces_requiring (int):
        spaces_with_gap (list[UUID]):
        trained_people (int): Active volunteers of those spaces trained in the skill.
        resource_persons (int):
        sessions_closing_gap (list[GapSession]):
    """

    code: str
    title_fr: str
    title_en: str
    spaces_requiring: int
    spaces_with_gap: list[UUID]
    trained_people: int
    resource_persons: int
    sessions_closing_gap: list[GapSession]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title_fr = self.title_fr

        title_en = self.title_en

        spaces_requiring = self.spaces_requiring

        spaces_with_gap = []
        for spaces_with_gap_item_data in self.spaces_with_gap:
            spaces_with_gap_item = str(spaces_with_gap_item_data)
            spaces_with_gap.append(spaces_with_gap_item)

        trained_people = self.trained_people

        resource_persons = self.resource_persons

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
                "spaces_requiring": spaces_requiring,
                "spaces_with_gap": spaces_with_gap,
                "trained_people": trained_people,
                "resource_persons": resource_persons,
                "sessions_closing_gap": sessions_closing_gap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gap_session import GapSession  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        title_fr = d.pop("title_fr")

        title_en = d.pop("title_en")

        spaces_requiring = d.pop("spaces_requiring")

        spaces_with_gap = []
        _spaces_with_gap = d.pop("spaces_with_gap")
        for spaces_with_gap_item_data in _spaces_with_gap:
            spaces_with_gap_item = UUID(spaces_with_gap_item_data)

            spaces_with_gap.append(spaces_with_gap_item)

        trained_people = d.pop("trained_people")

        resource_persons = d.pop("resource_persons")

        sessions_closing_gap = []
        _sessions_closing_gap = d.pop("sessions_closing_gap")
        for sessions_closing_gap_item_data in _sessions_closing_gap:
            sessions_closing_gap_item = GapSession.from_dict(sessions_closing_gap_item_data)

            sessions_closing_gap.append(sessions_closing_gap_item)

        network_skill_coverage = cls(
            code=code,
            title_fr=title_fr,
            title_en=title_en,
            spaces_requiring=spaces_requiring,
            spaces_with_gap=spaces_with_gap,
            trained_people=trained_people,
            resource_persons=resource_persons,
            sessions_closing_gap=sessions_closing_gap,
        )

        network_skill_coverage.additional_properties = d
        return network_skill_coverage

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
