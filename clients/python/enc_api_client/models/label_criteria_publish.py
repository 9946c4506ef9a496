from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_criterion_spec import LabelCriterionSpec


T = TypeVar("T", bound="LabelCriteriaPublish")


@_attrs_define
class LabelCriteriaPublish:
    """
    Attributes:
        criteria (list[LabelCriterionSpec]):
        note (None | str | Unset):
    """

    criteria: list[LabelCriterionSpec]
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "criteria": criteria,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_criterion_spec import LabelCriterionSpec  # noqa: PLC0415

        d = dict(src_dict)
        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = LabelCriterionSpec.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        label_criteria_publish = cls(
            criteria=criteria,
            note=note,
        )

        return label_criteria_publish
