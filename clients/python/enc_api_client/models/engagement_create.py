from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.engagement_kind import EngagementKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_civique_terms import ServiceCiviqueTerms


T = TypeVar("T", bound="EngagementCreate")


@_attrs_define
class EngagementCreate:
    """
    Attributes:
        user_id (UUID): A volunteer or association user of the space's association.
        space_id (UUID):
        kind (EngagementKind):
        starts_on (datetime.date): Years 1900 to 2200.
        weekly_hours (float): Hours a week (half hours); a Service Civique is 24 to 48.
        ends_on (datetime.date | None | Unset): The last day (required for a Service Civique). Years 1900 to 2200.
        tutor_id (None | Unset | UUID): The tutor: another user of the same association.
        service_civique (None | ServiceCiviqueTerms | Unset): Only for a Service Civique.
        notes (None | str | Unset):
    """

    user_id: UUID
    space_id: UUID
    kind: EngagementKind
    starts_on: datetime.date
    weekly_hours: float
    ends_on: datetime.date | None | Unset = UNSET
    tutor_id: None | Unset | UUID = UNSET
    service_civique: None | ServiceCiviqueTerms | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_civique_terms import ServiceCiviqueTerms  # noqa: PLC0415

        user_id = str(self.user_id)

        space_id = str(self.space_id)

        kind = self.kind.value

        starts_on = self.starts_on.isoformat()

        weekly_hours = self.weekly_hours

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

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
                "user_id": user_id,
                "space_id": space_id,
                "kind": kind,
                "starts_on": starts_on,
                "weekly_hours": weekly_hours,
            }
        )
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
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
        user_id = UUID(d.pop("user_id"))

        space_id = UUID(d.pop("space_id"))

        kind = EngagementKind(d.pop("kind"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        weekly_hours = d.pop("weekly_hours")

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

        engagement_create = cls(
            user_id=user_id,
            space_id=space_id,
            kind=kind,
            starts_on=starts_on,
            weekly_hours=weekly_hours,
            ends_on=ends_on,
            tutor_id=tutor_id,
            service_civique=service_civique,
            notes=notes,
        )

        return engagement_create
