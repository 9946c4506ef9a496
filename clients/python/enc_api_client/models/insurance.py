from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Insurance")


@_attrs_define
class Insurance:
    """
    Attributes:
        insurer (str):
        policy_number (str):
        valid_until (datetime.date): Years 1900 to 2200.
    """

    insurer: str
    policy_number: str
    valid_until: datetime.date

    def to_dict(self) -> dict[str, Any]:
        insurer = self.insurer

        policy_number = self.policy_number

        valid_until = self.valid_until.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "insurer": insurer,
                "policy_number": policy_number,
                "valid_until": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        insurer = d.pop("insurer")

        policy_number = d.pop("policy_number")

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        insurance = cls(
            insurer=insurer,
            policy_number=policy_number,
            valid_until=valid_until,
        )

        return insurance
