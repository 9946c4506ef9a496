from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sla_clock import SlaClock

if TYPE_CHECKING:
    from ..models.contract_terms import ContractTerms


T = TypeVar("T", bound="MaintenanceContractRead")


@_attrs_define
class MaintenanceContractRead:
    """
    Attributes:
        partner_id (UUID):
        clock (SlaClock):
        is_network_default (bool):
        terms (ContractTerms):
        updated_at (datetime.datetime):
    """

    partner_id: UUID
    clock: SlaClock
    is_network_default: bool
    terms: ContractTerms
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_id = str(self.partner_id)

        clock = self.clock.value

        is_network_default = self.is_network_default

        terms = self.terms.to_dict()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner_id": partner_id,
                "clock": clock,
                "is_network_default": is_network_default,
                "terms": terms,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_terms import ContractTerms  # noqa: PLC0415

        d = dict(src_dict)
        partner_id = UUID(d.pop("partner_id"))

        clock = SlaClock(d.pop("clock"))

        is_network_default = d.pop("is_network_default")

        terms = ContractTerms.from_dict(d.pop("terms"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        maintenance_contract_read = cls(
            partner_id=partner_id,
            clock=clock,
            is_network_default=is_network_default,
            terms=terms,
            updated_at=updated_at,
        )

        maintenance_contract_read.additional_properties = d
        return maintenance_contract_read

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
