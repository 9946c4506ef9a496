from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillUpdate")


@_attrs_define
class SkillUpdate:
    """
    Attributes:
        title_fr (None | str | Unset):
        title_en (None | str | Unset):
        description (None | str | Unset):
    """

    title_fr: None | str | Unset = UNSET
    title_en: None | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title_fr: None | str | Unset
        if isinstance(self.title_fr, Unset):
            title_fr = UNSET
        else:
            title_fr = self.title_fr

        title_en: None | str | Unset
        if isinstance(self.title_en, Unset):
            title_en = UNSET
        else:
            title_en = self.title_en

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title_fr is not UNSET:
            field_dict["title_fr"] = title_fr
        if title_en is not UNSET:
            field_dict["title_en"] = title_en
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_title_fr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_fr = _parse_title_fr(d.pop("title_fr", UNSET))

        def _parse_title_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_en = _parse_title_en(d.pop("title_en", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        skill_update = cls(
            title_fr=title_fr,
            title_en=title_en,
            description=description,
        )

        return skill_update
