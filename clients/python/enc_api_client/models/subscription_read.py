from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_type import ConnectionType
from ..models.subscription_kind import SubscriptionKind
from ..models.subscription_payer import SubscriptionPayer
from ..models.subscription_status import SubscriptionStatus

T = TypeVar("T", bound="SubscriptionRead")


@_attrs_define
class SubscriptionRead:
    """
    Attributes:
        id (UUID):
        line_id (UUID): The subscription across its periods (the first period's id).
        period_number (int):
        space_id (UUID):
        association_id (UUID):
        kind (SubscriptionKind):
        provider (str):
        offer (str):
        connection_type (ConnectionType | None):
        advertised_down_kbps (int | None):
        advertised_up_kbps (int | None):
        measured_down_kbps (int | None):
        measured_up_kbps (int | None):
        measured_on (datetime.date | None):
        monthly_cost_excl_vat_cents (int):
        monthly_cost_incl_vat_cents (int):
        commitment_ends_on (datetime.date | None):
        payer (SubscriptionPayer):
        status (SubscriptionStatus):
        started_on (datetime.date):
        ended_on (datetime.date | None): The period's last day; null: running.
        is_current (bool): The running period of its subscription.
        end_reason (None | str):
        notes (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    line_id: UUID
    period_number: int
    space_id: UUID
    association_id: UUID
    kind: SubscriptionKind
    provider: str
    offer: str
    connection_type: ConnectionType | None
    advertised_down_kbps: int | None
    advertised_up_kbps: int | None
    measured_down_kbps: int | None
    measured_up_kbps: int | None
    measured_on: datetime.date | None
    monthly_cost_excl_vat_cents: int
    monthly_cost_incl_vat_cents: int
    commitment_ends_on: datetime.date | None
    payer: SubscriptionPayer
    status: SubscriptionStatus
    started_on: datetime.date
    ended_on: datetime.date | None
    is_current: bool
    end_reason: None | str
    notes: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        line_id = str(self.line_id)

        period_number = self.period_number

        space_id = str(self.space_id)

        association_id = str(self.association_id)

        kind = self.kind.value

        provider = self.provider

        offer = self.offer

        connection_type: None | str
        if isinstance(self.connection_type, ConnectionType):
            connection_type = self.connection_type.value
        else:
            connection_type = self.connection_type

        advertised_down_kbps: int | None
        advertised_down_kbps = self.advertised_down_kbps

        advertised_up_kbps: int | None
        advertised_up_kbps = self.advertised_up_kbps

        measured_down_kbps: int | None
        measured_down_kbps = self.measured_down_kbps

        measured_up_kbps: int | None
        measured_up_kbps = self.measured_up_kbps

        measured_on: None | str
        if isinstance(self.measured_on, datetime.date):
            measured_on = self.measured_on.isoformat()
        else:
            measured_on = self.measured_on

        monthly_cost_excl_vat_cents = self.monthly_cost_excl_vat_cents

        monthly_cost_incl_vat_cents = self.monthly_cost_incl_vat_cents

        commitment_ends_on: None | str
        if isinstance(self.commitment_ends_on, datetime.date):
            commitment_ends_on = self.commitment_ends_on.isoformat()
        else:
            commitment_ends_on = self.commitment_ends_on

        payer = self.payer.value

        status = self.status.value

        started_on = self.started_on.isoformat()

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        is_current = self.is_current

        end_reason: None | str
        end_reason = self.end_reason

        notes: None | str
        notes = self.notes

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "line_id": line_id,
                "period_number": period_number,
                "space_id": space_id,
                "association_id": association_id,
                "kind": kind,
                "provider": provider,
                "offer": offer,
                "connection_type": connection_type,
                "advertised_down_kbps": advertised_down_kbps,
                "advertised_up_kbps": advertised_up_kbps,
                "measured_down_kbps": measured_down_kbps,
                "measured_up_kbps": measured_up_kbps,
                "measured_on": measured_on,
                "monthly_cost_excl_vat_cents": monthly_cost_excl_vat_cents,
                "monthly_cost_incl_vat_cents": monthly_cost_incl_vat_cents,
                "commitment_ends_on": commitment_ends_on,
                "payer": payer,
                "status": status,
                "started_on": started_on,
                "ended_on": ended_on,
                "is_current": is_current,
                "end_reason": end_reason,
                "notes": notes,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        line_id = UUID(d.pop("line_id"))

        period_number = d.pop("period_number")

        space_id = UUID(d.pop("space_id"))

        association_id = UUID(d.pop("association_id"))

        kind = SubscriptionKind(d.pop("kind"))

        provider = d.pop("provider")

        offer = d.pop("offer")

        def _parse_connection_type(data: object) -> ConnectionType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connection_type_type_0 = ConnectionType(data)

                return connection_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionType | None, data)

        connection_type = _parse_connection_type(d.pop("connection_type"))

        def _parse_advertised_down_kbps(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        advertised_down_kbps = _parse_advertised_down_kbps(d.pop("advertised_down_kbps"))

        def _parse_advertised_up_kbps(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        advertised_up_kbps = _parse_advertised_up_kbps(d.pop("advertised_up_kbps"))

        def _parse_measured_down_kbps(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        measured_down_kbps = _parse_measured_down_kbps(d.pop("measured_down_kbps"))

        def _parse_measured_up_kbps(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        measured_up_kbps = _parse_measured_up_kbps(d.pop("measured_up_kbps"))

        def _parse_measured_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                measured_on_type_0 = datetime.date.fromisoformat(data)

                return measured_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        measured_on = _parse_measured_on(d.pop("measured_on"))

        monthly_cost_excl_vat_cents = d.pop("monthly_cost_excl_vat_cents")

        monthly_cost_incl_vat_cents = d.pop("monthly_cost_incl_vat_cents")

        def _parse_commitment_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                commitment_ends_on_type_0 = datetime.date.fromisoformat(data)

                return commitment_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        commitment_ends_on = _parse_commitment_ends_on(d.pop("commitment_ends_on"))

        payer = SubscriptionPayer(d.pop("payer"))

        status = SubscriptionStatus(d.pop("status"))

        started_on = datetime.date.fromisoformat(d.pop("started_on"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))

        is_current = d.pop("is_current")

        def _parse_end_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_reason = _parse_end_reason(d.pop("end_reason"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        subscription_read = cls(
            id=id,
            line_id=line_id,
            period_number=period_number,
            space_id=space_id,
            association_id=association_id,
            kind=kind,
            provider=provider,
            offer=offer,
            connection_type=connection_type,
            advertised_down_kbps=advertised_down_kbps,
            advertised_up_kbps=advertised_up_kbps,
            measured_down_kbps=measured_down_kbps,
            measured_up_kbps=measured_up_kbps,
            measured_on=measured_on,
            monthly_cost_excl_vat_cents=monthly_cost_excl_vat_cents,
            monthly_cost_incl_vat_cents=monthly_cost_incl_vat_cents,
            commitment_ends_on=commitment_ends_on,
            payer=payer,
            status=status,
            started_on=started_on,
            ended_on=ended_on,
            is_current=is_current,
            end_reason=end_reason,
            notes=notes,
            created_at=created_at,
            updated_at=updated_at,
        )

        subscription_read.additional_properties = d
        return subscription_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
