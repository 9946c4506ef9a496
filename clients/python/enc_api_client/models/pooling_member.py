from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PoolingMember")


@_attrs_define
class PoolingMember:
    """
    Attributes:
        subscription_id (UUID):
        space_id (UUID):
        space_name (str):
        offer (str):
        commitment_ends_on (datetime.date):
        monthly_cost_incl_vat_cents (int):
    """

    subscription_id: UUID
    space_id: UUID
    space_name: str
    offer: str
    commitment_ends_on: datetime.date
    monthly_cost_incl_vat_cents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = str(self.subscription_id)

        space_id = str(self.space_id)

        space_name = self.space_name

        offer = self.offer

        commitment_ends_on = self.commitment_ends_on.isoformat()

        monthly_cost_incl_vat_cents = self.monthly_cost_incl_vat_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_id": subscription_id,
                "space_id": space_id,
                "space_name": space_name,
                "offer": offer,
                "commitment_ends_on": commitment_ends_on,
                "monthly_cost_incl_vat_cents": monthly_cost_incl_vat_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = UUID(d.pop("subscription_id"))

        space_id = UUID(d.pop("space_id"))

        space_name = d.pop("space_name")

        offer = d.pop("offer")

        commitment_ends_on = datetime.date.fromisoformat(d.pop("commitment_ends_on"))

        monthly_cost_incl_vat_cents = d.pop("monthly_cost_incl_vat_cents")

        pooling_member = cls(
            subscription_id=subscription_id,
            space_id=space_id,
            space_name=space_name,
            offer=offer,
            commitment_ends_on=commitment_ends_on,
            monthly_cost_incl_vat_cents=monthly_cost_incl_vat_cents,
        )

        pooling_member.additional_properties = d
        return pooling_member

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
