import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_spaces_format import ListSpacesFormat
from ...models.page_space_read import PageSpaceRead
from ...models.problem import Problem
from ...models.space_kind import SpaceKind
from ...models.space_status import SpaceStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    association_id: UUID | Unset = UNSET,
    kind: SpaceKind | Unset = UNSET,
    status: SpaceStatus | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    q: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListSpacesFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_association_id: str | Unset = UNSET
    if not isinstance(association_id, Unset):
        json_association_id = str(association_id)
    params["association_id"] = json_association_id

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["neighbourhood"] = neighbourhood

    params["q"] = q

    params["include_archived"] = include_archived

    params["limit"] = limit

    params["cursor"] = cursor

    params["sort"] = sort

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["sync"] = sync

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/spaces",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageSpaceRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageSpaceRead.from_dict(response.json())

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
) -> Response[PageSpaceRead | Problem]:
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
    kind: SpaceKind | Unset = UNSET,
    status: SpaceStatus | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    q: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListSpacesFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[PageSpaceRead | Problem]:
    """The spaces you may see, filtered and paged (JSON or CSV)

    Args:
        association_id (UUID | Unset):
        kind (SpaceKind | Unset):
        status (SpaceStatus | Unset):
        neighbourhood (str | Unset):
        q (str | Unset): Name contains (accents and case ignored)
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListSpacesFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.
        sync (str | Unset): Incremental sync for offline apps: `start` for a first sync (every
            live item, then a `sync_token` on the last page), or the `sync_token` of your last sync
            for what changed since: changed items in change order, `tombstones` for items archived,
            cancelled or out of your scope. Follow `next_cursor` alone; the new token comes on the
            last page. Nothing committed is ever missed (the token is the database snapshot's
            watermark, not a time), but an item may come twice: apply by id. No filter, `sort` or CSV
            with a sync; a token of another list or caller is 422.
        updated_since (datetime.datetime | Unset): Start a sync from this UTC moment instead of a
            token (the database's clock, approximate); the last page gives the token to use from then
            on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSpaceRead | Problem]
    """

    kwargs = _get_kwargs(
        association_id=association_id,
        kind=kind,
        status=status,
        neighbourhood=neighbourhood,
        q=q,
        include_archived=include_archived,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
        sync=sync,
        updated_since=updated_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    association_id: UUID | Unset = UNSET,
    kind: SpaceKind | Unset = UNSET,
    status: SpaceStatus | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    q: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListSpacesFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> PageSpaceRead | Problem | None:
    """The spaces you may see, filtered and paged (JSON or CSV)

    Args:
        association_id (UUID | Unset):
        kind (SpaceKind | Unset):
        status (SpaceStatus | Unset):
        neighbourhood (str | Unset):
        q (str | Unset): Name contains (accents and case ignored)
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListSpacesFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.
        sync (str | Unset): Incremental sync for offline apps: `start` for a first sync (every
            live item, then a `sync_token` on the last page), or the `sync_token` of your last sync
            for what changed since: changed items in change order, `tombstones` for items archived,
            cancelled or out of your scope. Follow `next_cursor` alone; the new token comes on the
            last page. Nothing committed is ever missed (the token is the database snapshot's
            watermark, not a time), but an item may come twice: apply by id. No filter, `sort` or CSV
            with a sync; a token of another list or caller is 422.
        updated_since (datetime.datetime | Unset): Start a sync from this UTC moment instead of a
            token (the database's clock, approximate); the last page gives the token to use from then
            on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSpaceRead | Problem
    """

    return sync_detailed(
        client=client,
        association_id=association_id,
        kind=kind,
        status=status,
        neighbourhood=neighbourhood,
        q=q,
        include_archived=include_archived,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
        sync=sync,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    association_id: UUID | Unset = UNSET,
    kind: SpaceKind | Unset = UNSET,
    status: SpaceStatus | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    q: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListSpacesFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[PageSpaceRead | Problem]:
    """The spaces you may see, filtered and paged (JSON or CSV)

    Args:
        association_id (UUID | Unset):
        kind (SpaceKind | Unset):
        status (SpaceStatus | Unset):
        neighbourhood (str | Unset):
        q (str | Unset): Name contains (accents and case ignored)
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListSpacesFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.
        sync (str | Unset): Incremental sync for offline apps: `start` for a first sync (every
            live item, then a `sync_token` on the last page), or the `sync_token` of your last sync
            for what changed since: changed items in change order, `tombstones` for items archived,
            cancelled or out of your scope. Follow `next_cursor` alone; the new token comes on the
            last page. Nothing committed is ever missed (the token is the database snapshot's
            watermark, not a time), but an item may come twice: apply by id. No filter, `sort` or CSV
            with a sync; a token of another list or caller is 422.
        updated_since (datetime.datetime | Unset): Start a sync from this UTC moment instead of a
            token (the database's clock, approximate); the last page gives the token to use from then
            on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSpaceRead | Problem]
    """

    kwargs = _get_kwargs(
        association_id=association_id,
        kind=kind,
        status=status,
        neighbourhood=neighbourhood,
        q=q,
        include_archived=include_archived,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
        sync=sync,
        updated_since=updated_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    association_id: UUID | Unset = UNSET,
    kind: SpaceKind | Unset = UNSET,
    status: SpaceStatus | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    q: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListSpacesFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> PageSpaceRead | Problem | None:
    """The spaces you may see, filtered and paged (JSON or CSV)

    Args:
        association_id (UUID | Unset):
        kind (SpaceKind | Unset):
        status (SpaceStatus | Unset):
        neighbourhood (str | Unset):
        q (str | Unset): Name contains (accents and case ignored)
        include_archived (bool | Unset):  Default: False.
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListSpacesFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.
        sync (str | Unset): Incremental sync for offline apps: `start` for a first sync (every
            live item, then a `sync_token` on the last page), or the `sync_token` of your last sync
            for what changed since: changed items in change order, `tombstones` for items archived,
            cancelled or out of your scope. Follow `next_cursor` alone; the new token comes on the
            last page. Nothing committed is ever missed (the token is the database snapshot's
            watermark, not a time), but an item may come twice: apply by id. No filter, `sort` or CSV
            with a sync; a token of another list or caller is 422.
        updated_since (datetime.datetime | Unset): Start a sync from this UTC moment instead of a
            token (the database's clock, approximate); the last page gives the token to use from then
            on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSpaceRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            association_id=association_id,
            kind=kind,
            status=status,
            neighbourhood=neighbourhood,
            q=q,
            include_archived=include_archived,
            limit=limit,
            cursor=cursor,
            sort=sort,
            format_=format_,
            sync=sync,
            updated_since=updated_since,
        )
    ).parsed
