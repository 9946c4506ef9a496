from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_session_status import TrainingSessionStatus

if TYPE_CHECKING:
    from ..models.session_place import SessionPlace
    from ..models.session_skill import SessionSkill


T = TypeVar("T", bound="PublicTrainingSessionRead")


@_attrs_define
class PublicTrainingSessionRead:
    """A resident workshop as the public calendar shows it: no one's name, no enrolment.

    Attributes:
        id (UUID):
        title (str):
        description (None | str):
        skills (list[SessionSkill]):
        provider_name (str):
        place (SessionPlace):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        capacity (int):
        places_left (int):
        status (TrainingSessionStatus):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    description: None | str
    skills: list[SessionSkill]
    provider_name: str
    place: SessionPlace
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    capacity: int
    places_left: int
    status: TrainingSessionStatus
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        description: None | str
        description = self.description

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        provider_name = self.provider_name

        place = self.place.to_dict()

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        capacity = self.capacity

        places_left = self.places_left

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "skills": skills,
                "provider_name": provider_name,
                "place": place,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "capacity": capacity,
                "places_left": places_left,
                "status": status,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_place import SessionPlace  # noqa: PLC0415
        from ..models.session_skill import SessionSkill  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = SessionSkill.from_dict(skills_item_data)

            skills.append(skills_item)

        provider_name = d.pop("provider_name")

        place = SessionPlace.from_dict(d.pop("place"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        capacity = d.pop("capacity")

        places_left = d.pop("places_left")

        status = TrainingSessionStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        public_training_session_read = cls(
            id=id,
            title=title,
            description=description,
            skills=skills,
            provider_name=provider_name,
            place=place,
            starts_at=starts_at,
            ends_at=ends_at,
            capacity=capacity,
            places_left=places_left,
            status=status,
            updated_at=updated_at,
        )

        public_training_session_read.additional_properties = d
        return public_training_session_read

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
