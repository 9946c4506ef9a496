from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.connection_type import ConnectionType

T = TypeVar("T", bound="InternetConnection")


@_attrs_define
class InternetConnection:
    """
    Attributes:
        provider (str):
        connection_type (ConnectionType):
    """

    provider: str
    connection_type: ConnectionType

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        connection_type = self.connection_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provider": provider,
                "connection_type": connection_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider")

        connection_type = ConnectionType(d.pop("connection_type"))

        internet_connection = cls(
            provider=provider,
            connection_type=connection_type,
        )

        return internet_connection
