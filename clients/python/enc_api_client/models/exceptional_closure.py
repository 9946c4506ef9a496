from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExceptionalClosure")


@_attrs_define
class ExceptionalClosure:
    """
    Attributes:
        from_ (datetime.date): Years 1900 to 2200.
        to (datetime.date): Years 1900 to 2200.
        reason (str):
    """

    from_: datetime.date
    to: datetime.date
    reason: str

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "to": to,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

        reason = d.pop("reason")

        exceptional_closure = cls(
            from_=from_,
            to=to,
            reason=reason,
        )

        return exceptional_closure
