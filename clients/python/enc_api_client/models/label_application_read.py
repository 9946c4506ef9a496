from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_application_status import LabelApplicationStatus

if TYPE_CHECKING:
    from ..models.label_criterion_result_read import LabelCriterionResultRead
    from ..models.label_read import LabelRead


T = TypeVar("T", bound="LabelApplicationRead")


@_attrs_define
class LabelApplicationRead:
    """
    Attributes:
        id (UUID):
        space_id (UUID):
        association_id (UUID):
        criteria_version (int):
        status (LabelApplicationStatus):
        allowed_transitions (list[LabelApplicationStatus]):
        criteria (list[LabelCriterionResultRead]):
        unmet_mandatory (list[str]): Mandatory criteria neither met, attested nor waived.
        submitted_at (datetime.datetime | None):
        decided_at (datetime.datetime | None):
        decision_comment (None | str):
        label (LabelRead | None): The label this approval granted.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    space_id: UUID
    association_id: UUID
    criteria_version: int
    status: LabelApplicationStatus
    allowed_transitions: list[LabelApplicationStatus]
    criteria: list[LabelCriterionResultRead]
    unmet_mandatory: list[str]
    submitted_at: datetime.datetime | None
    decided_at: datetime.datetime | None
    decision_comment: None | str
    label: LabelRead | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.label_read import LabelRead  # noqa: PLC0415

        id = str(self.id)

        space_id = str(self.space_id)

        association_id = str(self.association_id)

        criteria_version = self.criteria_version

        status = self.status.value

        allowed_transitions = []
        for allowed_transitions_item_data in self.allowed_transitions:
            allowed_transitions_item = allowed_transitions_item_data.value
            allowed_transitions.append(allowed_transitions_item)

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        unmet_mandatory = self.unmet_mandatory

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_comment: None | str
        decision_comment = self.decision_comment

        label: dict[str, Any] | None
        if isinstance(self.label, LabelRead):
            label = self.label.to_dict()
        else:
            label = self.label

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "space_id": space_id,
                "association_id": association_id,
                "criteria_version": criteria_version,
                "status": status,
                "allowed_transitions": allowed_transitions,
                "criteria": criteria,
                "unmet_mandatory": unmet_mandatory,
                "submitted_at": submitted_at,
                "decided_at": decided_at,
                "decision_comment": decision_comment,
                "label": label,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_criterion_result_read import LabelCriterionResultRead  # noqa: PLC0415
        from ..models.label_read import LabelRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        space_id = UUID(d.pop("space_id"))

        association_id = UUID(d.pop("association_id"))

        criteria_version = d.pop("criteria_version")

        status = LabelApplicationStatus(d.pop("status"))

        allowed_transitions = []
        _allowed_transitions = d.pop("allowed_transitions")
        for allowed_transitions_item_data in _allowed_transitions:
            allowed_transitions_item = LabelApplicationStatus(allowed_transitions_item_data)

            allowed_transitions.append(allowed_transitions_item)

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = LabelCriterionResultRead.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        unmet_mandatory = cast(list[str], d.pop("unmet_mandatory"))

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

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decision_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_comment = _parse_decision_comment(d.pop("decision_comment"))

        def _parse_label(data: object) -> LabelRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                label_type_0 = LabelRead.from_dict(data)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelRead | None, data)

        label = _parse_label(d.pop("label"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        label_application_read = cls(
            id=id,
            space_id=space_id,
            association_id=association_id,
            criteria_version=criteria_version,
            status=status,
            allowed_transitions=allowed_transitions,
            criteria=criteria,
            unmet_mandatory=unmet_mandatory,
            submitted_at=submitted_at,
            decided_at=decided_at,
            decision_comment=decision_comment,
            label=label,
            created_at=created_at,
            updated_at=updated_at,
        )

        label_application_read.additional_properties = d
        return label_application_read

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
