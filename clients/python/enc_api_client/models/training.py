from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Training")


@_attrs_define
class Training:
    """
    Attributes:
        on (datetime.date | None | Unset): Its date (planned or held). Years 1900 to 2200.
        done (bool | Unset): Followed (then `on` is not later). Default: False.
    """

    on: datetime.date | None | Unset = UNSET
    done: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        done = self.done

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if on is not UNSET:
            field_dict["on"] = on
        if done is not UNSET:
            field_dict["done"] = done

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        done = d.pop("done", UNSET)

        training = cls(
            on=on,
            done=done,
        )

        return training
