from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoanAgreementCreate")


@_attrs_define
class LoanAgreementCreate:
    """
    Attributes:
        association_id (UUID):
        reference (str):
        starts_on (datetime.date): Years 1900 to 2200.
        ends_on (datetime.date): Years 1900 to 2200.
        notes (None | str | Unset):
    """

    association_id: UUID
    reference: str
    starts_on: datetime.date
    ends_on: datetime.date
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        association_id = str(self.association_id)

        reference = self.reference

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "association_id": association_id,
                "reference": reference,
                "starts_on": starts_on,
                "ends_on": ends_on,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        association_id = UUID(d.pop("association_id"))

        reference = d.pop("reference")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        loan_agreement_create = cls(
            association_id=association_id,
            reference=reference,
            starts_on=starts_on,
            ends_on=ends_on,
            notes=notes,
        )

        return loan_agreement_create
