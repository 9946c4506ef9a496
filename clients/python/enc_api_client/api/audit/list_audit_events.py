import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_audit_events_format import ListAuditEventsFormat
from ...models.page_audit_event_read import PageAuditEventRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListAuditEventsFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_actor_user_id: str | Unset = UNSET
    if not isinstance(actor_user_id, Unset):
        json_actor_user_id = str(actor_user_id)
    params["actor_user_id"] = json_actor_user_id

    json_actor_api_key_id: str | Unset = UNSET
    if not isinstance(actor_api_key_id, Unset):
        json_actor_api_key_id = str(actor_api_key_id)
    params["actor_api_key_id"] = json_actor_api_key_id

    params["resource_type"] = resource_type

    params["resource_id"] = resource_id

    params["action"] = action

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

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
        "url": "/api/v1/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAuditEventRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageAuditEventRead.from_dict(response.json())

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
) -> Response[PageAuditEventRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListAuditEventsFormat | Unset = UNSET,
) -> Response[PageAuditEventRead | Problem]:
    """The audit trail (city only)

    Args:
        actor_user_id (UUID | Unset):
        actor_api_key_id (UUID | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
        action (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListAuditEventsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEventRead | Problem]
    """

    kwargs = _get_kwargs(
        actor_user_id=actor_user_id,
        actor_api_key_id=actor_api_key_id,
        resource_type=resource_type,
        resource_id=resource_id,
        action=action,
        from_=from_,
        to=to,
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
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListAuditEventsFormat | Unset = UNSET,
) -> PageAuditEventRead | Problem | None:
    """The audit trail (city only)

    Args:
        actor_user_id (UUID | Unset):
        actor_api_key_id (UUID | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
        action (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListAuditEventsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEventRead | Problem
    """

    return sync_detailed(
        client=client,
        actor_user_id=actor_user_id,
        actor_api_key_id=actor_api_key_id,
        resource_type=resource_type,
        resource_id=resource_id,
        action=action,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListAuditEventsFormat | Unset = UNSET,
) -> Response[PageAuditEventRead | Problem]:
    """The audit trail (city only)

    Args:
        actor_user_id (UUID | Unset):
        actor_api_key_id (UUID | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
        action (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListAuditEventsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEventRead | Problem]
    """

    kwargs = _get_kwargs(
        actor_user_id=actor_user_id,
        actor_api_key_id=actor_api_key_id,
        resource_type=resource_type,
        resource_id=resource_id,
        action=action,
        from_=from_,
        to=to,
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
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListAuditEventsFormat | Unset = UNSET,
) -> PageAuditEventRead | Problem | None:
    """The audit trail (city only)

    Args:
        actor_user_id (UUID | Unset):
        actor_api_key_id (UUID | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
        action (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListAuditEventsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEventRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            actor_user_id=actor_user_id,
            actor_api_key_id=actor_api_key_id,
            resource_type=resource_type,
            resource_id=resource_id,
            action=action,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
            sort=sort,
            format_=format_,
        )
    ).parsed
