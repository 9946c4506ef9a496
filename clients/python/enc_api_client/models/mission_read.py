from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_kind import JobKind
from ..models.mission_status import MissionStatus

T = TypeVar("T", bound="MissionRead")


@_attrs_define
class MissionRead:
    """
    Attributes:
        id (UUID):
        association_id (UUID):
        space_id (UUID):
        job_description_id (UUID):
        job_description_version (int): The version it was opened under.
        job_description_version_id (UUID):
        kind (JobKind):
        title (str):
        places (int):
        places_filled (int): Applications accepted.
        starts_on (datetime.date):
        ends_on (datetime.date | None):
        weekly_hours (int):
        schedule (None | str):
        prerequisites (None | str):
        tutor_id (None | UUID):
        status (MissionStatus):
        allowed_transitions (list[str]):
        opened_at (datetime.datetime | None):
        closed_at (datetime.datetime | None):
        status_reason (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    association_id: UUID
    space_id: UUID
    job_description_id: UUID
    job_description_version: int
    job_description_version_id: UUID
    kind: JobKind
    title: str
    places: int
    places_filled: int
    starts_on: datetime.date
    ends_on: datetime.date | None
    weekly_hours: int
    schedule: None | str
    prerequisites: None | str
    tutor_id: None | UUID
    status: MissionStatus
    allowed_transitions: list[str]
    opened_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    status_reason: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        association_id = str(self.association_id)

        space_id = str(self.space_id)

        job_description_id = str(self.job_description_id)

        job_description_version = self.job_description_version

        job_description_version_id = str(self.job_description_version_id)

        kind = self.kind.value

        title = self.title

        places = self.places

        places_filled = self.places_filled

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

        tutor_id: None | str
        if isinstance(self.tutor_id, UUID):
            tutor_id = str(self.tutor_id)
        else:
            tutor_id = self.tutor_id

        status = self.status.value

        allowed_transitions = self.allowed_transitions

        opened_at: None | str
        if isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        status_reason: None | str
        status_reason = self.status_reason

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "association_id": association_id,
                "space_id": space_id,
                "job_description_id": job_description_id,
                "job_description_version": job_description_version,
                "job_description_version_id": job_description_version_id,
                "kind": kind,
                "title": title,
                "places": places,
                "places_filled": places_filled,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "weekly_hours": weekly_hours,
                "schedule": schedule,
                "prerequisites": prerequisites,
                "tutor_id": tutor_id,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "opened_at": opened_at,
                "closed_at": closed_at,
                "status_reason": status_reason,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        association_id = UUID(d.pop("association_id"))

        space_id = UUID(d.pop("space_id"))

        job_description_id = UUID(d.pop("job_description_id"))

        job_description_version = d.pop("job_description_version")

        job_description_version_id = UUID(d.pop("job_description_version_id"))

        kind = JobKind(d.pop("kind"))

        title = d.pop("title")

        places = d.pop("places")

        places_filled = d.pop("places_filled")

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

        def _parse_tutor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tutor_id_type_0 = UUID(data)

                return tutor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        tutor_id = _parse_tutor_id(d.pop("tutor_id"))

        status = MissionStatus(d.pop("status"))

        allowed_transitions = cast(list[str], d.pop("allowed_transitions"))

        def _parse_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        opened_at = _parse_opened_at(d.pop("opened_at"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        mission_read = cls(
            id=id,
            association_id=association_id,
            space_id=space_id,
            job_description_id=job_description_id,
            job_description_version=job_description_version,
            job_description_version_id=job_description_version_id,
            kind=kind,
            title=title,
            places=places,
            places_filled=places_filled,
            starts_on=starts_on,
            ends_on=ends_on,
            weekly_hours=weekly_hours,
            schedule=schedule,
            prerequisites=prerequisites,
            tutor_id=tutor_id,
            status=status,
            allowed_transitions=allowed_transitions,
            opened_at=opened_at,
            closed_at=closed_at,
            status_reason=status_reason,
            created_at=created_at,
            updated_at=updated_at,
        )

        mission_read.additional_properties = d
        return mission_read

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
