import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_visits_format import ListVisitsFormat
from ...models.page_visit_read import PageVisitRead
from ...models.problem import Problem
from ...models.visit_autonomy import VisitAutonomy
from ...models.visit_mode import VisitMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    space_id: UUID | Unset = UNSET,
    association_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    mode: VisitMode | Unset = UNSET,
    skill: str | Unset = UNSET,
    autonomy: VisitAutonomy | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListVisitsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_space_id: str | Unset = UNSET
    if not isinstance(space_id, Unset):
        json_space_id = str(space_id)
    params["space_id"] = json_space_id

    json_association_id: str | Unset = UNSET
    if not isinstance(association_id, Unset):
        json_association_id = str(association_id)
    params["association_id"] = json_association_id

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["skill"] = skill

    json_autonomy: str | Unset = UNSET
    if not isinstance(autonomy, Unset):
        json_autonomy = autonomy.value

    params["autonomy"] = json_autonomy

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
        "url": "/api/v1/visits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageVisitRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageVisitRead.from_dict(response.json())

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
) -> Response[PageVisitRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    space_id: UUID | Unset = UNSET,
    association_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    mode: VisitMode | Unset = UNSET,
    skill: str | Unset = UNSET,
    autonomy: VisitAutonomy | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListVisitsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[PageVisitRead | Problem]:
    """Visits, newest first (keyset pages, or CSV)

    Args:
        space_id (UUID | Unset):
        association_id (UUID | Unset):
        from_ (datetime.date | Unset): On or after (Paris day)
        to (datetime.date | Unset): On or before (Paris day)
        mode (VisitMode | Unset):
        skill (str | Unset): A skill code
        autonomy (VisitAutonomy | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListVisitsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
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
        Response[PageVisitRead | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        association_id=association_id,
        from_=from_,
        to=to,
        mode=mode,
        skill=skill,
        autonomy=autonomy,
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
    space_id: UUID | Unset = UNSET,
    association_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    mode: VisitMode | Unset = UNSET,
    skill: str | Unset = UNSET,
    autonomy: VisitAutonomy | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListVisitsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> PageVisitRead | Problem | None:
    """Visits, newest first (keyset pages, or CSV)

    Args:
        space_id (UUID | Unset):
        association_id (UUID | Unset):
        from_ (datetime.date | Unset): On or after (Paris day)
        to (datetime.date | Unset): On or before (Paris day)
        mode (VisitMode | Unset):
        skill (str | Unset): A skill code
        autonomy (VisitAutonomy | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListVisitsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
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
        PageVisitRead | Problem
    """

    return sync_detailed(
        client=client,
        space_id=space_id,
        association_id=association_id,
        from_=from_,
        to=to,
        mode=mode,
        skill=skill,
        autonomy=autonomy,
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
    space_id: UUID | Unset = UNSET,
    association_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    mode: VisitMode | Unset = UNSET,
    skill: str | Unset = UNSET,
    autonomy: VisitAutonomy | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListVisitsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[PageVisitRead | Problem]:
    """Visits, newest first (keyset pages, or CSV)

    Args:
        space_id (UUID | Unset):
        association_id (UUID | Unset):
        from_ (datetime.date | Unset): On or after (Paris day)
        to (datetime.date | Unset): On or before (Paris day)
        mode (VisitMode | Unset):
        skill (str | Unset): A skill code
        autonomy (VisitAutonomy | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListVisitsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
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
        Response[PageVisitRead | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        association_id=association_id,
        from_=from_,
        to=to,
        mode=mode,
        skill=skill,
        autonomy=autonomy,
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
    space_id: UUID | Unset = UNSET,
    association_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    mode: VisitMode | Unset = UNSET,
    skill: str | Unset = UNSET,
    autonomy: VisitAutonomy | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListVisitsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> PageVisitRead | Problem | None:
    """Visits, newest first (keyset pages, or CSV)

    Args:
        space_id (UUID | Unset):
        association_id (UUID | Unset):
        from_ (datetime.date | Unset): On or after (Paris day)
        to (datetime.date | Unset): On or before (Paris day)
        mode (VisitMode | Unset):
        skill (str | Unset): A skill code
        autonomy (VisitAutonomy | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListVisitsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
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
        PageVisitRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            space_id=space_id,
            association_id=association_id,
            from_=from_,
            to=to,
            mode=mode,
            skill=skill,
            autonomy=autonomy,
            limit=limit,
            cursor=cursor,
            sort=sort,
            format_=format_,
            sync=sync,
            updated_since=updated_since,
        )
    ).parsed
