from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_mode import ImportMode
from ...models.import_report import ImportReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: str | str | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/equipment/import",
        "params": params,
    }

    if isinstance(body, str):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, str):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-ndjson"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportReport | Problem | None:
    if response.status_code == 200:
        response_200 = ImportReport.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[ImportReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: str | str | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> Response[ImportReport | Problem]:
    """Import an inventory (CSV or NDJSON); every row is checked before any is written

     The city registers and updates any item. An association (its users, or its API keys with
    `equipment:import`) updates the descriptive fields (`serial_number`, `brand`, `model`, `notes`) of
    the items at its spaces; a row for any other number is refused as unknown, and a change to kind,
    funding or purchase is refused (the city's records).

    Args:
        mode (ImportMode | Unset):
        dry_run (bool | Unset): Validate and report; write nothing Default: False.
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        mode=mode,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: str | str | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> ImportReport | Problem | None:
    """Import an inventory (CSV or NDJSON); every row is checked before any is written

     The city registers and updates any item. An association (its users, or its API keys with
    `equipment:import`) updates the descriptive fields (`serial_number`, `brand`, `model`, `notes`) of
    the items at its spaces; a row for any other number is refused as unknown, and a change to kind,
    funding or purchase is refused (the city's records).

    Args:
        mode (ImportMode | Unset):
        dry_run (bool | Unset): Validate and report; write nothing Default: False.
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        mode=mode,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: str | str | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> Response[ImportReport | Problem]:
    """Import an inventory (CSV or NDJSON); every row is checked before any is written

     The city registers and updates any item. An association (its users, or its API keys with
    `equipment:import`) updates the descriptive fields (`serial_number`, `brand`, `model`, `notes`) of
    the items at its spaces; a row for any other number is refused as unknown, and a change to kind,
    funding or purchase is refused (the city's records).

    Args:
        mode (ImportMode | Unset):
        dry_run (bool | Unset): Validate and report; write nothing Default: False.
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        mode=mode,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: str | str | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> ImportReport | Problem | None:
    """Import an inventory (CSV or NDJSON); every row is checked before any is written

     The city registers and updates any item. An association (its users, or its API keys with
    `equipment:import`) updates the descriptive fields (`serial_number`, `brand`, `model`, `notes`) of
    the items at its spaces; a row for any other number is refused as unknown, and a change to kind,
    funding or purchase is refused (the city's records).

    Args:
        mode (ImportMode | Unset):
        dry_run (bool | Unset): Validate and report; write nothing Default: False.
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            mode=mode,
            dry_run=dry_run,
        )
    ).parsed
