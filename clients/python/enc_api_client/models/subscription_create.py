from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.connection_type import ConnectionType
from ..models.subscription_kind import SubscriptionKind
from ..models.subscription_payer import SubscriptionPayer
from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCreate")


@_attrs_define
class SubscriptionCreate:
    """
    Attributes:
        kind (SubscriptionKind):
        provider (str):
        offer (str):
        monthly_cost_excl_vat_cents (int): Integer cents (1990 is 19,90 €).
        monthly_cost_incl_vat_cents (int): Integer cents (1990 is 19,90 €).
        payer (SubscriptionPayer):
        connection_type (ConnectionType | None | Unset): Required for an internet subscription.
        advertised_down_kbps (int | None | Unset):
        advertised_up_kbps (int | None | Unset):
        measured_down_kbps (int | None | Unset):
        measured_up_kbps (int | None | Unset):
        measured_on (datetime.date | None | Unset): Years 1900 to 2200.
        commitment_ends_on (datetime.date | None | Unset): Years 1900 to 2200.
        status (SubscriptionStatus | Unset):
        started_on (datetime.date | None | Unset): Default: today. Years 1900 to 2200.
        notes (None | str | Unset):
    """

    kind: SubscriptionKind
    provider: str
    offer: str
    monthly_cost_excl_vat_cents: int
    monthly_cost_incl_vat_cents: int
    payer: SubscriptionPayer
    connection_type: ConnectionType | None | Unset = UNSET
    advertised_down_kbps: int | None | Unset = UNSET
    advertised_up_kbps: int | None | Unset = UNSET
    measured_down_kbps: int | None | Unset = UNSET
    measured_up_kbps: int | None | Unset = UNSET
    measured_on: datetime.date | None | Unset = UNSET
    commitment_ends_on: datetime.date | None | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET
    started_on: datetime.date | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        provider = self.provider

        offer = self.offer

        monthly_cost_excl_vat_cents = self.monthly_cost_excl_vat_cents

        monthly_cost_incl_vat_cents = self.monthly_cost_incl_vat_cents

        payer = self.payer.value

        connection_type: None | str | Unset
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        elif isinstance(self.connection_type, ConnectionType):
            connection_type = self.connection_type.value
        else:
            connection_type = self.connection_type

        advertised_down_kbps: int | None | Unset
        if isinstance(self.advertised_down_kbps, Unset):
            advertised_down_kbps = UNSET
        else:
            advertised_down_kbps = self.advertised_down_kbps

        advertised_up_kbps: int | None | Unset
        if isinstance(self.advertised_up_kbps, Unset):
            advertised_up_kbps = UNSET
        else:
            advertised_up_kbps = self.advertised_up_kbps

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

        commitment_ends_on: None | str | Unset
        if isinstance(self.commitment_ends_on, Unset):
            commitment_ends_on = UNSET
        elif isinstance(self.commitment_ends_on, datetime.date):
            commitment_ends_on = self.commitment_ends_on.isoformat()
        else:
            commitment_ends_on = self.commitment_ends_on

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "provider": provider,
                "offer": offer,
                "monthly_cost_excl_vat_cents": monthly_cost_excl_vat_cents,
                "monthly_cost_incl_vat_cents": monthly_cost_incl_vat_cents,
                "payer": payer,
            }
        )
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if advertised_down_kbps is not UNSET:
            field_dict["advertised_down_kbps"] = advertised_down_kbps
        if advertised_up_kbps is not UNSET:
            field_dict["advertised_up_kbps"] = advertised_up_kbps
        if measured_down_kbps is not UNSET:
            field_dict["measured_down_kbps"] = measured_down_kbps
        if measured_up_kbps is not UNSET:
            field_dict["measured_up_kbps"] = measured_up_kbps
        if measured_on is not UNSET:
            field_dict["measured_on"] = measured_on
        if commitment_ends_on is not UNSET:
            field_dict["commitment_ends_on"] = commitment_ends_on
        if status is not UNSET:
            field_dict["status"] = status
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = SubscriptionKind(d.pop("kind"))

        provider = d.pop("provider")

        offer = d.pop("offer")

        monthly_cost_excl_vat_cents = d.pop("monthly_cost_excl_vat_cents")

        monthly_cost_incl_vat_cents = d.pop("monthly_cost_incl_vat_cents")

        payer = SubscriptionPayer(d.pop("payer"))

        def _parse_connection_type(data: object) -> ConnectionType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connection_type_type_0 = ConnectionType(data)

                return connection_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionType | None | Unset, data)

        connection_type = _parse_connection_type(d.pop("connection_type", UNSET))

        def _parse_advertised_down_kbps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        advertised_down_kbps = _parse_advertised_down_kbps(d.pop("advertised_down_kbps", UNSET))

        def _parse_advertised_up_kbps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        advertised_up_kbps = _parse_advertised_up_kbps(d.pop("advertised_up_kbps", UNSET))

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

        _status = d.pop("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionStatus(_status)

        def _parse_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)

                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        started_on = _parse_started_on(d.pop("started_on", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        subscription_create = cls(
            kind=kind,
            provider=provider,
            offer=offer,
            monthly_cost_excl_vat_cents=monthly_cost_excl_vat_cents,
            monthly_cost_incl_vat_cents=monthly_cost_incl_vat_cents,
            payer=payer,
            connection_type=connection_type,
            advertised_down_kbps=advertised_down_kbps,
            advertised_up_kbps=advertised_up_kbps,
            measured_down_kbps=measured_down_kbps,
            measured_up_kbps=measured_up_kbps,
            measured_on=measured_on,
            commitment_ends_on=commitment_ends_on,
            status=status,
            started_on=started_on,
            notes=notes,
        )

        return subscription_create
