from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.minutes_correction import MinutesCorrection


T = TypeVar("T", bound="MinutesRevisionCreate")


@_attrs_define
class MinutesRevisionCreate:
    """
    Attributes:
        note (str): What the correction changes, and why.
        items (list[MinutesCorrection]):
    """

    note: str
    items: list[MinutesCorrection]

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "note": note,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minutes_correction import MinutesCorrection  # noqa: PLC0415

        d = dict(src_dict)
        note = d.pop("note")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MinutesCorrection.from_dict(items_item_data)

            items.append(items_item)

        minutes_revision_create = cls(
            note=note,
            items=items,
        )

        return minutes_revision_create
