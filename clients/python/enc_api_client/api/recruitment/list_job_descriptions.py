from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_description_status import JobDescriptionStatus
from ...models.job_kind import JobKind
from ...models.list_job_descriptions_format import ListJobDescriptionsFormat
from ...models.page_job_description_read import PageJobDescriptionRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    association_id: UUID | Unset = UNSET,
    network: bool | Unset = UNSET,
    status: JobDescriptionStatus | Unset = UNSET,
    kind: JobKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListJobDescriptionsFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_association_id: str | Unset = UNSET
    if not isinstance(association_id, Unset):
        json_association_id = str(association_id)
    params["association_id"] = json_association_id

    params["network"] = network

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

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
        "url": "/api/v1/job-descriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageJobDescriptionRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageJobDescriptionRead.from_dict(response.json())

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
) -> Response[PageJobDescriptionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    association_id: UUID | Unset = UNSET,
    network: bool | Unset = UNSET,
    status: JobDescriptionStatus | Unset = UNSET,
    kind: JobKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListJobDescriptionsFormat | Unset = UNSET,
) -> Response[PageJobDescriptionRead | Problem]:
    """Job descriptions: the network's published ones and your association's

    Args:
        association_id (UUID | Unset):
        network (bool | Unset):
        status (JobDescriptionStatus | Unset):
        kind (JobKind | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListJobDescriptionsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageJobDescriptionRead | Problem]
    """

    kwargs = _get_kwargs(
        association_id=association_id,
        network=network,
        status=status,
        kind=kind,
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
    association_id: UUID | Unset = UNSET,
    network: bool | Unset = UNSET,
    status: JobDescriptionStatus | Unset = UNSET,
    kind: JobKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListJobDescriptionsFormat | Unset = UNSET,
) -> PageJobDescriptionRead | Problem | None:
    """Job descriptions: the network's published ones and your association's

    Args:
        association_id (UUID | Unset):
        network (bool | Unset):
        status (JobDescriptionStatus | Unset):
        kind (JobKind | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListJobDescriptionsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageJobDescriptionRead | Problem
    """

    return sync_detailed(
        client=client,
        association_id=association_id,
        network=network,
        status=status,
        kind=kind,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    association_id: UUID | Unset = UNSET,
    network: bool | Unset = UNSET,
    status: JobDescriptionStatus | Unset = UNSET,
    kind: JobKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListJobDescriptionsFormat | Unset = UNSET,
) -> Response[PageJobDescriptionRead | Problem]:
    """Job descriptions: the network's published ones and your association's

    Args:
        association_id (UUID | Unset):
        network (bool | Unset):
        status (JobDescriptionStatus | Unset):
        kind (JobKind | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListJobDescriptionsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageJobDescriptionRead | Problem]
    """

    kwargs = _get_kwargs(
        association_id=association_id,
        network=network,
        status=status,
        kind=kind,
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
    association_id: UUID | Unset = UNSET,
    network: bool | Unset = UNSET,
    status: JobDescriptionStatus | Unset = UNSET,
    kind: JobKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListJobDescriptionsFormat | Unset = UNSET,
) -> PageJobDescriptionRead | Problem | None:
    """Job descriptions: the network's published ones and your association's

    Args:
        association_id (UUID | Unset):
        network (bool | Unset):
        status (JobDescriptionStatus | Unset):
        kind (JobKind | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListJobDescriptionsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageJobDescriptionRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            association_id=association_id,
            network=network,
            status=status,
            kind=kind,
            limit=limit,
            cursor=cursor,
            sort=sort,
            format_=format_,
        )
    ).parsed
