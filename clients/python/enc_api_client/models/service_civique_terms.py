from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training import Training


T = TypeVar("T", bound="ServiceCiviqueTerms")


@_attrs_define
class ServiceCiviqueTerms:
    """A Service Civique's contract and its two mandatory trainings.

    Attributes:
        contract_reference (None | str | Unset): The contract's reference (Agence du Service Civique).
        civic_training (Training | Unset):
        first_aid_training (Training | Unset):
    """

    contract_reference: None | str | Unset = UNSET
    civic_training: Training | Unset = UNSET
    first_aid_training: Training | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contract_reference: None | str | Unset
        if isinstance(self.contract_reference, Unset):
            contract_reference = UNSET
        else:
            contract_reference = self.contract_reference

        civic_training: dict[str, Any] | Unset = UNSET
        if not isinstance(self.civic_training, Unset):
            civic_training = self.civic_training.to_dict()

        first_aid_training: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_aid_training, Unset):
            first_aid_training = self.first_aid_training.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contract_reference is not UNSET:
            field_dict["contract_reference"] = contract_reference
        if civic_training is not UNSET:
            field_dict["civic_training"] = civic_training
        if first_aid_training is not UNSET:
            field_dict["first_aid_training"] = first_aid_training

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training import Training  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_contract_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_reference = _parse_contract_reference(d.pop("contract_reference", UNSET))

        _civic_training = d.pop("civic_training", UNSET)
        civic_training: Training | Unset
        if isinstance(_civic_training, Unset):
            civic_training = UNSET
        else:
            civic_training = Training.from_dict(_civic_training)

        _first_aid_training = d.pop("first_aid_training", UNSET)
        first_aid_training: Training | Unset
        if isinstance(_first_aid_training, Unset):
            first_aid_training = UNSET
        else:
            first_aid_training = Training.from_dict(_first_aid_training)

        service_civique_terms = cls(
            contract_reference=contract_reference,
            civic_training=civic_training,
            first_aid_training=first_aid_training,
        )

        return service_civique_terms
