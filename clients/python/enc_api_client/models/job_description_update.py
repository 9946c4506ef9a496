from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_kind import JobKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.required_skill import RequiredSkill


T = TypeVar("T", bound="JobDescriptionUpdate")


@_attrs_define
class JobDescriptionUpdate:
    """
    Attributes:
        kind (JobKind | None | Unset):
        title (None | str | Unset):
        purpose (None | str | Unset):
        tasks (list[str] | None | Unset):
        skills (list[RequiredSkill] | None | Unset):
        trainings (list[str] | None | Unset):
        weekly_hours (int | None | Unset):
    """

    kind: JobKind | None | Unset = UNSET
    title: None | str | Unset = UNSET
    purpose: None | str | Unset = UNSET
    tasks: list[str] | None | Unset = UNSET
    skills: list[RequiredSkill] | None | Unset = UNSET
    trainings: list[str] | None | Unset = UNSET
    weekly_hours: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, JobKind):
            kind = self.kind.value
        else:
            kind = self.kind

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        tasks: list[str] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = self.tasks

        else:
            tasks = self.tasks

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)

        else:
            skills = self.skills

        trainings: list[str] | None | Unset
        if isinstance(self.trainings, Unset):
            trainings = UNSET
        elif isinstance(self.trainings, list):
            trainings = self.trainings

        else:
            trainings = self.trainings

        weekly_hours: int | None | Unset
        if isinstance(self.weekly_hours, Unset):
            weekly_hours = UNSET
        else:
            weekly_hours = self.weekly_hours

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if title is not UNSET:
            field_dict["title"] = title
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if skills is not UNSET:
            field_dict["skills"] = skills
        if trainings is not UNSET:
            field_dict["trainings"] = trainings
        if weekly_hours is not UNSET:
            field_dict["weekly_hours"] = weekly_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.required_skill import RequiredSkill  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_kind(data: object) -> JobKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = JobKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        def _parse_tasks(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_0 = cast(list[str], data)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        def _parse_skills(data: object) -> list[RequiredSkill] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = []
                _skills_type_0 = data
                for skills_type_0_item_data in _skills_type_0:
                    skills_type_0_item = RequiredSkill.from_dict(skills_type_0_item_data)

                    skills_type_0.append(skills_type_0_item)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RequiredSkill] | None | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))

        def _parse_trainings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trainings_type_0 = cast(list[str], data)

                return trainings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        trainings = _parse_trainings(d.pop("trainings", UNSET))

        def _parse_weekly_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekly_hours = _parse_weekly_hours(d.pop("weekly_hours", UNSET))

        job_description_update = cls(
            kind=kind,
            title=title,
            purpose=purpose,
            tasks=tasks,
            skills=skills,
            trainings=trainings,
            weekly_hours=weekly_hours,
        )

        return job_description_update
