from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.invitation_response import InvitationResponse

T = TypeVar("T", bound="InviteeUpdate")


@_attrs_define
class InviteeUpdate:
    """
    Attributes:
        response (InvitationResponse):
    """

    response: InvitationResponse

    def to_dict(self) -> dict[str, Any]:
        response = self.response.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response = InvitationResponse(d.pop("response"))

        invitee_update = cls(
            response=response,
        )

        return invitee_update
