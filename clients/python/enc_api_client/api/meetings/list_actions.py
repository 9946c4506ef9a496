from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_status import ActionStatus
from ...models.list_actions_format import ListActionsFormat
from ...models.page_action_read import PageActionRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ActionStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    owner_association_id: UUID | Unset = UNSET,
    owner_user_id: UUID | Unset = UNSET,
    decision_id: UUID | Unset = UNSET,
    meeting_id: UUID | Unset = UNSET,
    objective_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListActionsFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["overdue"] = overdue

    json_owner_association_id: str | Unset = UNSET
    if not isinstance(owner_association_id, Unset):
        json_owner_association_id = str(owner_association_id)
    params["owner_association_id"] = json_owner_association_id

    json_owner_user_id: str | Unset = UNSET
    if not isinstance(owner_user_id, Unset):
        json_owner_user_id = str(owner_user_id)
    params["owner_user_id"] = json_owner_user_id

    json_decision_id: str | Unset = UNSET
    if not isinstance(decision_id, Unset):
        json_decision_id = str(decision_id)
    params["decision_id"] = json_decision_id

    json_meeting_id: str | Unset = UNSET
    if not isinstance(meeting_id, Unset):
        json_meeting_id = str(meeting_id)
    params["meeting_id"] = json_meeting_id

    json_objective_id: str | Unset = UNSET
    if not isinstance(objective_id, Unset):
        json_objective_id = str(objective_id)
    params["objective_id"] = json_objective_id

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
        "url": "/api/v1/actions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageActionRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageActionRead.from_dict(response.json())

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
) -> Response[PageActionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ActionStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    owner_association_id: UUID | Unset = UNSET,
    owner_user_id: UUID | Unset = UNSET,
    decision_id: UUID | Unset = UNSET,
    meeting_id: UUID | Unset = UNSET,
    objective_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListActionsFormat | Unset = UNSET,
) -> Response[PageActionRead | Problem]:
    """Follow-up actions the caller owns (its association's; the city: all)

    Args:
        status (ActionStatus | Unset):
        overdue (bool | Unset): Open or in progress past the due date (Paris)
        owner_association_id (UUID | Unset):
        owner_user_id (UUID | Unset):
        decision_id (UUID | Unset):
        meeting_id (UUID | Unset):
        objective_id (UUID | Unset): The actions serving a development plan's objective
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListActionsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageActionRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        overdue=overdue,
        owner_association_id=owner_association_id,
        owner_user_id=owner_user_id,
        decision_id=decision_id,
        meeting_id=meeting_id,
        objective_id=objective_id,
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
    status: ActionStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    owner_association_id: UUID | Unset = UNSET,
    owner_user_id: UUID | Unset = UNSET,
    decision_id: UUID | Unset = UNSET,
    meeting_id: UUID | Unset = UNSET,
    objective_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListActionsFormat | Unset = UNSET,
) -> PageActionRead | Problem | None:
    """Follow-up actions the caller owns (its association's; the city: all)

    Args:
        status (ActionStatus | Unset):
        overdue (bool | Unset): Open or in progress past the due date (Paris)
        owner_association_id (UUID | Unset):
        owner_user_id (UUID | Unset):
        decision_id (UUID | Unset):
        meeting_id (UUID | Unset):
        objective_id (UUID | Unset): The actions serving a development plan's objective
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListActionsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageActionRead | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        overdue=overdue,
        owner_association_id=owner_association_id,
        owner_user_id=owner_user_id,
        decision_id=decision_id,
        meeting_id=meeting_id,
        objective_id=objective_id,
        limit=limit,
        cursor=cursor,
        sort=sort,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ActionStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    owner_association_id: UUID | Unset = UNSET,
    owner_user_id: UUID | Unset = UNSET,
    decision_id: UUID | Unset = UNSET,
    meeting_id: UUID | Unset = UNSET,
    objective_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListActionsFormat | Unset = UNSET,
) -> Response[PageActionRead | Problem]:
    """Follow-up actions the caller owns (its association's; the city: all)

    Args:
        status (ActionStatus | Unset):
        overdue (bool | Unset): Open or in progress past the due date (Paris)
        owner_association_id (UUID | Unset):
        owner_user_id (UUID | Unset):
        decision_id (UUID | Unset):
        meeting_id (UUID | Unset):
        objective_id (UUID | Unset): The actions serving a development plan's objective
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListActionsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageActionRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        overdue=overdue,
        owner_association_id=owner_association_id,
        owner_user_id=owner_user_id,
        decision_id=decision_id,
        meeting_id=meeting_id,
        objective_id=objective_id,
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
    status: ActionStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    owner_association_id: UUID | Unset = UNSET,
    owner_user_id: UUID | Unset = UNSET,
    decision_id: UUID | Unset = UNSET,
    meeting_id: UUID | Unset = UNSET,
    objective_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    format_: ListActionsFormat | Unset = UNSET,
) -> PageActionRead | Problem | None:
    """Follow-up actions the caller owns (its association's; the city: all)

    Args:
        status (ActionStatus | Unset):
        overdue (bool | Unset): Open or in progress past the due date (Paris)
        owner_association_id (UUID | Unset):
        owner_user_id (UUID | Unset):
        decision_id (UUID | Unset):
        meeting_id (UUID | Unset):
        objective_id (UUID | Unset): The actions serving a development plan's objective
        limit (int | Unset): Items per page. Default: 50.
        cursor (str | Unset): From `next_cursor`.
        sort (str | Unset): `field` or `-field` (descending).
        format_ (ListActionsFormat | Unset): `csv` for the whole list as CSV (as does `Accept:
            text/csv`); JSON otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageActionRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            overdue=overdue,
            owner_association_id=owner_association_id,
            owner_user_id=owner_user_id,
            decision_id=decision_id,
            meeting_id=meeting_id,
            objective_id=objective_id,
            limit=limit,
            cursor=cursor,
            sort=sort,
            format_=format_,
        )
    ).parsed
