from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_clause import TemplateClause


T = TypeVar("T", bound="DocumentTemplatePublish")


@_attrs_define
class DocumentTemplatePublish:
    """
    Attributes:
        title (str):
        clauses (list[TemplateClause]):
        note (None | str | Unset):
    """

    title: str
    clauses: list[TemplateClause]
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        clauses = []
        for clauses_item_data in self.clauses:
            clauses_item = clauses_item_data.to_dict()
            clauses.append(clauses_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "clauses": clauses,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_clause import TemplateClause  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        clauses = []
        _clauses = d.pop("clauses")
        for clauses_item_data in _clauses:
            clauses_item = TemplateClause.from_dict(clauses_item_data)

            clauses.append(clauses_item)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        document_template_publish = cls(
            title=title,
            clauses=clauses,
            note=note,
        )

        return document_template_publish
