from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_kind import JobKind

if TYPE_CHECKING:
    from ..models.privacy import Privacy
    from ..models.public_space import PublicSpace
    from ..models.skill_requirement_read import SkillRequirementRead


T = TypeVar("T", bound="PublicMission")


@_attrs_define
class PublicMission:
    """An open mission as the portal shows it: no personal data (no tutor, no applicant).

    Attributes:
        id (UUID):
        title (str):
        kind (JobKind):
        association_name (str):
        space_id (UUID):
        space (PublicSpace):
        places (int):
        places_left (int):
        starts_on (datetime.date):
        ends_on (datetime.date | None):
        weekly_hours (int):
        schedule (None | str):
        prerequisites (None | str):
        purpose (str):
        tasks (list[str]):
        skills (list[SkillRequirementRead]):
        trainings (list[str]):
        privacy (Privacy):
    """

    id: UUID
    title: str
    kind: JobKind
    association_name: str
    space_id: UUID
    space: PublicSpace
    places: int
    places_left: int
    starts_on: datetime.date
    ends_on: datetime.date | None
    weekly_hours: int
    schedule: None | str
    prerequisites: None | str
    purpose: str
    tasks: list[str]
    skills: list[SkillRequirementRead]
    trainings: list[str]
    privacy: Privacy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        kind = self.kind.value

        association_name = self.association_name

        space_id = str(self.space_id)

        space = self.space.to_dict()

        places = self.places

        places_left = self.places_left

        starts_on = self.starts_on.isoformat()

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        weekly_hours = self.weekly_hours

        schedule: None | str
        schedule = self.schedule

        prerequisites: None | str
        prerequisites = self.prerequisites

        purpose = self.purpose

        tasks = self.tasks

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        trainings = self.trainings

        privacy = self.privacy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "kind": kind,
                "association_name": association_name,
                "space_id": space_id,
                "space": space,
                "places": places,
                "places_left": places_left,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "weekly_hours": weekly_hours,
                "schedule": schedule,
                "prerequisites": prerequisites,
                "purpose": purpose,
                "tasks": tasks,
                "skills": skills,
                "trainings": trainings,
                "privacy": privacy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.privacy import Privacy  # noqa: PLC0415
        from ..models.public_space import PublicSpace  # noqa: PLC0415
        from ..models.skill_requirement_read import SkillRequirementRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        kind = JobKind(d.pop("kind"))

        association_name = d.pop("association_name")

        space_id = UUID(d.pop("space_id"))

        space = PublicSpace.from_dict(d.pop("space"))

        places = d.pop("places")

        places_left = d.pop("places_left")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        weekly_hours = d.pop("weekly_hours")

        def _parse_schedule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        def _parse_prerequisites(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prerequisites = _parse_prerequisites(d.pop("prerequisites"))

        purpose = d.pop("purpose")

        tasks = cast(list[str], d.pop("tasks"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = SkillRequirementRead.from_dict(skills_item_data)

            skills.append(skills_item)

        trainings = cast(list[str], d.pop("trainings"))

        privacy = Privacy.from_dict(d.pop("privacy"))

        public_mission = cls(
            id=id,
            title=title,
            kind=kind,
            association_name=association_name,
            space_id=space_id,
            space=space,
            places=places,
            places_left=places_left,
            starts_on=starts_on,
            ends_on=ends_on,
            weekly_hours=weekly_hours,
            schedule=schedule,
            prerequisites=prerequisites,
            purpose=purpose,
            tasks=tasks,
            skills=skills,
            trainings=trainings,
            privacy=privacy,
        )

        public_mission.additional_properties = d
        return public_mission

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
