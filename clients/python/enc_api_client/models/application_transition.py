from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.application_status import ApplicationStatus
from ..models.decline_reason import DeclineReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accepted_engagement import AcceptedEngagement


T = TypeVar("T", bound="ApplicationTransition")


@_attrs_define
class ApplicationTransition:
    """
    Attributes:
        to (ApplicationStatus):
        decline_reason (DeclineReason | None | Unset): Required to decline (and only then).
        note (None | str | Unset):
        initial_password (None | str | Unset): On accepting an applicant who has no account yet: the password of the
            volunteer account created (the association passes it on, as for `POST /users`). Left out, the account is created
            without a usable password.
        engagement (AcceptedEngagement | None | Unset): On accepting: the engagement to record with it (see
            `/engagements`). Left out, none is recorded; it can be recorded later with `POST /engagements`.
    """

    to: ApplicationStatus
    decline_reason: DeclineReason | None | Unset = UNSET
    note: None | str | Unset = UNSET
    initial_password: None | str | Unset = UNSET
    engagement: AcceptedEngagement | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.accepted_engagement import AcceptedEngagement  # noqa: PLC0415

        to = self.to.value

        decline_reason: None | str | Unset
        if isinstance(self.decline_reason, Unset):
            decline_reason = UNSET
        elif isinstance(self.decline_reason, DeclineReason):
            decline_reason = self.decline_reason.value
        else:
            decline_reason = self.decline_reason

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        initial_password: None | str | Unset
        if isinstance(self.initial_password, Unset):
            initial_password = UNSET
        else:
            initial_password = self.initial_password

        engagement: dict[str, Any] | None | Unset
        if isinstance(self.engagement, Unset):
            engagement = UNSET
        elif isinstance(self.engagement, AcceptedEngagement):
            engagement = self.engagement.to_dict()
        else:
            engagement = self.engagement

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
            }
        )
        if decline_reason is not UNSET:
            field_dict["decline_reason"] = decline_reason
        if note is not UNSET:
            field_dict["note"] = note
        if initial_password is not UNSET:
            field_dict["initial_password"] = initial_password
        if engagement is not UNSET:
            field_dict["engagement"] = engagement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accepted_engagement import AcceptedEngagement  # noqa: PLC0415

        d = dict(src_dict)
        to = ApplicationStatus(d.pop("to"))

        def _parse_decline_reason(data: object) -> DeclineReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decline_reason_type_0 = DeclineReason(data)

                return decline_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeclineReason | None | Unset, data)

        decline_reason = _parse_decline_reason(d.pop("decline_reason", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_initial_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_password = _parse_initial_password(d.pop("initial_password", UNSET))

        def _parse_engagement(data: object) -> AcceptedEngagement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engagement_type_0 = AcceptedEngagement.from_dict(data)

                return engagement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcceptedEngagement | None | Unset, data)

        engagement = _parse_engagement(d.pop("engagement", UNSET))

        application_transition = cls(
            to=to,
            decline_reason=decline_reason,
            note=note,
            initial_password=initial_password,
            engagement=engagement,
        )

        return application_transition
