from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_template_kind import DocumentTemplateKind

if TYPE_CHECKING:
    from ..models.template_clause_read import TemplateClauseRead


T = TypeVar("T", bound="DocumentTemplateRead")


@_attrs_define
class DocumentTemplateRead:
    """
    Attributes:
        kind (DocumentTemplateKind):
        version (int):
        title (str):
        clauses (list[TemplateClauseRead]):
        note (None | str):
        published_at (datetime.datetime):
    """

    kind: DocumentTemplateKind
    version: int
    title: str
    clauses: list[TemplateClauseRead]
    note: None | str
    published_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        version = self.version

        title = self.title

        clauses = []
        for clauses_item_data in self.clauses:
            clauses_item = clauses_item_data.to_dict()
            clauses.append(clauses_item)

        note: None | str
        note = self.note

        published_at = self.published_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "version": version,
                "title": title,
                "clauses": clauses,
                "note": note,
                "published_at": published_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_clause_read import TemplateClauseRead  # noqa: PLC0415

        d = dict(src_dict)
        kind = DocumentTemplateKind(d.pop("kind"))

        version = d.pop("version")

        title = d.pop("title")

        clauses = []
        _clauses = d.pop("clauses")
        for clauses_item_data in _clauses:
            clauses_item = TemplateClauseRead.from_dict(clauses_item_data)

            clauses.append(clauses_item)

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        document_template_read = cls(
            kind=kind,
            version=version,
            title=title,
            clauses=clauses,
            note=note,
            published_at=published_at,
        )

        document_template_read.additional_properties = d
        return document_template_read

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
