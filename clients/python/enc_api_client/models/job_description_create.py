from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.job_kind import JobKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.required_skill import RequiredSkill


T = TypeVar("T", bound="JobDescriptionCreate")


@_attrs_define
class JobDescriptionCreate:
    """
    Attributes:
        kind (JobKind):
        title (str):
        purpose (str):
        weekly_hours (int): Hours a week.
        association_id (None | Unset | UUID): Your association (an association's default); left out by the city: a
            description of the network.
        derived_from_id (None | Unset | UUID): A published network description this one starts from.
        tasks (list[str] | Unset):
        skills (list[RequiredSkill] | Unset):
        trainings (list[str] | Unset): Trainings expected.
    """

    kind: JobKind
    title: str
    purpose: str
    weekly_hours: int
    association_id: None | Unset | UUID = UNSET
    derived_from_id: None | Unset | UUID = UNSET
    tasks: list[str] | Unset = UNSET
    skills: list[RequiredSkill] | Unset = UNSET
    trainings: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        purpose = self.purpose

        weekly_hours = self.weekly_hours

        association_id: None | str | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        elif isinstance(self.association_id, UUID):
            association_id = str(self.association_id)
        else:
            association_id = self.association_id

        derived_from_id: None | str | Unset
        if isinstance(self.derived_from_id, Unset):
            derived_from_id = UNSET
        elif isinstance(self.derived_from_id, UUID):
            derived_from_id = str(self.derived_from_id)
        else:
            derived_from_id = self.derived_from_id

        tasks: list[str] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        trainings: list[str] | Unset = UNSET
        if not isinstance(self.trainings, Unset):
            trainings = self.trainings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "title": title,
                "purpose": purpose,
                "weekly_hours": weekly_hours,
            }
        )
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if derived_from_id is not UNSET:
            field_dict["derived_from_id"] = derived_from_id
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if skills is not UNSET:
            field_dict["skills"] = skills
        if trainings is not UNSET:
            field_dict["trainings"] = trainings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.required_skill import RequiredSkill  # noqa: PLC0415

        d = dict(src_dict)
        kind = JobKind(d.pop("kind"))

        title = d.pop("title")

        purpose = d.pop("purpose")

        weekly_hours = d.pop("weekly_hours")

        def _parse_association_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                association_id_type_0 = UUID(data)

                return association_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_derived_from_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                derived_from_id_type_0 = UUID(data)

                return derived_from_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        derived_from_id = _parse_derived_from_id(d.pop("derived_from_id", UNSET))

        tasks = cast(list[str], d.pop("tasks", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: list[RequiredSkill] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = RequiredSkill.from_dict(skills_item_data)

                skills.append(skills_item)

        trainings = cast(list[str], d.pop("trainings", UNSET))

        job_description_create = cls(
            kind=kind,
            title=title,
            purpose=purpose,
            weekly_hours=weekly_hours,
            association_id=association_id,
            derived_from_id=derived_from_id,
            tasks=tasks,
            skills=skills,
            trainings=trainings,
        )

        return job_description_create
