from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.training_read import TrainingRead


T = TypeVar("T", bound="ServiceCiviqueRead")


@_attrs_define
class ServiceCiviqueRead:
    """
    Attributes:
        contract_reference (None | str):
        civic_training (TrainingRead):
        first_aid_training (TrainingRead):
        trainings_done (bool): Both mandatory trainings followed.
    """

    contract_reference: None | str
    civic_training: TrainingRead
    first_aid_training: TrainingRead
    trainings_done: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_reference: None | str
        contract_reference = self.contract_reference

        civic_training = self.civic_training.to_dict()

        first_aid_training = self.first_aid_training.to_dict()

        trainings_done = self.trainings_done

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract_reference": contract_reference,
                "civic_training": civic_training,
                "first_aid_training": first_aid_training,
                "trainings_done": trainings_done,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_read import TrainingRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_contract_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_reference = _parse_contract_reference(d.pop("contract_reference"))

        civic_training = TrainingRead.from_dict(d.pop("civic_training"))

        first_aid_training = TrainingRead.from_dict(d.pop("first_aid_training"))

        trainings_done = d.pop("trainings_done")

        service_civique_read = cls(
            contract_reference=contract_reference,
            civic_training=civic_training,
            first_aid_training=first_aid_training,
            trainings_done=trainings_done,
        )

        service_civique_read.additional_properties = d
        return service_civique_read

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
