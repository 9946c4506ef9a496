from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.journal_entry_read import JournalEntryRead


T = TypeVar("T", bound="VerificationRead")


@_attrs_define
class VerificationRead:
    """
    Attributes:
        document_id (UUID):
        intact (bool): The chain recomputes, and every signed version's bytes still hash to what was signed.
        entries (list[JournalEntryRead]): The document's journal, oldest first.
        problems (list[str]): What no longer matches (empty when intact).
    """

    document_id: UUID
    intact: bool
    entries: list[JournalEntryRead]
    problems: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        intact = self.intact

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        problems = self.problems

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "intact": intact,
                "entries": entries,
                "problems": problems,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal_entry_read import JournalEntryRead  # noqa: PLC0415

        d = dict(src_dict)
        document_id = UUID(d.pop("document_id"))

        intact = d.pop("intact")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = JournalEntryRead.from_dict(entries_item_data)

            entries.append(entries_item)

        problems = cast(list[str], d.pop("problems"))

        verification_read = cls(
            document_id=document_id,
            intact=intact,
            entries=entries,
            problems=problems,
        )

        verification_read.additional_properties = d
        return verification_read

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
