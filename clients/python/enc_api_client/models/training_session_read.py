from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_audience import TrainingAudience
from ..models.training_session_status import TrainingSessionStatus

if TYPE_CHECKING:
    from ..models.session_place import SessionPlace
    from ..models.session_skill import SessionSkill


T = TypeVar("T", bound="TrainingSessionRead")


@_attrs_define
class TrainingSessionRead:
    """
    Attributes:
        id (UUID):
        title (str):
        description (None | str):
        skills (list[SessionSkill]):
        audience (TrainingAudience):
        provider_id (UUID):
        provider_name (str):
        place (SessionPlace):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        capacity (int):
        confirmed_count (int):
        waitlisted_count (int):
        places_left (int):
        status (TrainingSessionStatus):
        allowed_transitions (list[TrainingSessionStatus]):
        cancelled_at (datetime.datetime | None):
        cancel_reason (None | str):
        completed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    description: None | str
    skills: list[SessionSkill]
    audience: TrainingAudience
    provider_id: UUID
    provider_name: str
    place: SessionPlace
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    capacity: int
    confirmed_count: int
    waitlisted_count: int
    places_left: int
    status: TrainingSessionStatus
    allowed_transitions: list[TrainingSessionStatus]
    cancelled_at: datetime.datetime | None
    cancel_reason: None | str
    completed_at: datetime.datetime | None
    created_at: datetime.datetime
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

        audience = self.audience.value

        provider_id = str(self.provider_id)

        provider_name = self.provider_name

        place = self.place.to_dict()

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        capacity = self.capacity

        confirmed_count = self.confirmed_count

        waitlisted_count = self.waitlisted_count

        places_left = self.places_left

        status = self.status.value

        allowed_transitions = []
        for allowed_transitions_item_data in self.allowed_transitions:
            allowed_transitions_item = allowed_transitions_item_data.value
            allowed_transitions.append(allowed_transitions_item)

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "skills": skills,
                "audience": audience,
                "provider_id": provider_id,
                "provider_name": provider_name,
                "place": place,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "capacity": capacity,
                "confirmed_count": confirmed_count,
                "waitlisted_count": waitlisted_count,
                "places_left": places_left,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "cancelled_at": cancelled_at,
                "cancel_reason": cancel_reason,
                "completed_at": completed_at,
                "created_at": created_at,
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

        audience = TrainingAudience(d.pop("audience"))

        provider_id = UUID(d.pop("provider_id"))

        provider_name = d.pop("provider_name")

        place = SessionPlace.from_dict(d.pop("place"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        capacity = d.pop("capacity")

        confirmed_count = d.pop("confirmed_count")

        waitlisted_count = d.pop("waitlisted_count")

        places_left = d.pop("places_left")

        status = TrainingSessionStatus(d.pop("status"))

        allowed_transitions = []
        _allowed_transitions = d.pop("allowed_transitions")
        for allowed_transitions_item_data in _allowed_transitions:
            allowed_transitions_item = TrainingSessionStatus(allowed_transitions_item_data)

            allowed_transitions.append(allowed_transitions_item)

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        training_session_read = cls(
            id=id,
            title=title,
            description=description,
            skills=skills,
            audience=audience,
            provider_id=provider_id,
            provider_name=provider_name,
            place=place,
            starts_at=starts_at,
            ends_at=ends_at,
            capacity=capacity,
            confirmed_count=confirmed_count,
            waitlisted_count=waitlisted_count,
            places_left=places_left,
            status=status,
            allowed_transitions=allowed_transitions,
            cancelled_at=cancelled_at,
            cancel_reason=cancel_reason,
            completed_at=completed_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        training_session_read.additional_properties = d
        return training_session_read

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
