from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.signature_form import SignatureForm
from ...models.signature_read import SignatureRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    document_id: UUID,
    *,
    body: SignatureForm,
    user_agent: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/documents/{document_id}/signatures".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SignatureRead | None:
    if response.status_code == 201:
        response_201 = SignatureRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SignatureRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignatureForm,
    user_agent: str | Unset = UNSET,
) -> Response[Problem | SignatureRead]:
    """Sign the current version: typed full name in place, or upload the signed scan

    Args:
        document_id (UUID):
        user_agent (str | Unset):
        body (SignatureForm): The multipart body: `method`, `consent`, `full_name` (typed) or
            `file` (scan).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SignatureRead]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
        user_agent=user_agent,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignatureForm,
    user_agent: str | Unset = UNSET,
) -> Problem | SignatureRead | None:
    """Sign the current version: typed full name in place, or upload the signed scan

    Args:
        document_id (UUID):
        user_agent (str | Unset):
        body (SignatureForm): The multipart body: `method`, `consent`, `full_name` (typed) or
            `file` (scan).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SignatureRead
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        body=body,
        user_agent=user_agent,
    ).parsed


async def asyncio_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignatureForm,
    user_agent: str | Unset = UNSET,
) -> Response[Problem | SignatureRead]:
    """Sign the current version: typed full name in place, or upload the signed scan

    Args:
        document_id (UUID):
        user_agent (str | Unset):
        body (SignatureForm): The multipart body: `method`, `consent`, `full_name` (typed) or
            `file` (scan).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SignatureRead]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
        user_agent=user_agent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignatureForm,
    user_agent: str | Unset = UNSET,
) -> Problem | SignatureRead | None:
    """Sign the current version: typed full name in place, or upload the signed scan

    Args:
        document_id (UUID):
        user_agent (str | Unset):
        body (SignatureForm): The multipart body: `method`, `consent`, `full_name` (typed) or
            `file` (scan).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SignatureRead
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
            user_agent=user_agent,
        )
    ).parsed
