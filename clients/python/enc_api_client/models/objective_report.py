from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectiveReport")


@_attrs_define
class ObjectiveReport:
    """
    Attributes:
        value (float):
        reported_on (datetime.date | None | Unset): Default: today. Years 1900 to 2200.
    """

    value: float
    reported_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        reported_on: None | str | Unset
        if isinstance(self.reported_on, Unset):
            reported_on = UNSET
        elif isinstance(self.reported_on, datetime.date):
            reported_on = self.reported_on.isoformat()
        else:
            reported_on = self.reported_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if reported_on is not UNSET:
            field_dict["reported_on"] = reported_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        def _parse_reported_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_on_type_0 = datetime.date.fromisoformat(data)

                return reported_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reported_on = _parse_reported_on(d.pop("reported_on", UNSET))

        objective_report = cls(
            value=value,
            reported_on=reported_on,
        )

        return objective_report
