from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_status import ActionStatus

T = TypeVar("T", bound="FollowUp")


@_attrs_define
class FollowUp:
    """An open action concerning an invitee, as the next meeting's agenda shows it (computed on
    read, never copied).

        Attributes:
            id (UUID):
            title (str):
            owner_user_id (None | UUID):
            owner_association_id (None | UUID):
            due_on (datetime.date | None):
            status (ActionStatus):
            overdue (bool):
    """

    id: UUID
    title: str
    owner_user_id: None | UUID
    owner_association_id: None | UUID
    due_on: datetime.date | None
    status: ActionStatus
    overdue: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "owner_user_id": owner_user_id,
                "owner_association_id": owner_association_id,
                "due_on": due_on,
                "status": status,
                "overdue": overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

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

        follow_up = cls(
            id=id,
            title=title,
            owner_user_id=owner_user_id,
            owner_association_id=owner_association_id,
            due_on=due_on,
            status=status,
            overdue=overdue,
        )

        follow_up.additional_properties = d
        return follow_up

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
