from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_code import IndicatorCode

T = TypeVar("T", bound="AgreedObjective")


@_attrs_define
class AgreedObjective:
    """
    Attributes:
        id (UUID):
        position (int):
        title (str):
        description (None | str):
        indicator (IndicatorCode | None):
        skill_code (None | str):
        unit (None | str):
        target (float):
        baseline (float | None):
        baseline_at (datetime.datetime | None):
    """

    id: UUID
    position: int
    title: str
    description: None | str
    indicator: IndicatorCode | None
    skill_code: None | str
    unit: None | str
    target: float
    baseline: float | None
    baseline_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        position = self.position

        title = self.title

        description: None | str
        description = self.description

        indicator: None | str
        if isinstance(self.indicator, IndicatorCode):
            indicator = self.indicator.value
        else:
            indicator = self.indicator

        skill_code: None | str
        skill_code = self.skill_code

        unit: None | str
        unit = self.unit

        target = self.target

        baseline: float | None
        baseline = self.baseline

        baseline_at: None | str
        if isinstance(self.baseline_at, datetime.datetime):
            baseline_at = self.baseline_at.isoformat()
        else:
            baseline_at = self.baseline_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
                "title": title,
                "description": description,
                "indicator": indicator,
                "skill_code": skill_code,
                "unit": unit,
                "target": target,
                "baseline": baseline,
                "baseline_at": baseline_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        position = d.pop("position")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_indicator(data: object) -> IndicatorCode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                indicator_type_0 = IndicatorCode(data)

                return indicator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorCode | None, data)

        indicator = _parse_indicator(d.pop("indicator"))

        def _parse_skill_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        skill_code = _parse_skill_code(d.pop("skill_code"))

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        target = d.pop("target")

        def _parse_baseline(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        baseline = _parse_baseline(d.pop("baseline"))

        def _parse_baseline_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_at_type_0 = datetime.datetime.fromisoformat(data)

                return baseline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        baseline_at = _parse_baseline_at(d.pop("baseline_at"))

        agreed_objective = cls(
            id=id,
            position=position,
            title=title,
            description=description,
            indicator=indicator,
            skill_code=skill_code,
            unit=unit,
            target=target,
            baseline=baseline,
            baseline_at=baseline_at,
        )

        agreed_objective.additional_properties = d
        return agreed_objective

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
