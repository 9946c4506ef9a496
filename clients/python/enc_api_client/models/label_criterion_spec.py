from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.label_criterion_kind import LabelCriterionKind
from ..models.label_rule import LabelRule
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelCriterionSpec")


@_attrs_define
class LabelCriterionSpec:
    """
    Attributes:
        code (str):
        title (str):
        kind (LabelCriterionKind):
        description (None | str | Unset):
        mandatory (bool | Unset):  Default: True.
        rule (LabelRule | None | Unset): For an automatic criterion: the rule computed on live data.
        threshold (float | None | Unset): The rule's N (hours, items, volunteers, months, days); the rule's default when
            left out.
    """

    code: str
    title: str
    kind: LabelCriterionKind
    description: None | str | Unset = UNSET
    mandatory: bool | Unset = True
    rule: LabelRule | None | Unset = UNSET
    threshold: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        kind = self.kind.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        mandatory = self.mandatory

        rule: None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        elif isinstance(self.rule, LabelRule):
            rule = self.rule.value
        else:
            rule = self.rule

        threshold: float | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "title": title,
                "kind": kind,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if rule is not UNSET:
            field_dict["rule"] = rule
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        kind = LabelCriterionKind(d.pop("kind"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        mandatory = d.pop("mandatory", UNSET)

        def _parse_rule(data: object) -> LabelRule | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rule_type_0 = LabelRule(data)

                return rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelRule | None | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))

        def _parse_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        label_criterion_spec = cls(
            code=code,
            title=title,
            kind=kind,
            description=description,
            mandatory=mandatory,
            rule=rule,
            threshold=threshold,
        )

        return label_criterion_spec
