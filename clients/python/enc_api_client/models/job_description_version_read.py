from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_kind import JobKind

if TYPE_CHECKING:
    from ..models.skill_requirement_read import SkillRequirementRead


T = TypeVar("T", bound="JobDescriptionVersionRead")


@_attrs_define
class JobDescriptionVersionRead:
    """
    Attributes:
        id (UUID):
        job_description_id (UUID):
        number (int):
        kind (JobKind):
        title (str):
        purpose (str):
        tasks (list[str]):
        skills (list[SkillRequirementRead]):
        trainings (list[str]):
        weekly_hours (int):
        created_at (datetime.datetime):
        published_at (datetime.datetime | None): Null: a draft, still edited.
    """

    id: UUID
    job_description_id: UUID
    number: int
    kind: JobKind
    title: str
    purpose: str
    tasks: list[str]
    skills: list[SkillRequirementRead]
    trainings: list[str]
    weekly_hours: int
    created_at: datetime.datetime
    published_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        job_description_id = str(self.job_description_id)

        number = self.number

        kind = self.kind.value

        title = self.title

        purpose = self.purpose

        tasks = self.tasks

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        trainings = self.trainings

        weekly_hours = self.weekly_hours

        created_at = self.created_at.isoformat()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_description_id": job_description_id,
                "number": number,
                "kind": kind,
                "title": title,
                "purpose": purpose,
                "tasks": tasks,
                "skills": skills,
                "trainings": trainings,
                "weekly_hours": weekly_hours,
                "created_at": created_at,
                "published_at": published_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_requirement_read import SkillRequirementRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        job_description_id = UUID(d.pop("job_description_id"))

        number = d.pop("number")

        kind = JobKind(d.pop("kind"))

        title = d.pop("title")

        purpose = d.pop("purpose")

        tasks = cast(list[str], d.pop("tasks"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = SkillRequirementRead.from_dict(skills_item_data)

            skills.append(skills_item)

        trainings = cast(list[str], d.pop("trainings"))

        weekly_hours = d.pop("weekly_hours")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        job_description_version_read = cls(
            id=id,
            job_description_id=job_description_id,
            number=number,
            kind=kind,
            title=title,
            purpose=purpose,
            tasks=tasks,
            skills=skills,
            trainings=trainings,
            weekly_hours=weekly_hours,
            created_at=created_at,
            published_at=published_at,
        )

        job_description_version_read.additional_properties = d
        return job_description_version_read

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
