from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReviewLabel")


@_attrs_define
class ReviewLabel:
    """
    Attributes:
        space_id (UUID):
        space_name (str):
        label_number (None | str):
        valid_from (datetime.date | None):
        valid_until (datetime.date | None):
        expiring (bool): Ends within 90 days.
    """

    space_id: UUID
    space_name: str
    label_number: None | str
    valid_from: datetime.date | None
    valid_until: datetime.date | None
    expiring: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space_id = str(self.space_id)

        space_name = self.space_name

        label_number: None | str
        label_number = self.label_number

        valid_from: None | str
        if isinstance(self.valid_from, datetime.date):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_until: None | str
        if isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        expiring = self.expiring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space_id": space_id,
                "space_name": space_name,
                "label_number": label_number,
                "valid_from": valid_from,
                "valid_until": valid_until,
                "expiring": expiring,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space_id = UUID(d.pop("space_id"))

        space_name = d.pop("space_name")

        def _parse_label_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label_number = _parse_label_number(d.pop("label_number"))

        def _parse_valid_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_from_type_0 = datetime.date.fromisoformat(data)

                return valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_from = _parse_valid_from(d.pop("valid_from"))

        def _parse_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))

        expiring = d.pop("expiring")

        review_label = cls(
            space_id=space_id,
            space_name=space_name,
            label_number=label_number,
            valid_from=valid_from,
            valid_until=valid_until,
            expiring=expiring,
        )

        review_label.additional_properties = d
        return review_label

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
