from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stats_dimension import StatsDimension

if TYPE_CHECKING:
    from ..models.visit_stats_row import VisitStatsRow
    from ..models.visit_stats_totals import VisitStatsTotals


T = TypeVar("T", bound="VisitStats")


@_attrs_define
class VisitStats:
    """
    Attributes:
        from_ (datetime.date | None):
        to (datetime.date | None):
        group_by (list[StatsDimension]):
        totals (VisitStatsTotals):
        rows (list[VisitStatsRow]):
    """

    from_: datetime.date | None
    to: datetime.date | None
    group_by: list[StatsDimension]
    totals: VisitStatsTotals
    rows: list[VisitStatsRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: None | str
        if isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        to: None | str
        if isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        group_by = []
        for group_by_item_data in self.group_by:
            group_by_item = group_by_item_data.value
            group_by.append(group_by_item)

        totals = self.totals.to_dict()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "group_by": group_by,
                "totals": totals,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visit_stats_row import VisitStatsRow  # noqa: PLC0415
        from ..models.visit_stats_totals import VisitStatsTotals  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_from_(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.date.fromisoformat(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = datetime.date.fromisoformat(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        to = _parse_to(d.pop("to"))

        group_by = []
        _group_by = d.pop("group_by")
        for group_by_item_data in _group_by:
            group_by_item = StatsDimension(group_by_item_data)

            group_by.append(group_by_item)

        totals = VisitStatsTotals.from_dict(d.pop("totals"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = VisitStatsRow.from_dict(rows_item_data)

            rows.append(rows_item)

        visit_stats = cls(
            from_=from_,
            to=to,
            group_by=group_by,
            totals=totals,
            rows=rows,
        )

        visit_stats.additional_properties = d
        return visit_stats

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
