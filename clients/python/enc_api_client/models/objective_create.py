from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.indicator_code import IndicatorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectiveCreate")


@_attrs_define
class ObjectiveCreate:
    """
    Attributes:
        title (str):
        target (float):
        description (None | str | Unset):
        indicator (IndicatorCode | None | Unset): Measured live from the registry (`/vocabularies`, `plan_indicator`);
            left out: a declarative objective, whose value is reported.
        skill_code (None | str | Unset): For `residents_trained_on_skill`: the skill (all if left out).
        unit (None | str | Unset): A declarative objective's unit (an indicator has its own).
    """

    title: str
    target: float
    description: None | str | Unset = UNSET
    indicator: IndicatorCode | None | Unset = UNSET
    skill_code: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        target = self.target

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        indicator: None | str | Unset
        if isinstance(self.indicator, Unset):
            indicator = UNSET
        elif isinstance(self.indicator, IndicatorCode):
            indicator = self.indicator.value
        else:
            indicator = self.indicator

        skill_code: None | str | Unset
        if isinstance(self.skill_code, Unset):
            skill_code = UNSET
        else:
            skill_code = self.skill_code

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "target": target,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if indicator is not UNSET:
            field_dict["indicator"] = indicator
        if skill_code is not UNSET:
            field_dict["skill_code"] = skill_code
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        target = d.pop("target")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_indicator(data: object) -> IndicatorCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                indicator_type_0 = IndicatorCode(data)

                return indicator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorCode | None | Unset, data)

        indicator = _parse_indicator(d.pop("indicator", UNSET))

        def _parse_skill_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skill_code = _parse_skill_code(d.pop("skill_code", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        objective_create = cls(
            title=title,
            target=target,
            description=description,
            indicator=indicator,
            skill_code=skill_code,
            unit=unit,
        )

        return objective_create
