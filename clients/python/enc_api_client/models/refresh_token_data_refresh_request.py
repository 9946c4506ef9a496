from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshTokenDataRefreshRequest")


@_attrs_define
class RefreshTokenDataRefreshRequest:
    """As JSON, or as the form OAuth2 clients send (RFC 6749 §6).

    Attributes:
        refresh_token (str):
        grant_type (Literal['refresh_token'] | None | Unset): `refresh_token` when given (OAuth2 clients send it).
    """

    refresh_token: str
    grant_type: Literal["refresh_token"] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        refresh_token = self.refresh_token

        grant_type: Literal["refresh_token"] | None | Unset
        if isinstance(self.grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = self.grant_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "refresh_token": refresh_token,
            }
        )
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refresh_token = d.pop("refresh_token")

        def _parse_grant_type(data: object) -> Literal["refresh_token"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            grant_type_type_0 = cast(Literal["refresh_token"], data)
            if grant_type_type_0 != "refresh_token":
                raise ValueError(f"grant_type_type_0 must match const 'refresh_token', got '{grant_type_type_0}'")
            return grant_type_type_0
            return cast(Literal["refresh_token"] | None | Unset, data)

        grant_type = _parse_grant_type(d.pop("grant_type", UNSET))

        refresh_token_data_refresh_request = cls(
            refresh_token=refresh_token,
            grant_type=grant_type,
        )

        return refresh_token_data_refresh_request
