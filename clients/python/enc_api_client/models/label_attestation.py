from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LabelAttestation")


@_attrs_define
class LabelAttestation:
    """
    Attributes:
        document_reference (str): Where the document is (reference, file name or address).
    """

    document_reference: str

    def to_dict(self) -> dict[str, Any]:
        document_reference = self.document_reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document_reference": document_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_reference = d.pop("document_reference")

        label_attestation = cls(
            document_reference=document_reference,
        )

        return label_attestation
