from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_upload_create import ImportUploadCreate
from ...models.import_upload_read import ImportUploadRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ImportUploadCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/imports/uploads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportUploadRead | Problem | None:
    if response.status_code == 201:
        response_201 = ImportUploadRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[ImportUploadRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportUploadCreate,
) -> Response[ImportUploadRead | Problem]:
    """Start an upload for a background import (its bytes follow in parts)

     Announce a file (kind, format, size if known); then send its bytes with `PUT
    /imports/uploads/{id}/content` and `Upload-Offset`, in one request or several. After a network cut,
    `GET /imports/uploads/{id}` tells `received_bytes`: send the rest from there. Then `POST /imports`
    with the `upload_id`.

    Args:
        body (ImportUploadCreate): A file to send in parts: its kind and format, and (if known)
            its size in bytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportUploadRead | Problem]
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
    body: ImportUploadCreate,
) -> ImportUploadRead | Problem | None:
    """Start an upload for a background import (its bytes follow in parts)

     Announce a file (kind, format, size if known); then send its bytes with `PUT
    /imports/uploads/{id}/content` and `Upload-Offset`, in one request or several. After a network cut,
    `GET /imports/uploads/{id}` tells `received_bytes`: send the rest from there. Then `POST /imports`
    with the `upload_id`.

    Args:
        body (ImportUploadCreate): A file to send in parts: its kind and format, and (if known)
            its size in bytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportUploadRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportUploadCreate,
) -> Response[ImportUploadRead | Problem]:
    """Start an upload for a background import (its bytes follow in parts)

     Announce a file (kind, format, size if known); then send its bytes with `PUT
    /imports/uploads/{id}/content` and `Upload-Offset`, in one request or several. After a network cut,
    `GET /imports/uploads/{id}` tells `received_bytes`: send the rest from there. Then `POST /imports`
    with the `upload_id`.

    Args:
        body (ImportUploadCreate): A file to send in parts: its kind and format, and (if known)
            its size in bytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportUploadRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImportUploadCreate,
) -> ImportUploadRead | Problem | None:
    """Start an upload for a background import (its bytes follow in parts)

     Announce a file (kind, format, size if known); then send its bytes with `PUT
    /imports/uploads/{id}/content` and `Upload-Offset`, in one request or several. After a network cut,
    `GET /imports/uploads/{id}` tells `received_bytes`: send the rest from there. Then `POST /imports`
    with the `upload_id`.

    Args:
        body (ImportUploadCreate): A file to send in parts: its kind and format, and (if known)
            its size in bytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportUploadRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
