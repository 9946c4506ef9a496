from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.request_status import RequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentRequestTransition")


@_attrs_define
class EquipmentRequestTransition:
    """
    Attributes:
        to (RequestStatus):
        reason (None | str | Unset): Why; required to decline.
        approved_quantity (int | None | Unset): To approve in part: at most the quantity asked (the whole of it if left
            out).
    """

    to: RequestStatus
    reason: None | str | Unset = UNSET
    approved_quantity: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to = self.to.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        approved_quantity: int | None | Unset
        if isinstance(self.approved_quantity, Unset):
            approved_quantity = UNSET
        else:
            approved_quantity = self.approved_quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if approved_quantity is not UNSET:
            field_dict["approved_quantity"] = approved_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = RequestStatus(d.pop("to"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_approved_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approved_quantity = _parse_approved_quantity(d.pop("approved_quantity", UNSET))

        equipment_request_transition = cls(
            to=to,
            reason=reason,
            approved_quantity=approved_quantity,
        )

        return equipment_request_transition
