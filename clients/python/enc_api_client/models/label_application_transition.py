from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.label_application_status import LabelApplicationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_application_transition_criteria_comments import LabelApplicationTransitionCriteriaComments


T = TypeVar("T", bound="LabelApplicationTransition")


@_attrs_define
class LabelApplicationTransition:
    """
    Attributes:
        to (LabelApplicationStatus):
        comment (None | str | Unset): Why; required to reject or to ask for changes.
        criteria_comments (LabelApplicationTransitionCriteriaComments | Unset): The reviewer's comment per criterion
            code (city, with a decision).
        valid_until (datetime.date | None | Unset): On approval: the label's end (default: two years). Years 1900 to
            2200.
    """

    to: LabelApplicationStatus
    comment: None | str | Unset = UNSET
    criteria_comments: LabelApplicationTransitionCriteriaComments | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to = self.to.value

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        criteria_comments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.criteria_comments, Unset):
            criteria_comments = self.criteria_comments.to_dict()

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if criteria_comments is not UNSET:
            field_dict["criteria_comments"] = criteria_comments
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_application_transition_criteria_comments import LabelApplicationTransitionCriteriaComments  # noqa: PLC0415

        d = dict(src_dict)
        to = LabelApplicationStatus(d.pop("to"))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        _criteria_comments = d.pop("criteria_comments", UNSET)
        criteria_comments: LabelApplicationTransitionCriteriaComments | Unset
        if isinstance(_criteria_comments, Unset):
            criteria_comments = UNSET
        else:
            criteria_comments = LabelApplicationTransitionCriteriaComments.from_dict(_criteria_comments)

        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))

        label_application_transition = cls(
            to=to,
            comment=comment,
            criteria_comments=criteria_comments,
            valid_until=valid_until,
        )

        return label_application_transition
