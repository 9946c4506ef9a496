from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meetings_held import MeetingsHeld


T = TypeVar("T", bound="MeetingsReview")


@_attrs_define
class MeetingsReview:
    """What the network's yearly review reports about meetings, decisions and actions.

    Attributes:
        year (int):
        meetings_held (list[MeetingsHeld]): Held (or minuted) meetings by kind, month.
        meetings_held_total (int):
        meetings_cancelled (int):
        decisions (int): Decisions of the year's meetings.
        actions_done (int): Actions done during the year.
        actions_open (int): Open or in progress now.
        actions_overdue (int): Of those open, past their due date now.
        actions_dropped (int):
    """

    year: int
    meetings_held: list[MeetingsHeld]
    meetings_held_total: int
    meetings_cancelled: int
    decisions: int
    actions_done: int
    actions_open: int
    actions_overdue: int
    actions_dropped: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        meetings_held = []
        for meetings_held_item_data in self.meetings_held:
            meetings_held_item = meetings_held_item_data.to_dict()
            meetings_held.append(meetings_held_item)

        meetings_held_total = self.meetings_held_total

        meetings_cancelled = self.meetings_cancelled

        decisions = self.decisions

        actions_done = self.actions_done

        actions_open = self.actions_open

        actions_overdue = self.actions_overdue

        actions_dropped = self.actions_dropped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "meetings_held": meetings_held,
                "meetings_held_total": meetings_held_total,
                "meetings_cancelled": meetings_cancelled,
                "decisions": decisions,
                "actions_done": actions_done,
                "actions_open": actions_open,
                "actions_overdue": actions_overdue,
                "actions_dropped": actions_dropped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meetings_held import MeetingsHeld  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        meetings_held = []
        _meetings_held = d.pop("meetings_held")
        for meetings_held_item_data in _meetings_held:
            meetings_held_item = MeetingsHeld.from_dict(meetings_held_item_data)

            meetings_held.append(meetings_held_item)

        meetings_held_total = d.pop("meetings_held_total")

        meetings_cancelled = d.pop("meetings_cancelled")

        decisions = d.pop("decisions")

        actions_done = d.pop("actions_done")

        actions_open = d.pop("actions_open")

        actions_overdue = d.pop("actions_overdue")

        actions_dropped = d.pop("actions_dropped")

        meetings_review = cls(
            year=year,
            meetings_held=meetings_held,
            meetings_held_total=meetings_held_total,
            meetings_cancelled=meetings_cancelled,
            decisions=decisions,
            actions_done=actions_done,
            actions_open=actions_open,
            actions_overdue=actions_overdue,
            actions_dropped=actions_dropped,
        )

        meetings_review.additional_properties = d
        return meetings_review

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
