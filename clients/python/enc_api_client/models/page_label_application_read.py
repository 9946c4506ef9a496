from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_application_read import LabelApplicationRead
    from ..models.tombstone import Tombstone


T = TypeVar("T", bound="PageLabelApplicationRead")


@_attrs_define
class PageLabelApplicationRead:
    """
    Attributes:
        items (list[LabelApplicationRead]):
        next_cursor (None | str): Pass as `?cursor=` to get the next page; null on the last page.
        tombstones (list[Tombstone] | None | Unset): During a sync (`?sync=`): items to drop (archived, cancelled, out
            of your scope); null otherwise.
        sync_token (None | str | Unset): On a sync's last page: pass as `?sync=` next time; null otherwise.
    """

    items: list[LabelApplicationRead]
    next_cursor: None | str
    tombstones: list[Tombstone] | None | Unset = UNSET
    sync_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        tombstones: list[dict[str, Any]] | None | Unset
        if isinstance(self.tombstones, Unset):
            tombstones = UNSET
        elif isinstance(self.tombstones, list):
            tombstones = []
            for tombstones_type_0_item_data in self.tombstones:
                tombstones_type_0_item = tombstones_type_0_item_data.to_dict()
                tombstones.append(tombstones_type_0_item)

        else:
            tombstones = self.tombstones

        sync_token: None | str | Unset
        if isinstance(self.sync_token, Unset):
            sync_token = UNSET
        else:
            sync_token = self.sync_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "next_cursor": next_cursor,
            }
        )
        if tombstones is not UNSET:
            field_dict["tombstones"] = tombstones
        if sync_token is not UNSET:
            field_dict["sync_token"] = sync_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_application_read import LabelApplicationRead  # noqa: PLC0415
        from ..models.tombstone import Tombstone  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = LabelApplicationRead.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        def _parse_tombstones(data: object) -> list[Tombstone] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tombstones_type_0 = []
                _tombstones_type_0 = data
                for tombstones_type_0_item_data in _tombstones_type_0:
                    tombstones_type_0_item = Tombstone.from_dict(tombstones_type_0_item_data)

                    tombstones_type_0.append(tombstones_type_0_item)

                return tombstones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Tombstone] | None | Unset, data)

        tombstones = _parse_tombstones(d.pop("tombstones", UNSET))

        def _parse_sync_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sync_token = _parse_sync_token(d.pop("sync_token", UNSET))

        page_label_application_read = cls(
            items=items,
            next_cursor=next_cursor,
            tombstones=tombstones,
            sync_token=sync_token,
        )

        page_label_application_read.additional_properties = d
        return page_label_application_read

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
