from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelAttestation")


@_attrs_define
class LabelAttestation:
    """A declarative criterion is met by a document, not by a word: the uploaded document
    (`POST /documents`) that proves it, of the criterion's kind where it has one (a `charter`
    for `charter_signed`, a `welcome_booklet`, a `development_plan`), of the application's
    space or association, active.

        Attributes:
            document_id (UUID): The uploaded document that proves it.
            document_reference (None | str | Unset): An optional note: the paper's own reference or filing place.
    """

    document_id: UUID
    document_reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        document_reference: None | str | Unset
        if isinstance(self.document_reference, Unset):
            document_reference = UNSET
        else:
            document_reference = self.document_reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document_id": document_id,
            }
        )
        if document_reference is not UNSET:
            field_dict["document_reference"] = document_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = UUID(d.pop("document_id"))

        def _parse_document_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_reference = _parse_document_reference(d.pop("document_reference", UNSET))

        label_attestation = cls(
            document_id=document_id,
            document_reference=document_reference,
        )

        return label_attestation
