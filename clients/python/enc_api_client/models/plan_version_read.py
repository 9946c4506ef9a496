from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agreed_objective import AgreedObjective


T = TypeVar("T", bound="PlanVersionRead")


@_attrs_define
class PlanVersionRead:
    """
    Attributes:
        id (UUID):
        plan_id (UUID):
        number (int):
        title (str):
        summary (None | str):
        objectives (list[AgreedObjective]):
        agreed_by (None | UUID):
        agreed_at (datetime.datetime):
    """

    id: UUID
    plan_id: UUID
    number: int
    title: str
    summary: None | str
    objectives: list[AgreedObjective]
    agreed_by: None | UUID
    agreed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        plan_id = str(self.plan_id)

        number = self.number

        title = self.title

        summary: None | str
        summary = self.summary

        objectives = []
        for objectives_item_data in self.objectives:
            objectives_item = objectives_item_data.to_dict()
            objectives.append(objectives_item)

        agreed_by: None | str
        if isinstance(self.agreed_by, UUID):
            agreed_by = str(self.agreed_by)
        else:
            agreed_by = self.agreed_by

        agreed_at = self.agreed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "plan_id": plan_id,
                "number": number,
                "title": title,
                "summary": summary,
                "objectives": objectives,
                "agreed_by": agreed_by,
                "agreed_at": agreed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agreed_objective import AgreedObjective  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        plan_id = UUID(d.pop("plan_id"))

        number = d.pop("number")

        title = d.pop("title")

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        objectives = []
        _objectives = d.pop("objectives")
        for objectives_item_data in _objectives:
            objectives_item = AgreedObjective.from_dict(objectives_item_data)

            objectives.append(objectives_item)

        def _parse_agreed_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agreed_by_type_0 = UUID(data)

                return agreed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        agreed_by = _parse_agreed_by(d.pop("agreed_by"))

        agreed_at = datetime.datetime.fromisoformat(d.pop("agreed_at"))

        plan_version_read = cls(
            id=id,
            plan_id=plan_id,
            number=number,
            title=title,
            summary=summary,
            objectives=objectives,
            agreed_by=agreed_by,
            agreed_at=agreed_at,
        )

        plan_version_read.additional_properties = d
        return plan_version_read

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
