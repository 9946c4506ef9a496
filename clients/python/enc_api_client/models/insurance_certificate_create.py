from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="InsuranceCertificateCreate")


@_attrs_define
class InsuranceCertificateCreate:
    """What the certificate says, with the uploaded document it is read from (`POST
    /documents` with kind `insurance_certificate` and this space first).

        Attributes:
            document_id (UUID): An active document of kind `insurance_certificate` of this space.
            insurer (str):
            policy_number (str):
            valid_from (datetime.date): Years 1900 to 2200.
            valid_until (datetime.date): Years 1900 to 2200.
    """

    document_id: UUID
    insurer: str
    policy_number: str
    valid_from: datetime.date
    valid_until: datetime.date

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        insurer = self.insurer

        policy_number = self.policy_number

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document_id": document_id,
                "insurer": insurer,
                "policy_number": policy_number,
                "valid_from": valid_from,
                "valid_until": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = UUID(d.pop("document_id"))

        insurer = d.pop("insurer")

        policy_number = d.pop("policy_number")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        insurance_certificate_create = cls(
            document_id=document_id,
            insurer=insurer,
            policy_number=policy_number,
            valid_from=valid_from,
            valid_until=valid_until,
        )

        return insurance_certificate_create
