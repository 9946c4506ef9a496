from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.training_held import TrainingHeld


T = TypeVar("T", bound="TrainingsSection")


@_attrs_define
class TrainingsSection:
    """
    Attributes:
        held (int):
        cancelled (int):
        attended (int): Attendances marked `attended`.
        sessions (list[TrainingHeld]):
    """

    held: int
    cancelled: int
    attended: int
    sessions: list[TrainingHeld]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        held = self.held

        cancelled = self.cancelled

        attended = self.attended

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "held": held,
                "cancelled": cancelled,
                "attended": attended,
                "sessions": sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_held import TrainingHeld  # noqa: PLC0415

        d = dict(src_dict)
        held = d.pop("held")

        cancelled = d.pop("cancelled")

        attended = d.pop("attended")

        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = TrainingHeld.from_dict(sessions_item_data)

            sessions.append(sessions_item)

        trainings_section = cls(
            held=held,
            cancelled=cancelled,
            attended=attended,
            sessions=sessions,
        )

        trainings_section.additional_properties = d
        return trainings_section

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
