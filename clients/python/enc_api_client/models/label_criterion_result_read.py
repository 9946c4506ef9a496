from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_criterion_kind import LabelCriterionKind
from ..models.label_rule import LabelRule

T = TypeVar("T", bound="LabelCriterionResultRead")


@_attrs_define
class LabelCriterionResultRead:
    """
    Attributes:
        code (str):
        title (str):
        kind (LabelCriterionKind):
        mandatory (bool):
        rule (LabelRule | None):
        threshold (float | None):
        met (bool | None): Automatic: the last evaluation's answer; declarative: attested or not.
        measured (float | None):
        detail (None | str):
        evaluated_at (datetime.datetime | None):
        document_reference (None | str):
        document_id (None | UUID): Declarative criteria: the document that satisfied it (active, of the criterion's
            kind, of the space or its association).
        document_version (int | None): That document's version at the last evaluation or attestation.
        attested_at (datetime.datetime | None):
        waived (bool):
        waiver_reason (None | str):
        review_comment (None | str):
        satisfied (bool): Met, attested or waived.
    """

    code: str
    title: str
    kind: LabelCriterionKind
    mandatory: bool
    rule: LabelRule | None
    threshold: float | None
    met: bool | None
    measured: float | None
    detail: None | str
    evaluated_at: datetime.datetime | None
    document_reference: None | str
    document_id: None | UUID
    document_version: int | None
    attested_at: datetime.datetime | None
    waived: bool
    waiver_reason: None | str
    review_comment: None | str
    satisfied: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        kind = self.kind.value

        mandatory = self.mandatory

        rule: None | str
        if isinstance(self.rule, LabelRule):
            rule = self.rule.value
        else:
            rule = self.rule

        threshold: float | None
        threshold = self.threshold

        met: bool | None
        met = self.met

        measured: float | None
        measured = self.measured

        detail: None | str
        detail = self.detail

        evaluated_at: None | str
        if isinstance(self.evaluated_at, datetime.datetime):
            evaluated_at = self.evaluated_at.isoformat()
        else:
            evaluated_at = self.evaluated_at

        document_reference: None | str
        document_reference = self.document_reference

        document_id: None | str
        if isinstance(self.document_id, UUID):
            document_id = str(self.document_id)
        else:
            document_id = self.document_id

        document_version: int | None
        document_version = self.document_version

        attested_at: None | str
        if isinstance(self.attested_at, datetime.datetime):
            attested_at = self.attested_at.isoformat()
        else:
            attested_at = self.attested_at

        waived = self.waived

        waiver_reason: None | str
        waiver_reason = self.waiver_reason

        review_comment: None | str
        review_comment = self.review_comment

        satisfied = self.satisfied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
                "kind": kind,
                "mandatory": mandatory,
                "rule": rule,
                "threshold": threshold,
                "met": met,
                "measured": measured,
                "detail": detail,
                "evaluated_at": evaluated_at,
                "document_reference": document_reference,
                "document_id": document_id,
                "document_version": document_version,
                "attested_at": attested_at,
                "waived": waived,
                "waiver_reason": waiver_reason,
                "review_comment": review_comment,
                "satisfied": satisfied,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        kind = LabelCriterionKind(d.pop("kind"))

        mandatory = d.pop("mandatory")

        def _parse_rule(data: object) -> LabelRule | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rule_type_0 = LabelRule(data)

                return rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelRule | None, data)

        rule = _parse_rule(d.pop("rule"))

        def _parse_threshold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        threshold = _parse_threshold(d.pop("threshold"))

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        def _parse_measured(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        measured = _parse_measured(d.pop("measured"))

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        def _parse_evaluated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluated_at_type_0 = datetime.datetime.fromisoformat(data)

                return evaluated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        evaluated_at = _parse_evaluated_at(d.pop("evaluated_at"))

        def _parse_document_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_reference = _parse_document_reference(d.pop("document_reference"))

        def _parse_document_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                document_id_type_0 = UUID(data)

                return document_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        document_id = _parse_document_id(d.pop("document_id"))

        def _parse_document_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        document_version = _parse_document_version(d.pop("document_version"))

        def _parse_attested_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attested_at_type_0 = datetime.datetime.fromisoformat(data)

                return attested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        attested_at = _parse_attested_at(d.pop("attested_at"))

        waived = d.pop("waived")

        def _parse_waiver_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        waiver_reason = _parse_waiver_reason(d.pop("waiver_reason"))

        def _parse_review_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_comment = _parse_review_comment(d.pop("review_comment"))

        satisfied = d.pop("satisfied")

        label_criterion_result_read = cls(
            code=code,
            title=title,
            kind=kind,
            mandatory=mandatory,
            rule=rule,
            threshold=threshold,
            met=met,
            measured=measured,
            detail=detail,
            evaluated_at=evaluated_at,
            document_reference=document_reference,
            document_id=document_id,
            document_version=document_version,
            attested_at=attested_at,
            waived=waived,
            waiver_reason=waiver_reason,
            review_comment=review_comment,
            satisfied=satisfied,
        )

        label_criterion_result_read.additional_properties = d
        return label_criterion_result_read

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
