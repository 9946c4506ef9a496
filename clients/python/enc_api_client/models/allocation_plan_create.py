from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.funding_source import FundingSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_line_create import AllocationLineCreate


T = TypeVar("T", bound="AllocationPlanCreate")


@_attrs_define
class AllocationPlanCreate:
    """
    Attributes:
        title (str):
        funding_source (FundingSource | None | Unset): Allocate only items of this origin (ASSOCLIC …); any if left out.
        notes (None | str | Unset):
        lines (list[AllocationLineCreate] | Unset):
    """

    title: str
    funding_source: FundingSource | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    lines: list[AllocationLineCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        funding_source: None | str | Unset
        if isinstance(self.funding_source, Unset):
            funding_source = UNSET
        elif isinstance(self.funding_source, FundingSource):
            funding_source = self.funding_source.value
        else:
            funding_source = self.funding_source

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if funding_source is not UNSET:
            field_dict["funding_source"] = funding_source
        if notes is not UNSET:
            field_dict["notes"] = notes
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_line_create import AllocationLineCreate  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        def _parse_funding_source(data: object) -> FundingSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                funding_source_type_0 = FundingSource(data)

                return funding_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingSource | None | Unset, data)

        funding_source = _parse_funding_source(d.pop("funding_source", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _lines = d.pop("lines", UNSET)
        lines: list[AllocationLineCreate] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = AllocationLineCreate.from_dict(lines_item_data)

                lines.append(lines_item)

        allocation_plan_create = cls(
            title=title,
            funding_source=funding_source,
            notes=notes,
            lines=lines,
        )

        return allocation_plan_create
