from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.training_audience import TrainingAudience
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingSessionCreate")


@_attrs_define
class TrainingSessionCreate:
    """
    Attributes:
        title (str):
        skills (list[str]): Codes from `/skills` (at least one).
        audience (TrainingAudience):
        starts_at (datetime.datetime): Years 1900 to 2200.
        ends_at (datetime.datetime): Years 1900 to 2200.
        capacity (int):
        description (None | str | Unset):
        provider_id (None | Unset | UUID): A partner of kind `training_provider`; a provider's user may leave it out.
        space_id (None | Unset | UUID):
        venue (None | str | Unset): An outside venue, when the session is not in a space.
    """

    title: str
    skills: list[str]
    audience: TrainingAudience
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    capacity: int
    description: None | str | Unset = UNSET
    provider_id: None | Unset | UUID = UNSET
    space_id: None | Unset | UUID = UNSET
    venue: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        skills = self.skills

        audience = self.audience.value

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        capacity = self.capacity

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        elif isinstance(self.provider_id, UUID):
            provider_id = str(self.provider_id)
        else:
            provider_id = self.provider_id

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        elif isinstance(self.space_id, UUID):
            space_id = str(self.space_id)
        else:
            space_id = self.space_id

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "skills": skills,
                "audience": audience,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "capacity": capacity,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if venue is not UNSET:
            field_dict["venue"] = venue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        skills = cast(list[str], d.pop("skills"))

        audience = TrainingAudience(d.pop("audience"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        capacity = d.pop("capacity")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_provider_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_id_type_0 = UUID(data)

                return provider_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        provider_id = _parse_provider_id(d.pop("provider_id", UNSET))

        def _parse_space_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                space_id_type_0 = UUID(data)

                return space_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        space_id = _parse_space_id(d.pop("space_id", UNSET))

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        training_session_create = cls(
            title=title,
            skills=skills,
            audience=audience,
            starts_at=starts_at,
            ends_at=ends_at,
            capacity=capacity,
            description=description,
            provider_id=provider_id,
            space_id=space_id,
            venue=venue,
        )

        return training_session_create
