from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.connection_type import ConnectionType
from ..models.subscription_payer import SubscriptionPayer
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionChange")


@_attrs_define
class SubscriptionChange:
    """A change of offer: the running period ends the day before `starts_on` and a new period
    starts then. Fields left out are carried over from the running period, except the measured
    speeds (a new offer is measured again); a field the period always has may be left out but
    not sent as null.

        Attributes:
            starts_on (datetime.date | None | Unset): Default: today. Years 1900 to 2200.
            provider (None | str | Unset):
            offer (None | str | Unset):
            connection_type (ConnectionType | None | Unset):
            advertised_down_kbps (int | None | Unset):
            advertised_up_kbps (int | None | Unset):
            monthly_cost_excl_vat_cents (int | None | Unset):
            monthly_cost_incl_vat_cents (int | None | Unset):
            commitment_ends_on (datetime.date | None | Unset): Years 1900 to 2200.
            payer (None | SubscriptionPayer | Unset):
            notes (None | str | Unset):
    """

    starts_on: datetime.date | None | Unset = UNSET
    provider: None | str | Unset = UNSET
    offer: None | str | Unset = UNSET
    connection_type: ConnectionType | None | Unset = UNSET
    advertised_down_kbps: int | None | Unset = UNSET
    advertised_up_kbps: int | None | Unset = UNSET
    monthly_cost_excl_vat_cents: int | None | Unset = UNSET
    monthly_cost_incl_vat_cents: int | None | Unset = UNSET
    commitment_ends_on: datetime.date | None | Unset = UNSET
    payer: None | SubscriptionPayer | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        offer: None | str | Unset
        if isinstance(self.offer, Unset):
            offer = UNSET
        else:
            offer = self.offer

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

        monthly_cost_excl_vat_cents: int | None | Unset
        if isinstance(self.monthly_cost_excl_vat_cents, Unset):
            monthly_cost_excl_vat_cents = UNSET
        else:
            monthly_cost_excl_vat_cents = self.monthly_cost_excl_vat_cents

        monthly_cost_incl_vat_cents: int | None | Unset
        if isinstance(self.monthly_cost_incl_vat_cents, Unset):
            monthly_cost_incl_vat_cents = UNSET
        else:
            monthly_cost_incl_vat_cents = self.monthly_cost_incl_vat_cents

        commitment_ends_on: None | str | Unset
        if isinstance(self.commitment_ends_on, Unset):
            commitment_ends_on = UNSET
        elif isinstance(self.commitment_ends_on, datetime.date):
            commitment_ends_on = self.commitment_ends_on.isoformat()
        else:
            commitment_ends_on = self.commitment_ends_on

        payer: None | str | Unset
        if isinstance(self.payer, Unset):
            payer = UNSET
        elif isinstance(self.payer, SubscriptionPayer):
            payer = self.payer.value
        else:
            payer = self.payer

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if provider is not UNSET:
            field_dict["provider"] = provider
        if offer is not UNSET:
            field_dict["offer"] = offer
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if advertised_down_kbps is not UNSET:
            field_dict["advertised_down_kbps"] = advertised_down_kbps
        if advertised_up_kbps is not UNSET:
            field_dict["advertised_up_kbps"] = advertised_up_kbps
        if monthly_cost_excl_vat_cents is not UNSET:
            field_dict["monthly_cost_excl_vat_cents"] = monthly_cost_excl_vat_cents
        if monthly_cost_incl_vat_cents is not UNSET:
            field_dict["monthly_cost_incl_vat_cents"] = monthly_cost_incl_vat_cents
        if commitment_ends_on is not UNSET:
            field_dict["commitment_ends_on"] = commitment_ends_on
        if payer is not UNSET:
            field_dict["payer"] = payer
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_offer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offer = _parse_offer(d.pop("offer", UNSET))

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

        def _parse_monthly_cost_excl_vat_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_cost_excl_vat_cents = _parse_monthly_cost_excl_vat_cents(d.pop("monthly_cost_excl_vat_cents", UNSET))

        def _parse_monthly_cost_incl_vat_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_cost_incl_vat_cents = _parse_monthly_cost_incl_vat_cents(d.pop("monthly_cost_incl_vat_cents", UNSET))

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

        def _parse_payer(data: object) -> None | SubscriptionPayer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payer_type_0 = SubscriptionPayer(data)

                return payer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPayer | Unset, data)

        payer = _parse_payer(d.pop("payer", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        subscription_change = cls(
            starts_on=starts_on,
            provider=provider,
            offer=offer,
            connection_type=connection_type,
            advertised_down_kbps=advertised_down_kbps,
            advertised_up_kbps=advertised_up_kbps,
            monthly_cost_excl_vat_cents=monthly_cost_excl_vat_cents,
            monthly_cost_incl_vat_cents=monthly_cost_incl_vat_cents,
            commitment_ends_on=commitment_ends_on,
            payer=payer,
            notes=notes,
        )

        return subscription_change
