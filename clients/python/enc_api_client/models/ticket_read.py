from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sla_clock import SlaClock
from ..models.ticket_category import TicketCategory
from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus

if TYPE_CHECKING:
    from ..models.ticket_space import TicketSpace


T = TypeVar("T", bound="TicketRead")


@_attrs_define
class TicketRead:
    """
    Attributes:
        id (UUID):
        space_id (UUID):
        space (TicketSpace):
        association_id (UUID):
        equipment_id (None | UUID):
        operator_id (UUID):
        requester_id (None | UUID):
        assignee_id (None | UUID):
        category (TicketCategory):
        title (str):
        description (str):
        priority (TicketPriority):
        status (TicketStatus):
        allowed_transitions (list[TicketStatus]):
        solution (None | str):
        clock (SlaClock):
        acknowledge_due_at (datetime.datetime):
        resolve_due_at (datetime.datetime):
        acknowledged_at (datetime.datetime | None):
        resolved_at (datetime.datetime | None):
        closed_at (datetime.datetime | None):
        cancelled_at (datetime.datetime | None):
        sla_paused (bool):
        acknowledge_breached (bool):
        resolve_breached (bool):
        breached (bool):
        equipment_in_repair (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    space_id: UUID
    space: TicketSpace
    association_id: UUID
    equipment_id: None | UUID
    operator_id: UUID
    requester_id: None | UUID
    assignee_id: None | UUID
    category: TicketCategory
    title: str
    description: str
    priority: TicketPriority
    status: TicketStatus
    allowed_transitions: list[TicketStatus]
    solution: None | str
    clock: SlaClock
    acknowledge_due_at: datetime.datetime
    resolve_due_at: datetime.datetime
    acknowledged_at: datetime.datetime | None
    resolved_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    sla_paused: bool
    acknowledge_breached: bool
    resolve_breached: bool
    breached: bool
    equipment_in_repair: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        space_id = str(self.space_id)

        space = self.space.to_dict()

        association_id = str(self.association_id)

        equipment_id: None | str
        if isinstance(self.equipment_id, UUID):
            equipment_id = str(self.equipment_id)
        else:
            equipment_id = self.equipment_id

        operator_id = str(self.operator_id)

        requester_id: None | str
        if isinstance(self.requester_id, UUID):
            requester_id = str(self.requester_id)
        else:
            requester_id = self.requester_id

        assignee_id: None | str
        if isinstance(self.assignee_id, UUID):
            assignee_id = str(self.assignee_id)
        else:
            assignee_id = self.assignee_id

        category = self.category.value

        title = self.title

        description = self.description

        priority = self.priority.value

        status = self.status.value

        allowed_transitions = []
        for allowed_transitions_item_data in self.allowed_transitions:
            allowed_transitions_item = allowed_transitions_item_data.value
            allowed_transitions.append(allowed_transitions_item)

        solution: None | str
        solution = self.solution

        clock = self.clock.value

        acknowledge_due_at = self.acknowledge_due_at.isoformat()

        resolve_due_at = self.resolve_due_at.isoformat()

        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        sla_paused = self.sla_paused

        acknowledge_breached = self.acknowledge_breached

        resolve_breached = self.resolve_breached

        breached = self.breached

        equipment_in_repair = self.equipment_in_repair

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "space_id": space_id,
                "space": space,
                "association_id": association_id,
                "equipment_id": equipment_id,
                "operator_id": operator_id,
                "requester_id": requester_id,
                "assignee_id": assignee_id,
                "category": category,
                "title": title,
                "description": description,
                "priority": priority,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "solution": solution,
                "clock": clock,
                "acknowledge_due_at": acknowledge_due_at,
                "resolve_due_at": resolve_due_at,
                "acknowledged_at": acknowledged_at,
                "resolved_at": resolved_at,
                "closed_at": closed_at,
                "cancelled_at": cancelled_at,
                "sla_paused": sla_paused,
                "acknowledge_breached": acknowledge_breached,
                "resolve_breached": resolve_breached,
                "breached": breached,
                "equipment_in_repair": equipment_in_repair,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_space import TicketSpace  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        space_id = UUID(d.pop("space_id"))

        space = TicketSpace.from_dict(d.pop("space"))

        association_id = UUID(d.pop("association_id"))

        def _parse_equipment_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                equipment_id_type_0 = UUID(data)

                return equipment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        equipment_id = _parse_equipment_id(d.pop("equipment_id"))

        operator_id = UUID(d.pop("operator_id"))

        def _parse_requester_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requester_id_type_0 = UUID(data)

                return requester_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        requester_id = _parse_requester_id(d.pop("requester_id"))

        def _parse_assignee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_id_type_0 = UUID(data)

                return assignee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id"))

        category = TicketCategory(d.pop("category"))

        title = d.pop("title")

        description = d.pop("description")

        priority = TicketPriority(d.pop("priority"))

        status = TicketStatus(d.pop("status"))

        allowed_transitions = []
        _allowed_transitions = d.pop("allowed_transitions")
        for allowed_transitions_item_data in _allowed_transitions:
            allowed_transitions_item = TicketStatus(allowed_transitions_item_data)

            allowed_transitions.append(allowed_transitions_item)

        def _parse_solution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        solution = _parse_solution(d.pop("solution"))

        clock = SlaClock(d.pop("clock"))

        acknowledge_due_at = datetime.datetime.fromisoformat(d.pop("acknowledge_due_at"))

        resolve_due_at = datetime.datetime.fromisoformat(d.pop("resolve_due_at"))

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

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

        sla_paused = d.pop("sla_paused")

        acknowledge_breached = d.pop("acknowledge_breached")

        resolve_breached = d.pop("resolve_breached")

        breached = d.pop("breached")

        equipment_in_repair = d.pop("equipment_in_repair")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        ticket_read = cls(
            id=id,
            space_id=space_id,
            space=space,
            association_id=association_id,
            equipment_id=equipment_id,
            operator_id=operator_id,
            requester_id=requester_id,
            assignee_id=assignee_id,
            category=category,
            title=title,
            description=description,
            priority=priority,
            status=status,
            allowed_transitions=allowed_transitions,
            solution=solution,
            clock=clock,
            acknowledge_due_at=acknowledge_due_at,
            resolve_due_at=resolve_due_at,
            acknowledged_at=acknowledged_at,
            resolved_at=resolved_at,
            closed_at=closed_at,
            cancelled_at=cancelled_at,
            sla_paused=sla_paused,
            acknowledge_breached=acknowledge_breached,
            resolve_breached=resolve_breached,
            breached=breached,
            equipment_in_repair=equipment_in_repair,
            created_at=created_at,
            updated_at=updated_at,
        )

        ticket_read.additional_properties = d
        return ticket_read

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
