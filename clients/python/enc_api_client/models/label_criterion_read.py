from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_criterion_kind import LabelCriterionKind
from ..models.label_rule import LabelRule

T = TypeVar("T", bound="LabelCriterionRead")


@_attrs_define
class LabelCriterionRead:
    """
    Attributes:
        code (str):
        title (str):
        description (None | str):
        mandatory (bool):
        kind (LabelCriterionKind):
        rule (LabelRule | None):
        threshold (float | None):
    """

    code: str
    title: str
    description: None | str
    mandatory: bool
    kind: LabelCriterionKind
    rule: LabelRule | None
    threshold: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        description: None | str
        description = self.description

        mandatory = self.mandatory

        kind = self.kind.value

        rule: None | str
        if isinstance(self.rule, LabelRule):
            rule = self.rule.value
        else:
            rule = self.rule

        threshold: float | None
        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
                "description": description,
                "mandatory": mandatory,
                "kind": kind,
                "rule": rule,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        mandatory = d.pop("mandatory")

        kind = LabelCriterionKind(d.pop("kind"))

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

        label_criterion_read = cls(
            code=code,
            title=title,
            description=description,
            mandatory=mandatory,
            kind=kind,
            rule=rule,
            threshold=threshold,
        )

        label_criterion_read.additional_properties = d
        return label_criterion_read

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
