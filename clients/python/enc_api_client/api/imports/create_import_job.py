from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_job_create import ImportJobCreate
from ...models.import_job_read import ImportJobRead
from ...models.import_kind import ImportKind
from ...models.import_mode import ImportMode
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ImportJobCreate | str | str | Unset = UNSET,
    kind: ImportKind | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/imports",
        "params": params,
    }

    if isinstance(body, ImportJobCreate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, str):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, str):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-ndjson"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportJobRead | Problem | None:
    if response.status_code == 202:
        response_202 = ImportJobRead.from_dict(response.json())

        return response_202

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
) -> Response[ImportJobRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportJobCreate | str | str | Unset = UNSET,
    kind: ImportKind | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> Response[ImportJobRead | Problem]:
    """Start a background import (visits or equipment): 202 with the job to poll

     The job runs the same import as `POST /visits/import` or `POST /equipment/import`, in one
    transaction, as the caller, in `enc worker` or the API's scheduler: `queued` → `running` →
    `succeeded` (the report) | `failed` (why; nothing written) | `cancelled` (DELETE; nothing written).
    Poll `Location`; `import.finished` is sent to webhooks. A job whose runner dies is run again from
    the start: never half-applied.

    Args:
        kind (ImportKind | Unset):
        mode (ImportMode | Unset):
        dry_run (bool | Unset): With the file as the body (equipment): write nothing Default:
            False.
        body (ImportJobCreate): A job on a finished upload (`POST /imports/uploads`, then its
            parts).
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJobRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        kind=kind,
        mode=mode,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ImportJobCreate | str | str | Unset = UNSET,
    kind: ImportKind | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> ImportJobRead | Problem | None:
    """Start a background import (visits or equipment): 202 with the job to poll

     The job runs the same import as `POST /visits/import` or `POST /equipment/import`, in one
    transaction, as the caller, in `enc worker` or the API's scheduler: `queued` → `running` →
    `succeeded` (the report) | `failed` (why; nothing written) | `cancelled` (DELETE; nothing written).
    Poll `Location`; `import.finished` is sent to webhooks. A job whose runner dies is run again from
    the start: never half-applied.

    Args:
        kind (ImportKind | Unset):
        mode (ImportMode | Unset):
        dry_run (bool | Unset): With the file as the body (equipment): write nothing Default:
            False.
        body (ImportJobCreate): A job on a finished upload (`POST /imports/uploads`, then its
            parts).
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJobRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        kind=kind,
        mode=mode,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportJobCreate | str | str | Unset = UNSET,
    kind: ImportKind | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> Response[ImportJobRead | Problem]:
    """Start a background import (visits or equipment): 202 with the job to poll

     The job runs the same import as `POST /visits/import` or `POST /equipment/import`, in one
    transaction, as the caller, in `enc worker` or the API's scheduler: `queued` → `running` →
    `succeeded` (the report) | `failed` (why; nothing written) | `cancelled` (DELETE; nothing written).
    Poll `Location`; `import.finished` is sent to webhooks. A job whose runner dies is run again from
    the start: never half-applied.

    Args:
        kind (ImportKind | Unset):
        mode (ImportMode | Unset):
        dry_run (bool | Unset): With the file as the body (equipment): write nothing Default:
            False.
        body (ImportJobCreate): A job on a finished upload (`POST /imports/uploads`, then its
            parts).
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJobRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        kind=kind,
        mode=mode,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImportJobCreate | str | str | Unset = UNSET,
    kind: ImportKind | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> ImportJobRead | Problem | None:
    """Start a background import (visits or equipment): 202 with the job to poll

     The job runs the same import as `POST /visits/import` or `POST /equipment/import`, in one
    transaction, as the caller, in `enc worker` or the API's scheduler: `queued` → `running` →
    `succeeded` (the report) | `failed` (why; nothing written) | `cancelled` (DELETE; nothing written).
    Poll `Location`; `import.finished` is sent to webhooks. A job whose runner dies is run again from
    the start: never half-applied.

    Args:
        kind (ImportKind | Unset):
        mode (ImportMode | Unset):
        dry_run (bool | Unset): With the file as the body (equipment): write nothing Default:
            False.
        body (ImportJobCreate): A job on a finished upload (`POST /imports/uploads`, then its
            parts).
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJobRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            kind=kind,
            mode=mode,
            dry_run=dry_run,
        )
    ).parsed
