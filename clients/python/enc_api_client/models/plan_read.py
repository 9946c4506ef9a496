from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_status import PlanStatus

if TYPE_CHECKING:
    from ..models.objective_read import ObjectiveRead


T = TypeVar("T", bound="PlanRead")


@_attrs_define
class PlanRead:
    """
    Attributes:
        id (UUID):
        association_id (UUID):
        period (str):
        title (str):
        summary (None | str):
        status (PlanStatus):
        allowed_transitions (list[str]):
        plan_version (int): The version being written or in force.
        agreed_version (int | None): The latest version the city agreed (`/versions/{number}`).
        objectives (list[ObjectiveRead]):
        submitted_at (datetime.datetime | None):
        agreed_at (datetime.datetime | None):
        closed_at (datetime.datetime | None):
        return_reason (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    association_id: UUID
    period: str
    title: str
    summary: None | str
    status: PlanStatus
    allowed_transitions: list[str]
    plan_version: int
    agreed_version: int | None
    objectives: list[ObjectiveRead]
    submitted_at: datetime.datetime | None
    agreed_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    return_reason: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        association_id = str(self.association_id)

        period = self.period

        title = self.title

        summary: None | str
        summary = self.summary

        status = self.status.value

        allowed_transitions = self.allowed_transitions

        plan_version = self.plan_version

        agreed_version: int | None
        agreed_version = self.agreed_version

        objectives = []
        for objectives_item_data in self.objectives:
            objectives_item = objectives_item_data.to_dict()
            objectives.append(objectives_item)

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        agreed_at: None | str
        if isinstance(self.agreed_at, datetime.datetime):
            agreed_at = self.agreed_at.isoformat()
        else:
            agreed_at = self.agreed_at

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        return_reason: None | str
        return_reason = self.return_reason

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "association_id": association_id,
                "period": period,
                "title": title,
                "summary": summary,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "plan_version": plan_version,
                "agreed_version": agreed_version,
                "objectives": objectives,
                "submitted_at": submitted_at,
                "agreed_at": agreed_at,
                "closed_at": closed_at,
                "return_reason": return_reason,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.objective_read import ObjectiveRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        association_id = UUID(d.pop("association_id"))

        period = d.pop("period")

        title = d.pop("title")

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        status = PlanStatus(d.pop("status"))

        allowed_transitions = cast(list[str], d.pop("allowed_transitions"))

        plan_version = d.pop("plan_version")

        def _parse_agreed_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        agreed_version = _parse_agreed_version(d.pop("agreed_version"))

        objectives = []
        _objectives = d.pop("objectives")
        for objectives_item_data in _objectives:
            objectives_item = ObjectiveRead.from_dict(objectives_item_data)

            objectives.append(objectives_item)

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_agreed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreed_at_type_0 = datetime.datetime.fromisoformat(data)

                return agreed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        agreed_at = _parse_agreed_at(d.pop("agreed_at"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        def _parse_return_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        return_reason = _parse_return_reason(d.pop("return_reason"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        plan_read = cls(
            id=id,
            association_id=association_id,
            period=period,
            title=title,
            summary=summary,
            status=status,
            allowed_transitions=allowed_transitions,
            plan_version=plan_version,
            agreed_version=agreed_version,
            objectives=objectives,
            submitted_at=submitted_at,
            agreed_at=agreed_at,
            closed_at=closed_at,
            return_reason=return_reason,
            created_at=created_at,
            updated_at=updated_at,
        )

        plan_read.additional_properties = d
        return plan_read

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
