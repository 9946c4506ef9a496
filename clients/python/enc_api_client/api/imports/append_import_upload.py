from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_upload_read import ImportUploadRead
from ...models.problem import Problem
from ...types import File, Response


def _get_kwargs(
    upload_id: UUID,
    *,
    body: File,
    upload_offset: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Upload-Offset"] = str(upload_offset)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/imports/uploads/{upload_id}/content".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportUploadRead | Problem | None:
    if response.status_code == 200:
        response_200 = ImportUploadRead.from_dict(response.json())

        return response_200

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
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    upload_offset: int,
) -> Response[ImportUploadRead | Problem]:
    """Append bytes to an upload at Upload-Offset (resumable)

     The body is appended at `Upload-Offset`, which must equal the upload's `received_bytes` (409
    otherwise, with `received_bytes` in the problem). The bytes received before a connection breaks are
    kept.

    Args:
        upload_id (UUID):
        upload_offset (int): Where these bytes start.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportUploadRead | Problem]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
        upload_offset=upload_offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    upload_offset: int,
) -> ImportUploadRead | Problem | None:
    """Append bytes to an upload at Upload-Offset (resumable)

     The body is appended at `Upload-Offset`, which must equal the upload's `received_bytes` (409
    otherwise, with `received_bytes` in the problem). The bytes received before a connection breaks are
    kept.

    Args:
        upload_id (UUID):
        upload_offset (int): Where these bytes start.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportUploadRead | Problem
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        body=body,
        upload_offset=upload_offset,
    ).parsed


async def asyncio_detailed(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    upload_offset: int,
) -> Response[ImportUploadRead | Problem]:
    """Append bytes to an upload at Upload-Offset (resumable)

     The body is appended at `Upload-Offset`, which must equal the upload's `received_bytes` (409
    otherwise, with `received_bytes` in the problem). The bytes received before a connection breaks are
    kept.

    Args:
        upload_id (UUID):
        upload_offset (int): Where these bytes start.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportUploadRead | Problem]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
        upload_offset=upload_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: UUID,
    *,
    client: AuthenticatedClient,
    body: File,
    upload_offset: int,
) -> ImportUploadRead | Problem | None:
    """Append bytes to an upload at Upload-Offset (resumable)

     The body is appended at `Upload-Offset`, which must equal the upload's `received_bytes` (409
    otherwise, with `received_bytes` in the problem). The bytes received before a connection breaks are
    kept.

    Args:
        upload_id (UUID):
        upload_offset (int): Where these bytes start.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportUploadRead | Problem
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
            upload_offset=upload_offset,
        )
    ).parsed
