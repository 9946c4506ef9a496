from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pooling_member import PoolingMember


T = TypeVar("T", bound="PoolingGroup")


@_attrs_define
class PoolingGroup:
    """
    Attributes:
        provider (str):
        commitments_end_from (datetime.date):
        commitments_end_to (datetime.date):
        spaces (int):
        monthly_cost_incl_vat_cents (int):
        members (list[PoolingMember]):
    """

    provider: str
    commitments_end_from: datetime.date
    commitments_end_to: datetime.date
    spaces: int
    monthly_cost_incl_vat_cents: int
    members: list[PoolingMember]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        commitments_end_from = self.commitments_end_from.isoformat()

        commitments_end_to = self.commitments_end_to.isoformat()

        spaces = self.spaces

        monthly_cost_incl_vat_cents = self.monthly_cost_incl_vat_cents

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "commitments_end_from": commitments_end_from,
                "commitments_end_to": commitments_end_to,
                "spaces": spaces,
                "monthly_cost_incl_vat_cents": monthly_cost_incl_vat_cents,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pooling_member import PoolingMember  # noqa: PLC0415

        d = dict(src_dict)
        provider = d.pop("provider")

        commitments_end_from = datetime.date.fromisoformat(d.pop("commitments_end_from"))

        commitments_end_to = datetime.date.fromisoformat(d.pop("commitments_end_to"))

        spaces = d.pop("spaces")

        monthly_cost_incl_vat_cents = d.pop("monthly_cost_incl_vat_cents")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = PoolingMember.from_dict(members_item_data)

            members.append(members_item)

        pooling_group = cls(
            provider=provider,
            commitments_end_from=commitments_end_from,
            commitments_end_to=commitments_end_to,
            spaces=spaces,
            monthly_cost_incl_vat_cents=monthly_cost_incl_vat_cents,
            members=members,
        )

        pooling_group.additional_properties = d
        return pooling_group

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
