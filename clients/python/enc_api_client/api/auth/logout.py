from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.logout_data_logout_request import LogoutDataLogoutRequest
from ...models.logout_json_logout_request import LogoutJsonLogoutRequest
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LogoutJsonLogoutRequest | LogoutDataLogoutRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/logout",
    }

    if isinstance(body, LogoutJsonLogoutRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, LogoutDataLogoutRequest):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LogoutJsonLogoutRequest | LogoutDataLogoutRequest | Unset = UNSET,
) -> Response[Any | Problem]:
    """End this login: its refresh tokens and access tokens stop working

    Args:
        body (LogoutJsonLogoutRequest | Unset): Optional, as JSON or as a revocation form (RFC
            7009): a refresh token of yours whose
            login ends too. The login of the access token always ends; an unknown token is ignored.
        body (LogoutDataLogoutRequest | Unset): Optional, as JSON or as a revocation form (RFC
            7009): a refresh token of yours whose
            login ends too. The login of the access token always ends; an unknown token is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: LogoutJsonLogoutRequest | LogoutDataLogoutRequest | Unset = UNSET,
) -> Any | Problem | None:
    """End this login: its refresh tokens and access tokens stop working

    Args:
        body (LogoutJsonLogoutRequest | Unset): Optional, as JSON or as a revocation form (RFC
            7009): a refresh token of yours whose
            login ends too. The login of the access token always ends; an unknown token is ignored.
        body (LogoutDataLogoutRequest | Unset): Optional, as JSON or as a revocation form (RFC
            7009): a refresh token of yours whose
            login ends too. The login of the access token always ends; an unknown token is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LogoutJsonLogoutRequest | LogoutDataLogoutRequest | Unset = UNSET,
) -> Response[Any | Problem]:
    """End this login: its refresh tokens and access tokens stop working

    Args:
        body (LogoutJsonLogoutRequest | Unset): Optional, as JSON or as a revocation form (RFC
            7009): a refresh token of yours whose
            login ends too. The login of the access token always ends; an unknown token is ignored.
        body (LogoutDataLogoutRequest | Unset): Optional, as JSON or as a revocation form (RFC
            7009): a refresh token of yours whose
            login ends too. The login of the access token always ends; an unknown token is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LogoutJsonLogoutRequest | LogoutDataLogoutRequest | Unset = UNSET,
) -> Any | Problem | None:
    """End this login: its refresh tokens and access tokens stop working

    Args:
        body (LogoutJsonLogoutRequest | Unset): Optional, as JSON or as a revocation form (RFC
            7009): a refresh token of yours whose
            login ends too. The login of the access token always ends; an unknown token is ignored.
        body (LogoutDataLogoutRequest | Unset): Optional, as JSON or as a revocation form (RFC
            7009): a refresh token of yours whose
            login ends too. The login of the access token always ends; an unknown token is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
