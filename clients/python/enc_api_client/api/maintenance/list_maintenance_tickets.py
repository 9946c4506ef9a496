import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_maintenance_tickets_format import ListMaintenanceTicketsFormat
from ...models.page_ticket_read import PageTicketRead
from ...models.problem import Problem
from ...models.ticket_category import TicketCategory
from ...models.ticket_priority import TicketPriority
from ...models.ticket_status import TicketStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    space_id: UUID | Unset = UNSET,
    association_id: UUID | Unset = UNSET,
    operator_id: UUID | Unset = UNSET,
    status: TicketStatus | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    category: TicketCategory | Unset = UNSET,
    equipment_id: UUID | Unset = UNSET,
    assignee_id: UUID | Unset = UNSET,
    breached: bool | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMaintenanceTicketsFormat | Unset = UNSET,
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

    json_operator_id: str | Unset = UNSET
    if not isinstance(operator_id, Unset):
        json_operator_id = str(operator_id)
    params["operator_id"] = json_operator_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_priority: str | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = priority.value

    params["priority"] = json_priority

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_equipment_id: str | Unset = UNSET
    if not isinstance(equipment_id, Unset):
        json_equipment_id = str(equipment_id)
    params["equipment_id"] = json_equipment_id

    json_assignee_id: str | Unset = UNSET
    if not isinstance(assignee_id, Unset):
        json_assignee_id = str(assignee_id)
    params["assignee_id"] = json_assignee_id

    params["breached"] = breached

    json_due_before: str | Unset = UNSET
    if not isinstance(due_before, Unset):
        json_due_before = due_before.isoformat()
    params["due_before"] = json_due_before

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
        "url": "/api/v1/maintenance-tickets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageTicketRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageTicketRead.from_dict(response.json())

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
) -> Response[PageTicketRead | Problem]:
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
    operator_id: UUID | Unset = UNSET,
    status: TicketStatus | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    category: TicketCategory | Unset = UNSET,
    equipment_id: UUID | Unset = UNSET,
    assignee_id: UUID | Unset = UNSET,
    breached: bool | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMaintenanceTicketsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[PageTicketRead | Problem]:
    """Maintenance tickets you may see, filtered and paged (JSON or CSV)

    Args:
        space_id (UUID | Unset):
        association_id (UUID | Unset):
        operator_id (UUID | Unset):
        status (TicketStatus | Unset):
        priority (TicketPriority | Unset):
        category (TicketCategory | Unset):
        equipment_id (UUID | Unset):
        assignee_id (UUID | Unset):
        breached (bool | Unset): Past a deadline (acknowledge or resolve)
        due_before (datetime.datetime | Unset): Open tickets with a deadline before this instant
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListMaintenanceTicketsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise.
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
        Response[PageTicketRead | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        association_id=association_id,
        operator_id=operator_id,
        status=status,
        priority=priority,
        category=category,
        equipment_id=equipment_id,
        assignee_id=assignee_id,
        breached=breached,
        due_before=due_before,
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
    operator_id: UUID | Unset = UNSET,
    status: TicketStatus | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    category: TicketCategory | Unset = UNSET,
    equipment_id: UUID | Unset = UNSET,
    assignee_id: UUID | Unset = UNSET,
    breached: bool | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMaintenanceTicketsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> PageTicketRead | Problem | None:
    """Maintenance tickets you may see, filtered and paged (JSON or CSV)

    Args:
        space_id (UUID | Unset):
        association_id (UUID | Unset):
        operator_id (UUID | Unset):
        status (TicketStatus | Unset):
        priority (TicketPriority | Unset):
        category (TicketCategory | Unset):
        equipment_id (UUID | Unset):
        assignee_id (UUID | Unset):
        breached (bool | Unset): Past a deadline (acknowledge or resolve)
        due_before (datetime.datetime | Unset): Open tickets with a deadline before this instant
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListMaintenanceTicketsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise.
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
        PageTicketRead | Problem
    """

    return sync_detailed(
        client=client,
        space_id=space_id,
        association_id=association_id,
        operator_id=operator_id,
        status=status,
        priority=priority,
        category=category,
        equipment_id=equipment_id,
        assignee_id=assignee_id,
        breached=breached,
        due_before=due_before,
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
    operator_id: UUID | Unset = UNSET,
    status: TicketStatus | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    category: TicketCategory | Unset = UNSET,
    equipment_id: UUID | Unset = UNSET,
    assignee_id: UUID | Unset = UNSET,
    breached: bool | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMaintenanceTicketsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[PageTicketRead | Problem]:
    """Maintenance tickets you may see, filtered and paged (JSON or CSV)

    Args:
        space_id (UUID | Unset):
        association_id (UUID | Unset):
        operator_id (UUID | Unset):
        status (TicketStatus | Unset):
        priority (TicketPriority | Unset):
        category (TicketCategory | Unset):
        equipment_id (UUID | Unset):
        assignee_id (UUID | Unset):
        breached (bool | Unset): Past a deadline (acknowledge or resolve)
        due_before (datetime.datetime | Unset): Open tickets with a deadline before this instant
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListMaintenanceTicketsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise.
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
        Response[PageTicketRead | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        association_id=association_id,
        operator_id=operator_id,
        status=status,
        priority=priority,
        category=category,
        equipment_id=equipment_id,
        assignee_id=assignee_id,
        breached=breached,
        due_before=due_before,
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
    operator_id: UUID | Unset = UNSET,
    status: TicketStatus | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    category: TicketCategory | Unset = UNSET,
    equipment_id: UUID | Unset = UNSET,
    assignee_id: UUID | Unset = UNSET,
    breached: bool | Unset = UNSET,
    due_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListMaintenanceTicketsFormat | Unset = UNSET,
    sync: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> PageTicketRead | Problem | None:
    """Maintenance tickets you may see, filtered and paged (JSON or CSV)

    Args:
        space_id (UUID | Unset):
        association_id (UUID | Unset):
        operator_id (UUID | Unset):
        status (TicketStatus | Unset):
        priority (TicketPriority | Unset):
        category (TicketCategory | Unset):
        equipment_id (UUID | Unset):
        assignee_id (UUID | Unset):
        breached (bool | Unset): Past a deadline (acknowledge or resolve)
        due_before (datetime.datetime | Unset): Open tickets with a deadline before this instant
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListMaintenanceTicketsFormat | Unset): `csv` for the whole list as CSV (as does
            `Accept: text/csv`); JSON otherwise.
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
        PageTicketRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            space_id=space_id,
            association_id=association_id,
            operator_id=operator_id,
            status=status,
            priority=priority,
            category=category,
            equipment_id=equipment_id,
            assignee_id=assignee_id,
            breached=breached,
            due_before=due_before,
            limit=limit,
            cursor=cursor,
            sort=sort,
            format_=format_,
            sync=sync,
            updated_since=updated_since,
        )
    ).parsed
