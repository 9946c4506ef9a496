from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.logout_data_logout_request_token_type_hint_type_0 import LogoutDataLogoutRequestTokenTypeHintType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogoutDataLogoutRequest")


@_attrs_define
class LogoutDataLogoutRequest:
    """Optional, as JSON or as a revocation form (RFC 7009): a refresh token of yours whose
    login ends too. The login of the access token always ends; an unknown token is ignored.

        Attributes:
            refresh_token (None | str | Unset):
            token (None | str | Unset): RFC 7009's name for it.
            token_type_hint (LogoutDataLogoutRequestTokenTypeHintType0 | None | Unset):
    """

    refresh_token: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    token_type_hint: LogoutDataLogoutRequestTokenTypeHintType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        token_type_hint: None | str | Unset
        if isinstance(self.token_type_hint, Unset):
            token_type_hint = UNSET
        elif isinstance(self.token_type_hint, LogoutDataLogoutRequestTokenTypeHintType0):
            token_type_hint = self.token_type_hint.value
        else:
            token_type_hint = self.token_type_hint

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if token is not UNSET:
            field_dict["token"] = token
        if token_type_hint is not UNSET:
            field_dict["token_type_hint"] = token_type_hint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_refresh_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refresh_token = _parse_refresh_token(d.pop("refresh_token", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_token_type_hint(data: object) -> LogoutDataLogoutRequestTokenTypeHintType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                token_type_hint_type_0 = LogoutDataLogoutRequestTokenTypeHintType0(data)

                return token_type_hint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogoutDataLogoutRequestTokenTypeHintType0 | None | Unset, data)

        token_type_hint = _parse_token_type_hint(d.pop("token_type_hint", UNSET))

        logout_data_logout_request = cls(
            refresh_token=refresh_token,
            token=token,
            token_type_hint=token_type_hint,
        )

        return logout_data_logout_request
