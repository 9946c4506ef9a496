from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_civique_terms import ServiceCiviqueTerms


T = TypeVar("T", bound="EngagementUpdate")


@_attrs_define
class EngagementUpdate:
    """The dates (the start only before it), the hours, the tutor, the Service Civique's terms
    (replaced whole) and the notes; the person, the space and the kind are the engagement's.

        Attributes:
            starts_on (datetime.date | None | Unset): Years 1900 to 2200.
            ends_on (datetime.date | None | Unset): Years 1900 to 2200.
            weekly_hours (float | None | Unset):
            tutor_id (None | Unset | UUID):
            service_civique (None | ServiceCiviqueTerms | Unset):
            notes (None | str | Unset):
    """

    starts_on: datetime.date | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    weekly_hours: float | None | Unset = UNSET
    tutor_id: None | Unset | UUID = UNSET
    service_civique: None | ServiceCiviqueTerms | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_civique_terms import ServiceCiviqueTerms  # noqa: PLC0415

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        weekly_hours: float | None | Unset
        if isinstance(self.weekly_hours, Unset):
            weekly_hours = UNSET
        else:
            weekly_hours = self.weekly_hours

        tutor_id: None | str | Unset
        if isinstance(self.tutor_id, Unset):
            tutor_id = UNSET
        elif isinstance(self.tutor_id, UUID):
            tutor_id = str(self.tutor_id)
        else:
            tutor_id = self.tutor_id

        service_civique: dict[str, Any] | None | Unset
        if isinstance(self.service_civique, Unset):
            service_civique = UNSET
        elif isinstance(self.service_civique, ServiceCiviqueTerms):
            service_civique = self.service_civique.to_dict()
        else:
            service_civique = self.service_civique

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if weekly_hours is not UNSET:
            field_dict["weekly_hours"] = weekly_hours
        if tutor_id is not UNSET:
            field_dict["tutor_id"] = tutor_id
        if service_civique is not UNSET:
            field_dict["service_civique"] = service_civique
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_civique_terms import ServiceCiviqueTerms  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))

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

        def _parse_weekly_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weekly_hours = _parse_weekly_hours(d.pop("weekly_hours", UNSET))

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

        def _parse_service_civique(data: object) -> None | ServiceCiviqueTerms | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_civique_type_0 = ServiceCiviqueTerms.from_dict(data)

                return service_civique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceCiviqueTerms | Unset, data)

        service_civique = _parse_service_civique(d.pop("service_civique", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        engagement_update = cls(
            starts_on=starts_on,
            ends_on=ends_on,
            weekly_hours=weekly_hours,
            tutor_id=tutor_id,
            service_civique=service_civique,
            notes=notes,
        )

        return engagement_update
