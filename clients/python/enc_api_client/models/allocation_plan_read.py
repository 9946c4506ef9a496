from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocation_plan_status import AllocationPlanStatus
from ..models.funding_source import FundingSource

if TYPE_CHECKING:
    from ..models.allocation_line_read import AllocationLineRead
    from ..models.stock_by_kind import StockByKind


T = TypeVar("T", bound="AllocationPlanRead")


@_attrs_define
class AllocationPlanRead:
    """
    Attributes:
        id (UUID):
        title (str):
        funding_source (FundingSource | None):
        notes (None | str):
        status (AllocationPlanStatus):
        lines (list[AllocationLineRead]):
        stock (list[StockByKind]): A draft's needs against the stock (now).
        moved_count (int): Items the executed plan moved.
        created_by (None | UUID):
        executed_at (datetime.datetime | None):
        executed_by (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    funding_source: FundingSource | None
    notes: None | str
    status: AllocationPlanStatus
    lines: list[AllocationLineRead]
    stock: list[StockByKind]
    moved_count: int
    created_by: None | UUID
    executed_at: datetime.datetime | None
    executed_by: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        funding_source: None | str
        if isinstance(self.funding_source, FundingSource):
            funding_source = self.funding_source.value
        else:
            funding_source = self.funding_source

        notes: None | str
        notes = self.notes

        status = self.status.value

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        stock = []
        for stock_item_data in self.stock:
            stock_item = stock_item_data.to_dict()
            stock.append(stock_item)

        moved_count = self.moved_count

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        executed_at: None | str
        if isinstance(self.executed_at, datetime.datetime):
            executed_at = self.executed_at.isoformat()
        else:
            executed_at = self.executed_at

        executed_by: None | str
        if isinstance(self.executed_by, UUID):
            executed_by = str(self.executed_by)
        else:
            executed_by = self.executed_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "funding_source": funding_source,
                "notes": notes,
                "status": status,
                "lines": lines,
                "stock": stock,
                "moved_count": moved_count,
                "created_by": created_by,
                "executed_at": executed_at,
                "executed_by": executed_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_line_read import AllocationLineRead  # noqa: PLC0415
        from ..models.stock_by_kind import StockByKind  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        def _parse_funding_source(data: object) -> FundingSource | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                funding_source_type_0 = FundingSource(data)

                return funding_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingSource | None, data)

        funding_source = _parse_funding_source(d.pop("funding_source"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        status = AllocationPlanStatus(d.pop("status"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = AllocationLineRead.from_dict(lines_item_data)

            lines.append(lines_item)

        stock = []
        _stock = d.pop("stock")
        for stock_item_data in _stock:
            stock_item = StockByKind.from_dict(stock_item_data)

            stock.append(stock_item)

        moved_count = d.pop("moved_count")

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_executed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                executed_at_type_0 = datetime.datetime.fromisoformat(data)

                return executed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        executed_at = _parse_executed_at(d.pop("executed_at"))

        def _parse_executed_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                executed_by_type_0 = UUID(data)

                return executed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        executed_by = _parse_executed_by(d.pop("executed_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        allocation_plan_read = cls(
            id=id,
            title=title,
            funding_source=funding_source,
            notes=notes,
            status=status,
            lines=lines,
            stock=stock,
            moved_count=moved_count,
            created_by=created_by,
            executed_at=executed_at,
            executed_by=executed_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        allocation_plan_read.additional_properties = d
        return allocation_plan_read

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
