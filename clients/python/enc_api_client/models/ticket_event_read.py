from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_event_kind import TicketEventKind
from ..models.ticket_status import TicketStatus

if TYPE_CHECKING:
    from ..models.ticket_event_read_data import TicketEventReadData


T = TypeVar("T", bound="TicketEventRead")


@_attrs_define
class TicketEventRead:
    """
    Attributes:
        id (UUID):
        ticket_id (UUID):
        occurred_at (datetime.datetime):
        actor_user_id (None | UUID):
        kind (TicketEventKind):
        internal (bool):
        from_status (None | TicketStatus):
        to_status (None | TicketStatus):
        body (None | str):
        data (TicketEventReadData):
    """

    id: UUID
    ticket_id: UUID
    occurred_at: datetime.datetime
    actor_user_id: None | UUID
    kind: TicketEventKind
    internal: bool
    from_status: None | TicketStatus
    to_status: None | TicketStatus
    body: None | str
    data: TicketEventReadData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        ticket_id = str(self.ticket_id)

        occurred_at = self.occurred_at.isoformat()

        actor_user_id: None | str
        if isinstance(self.actor_user_id, UUID):
            actor_user_id = str(self.actor_user_id)
        else:
            actor_user_id = self.actor_user_id

        kind = self.kind.value

        internal = self.internal

        from_status: None | str
        if isinstance(self.from_status, TicketStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status: None | str
        if isinstance(self.to_status, TicketStatus):
            to_status = self.to_status.value
        else:
            to_status = self.to_status

        body: None | str
        body = self.body

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticket_id": ticket_id,
                "occurred_at": occurred_at,
                "actor_user_id": actor_user_id,
                "kind": kind,
                "internal": internal,
                "from_status": from_status,
                "to_status": to_status,
                "body": body,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_event_read_data import TicketEventReadData  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        ticket_id = UUID(d.pop("ticket_id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_actor_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_user_id_type_0 = UUID(data)

                return actor_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_user_id = _parse_actor_user_id(d.pop("actor_user_id"))

        kind = TicketEventKind(d.pop("kind"))

        internal = d.pop("internal")

        def _parse_from_status(data: object) -> None | TicketStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = TicketStatus(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketStatus, data)

        from_status = _parse_from_status(d.pop("from_status"))

        def _parse_to_status(data: object) -> None | TicketStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_status_type_0 = TicketStatus(data)

                return to_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketStatus, data)

        to_status = _parse_to_status(d.pop("to_status"))

        def _parse_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body = _parse_body(d.pop("body"))

        data = TicketEventReadData.from_dict(d.pop("data"))

        ticket_event_read = cls(
            id=id,
            ticket_id=ticket_id,
            occurred_at=occurred_at,
            actor_user_id=actor_user_id,
            kind=kind,
            internal=internal,
            from_status=from_status,
            to_status=to_status,
            body=body,
            data=data,
        )

        ticket_event_read.additional_properties = d
        return ticket_event_read

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
