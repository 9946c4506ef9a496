from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.loan_agreement_status import LoanAgreementStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoanAgreementTransition")


@_attrs_define
class LoanAgreementTransition:
    """
    Attributes:
        to (LoanAgreementStatus):
        reason (None | str | Unset): Required to terminate or decline.
        signed_by (None | str | Unset): Who signed for the association (to activate); default the name on the
            association's signature of the agreement's document.
        signed_on (datetime.date | None | Unset): When it was signed (to activate); default the date of the later of the
            two signatures (the city's and the association's). Years 1900 to 2200.
    """

    to: LoanAgreementStatus
    reason: None | str | Unset = UNSET
    signed_by: None | str | Unset = UNSET
    signed_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to = self.to.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        signed_by: None | str | Unset
        if isinstance(self.signed_by, Unset):
            signed_by = UNSET
        else:
            signed_by = self.signed_by

        signed_on: None | str | Unset
        if isinstance(self.signed_on, Unset):
            signed_on = UNSET
        elif isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if signed_by is not UNSET:
            field_dict["signed_by"] = signed_by
        if signed_on is not UNSET:
            field_dict["signed_on"] = signed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = LoanAgreementStatus(d.pop("to"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_signed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_by = _parse_signed_by(d.pop("signed_by", UNSET))

        def _parse_signed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        signed_on = _parse_signed_on(d.pop("signed_on", UNSET))

        loan_agreement_transition = cls(
            to=to,
            reason=reason,
            signed_by=signed_by,
            signed_on=signed_on,
        )

        return loan_agreement_transition
