from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_kind import JobKind
from ...models.problem import Problem
from ...models.public_missions import PublicMissions
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: JobKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["neighbourhood"] = neighbourhood

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/missions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicMissions | None:
    if response.status_code == 200:
        response_200 = PublicMissions.from_dict(response.json())

        return response_200

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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
) -> Response[Problem | PublicMissions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: JobKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
) -> Response[Problem | PublicMissions]:
    """Open missions, for the portal (no credentials, no personal data)

    Args:
        kind (JobKind | Unset):
        neighbourhood (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicMissions]
    """

    kwargs = _get_kwargs(
        kind=kind,
        neighbourhood=neighbourhood,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: JobKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
) -> Problem | PublicMissions | None:
    """Open missions, for the portal (no credentials, no personal data)

    Args:
        kind (JobKind | Unset):
        neighbourhood (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicMissions
    """

    return sync_detailed(
        client=client,
        kind=kind,
        neighbourhood=neighbourhood,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: JobKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
) -> Response[Problem | PublicMissions]:
    """Open missions, for the portal (no credentials, no personal data)

    Args:
        kind (JobKind | Unset):
        neighbourhood (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicMissions]
    """

    kwargs = _get_kwargs(
        kind=kind,
        neighbourhood=neighbourhood,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: JobKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
) -> Problem | PublicMissions | None:
    """Open missions, for the portal (no credentials, no personal data)

    Args:
        kind (JobKind | Unset):
        neighbourhood (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicMissions
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            neighbourhood=neighbourhood,
        )
    ).parsed
