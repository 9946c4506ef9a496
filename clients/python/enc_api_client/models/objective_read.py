from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_code import IndicatorCode
from ..models.objective_trend import ObjectiveTrend

T = TypeVar("T", bound="ObjectiveRead")


@_attrs_define
class ObjectiveRead:
    """
    Attributes:
        id (UUID):
        position (int):
        title (str):
        description (None | str):
        kind (str): `indicator` (measured live) or `declarative`.
        indicator (IndicatorCode | None):
        indicator_label (None | str):
        skill_code (None | str):
        unit (None | str):
        target (float):
        baseline (float | None): Frozen when the city agreed the plan.
        baseline_at (datetime.datetime | None):
        current (float | None): Now: computed live for an indicator, the last report for a declarative one.
        trend (ObjectiveTrend):
        met (bool | None):
        reported_on (datetime.date | None):
        reported_by (None | UUID):
    """

    id: UUID
    position: int
    title: str
    description: None | str
    kind: str
    indicator: IndicatorCode | None
    indicator_label: None | str
    skill_code: None | str
    unit: None | str
    target: float
    baseline: float | None
    baseline_at: datetime.datetime | None
    current: float | None
    trend: ObjectiveTrend
    met: bool | None
    reported_on: datetime.date | None
    reported_by: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        position = self.position

        title = self.title

        description: None | str
        description = self.description

        kind = self.kind

        indicator: None | str
        if isinstance(self.indicator, IndicatorCode):
            indicator = self.indicator.value
        else:
            indicator = self.indicator

        indicator_label: None | str
        indicator_label = self.indicator_label

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

        current: float | None
        current = self.current

        trend = self.trend.value

        met: bool | None
        met = self.met

        reported_on: None | str
        if isinstance(self.reported_on, datetime.date):
            reported_on = self.reported_on.isoformat()
        else:
            reported_on = self.reported_on

        reported_by: None | str
        if isinstance(self.reported_by, UUID):
            reported_by = str(self.reported_by)
        else:
            reported_by = self.reported_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
                "title": title,
                "description": description,
                "kind": kind,
                "indicator": indicator,
                "indicator_label": indicator_label,
                "skill_code": skill_code,
                "unit": unit,
                "target": target,
                "baseline": baseline,
                "baseline_at": baseline_at,
                "current": current,
                "trend": trend,
                "met": met,
                "reported_on": reported_on,
                "reported_by": reported_by,
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

        kind = d.pop("kind")

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

        def _parse_indicator_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        indicator_label = _parse_indicator_label(d.pop("indicator_label"))

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

        def _parse_current(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        current = _parse_current(d.pop("current"))

        trend = ObjectiveTrend(d.pop("trend"))

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        def _parse_reported_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_on_type_0 = datetime.date.fromisoformat(data)

                return reported_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        reported_on = _parse_reported_on(d.pop("reported_on"))

        def _parse_reported_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_by_type_0 = UUID(data)

                return reported_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        reported_by = _parse_reported_by(d.pop("reported_by"))

        objective_read = cls(
            id=id,
            position=position,
            title=title,
            description=description,
            kind=kind,
            indicator=indicator,
            indicator_label=indicator_label,
            skill_code=skill_code,
            unit=unit,
            target=target,
            baseline=baseline,
            baseline_at=baseline_at,
            current=current,
            trend=trend,
            met=met,
            reported_on=reported_on,
            reported_by=reported_by,
        )

        objective_read.additional_properties = d
        return objective_read

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
