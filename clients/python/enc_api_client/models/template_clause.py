from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TemplateClause")


@_attrs_define
class TemplateClause:
    """
    Attributes:
        title (str):
        text (str):
    """

    title: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        text = d.pop("text")

        template_clause = cls(
            title=title,
            text=text,
        )

        return template_clause
