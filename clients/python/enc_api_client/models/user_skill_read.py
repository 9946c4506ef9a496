from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserSkillRead")


@_attrs_define
class UserSkillRead:
    """
    Attributes:
        code (str):
        title_fr (str):
        title_en (str):
        trained_at (datetime.datetime): When the latest attended session started.
        session_id (UUID):
        session_title (str):
        provider_id (UUID):
        provider_name (str):
    """

    code: str
    title_fr: str
    title_en: str
    trained_at: datetime.datetime
    session_id: UUID
    session_title: str
    provider_id: UUID
    provider_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title_fr = self.title_fr

        title_en = self.title_en

        trained_at = self.trained_at.isoformat()

        session_id = str(self.session_id)

        session_title = self.session_title

        provider_id = str(self.provider_id)

        provider_name = self.provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title_fr": title_fr,
                "title_en": title_en,
                "trained_at": trained_at,
                "session_id": session_id,
                "session_title": session_title,
                "provider_id": provider_id,
                "provider_name": provider_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title_fr = d.pop("title_fr")

        title_en = d.pop("title_en")

        trained_at = datetime.datetime.fromisoformat(d.pop("trained_at"))

        session_id = UUID(d.pop("session_id"))

        session_title = d.pop("session_title")

        provider_id = UUID(d.pop("provider_id"))

        provider_name = d.pop("provider_name")

        user_skill_read = cls(
            code=code,
            title_fr=title_fr,
            title_en=title_en,
            trained_at=trained_at,
            session_id=session_id,
            session_title=session_title,
            provider_id=provider_id,
            provider_name=provider_name,
        )

        user_skill_read.additional_properties = d
        return user_skill_read

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
