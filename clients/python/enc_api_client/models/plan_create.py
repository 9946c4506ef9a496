from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.objective_create import ObjectiveCreate


T = TypeVar("T", bound="PlanCreate")


@_attrs_define
class PlanCreate:
    """
    Attributes:
        period (str): Two years, the second after the first: `2026-2027`.
        title (str):
        association_id (None | Unset | UUID): Your association (the default).
        summary (None | str | Unset):
        objectives (list[ObjectiveCreate] | Unset):
    """

    period: str
    title: str
    association_id: None | Unset | UUID = UNSET
    summary: None | str | Unset = UNSET
    objectives: list[ObjectiveCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        title = self.title

        association_id: None | str | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        elif isinstance(self.association_id, UUID):
            association_id = str(self.association_id)
        else:
            association_id = self.association_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        objectives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objectives, Unset):
            objectives = []
            for objectives_item_data in self.objectives:
                objectives_item = objectives_item_data.to_dict()
                objectives.append(objectives_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
                "title": title,
            }
        )
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if objectives is not UNSET:
            field_dict["objectives"] = objectives

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.objective_create import ObjectiveCreate  # noqa: PLC0415

        d = dict(src_dict)
        period = d.pop("period")

        title = d.pop("title")

        def _parse_association_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                association_id_type_0 = UUID(data)

                return association_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        _objectives = d.pop("objectives", UNSET)
        objectives: list[ObjectiveCreate] | Unset = UNSET
        if _objectives is not UNSET:
            objectives = []
            for objectives_item_data in _objectives:
                objectives_item = ObjectiveCreate.from_dict(objectives_item_data)

                objectives.append(objectives_item)

        plan_create = cls(
            period=period,
            title=title,
            association_id=association_id,
            summary=summary,
            objectives=objectives,
        )

        return plan_create
