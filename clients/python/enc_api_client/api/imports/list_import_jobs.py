from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_job_status import ImportJobStatus
from ...models.import_kind import ImportKind
from ...models.list_import_jobs_format import ListImportJobsFormat
from ...models.page_import_job_read import PageImportJobRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: ImportKind | Unset = UNSET,
    status: ImportJobStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListImportJobsFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params["sort"] = sort

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/imports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageImportJobRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageImportJobRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[PageImportJobRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: ImportKind | Unset = UNSET,
    status: ImportJobStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListImportJobsFormat | Unset = UNSET,
) -> Response[PageImportJobRead | Problem]:
    """Background imports, newest first (the city's all, an association's its own)

    Args:
        kind (ImportKind | Unset):
        status (ImportJobStatus | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListImportJobsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageImportJobRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        status=status,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: ImportKind | Unset = UNSET,
    status: ImportJobStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListImportJobsFormat | Unset = UNSET,
) -> PageImportJobRead | Problem | None:
    """Background imports, newest first (the city's all, an association's its own)

    Args:
        kind (ImportKind | Unset):
        status (ImportJobStatus | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListImportJobsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageImportJobRead | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        status=status,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: ImportKind | Unset = UNSET,
    status: ImportJobStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListImportJobsFormat | Unset = UNSET,
) -> Response[PageImportJobRead | Problem]:
    """Background imports, newest first (the city's all, an association's its own)

    Args:
        kind (ImportKind | Unset):
        status (ImportJobStatus | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListImportJobsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageImportJobRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        status=status,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: ImportKind | Unset = UNSET,
    status: ImportJobStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListImportJobsFormat | Unset = UNSET,
) -> PageImportJobRead | Problem | None:
    """Background imports, newest first (the city's all, an association's its own)

    Args:
        kind (ImportKind | Unset):
        status (ImportJobStatus | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListImportJobsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageImportJobRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            status=status,
            limit=limit,
            cursor=cursor,
            sort=sort,
            format_=format_,
        )
    ).parsed
