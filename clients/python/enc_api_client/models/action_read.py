from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_status import ActionStatus

T = TypeVar("T", bound="ActionRead")


@_attrs_define
class ActionRead:
    """
    Attributes:
        id (UUID):
        title (str):
        description (None | str):
        decision_id (None | UUID):
        meeting_id (None | UUID):
        objective_id (None | UUID):
        owner_user_id (None | UUID):
        owner_association_id (None | UUID):
        due_on (datetime.date | None):
        status (ActionStatus):
        overdue (bool): Open or in progress past its due date (Paris).
        allowed_transitions (list[ActionStatus]):
        done_at (datetime.datetime | None):
        dropped_at (datetime.datetime | None):
        drop_reason (None | str):
        created_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    description: None | str
    decision_id: None | UUID
    meeting_id: None | UUID
    objective_id: None | UUID
    owner_user_id: None | UUID
    owner_association_id: None | UUID
    due_on: datetime.date | None
    status: ActionStatus
    overdue: bool
    allowed_transitions: list[ActionStatus]
    done_at: datetime.datetime | None
    dropped_at: datetime.datetime | None
    drop_reason: None | str
    created_by: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        description: None | str
        description = self.description

        decision_id: None | str
        if isinstance(self.decision_id, UUID):
            decision_id = str(self.decision_id)
        else:
            decision_id = self.decision_id

        meeting_id: None | str
        if isinstance(self.meeting_id, UUID):
            meeting_id = str(self.meeting_id)
        else:
            meeting_id = self.meeting_id

        objective_id: None | str
        if isinstance(self.objective_id, UUID):
            objective_id = str(self.objective_id)
        else:
            objective_id = self.objective_id

        owner_user_id: None | str
        if isinstance(self.owner_user_id, UUID):
            owner_user_id = str(self.owner_user_id)
        else:
            owner_user_id = self.owner_user_id

        owner_association_id: None | str
        if isinstance(self.owner_association_id, UUID):
            owner_association_id = str(self.owner_association_id)
        else:
            owner_association_id = self.owner_association_id

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        status = self.status.value

        overdue = self.overdue

        allowed_transitions = []
        for allowed_transitions_item_data in self.allowed_transitions:
            allowed_transitions_item = allowed_transitions_item_data.value
            allowed_transitions.append(allowed_transitions_item)

        done_at: None | str
        if isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        dropped_at: None | str
        if isinstance(self.dropped_at, datetime.datetime):
            dropped_at = self.dropped_at.isoformat()
        else:
            dropped_at = self.dropped_at

        drop_reason: None | str
        drop_reason = self.drop_reason

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "decision_id": decision_id,
                "meeting_id": meeting_id,
                "objective_id": objective_id,
                "owner_user_id": owner_user_id,
                "owner_association_id": owner_association_id,
                "due_on": due_on,
                "status": status,
                "overdue": overdue,
                "allowed_transitions": allowed_transitions,
                "done_at": done_at,
                "dropped_at": dropped_at,
                "drop_reason": drop_reason,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_decision_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_id_type_0 = UUID(data)

                return decision_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        decision_id = _parse_decision_id(d.pop("decision_id"))

        def _parse_meeting_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_id_type_0 = UUID(data)

                return meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        meeting_id = _parse_meeting_id(d.pop("meeting_id"))

        def _parse_objective_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                objective_id_type_0 = UUID(data)

                return objective_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        objective_id = _parse_objective_id(d.pop("objective_id"))

        def _parse_owner_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_user_id_type_0 = UUID(data)

                return owner_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_user_id = _parse_owner_user_id(d.pop("owner_user_id"))

        def _parse_owner_association_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_association_id_type_0 = UUID(data)

                return owner_association_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_association_id = _parse_owner_association_id(d.pop("owner_association_id"))

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))

        status = ActionStatus(d.pop("status"))

        overdue = d.pop("overdue")

        allowed_transitions = []
        _allowed_transitions = d.pop("allowed_transitions")
        for allowed_transitions_item_data in _allowed_transitions:
            allowed_transitions_item = ActionStatus(allowed_transitions_item_data)

            allowed_transitions.append(allowed_transitions_item)

        def _parse_done_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_at_type_0 = datetime.datetime.fromisoformat(data)

                return done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        done_at = _parse_done_at(d.pop("done_at"))

        def _parse_dropped_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dropped_at_type_0 = datetime.datetime.fromisoformat(data)

                return dropped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        dropped_at = _parse_dropped_at(d.pop("dropped_at"))

        def _parse_drop_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        drop_reason = _parse_drop_reason(d.pop("drop_reason"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        action_read = cls(
            id=id,
            title=title,
            description=description,
            decision_id=decision_id,
            meeting_id=meeting_id,
            objective_id=objective_id,
            owner_user_id=owner_user_id,
            owner_association_id=owner_association_id,
            due_on=due_on,
            status=status,
            overdue=overdue,
            allowed_transitions=allowed_transitions,
            done_at=done_at,
            dropped_at=dropped_at,
            drop_reason=drop_reason,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        action_read.additional_properties = d
        return action_read

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
