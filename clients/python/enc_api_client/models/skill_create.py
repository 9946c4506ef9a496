from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillCreate")


@_attrs_define
class SkillCreate:
    """
    Attributes:
        code (str): Stable slug: lowercase, digits and hyphens.
        title_fr (str):
        title_en (str):
        description (None | str | Unset):
    """

    code: str
    title_fr: str
    title_en: str
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title_fr = self.title_fr

        title_en = self.title_en

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "title_fr": title_fr,
                "title_en": title_en,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title_fr = d.pop("title_fr")

        title_en = d.pop("title_en")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        skill_create = cls(
            code=code,
            title_fr=title_fr,
            title_en=title_en,
            description=description,
        )

        return skill_create
