from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationReceipt")


@_attrs_define
class ApplicationReceipt:
    """The same answer whether or not this e-mail address had already applied.

    Attributes:
        mission_id (UUID):
        message (str):
        status (Literal['received'] | Unset):  Default: 'received'.
    """

    mission_id: UUID
    message: str
    status: Literal["received"] | Unset = "received"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mission_id = str(self.mission_id)

        message = self.message

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mission_id": mission_id,
                "message": message,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mission_id = UUID(d.pop("mission_id"))

        message = d.pop("message")

        status = cast(Literal["received"] | Unset, d.pop("status", UNSET))
        if status != "received" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'received', got '{status}'")

        application_receipt = cls(
            mission_id=mission_id,
            message=message,
            status=status,
        )

        application_receipt.additional_properties = d
        return application_receipt

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
