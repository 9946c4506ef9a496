from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review_space import ReviewSpace
    from ..models.spaces_section_by_status import SpacesSectionByStatus


T = TypeVar("T", bound="SpacesSection")


@_attrs_define
class SpacesSection:
    """
    Attributes:
        by_status (SpacesSectionByStatus):
        weekly_hours (float): Of the open spaces, added up.
        spaces (list[ReviewSpace]):
    """

    by_status: SpacesSectionByStatus
    weekly_hours: float
    spaces: list[ReviewSpace]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_status = self.by_status.to_dict()

        weekly_hours = self.weekly_hours

        spaces = []
        for spaces_item_data in self.spaces:
            spaces_item = spaces_item_data.to_dict()
            spaces.append(spaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_status": by_status,
                "weekly_hours": weekly_hours,
                "spaces": spaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_space import ReviewSpace  # noqa: PLC0415
        from ..models.spaces_section_by_status import SpacesSectionByStatus  # noqa: PLC0415

        d = dict(src_dict)
        by_status = SpacesSectionByStatus.from_dict(d.pop("by_status"))

        weekly_hours = d.pop("weekly_hours")

        spaces = []
        _spaces = d.pop("spaces")
        for spaces_item_data in _spaces:
            spaces_item = ReviewSpace.from_dict(spaces_item_data)

            spaces.append(spaces_item)

        spaces_section = cls(
            by_status=by_status,
            weekly_hours=weekly_hours,
            spaces=spaces,
        )

        spaces_section.additional_properties = d
        return spaces_section

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
