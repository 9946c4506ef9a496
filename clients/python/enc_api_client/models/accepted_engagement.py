from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_civique_terms import ServiceCiviqueTerms


T = TypeVar("T", bound="AcceptedEngagement")


@_attrs_define
class AcceptedEngagement:
    """The engagement recorded with an acceptance, in the same transaction: of the mission's
    kind (a Service Civique mission gives a Service Civique engagement), at its space, for the
    accepted person. The rules of `POST /engagements` apply (a Service Civique runs 6 to 12
    months, 24 to 48 hours a week, with its contract reference and trainings).

        Attributes:
            starts_on (datetime.date): Years 1900 to 2200.
            ends_on (datetime.date | None | Unset): The last day (required for a Service Civique). Years 1900 to 2200.
            weekly_hours (float | None | Unset): Left out: the hours of the mission's job description.
            tutor_id (None | Unset | UUID): The tutor: another user of the same association.
            service_civique (None | ServiceCiviqueTerms | Unset): Only for a Service Civique mission.
            notes (None | str | Unset):
    """

    starts_on: datetime.date
    ends_on: datetime.date | None | Unset = UNSET
    weekly_hours: float | None | Unset = UNSET
    tutor_id: None | Unset | UUID = UNSET
    service_civique: None | ServiceCiviqueTerms | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_civique_terms import ServiceCiviqueTerms  # noqa: PLC0415

        starts_on = self.starts_on.isoformat()

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

        field_dict.update(
            {
                "starts_on": starts_on,
            }
        )
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
        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

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

        accepted_engagement = cls(
            starts_on=starts_on,
            ends_on=ends_on,
            weekly_hours=weekly_hours,
            tutor_id=tutor_id,
            service_civique=service_civique,
            notes=notes,
        )

        return accepted_engagement
