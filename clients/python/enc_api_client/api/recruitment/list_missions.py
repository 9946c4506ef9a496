from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_missions_format import ListMissionsFormat
from ...models.mission_status import MissionStatus
from ...models.page_mission_read import PageMissionRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    association_id: UUID | Unset = UNSET,
    space_id: UUID | Unset = UNSET,
    status: MissionStatus | Unset = UNSET,
    job_description_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMissionsFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_association_id: str | Unset = UNSET
    if not isinstance(association_id, Unset):
        json_association_id = str(association_id)
    params["association_id"] = json_association_id

    json_space_id: str | Unset = UNSET
    if not isinstance(space_id, Unset):
        json_space_id = str(space_id)
    params["space_id"] = json_space_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_job_description_id: str | Unset = UNSET
    if not isinstance(job_description_id, Unset):
        json_job_description_id = str(job_description_id)
    params["job_description_id"] = json_job_description_id

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
        "url": "/api/v1/missions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageMissionRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageMissionRead.from_dict(response.json())

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
) -> Response[PageMissionRead | Problem]:
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
    space_id: UUID | Unset = UNSET,
    status: MissionStatus | Unset = UNSET,
    job_description_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMissionsFormat | Unset = UNSET,
) -> Response[PageMissionRead | Problem]:
    """Missions: the city's all, an association's own, a tutor's

    Args:
        association_id (UUID | Unset):
        space_id (UUID | Unset):
        status (MissionStatus | Unset):
        job_description_id (UUID | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListMissionsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMissionRead | Problem]
    """

    kwargs = _get_kwargs(
        association_id=association_id,
        space_id=space_id,
        status=status,
        job_description_id=job_description_id,
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
    space_id: UUID | Unset = UNSET,
    status: MissionStatus | Unset = UNSET,
    job_description_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMissionsFormat | Unset = UNSET,
) -> PageMissionRead | Problem | None:
    """Missions: the city's all, an association's own, a tutor's

    Args:
        association_id (UUID | Unset):
        space_id (UUID | Unset):
        status (MissionStatus | Unset):
        job_description_id (UUID | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListMissionsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMissionRead | Problem
    """

    return sync_detailed(
        client=client,
        association_id=association_id,
        space_id=space_id,
        status=status,
        job_description_id=job_description_id,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    association_id: UUID | Unset = UNSET,
    space_id: UUID | Unset = UNSET,
    status: MissionStatus | Unset = UNSET,
    job_description_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMissionsFormat | Unset = UNSET,
) -> Response[PageMissionRead | Problem]:
    """Missions: the city's all, an association's own, a tutor's

    Args:
        association_id (UUID | Unset):
        space_id (UUID | Unset):
        status (MissionStatus | Unset):
        job_description_id (UUID | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListMissionsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMissionRead | Problem]
    """

    kwargs = _get_kwargs(
        association_id=association_id,
        space_id=space_id,
        status=status,
        job_description_id=job_description_id,
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
    space_id: UUID | Unset = UNSET,
    status: MissionStatus | Unset = UNSET,
    job_description_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMissionsFormat | Unset = UNSET,
) -> PageMissionRead | Problem | None:
    """Missions: the city's all, an association's own, a tutor's

    Args:
        association_id (UUID | Unset):
        space_id (UUID | Unset):
        status (MissionStatus | Unset):
        job_description_id (UUID | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListMissionsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMissionRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            association_id=association_id,
            space_id=space_id,
            status=status,
            job_description_id=job_description_id,
            limit=limit,
            cursor=cursor,
            sort=sort,
            format_=format_,
        )
    ).parsed
