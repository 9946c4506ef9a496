from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionUpdate")


@_attrs_define
class SubscriptionUpdate:
    """What changes in place: a new measure, the status, the commitment's end, notes. A new
    offer, price or provider is a new period (`POST /subscriptions/{id}/periods`).

        Attributes:
            measured_down_kbps (int | None | Unset):
            measured_up_kbps (int | None | Unset):
            measured_on (datetime.date | None | Unset): Years 1900 to 2200.
            status (None | SubscriptionStatus | Unset): `planned`, `active` or `out_of_service`.
            commitment_ends_on (datetime.date | None | Unset): Years 1900 to 2200.
            notes (None | str | Unset):
    """

    measured_down_kbps: int | None | Unset = UNSET
    measured_up_kbps: int | None | Unset = UNSET
    measured_on: datetime.date | None | Unset = UNSET
    status: None | SubscriptionStatus | Unset = UNSET
    commitment_ends_on: datetime.date | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        measured_down_kbps: int | None | Unset
        if isinstance(self.measured_down_kbps, Unset):
            measured_down_kbps = UNSET
        else:
            measured_down_kbps = self.measured_down_kbps

        measured_up_kbps: int | None | Unset
        if isinstance(self.measured_up_kbps, Unset):
            measured_up_kbps = UNSET
        else:
            measured_up_kbps = self.measured_up_kbps

        measured_on: None | str | Unset
        if isinstance(self.measured_on, Unset):
            measured_on = UNSET
        elif isinstance(self.measured_on, datetime.date):
            measured_on = self.measured_on.isoformat()
        else:
            measured_on = self.measured_on

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SubscriptionStatus):
            status = self.status.value
        else:
            status = self.status

        commitment_ends_on: None | str | Unset
        if isinstance(self.commitment_ends_on, Unset):
            commitment_ends_on = UNSET
        elif isinstance(self.commitment_ends_on, datetime.date):
            commitment_ends_on = self.commitment_ends_on.isoformat()
        else:
            commitment_ends_on = self.commitment_ends_on

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if measured_down_kbps is not UNSET:
            field_dict["measured_down_kbps"] = measured_down_kbps
        if measured_up_kbps is not UNSET:
            field_dict["measured_up_kbps"] = measured_up_kbps
        if measured_on is not UNSET:
            field_dict["measured_on"] = measured_on
        if status is not UNSET:
            field_dict["status"] = status
        if commitment_ends_on is not UNSET:
            field_dict["commitment_ends_on"] = commitment_ends_on
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_measured_down_kbps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        measured_down_kbps = _parse_measured_down_kbps(d.pop("measured_down_kbps", UNSET))

        def _parse_measured_up_kbps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        measured_up_kbps = _parse_measured_up_kbps(d.pop("measured_up_kbps", UNSET))

        def _parse_measured_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                measured_on_type_0 = datetime.date.fromisoformat(data)

                return measured_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        measured_on = _parse_measured_on(d.pop("measured_on", UNSET))

        def _parse_status(data: object) -> None | SubscriptionStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SubscriptionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_commitment_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                commitment_ends_on_type_0 = datetime.date.fromisoformat(data)

                return commitment_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        commitment_ends_on = _parse_commitment_ends_on(d.pop("commitment_ends_on", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        subscription_update = cls(
            measured_down_kbps=measured_down_kbps,
            measured_up_kbps=measured_up_kbps,
            measured_on=measured_on,
            status=status,
            commitment_ends_on=commitment_ends_on,
            notes=notes,
        )

        return subscription_update
