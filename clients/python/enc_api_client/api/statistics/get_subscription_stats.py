import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.subscription_stats import SubscriptionStats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    pooling_window_days: int | Unset = 90,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["pooling_window_days"] = pooling_window_days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubscriptionStats | None:
    if response.status_code == 200:
        response_200 = SubscriptionStats.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | SubscriptionStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    pooling_window_days: int | Unset = 90,
) -> Response[Problem | SubscriptionStats]:
    """Subscriptions compared: cost a month, per opening hour and per visit, Mbit/s per euro, spaces
    without a working connection, commitments to pool

    Args:
        from_ (datetime.date | Unset): Visits and costs from (default: 30 days).
        to (datetime.date | Unset): Up to and including (default: today).
        pooling_window_days (int | Unset): Commitments ending within this many days pool. Default:
            90.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubscriptionStats]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        pooling_window_days=pooling_window_days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    pooling_window_days: int | Unset = 90,
) -> Problem | SubscriptionStats | None:
    """Subscriptions compared: cost a month, per opening hour and per visit, Mbit/s per euro, spaces
    without a working connection, commitments to pool

    Args:
        from_ (datetime.date | Unset): Visits and costs from (default: 30 days).
        to (datetime.date | Unset): Up to and including (default: today).
        pooling_window_days (int | Unset): Commitments ending within this many days pool. Default:
            90.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubscriptionStats
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        pooling_window_days=pooling_window_days,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    pooling_window_days: int | Unset = 90,
) -> Response[Problem | SubscriptionStats]:
    """Subscriptions compared: cost a month, per opening hour and per visit, Mbit/s per euro, spaces
    without a working connection, commitments to pool

    Args:
        from_ (datetime.date | Unset): Visits and costs from (default: 30 days).
        to (datetime.date | Unset): Up to and including (default: today).
        pooling_window_days (int | Unset): Commitments ending within this many days pool. Default:
            90.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubscriptionStats]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        pooling_window_days=pooling_window_days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    pooling_window_days: int | Unset = 90,
) -> Problem | SubscriptionStats | None:
    """Subscriptions compared: cost a month, per opening hour and per visit, Mbit/s per euro, spaces
    without a working connection, commitments to pool

    Args:
        from_ (datetime.date | Unset): Visits and costs from (default: 30 days).
        to (datetime.date | Unset): Up to and including (default: today).
        pooling_window_days (int | Unset): Commitments ending within this many days pool. Default:
            90.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubscriptionStats
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            pooling_window_days=pooling_window_days,
        )
    ).parsed
