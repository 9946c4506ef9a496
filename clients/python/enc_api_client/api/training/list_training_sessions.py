import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_training_sessions_format import ListTrainingSessionsFormat
from ...models.page_training_session_read import PageTrainingSessionRead
from ...models.problem import Problem
from ...models.training_audience import TrainingAudience
from ...models.training_session_status import TrainingSessionStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListTrainingSessionsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    space_id: UUID | Unset = UNSET,
    skill: str | Unset = UNSET,
    audience: TrainingAudience | Unset = UNSET,
    provider_id: UUID | Unset = UNSET,
    status: TrainingSessionStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_space_id: str | Unset = UNSET
    if not isinstance(space_id, Unset):
        json_space_id = str(space_id)
    params["space_id"] = json_space_id

    params["skill"] = skill

    json_audience: str | Unset = UNSET
    if not isinstance(audience, Unset):
        json_audience = audience.value

    params["audience"] = json_audience

    json_provider_id: str | Unset = UNSET
    if not isinstance(provider_id, Unset):
        json_provider_id = str(provider_id)
    params["provider_id"] = json_provider_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageTrainingSessionRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageTrainingSessionRead.from_dict(response.json())

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
) -> Response[PageTrainingSessionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListTrainingSessionsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    space_id: UUID | Unset = UNSET,
    skill: str | Unset = UNSET,
    audience: TrainingAudience | Unset = UNSET,
    provider_id: UUID | Unset = UNSET,
    status: TrainingSessionStatus | Unset = UNSET,
) -> Response[PageTrainingSessionRead | Problem]:
    """The training calendar (JSON, CSV or iCalendar)

    Args:
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListTrainingSessionsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise. `ics` for iCalendar.
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
        from_ (datetime.datetime | Unset): Sessions ending after this instant
        to (datetime.datetime | Unset): Sessions starting before this instant
        space_id (UUID | Unset):
        skill (str | Unset): A skill code
        audience (TrainingAudience | Unset):
        provider_id (UUID | Unset):
        status (TrainingSessionStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTrainingSessionRead | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
        sync=sync,
        updated_since=updated_since,
        from_=from_,
        to=to,
        space_id=space_id,
        skill=skill,
        audience=audience,
        provider_id=provider_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListTrainingSessionsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    space_id: UUID | Unset = UNSET,
    skill: str | Unset = UNSET,
    audience: TrainingAudience | Unset = UNSET,
    provider_id: UUID | Unset = UNSET,
    status: TrainingSessionStatus | Unset = UNSET,
) -> PageTrainingSessionRead | Problem | None:
    """The training calendar (JSON, CSV or iCalendar)

    Args:
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListTrainingSessionsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise. `ics` for iCalendar.
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
        from_ (datetime.datetime | Unset): Sessions ending after this instant
        to (datetime.datetime | Unset): Sessions starting before this instant
        space_id (UUID | Unset):
        skill (str | Unset): A skill code
        audience (TrainingAudience | Unset):
        provider_id (UUID | Unset):
        status (TrainingSessionStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTrainingSessionRead | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
        sync=sync,
        updated_since=updated_since,
        from_=from_,
        to=to,
        space_id=space_id,
        skill=skill,
        audience=audience,
        provider_id=provider_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListTrainingSessionsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    space_id: UUID | Unset = UNSET,
    skill: str | Unset = UNSET,
    audience: TrainingAudience | Unset = UNSET,
    provider_id: UUID | Unset = UNSET,
    status: TrainingSessionStatus | Unset = UNSET,
) -> Response[PageTrainingSessionRead | Problem]:
    """The training calendar (JSON, CSV or iCalendar)

    Args:
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListTrainingSessionsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise. `ics` for iCalendar.
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
        from_ (datetime.datetime | Unset): Sessions ending after this instant
        to (datetime.datetime | Unset): Sessions starting before this instant
        space_id (UUID | Unset):
        skill (str | Unset): A skill code
        audience (TrainingAudience | Unset):
        provider_id (UUID | Unset):
        status (TrainingSessionStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTrainingSessionRead | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
        sync=sync,
        updated_since=updated_since,
        from_=from_,
        to=to,
        space_id=space_id,
        skill=skill,
        audience=audience,
        provider_id=provider_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListTrainingSessionsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    space_id: UUID | Unset = UNSET,
    skill: str | Unset = UNSET,
    audience: TrainingAudience | Unset = UNSET,
    provider_id: UUID | Unset = UNSET,
    status: TrainingSessionStatus | Unset = UNSET,
) -> PageTrainingSessionRead | Problem | None:
    """The training calendar (JSON, CSV or iCalendar)

    Args:
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListTrainingSessionsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise. `ics` for iCalendar.
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
        from_ (datetime.datetime | Unset): Sessions ending after this instant
        to (datetime.datetime | Unset): Sessions starting before this instant
        space_id (UUID | Unset):
        skill (str | Unset): A skill code
        audience (TrainingAudience | Unset):
        provider_id (UUID | Unset):
        status (TrainingSessionStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTrainingSessionRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            format_=format_,
            sync=sync,
            updated_since=updated_since,
            from_=from_,
            to=to,
            space_id=space_id,
            skill=skill,
            audience=audience,
            provider_id=provider_id,
            status=status,
        )
    ).parsed
