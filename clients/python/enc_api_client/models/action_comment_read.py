from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActionCommentRead")


@_attrs_define
class ActionCommentRead:
    """
    Attributes:
        id (UUID):
        action_id (UUID):
        author_user_id (None | UUID):
        body (str):
        created_at (datetime.datetime):
    """

    id: UUID
    action_id: UUID
    author_user_id: None | UUID
    body: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        action_id = str(self.action_id)

        author_user_id: None | str
        if isinstance(self.author_user_id, UUID):
            author_user_id = str(self.author_user_id)
        else:
            author_user_id = self.author_user_id

        body = self.body

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action_id": action_id,
                "author_user_id": author_user_id,
                "body": body,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        action_id = UUID(d.pop("action_id"))

        def _parse_author_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                author_user_id_type_0 = UUID(data)

                return author_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        author_user_id = _parse_author_user_id(d.pop("author_user_id"))

        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        action_comment_read = cls(
            id=id,
            action_id=action_id,
            author_user_id=author_user_id,
            body=body,
            created_at=created_at,
        )

        action_comment_read.additional_properties = d
        return action_comment_read

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
