from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_public_spaces_format import ListPublicSpacesFormat
from ...models.mediation_service import MediationService
from ...models.problem import Problem
from ...models.public_directory import PublicDirectory
from ...models.space_kind import SpaceKind
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: SpaceKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    service: MediationService | Unset = UNSET,
    labelled: bool | Unset = UNSET,
    open_now: bool | Unset = UNSET,
    format_: ListPublicSpacesFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["neighbourhood"] = neighbourhood

    json_service: str | Unset = UNSET
    if not isinstance(service, Unset):
        json_service = service.value

    params["service"] = json_service

    params["labelled"] = labelled

    params["open_now"] = open_now

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/spaces",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicDirectory | None:
    if response.status_code == 200:
        response_200 = PublicDirectory.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Problem | PublicDirectory]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: SpaceKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    service: MediationService | Unset = UNSET,
    labelled: bool | Unset = UNSET,
    open_now: bool | Unset = UNSET,
    format_: ListPublicSpacesFormat | Unset = UNSET,
) -> Response[Any | Problem | PublicDirectory]:
    """The directory of open spaces (no credentials); GeoJSON for a map

    Args:
        kind (SpaceKind | Unset):
        neighbourhood (str | Unset):
        service (MediationService | Unset):
        labelled (bool | Unset): Holding the ENC label now
        open_now (bool | Unset): Open right now (Europe/Paris; public holidays and exceptional
            closures count as closed)
        format_ (ListPublicSpacesFormat | Unset): `geojson` for an RFC 7946 FeatureCollection (as
            does `Accept: application/geo+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicDirectory]
    """

    kwargs = _get_kwargs(
        kind=kind,
        neighbourhood=neighbourhood,
        service=service,
        labelled=labelled,
        open_now=open_now,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: SpaceKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    service: MediationService | Unset = UNSET,
    labelled: bool | Unset = UNSET,
    open_now: bool | Unset = UNSET,
    format_: ListPublicSpacesFormat | Unset = UNSET,
) -> Any | Problem | PublicDirectory | None:
    """The directory of open spaces (no credentials); GeoJSON for a map

    Args:
        kind (SpaceKind | Unset):
        neighbourhood (str | Unset):
        service (MediationService | Unset):
        labelled (bool | Unset): Holding the ENC label now
        open_now (bool | Unset): Open right now (Europe/Paris; public holidays and exceptional
            closures count as closed)
        format_ (ListPublicSpacesFormat | Unset): `geojson` for an RFC 7946 FeatureCollection (as
            does `Accept: application/geo+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicDirectory
    """

    return sync_detailed(
        client=client,
        kind=kind,
        neighbourhood=neighbourhood,
        service=service,
        labelled=labelled,
        open_now=open_now,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: SpaceKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    service: MediationService | Unset = UNSET,
    labelled: bool | Unset = UNSET,
    open_now: bool | Unset = UNSET,
    format_: ListPublicSpacesFormat | Unset = UNSET,
) -> Response[Any | Problem | PublicDirectory]:
    """The directory of open spaces (no credentials); GeoJSON for a map

    Args:
        kind (SpaceKind | Unset):
        neighbourhood (str | Unset):
        service (MediationService | Unset):
        labelled (bool | Unset): Holding the ENC label now
        open_now (bool | Unset): Open right now (Europe/Paris; public holidays and exceptional
            closures count as closed)
        format_ (ListPublicSpacesFormat | Unset): `geojson` for an RFC 7946 FeatureCollection (as
            does `Accept: application/geo+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicDirectory]
    """

    kwargs = _get_kwargs(
        kind=kind,
        neighbourhood=neighbourhood,
        service=service,
        labelled=labelled,
        open_now=open_now,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: SpaceKind | Unset = UNSET,
    neighbourhood: str | Unset = UNSET,
    service: MediationService | Unset = UNSET,
    labelled: bool | Unset = UNSET,
    open_now: bool | Unset = UNSET,
    format_: ListPublicSpacesFormat | Unset = UNSET,
) -> Any | Problem | PublicDirectory | None:
    """The directory of open spaces (no credentials); GeoJSON for a map

    Args:
        kind (SpaceKind | Unset):
        neighbourhood (str | Unset):
        service (MediationService | Unset):
        labelled (bool | Unset): Holding the ENC label now
        open_now (bool | Unset): Open right now (Europe/Paris; public holidays and exceptional
            closures count as closed)
        format_ (ListPublicSpacesFormat | Unset): `geojson` for an RFC 7946 FeatureCollection (as
            does `Accept: application/geo+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicDirectory
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            neighbourhood=neighbourhood,
            service=service,
            labelled=labelled,
            open_now=open_now,
            format_=format_,
        )
    ).parsed
