from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.engagement_kind import EngagementKind
from ..models.engagement_status import EngagementStatus

if TYPE_CHECKING:
    from ..models.service_civique_read import ServiceCiviqueRead


T = TypeVar("T", bound="EngagementRead")


@_attrs_define
class EngagementRead:
    """
    Attributes:
        id (UUID):
        user_id (UUID):
        association_id (UUID):
        space_id (UUID):
        kind (EngagementKind):
        status (EngagementStatus):
        allowed_transitions (list[str]):
        starts_on (datetime.date):
        ends_on (datetime.date | None):
        weekly_hours (float):
        tutor_id (None | UUID):
        service_civique (None | ServiceCiviqueRead):
        notes (None | str):
        assigned_at (datetime.datetime | None): When the engagement gave its person the space's assignment.
        unassigned_at (datetime.datetime | None): When its end took the assignment back.
        ended_at (datetime.datetime | None):
        cancelled_at (datetime.datetime | None):
        end_reason (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    user_id: UUID
    association_id: UUID
    space_id: UUID
    kind: EngagementKind
    status: EngagementStatus
    allowed_transitions: list[str]
    starts_on: datetime.date
    ends_on: datetime.date | None
    weekly_hours: float
    tutor_id: None | UUID
    service_civique: None | ServiceCiviqueRead
    notes: None | str
    assigned_at: datetime.datetime | None
    unassigned_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    end_reason: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_civique_read import ServiceCiviqueRead  # noqa: PLC0415

        id = str(self.id)

        user_id = str(self.user_id)

        association_id = str(self.association_id)

        space_id = str(self.space_id)

        kind = self.kind.value

        status = self.status.value

        allowed_transitions = self.allowed_transitions

        starts_on = self.starts_on.isoformat()

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        weekly_hours = self.weekly_hours

        tutor_id: None | str
        if isinstance(self.tutor_id, UUID):
            tutor_id = str(self.tutor_id)
        else:
            tutor_id = self.tutor_id

        service_civique: dict[str, Any] | None
        if isinstance(self.service_civique, ServiceCiviqueRead):
            service_civique = self.service_civique.to_dict()
        else:
            service_civique = self.service_civique

        notes: None | str
        notes = self.notes

        assigned_at: None | str
        if isinstance(self.assigned_at, datetime.datetime):
            assigned_at = self.assigned_at.isoformat()
        else:
            assigned_at = self.assigned_at

        unassigned_at: None | str
        if isinstance(self.unassigned_at, datetime.datetime):
            unassigned_at = self.unassigned_at.isoformat()
        else:
            unassigned_at = self.unassigned_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        end_reason: None | str
        end_reason = self.end_reason

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "association_id": association_id,
                "space_id": space_id,
                "kind": kind,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "weekly_hours": weekly_hours,
                "tutor_id": tutor_id,
                "service_civique": service_civique,
                "notes": notes,
                "assigned_at": assigned_at,
                "unassigned_at": unassigned_at,
                "ended_at": ended_at,
                "cancelled_at": cancelled_at,
                "end_reason": end_reason,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_civique_read import ServiceCiviqueRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        user_id = UUID(d.pop("user_id"))

        association_id = UUID(d.pop("association_id"))

        space_id = UUID(d.pop("space_id"))

        kind = EngagementKind(d.pop("kind"))

        status = EngagementStatus(d.pop("status"))

        allowed_transitions = cast(list[str], d.pop("allowed_transitions"))

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

        def _parse_service_civique(data: object) -> None | ServiceCiviqueRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_civique_type_0 = ServiceCiviqueRead.from_dict(data)

                return service_civique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceCiviqueRead, data)

        service_civique = _parse_service_civique(d.pop("service_civique"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_assigned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_at_type_0 = datetime.datetime.fromisoformat(data)

                return assigned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        assigned_at = _parse_assigned_at(d.pop("assigned_at"))

        def _parse_unassigned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unassigned_at_type_0 = datetime.datetime.fromisoformat(data)

                return unassigned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        unassigned_at = _parse_unassigned_at(d.pop("unassigned_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

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

        def _parse_end_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_reason = _parse_end_reason(d.pop("end_reason"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        engagement_read = cls(
            id=id,
            user_id=user_id,
            association_id=association_id,
            space_id=space_id,
            kind=kind,
            status=status,
            allowed_transitions=allowed_transitions,
            starts_on=starts_on,
            ends_on=ends_on,
            weekly_hours=weekly_hours,
            tutor_id=tutor_id,
            service_civique=service_civique,
            notes=notes,
            assigned_at=assigned_at,
            unassigned_at=unassigned_at,
            ended_at=ended_at,
            cancelled_at=cancelled_at,
            end_reason=end_reason,
            created_at=created_at,
            updated_at=updated_at,
        )

        engagement_read.additional_properties = d
        return engagement_read

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
