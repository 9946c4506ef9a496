from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.sla_clock import SlaClock
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_terms import ContractTerms


T = TypeVar("T", bound="MaintenanceContractWrite")


@_attrs_define
class MaintenanceContractWrite:
    """
    Attributes:
        terms (ContractTerms):
        clock (SlaClock | Unset):
        is_network_default (bool | Unset):  Default: False.
    """

    terms: ContractTerms
    clock: SlaClock | Unset = UNSET
    is_network_default: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        terms = self.terms.to_dict()

        clock: str | Unset = UNSET
        if not isinstance(self.clock, Unset):
            clock = self.clock.value

        is_network_default = self.is_network_default

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "terms": terms,
            }
        )
        if clock is not UNSET:
            field_dict["clock"] = clock
        if is_network_default is not UNSET:
            field_dict["is_network_default"] = is_network_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_terms import ContractTerms  # noqa: PLC0415

        d = dict(src_dict)
        terms = ContractTerms.from_dict(d.pop("terms"))

        _clock = d.pop("clock", UNSET)
        clock: SlaClock | Unset
        if isinstance(_clock, Unset):
            clock = UNSET
        else:
            clock = SlaClock(_clock)

        is_network_default = d.pop("is_network_default", UNSET)

        maintenance_contract_write = cls(
            terms=terms,
            clock=clock,
            is_network_default=is_network_default,
        )

        return maintenance_contract_write
