from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review_label import ReviewLabel


T = TypeVar("T", bound="LabelsSection")


@_attrs_define
class LabelsSection:
    """
    Attributes:
        granted_in_year (int):
        in_force (int):
        expiring (int):
        labels (list[ReviewLabel]):
    """

    granted_in_year: int
    in_force: int
    expiring: int
    labels: list[ReviewLabel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granted_in_year = self.granted_in_year

        in_force = self.in_force

        expiring = self.expiring

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "granted_in_year": granted_in_year,
                "in_force": in_force,
                "expiring": expiring,
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_label import ReviewLabel  # noqa: PLC0415

        d = dict(src_dict)
        granted_in_year = d.pop("granted_in_year")

        in_force = d.pop("in_force")

        expiring = d.pop("expiring")

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = ReviewLabel.from_dict(labels_item_data)

            labels.append(labels_item)

        labels_section = cls(
            granted_in_year=granted_in_year,
            in_force=in_force,
            expiring=expiring,
            labels=labels,
        )

        labels_section.additional_properties = d
        return labels_section

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
