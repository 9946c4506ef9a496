from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MissionCreate")


@_attrs_define
class MissionCreate:
    """
    Attributes:
        job_description_id (UUID): A published description: the mission keeps its current version.
        space_id (UUID):
        starts_on (datetime.date): Years 1900 to 2200.
        title (None | str | Unset): Default: the description's.
        places (int | Unset):  Default: 1.
        ends_on (datetime.date | None | Unset): Years 1900 to 2200.
        weekly_hours (int | None | Unset): Default: the description's.
        schedule (None | str | Unset):
        prerequisites (None | str | Unset):
        tutor_id (None | Unset | UUID): A user of the space's association who tutors the mission.
    """

    job_description_id: UUID
    space_id: UUID
    starts_on: datetime.date
    title: None | str | Unset = UNSET
    places: int | Unset = 1
    ends_on: datetime.date | None | Unset = UNSET
    weekly_hours: int | None | Unset = UNSET
    schedule: None | str | Unset = UNSET
    prerequisites: None | str | Unset = UNSET
    tutor_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        job_description_id = str(self.job_description_id)

        space_id = str(self.space_id)

        starts_on = self.starts_on.isoformat()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        places = self.places

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        weekly_hours: int | None | Unset
        if isinstance(self.weekly_hours, Unset):
            weekly_hours = UNSET
        else:
            weekly_hours = self.weekly_hours

        schedule: None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        prerequisites: None | str | Unset
        if isinstance(self.prerequisites, Unset):
            prerequisites = UNSET
        else:
            prerequisites = self.prerequisites

        tutor_id: None | str | Unset
        if isinstance(self.tutor_id, Unset):
            tutor_id = UNSET
        elif isinstance(self.tutor_id, UUID):
            tutor_id = str(self.tutor_id)
        else:
            tutor_id = self.tutor_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_description_id": job_description_id,
                "space_id": space_id,
                "starts_on": starts_on,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if places is not UNSET:
            field_dict["places"] = places
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if weekly_hours is not UNSET:
            field_dict["weekly_hours"] = weekly_hours
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if prerequisites is not UNSET:
            field_dict["prerequisites"] = prerequisites
        if tutor_id is not UNSET:
            field_dict["tutor_id"] = tutor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_description_id = UUID(d.pop("job_description_id"))

        space_id = UUID(d.pop("space_id"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        places = d.pop("places", UNSET)

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_weekly_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekly_hours = _parse_weekly_hours(d.pop("weekly_hours", UNSET))

        def _parse_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        def _parse_prerequisites(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prerequisites = _parse_prerequisites(d.pop("prerequisites", UNSET))

        def _parse_tutor_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tutor_id_type_0 = UUID(data)

                return tutor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tutor_id = _parse_tutor_id(d.pop("tutor_id", UNSET))

        mission_create = cls(
            job_description_id=job_description_id,
            space_id=space_id,
            starts_on=starts_on,
            title=title,
            places=places,
            ends_on=ends_on,
            weekly_hours=weekly_hours,
            schedule=schedule,
            prerequisites=prerequisites,
            tutor_id=tutor_id,
        )

        return mission_create
