from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.equipment_stats import EquipmentStats
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    older_than_years: int | Unset = 5,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["older_than_years"] = older_than_years

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stats/equipment",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EquipmentStats | Problem | None:
    if response.status_code == 200:
        response_200 = EquipmentStats.from_dict(response.json())

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
) -> Response[EquipmentStats | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    older_than_years: int | Unset = 5,
) -> Response[EquipmentStats | Problem]:
    """Needs diagnosis: equipment per association and space, ages, what to renew

    Args:
        older_than_years (int | Unset): Items acquired at least this long ago are listed to renew.
            Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EquipmentStats | Problem]
    """

    kwargs = _get_kwargs(
        older_than_years=older_than_years,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    older_than_years: int | Unset = 5,
) -> EquipmentStats | Problem | None:
    """Needs diagnosis: equipment per association and space, ages, what to renew

    Args:
        older_than_years (int | Unset): Items acquired at least this long ago are listed to renew.
            Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EquipmentStats | Problem
    """

    return sync_detailed(
        client=client,
        older_than_years=older_than_years,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    older_than_years: int | Unset = 5,
) -> Response[EquipmentStats | Problem]:
    """Needs diagnosis: equipment per association and space, ages, what to renew

    Args:
        older_than_years (int | Unset): Items acquired at least this long ago are listed to renew.
            Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EquipmentStats | Problem]
    """

    kwargs = _get_kwargs(
        older_than_years=older_than_years,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    older_than_years: int | Unset = 5,
) -> EquipmentStats | Problem | None:
    """Needs diagnosis: equipment per association and space, ages, what to renew

    Args:
        older_than_years (int | Unset): Items acquired at least this long ago are listed to renew.
            Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EquipmentStats | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            older_than_years=older_than_years,
        )
    ).parsed
