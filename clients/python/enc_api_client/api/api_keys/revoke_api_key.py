from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_read import ApiKeyRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    key_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/api-keys/{key_id}/revoke".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiKeyRead | Problem | None:
    if response.status_code == 200:
        response_200 = ApiKeyRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKeyRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ApiKeyRead | Problem]:
    """Revoke a key for good

     A key acts for its association or partner with its scopes, and follows the user answerable for it
    (its creator, or whoever took it over), as `status` shows on every read: `suspended` while that user
    is deactivated (it works again on reactivation); `revoked` when that user is archived or anonymised,
    unless `transfer_api_keys_to` hands it over, and when that user's **role changes** (a key does not
    keep the powers of a role its issuer no longer has; the audit trail records each revocation with the
    reason); `revoked` also when revoked here, `expired` after `expires_at`. Each of these is refused at
    once by the API process that made the change and by the others within `CALLER_CACHE_SECONDS` (≤ 5
    s).

    Args:
        key_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyRead | Problem]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ApiKeyRead | Problem | None:
    """Revoke a key for good

     A key acts for its association or partner with its scopes, and follows the user answerable for it
    (its creator, or whoever took it over), as `status` shows on every read: `suspended` while that user
    is deactivated (it works again on reactivation); `revoked` when that user is archived or anonymised,
    unless `transfer_api_keys_to` hands it over, and when that user's **role changes** (a key does not
    keep the powers of a role its issuer no longer has; the audit trail records each revocation with the
    reason); `revoked` also when revoked here, `expired` after `expires_at`. Each of these is refused at
    once by the API process that made the change and by the others within `CALLER_CACHE_SECONDS` (≤ 5
    s).

    Args:
        key_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyRead | Problem
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    key_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ApiKeyRead | Problem]:
    """Revoke a key for good

     A key acts for its association or partner with its scopes, and follows the user answerable for it
    (its creator, or whoever took it over), as `status` shows on every read: `suspended` while that user
    is deactivated (it works again on reactivation); `revoked` when that user is archived or anonymised,
    unless `transfer_api_keys_to` hands it over, and when that user's **role changes** (a key does not
    keep the powers of a role its issuer no longer has; the audit trail records each revocation with the
    reason); `revoked` also when revoked here, `expired` after `expires_at`. Each of these is refused at
    once by the API process that made the change and by the others within `CALLER_CACHE_SECONDS` (≤ 5
    s).

    Args:
        key_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyRead | Problem]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ApiKeyRead | Problem | None:
    """Revoke a key for good

     A key acts for its association or partner with its scopes, and follows the user answerable for it
    (its creator, or whoever took it over), as `status` shows on every read: `suspended` while that user
    is deactivated (it works again on reactivation); `revoked` when that user is archived or anonymised,
    unless `transfer_api_keys_to` hands it over, and when that user's **role changes** (a key does not
    keep the powers of a role its issuer no longer has; the audit trail records each revocation with the
    reason); `revoked` also when revoked here, `expired` after `expires_at`. Each of these is refused at
    once by the API process that made the change and by the others within `CALLER_CACHE_SECONDS` (≤ 5
    s).

    Args:
        key_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyRead | Problem
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
        )
    ).parsed
