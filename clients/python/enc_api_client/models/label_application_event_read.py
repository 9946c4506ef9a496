from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_application_status import LabelApplicationStatus

T = TypeVar("T", bound="LabelApplicationEventRead")


@_attrs_define
class LabelApplicationEventRead:
    """
    Attributes:
        id (UUID):
        from_status (LabelApplicationStatus | None):
        to_status (LabelApplicationStatus):
        actor_user_id (None | UUID):
        actor_api_key_id (None | UUID):
        comment (None | str):
        occurred_at (datetime.datetime):
    """

    id: UUID
    from_status: LabelApplicationStatus | None
    to_status: LabelApplicationStatus
    actor_user_id: None | UUID
    actor_api_key_id: None | UUID
    comment: None | str
    occurred_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        from_status: None | str
        if isinstance(self.from_status, LabelApplicationStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status = self.to_status.value

        actor_user_id: None | str
        if isinstance(self.actor_user_id, UUID):
            actor_user_id = str(self.actor_user_id)
        else:
            actor_user_id = self.actor_user_id

        actor_api_key_id: None | str
        if isinstance(self.actor_api_key_id, UUID):
            actor_api_key_id = str(self.actor_api_key_id)
        else:
            actor_api_key_id = self.actor_api_key_id

        comment: None | str
        comment = self.comment

        occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "from_status": from_status,
                "to_status": to_status,
                "actor_user_id": actor_user_id,
                "actor_api_key_id": actor_api_key_id,
                "comment": comment,
                "occurred_at": occurred_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_from_status(data: object) -> LabelApplicationStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = LabelApplicationStatus(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelApplicationStatus | None, data)

        from_status = _parse_from_status(d.pop("from_status"))

        to_status = LabelApplicationStatus(d.pop("to_status"))

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

        def _parse_actor_api_key_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_api_key_id_type_0 = UUID(data)

                return actor_api_key_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_api_key_id = _parse_actor_api_key_id(d.pop("actor_api_key_id"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        label_application_event_read = cls(
            id=id,
            from_status=from_status,
            to_status=to_status,
            actor_user_id=actor_user_id,
            actor_api_key_id=actor_api_key_id,
            comment=comment,
            occurred_at=occurred_at,
        )

        label_application_event_read.additional_properties = d
        return label_application_event_read

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
