from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.label_criterion_read import LabelCriterionRead


T = TypeVar("T", bound="LabelCriteriaVersionRead")


@_attrs_define
class LabelCriteriaVersionRead:
    """
    Attributes:
        number (int):
        criteria (list[LabelCriterionRead]):
        note (None | str):
        published_at (datetime.datetime):
    """

    number: int
    criteria: list[LabelCriterionRead]
    note: None | str
    published_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        note: None | str
        note = self.note

        published_at = self.published_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "criteria": criteria,
                "note": note,
                "published_at": published_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_criterion_read import LabelCriterionRead  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = LabelCriterionRead.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        label_criteria_version_read = cls(
            number=number,
            criteria=criteria,
            note=note,
            published_at=published_at,
        )

        label_criteria_version_read.additional_properties = d
        return label_criteria_version_read

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
