from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_network_review_format import GetNetworkReviewFormat
from ...models.network_review import NetworkReview
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int,
    association_id: UUID | Unset = UNSET,
    format_: GetNetworkReviewFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

    json_association_id: str | Unset = UNSET
    if not isinstance(association_id, Unset):
        json_association_id = str(association_id)
    params["association_id"] = json_association_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/network-review",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NetworkReview | Problem | None:
    if response.status_code == 200:
        response_200 = NetworkReview.from_dict(response.json())

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
) -> Response[NetworkReview | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    association_id: UUID | Unset = UNSET,
    format_: GetNetworkReviewFormat | Unset = UNSET,
) -> Response[NetworkReview | Problem]:
    """The yearly review (bilan) of the network (city) or of one association, as JSON or as a printable PDF
    in French

     JSON by default; a PDF with `?format=pdf` or `Accept: application/pdf` (the query wins). The city
    reads the network's review, or an association's with `association_id`; an association reads its own
    (another's is 404); nobody else any.

    Args:
        year (int):
        association_id (UUID | Unset):
        format_ (GetNetworkReviewFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NetworkReview | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
        association_id=association_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    association_id: UUID | Unset = UNSET,
    format_: GetNetworkReviewFormat | Unset = UNSET,
) -> NetworkReview | Problem | None:
    """The yearly review (bilan) of the network (city) or of one association, as JSON or as a printable PDF
    in French

     JSON by default; a PDF with `?format=pdf` or `Accept: application/pdf` (the query wins). The city
    reads the network's review, or an association's with `association_id`; an association reads its own
    (another's is 404); nobody else any.

    Args:
        year (int):
        association_id (UUID | Unset):
        format_ (GetNetworkReviewFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetworkReview | Problem
    """

    return sync_detailed(
        client=client,
        year=year,
        association_id=association_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    association_id: UUID | Unset = UNSET,
    format_: GetNetworkReviewFormat | Unset = UNSET,
) -> Response[NetworkReview | Problem]:
    """The yearly review (bilan) of the network (city) or of one association, as JSON or as a printable PDF
    in French

     JSON by default; a PDF with `?format=pdf` or `Accept: application/pdf` (the query wins). The city
    reads the network's review, or an association's with `association_id`; an association reads its own
    (another's is 404); nobody else any.

    Args:
        year (int):
        association_id (UUID | Unset):
        format_ (GetNetworkReviewFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NetworkReview | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
        association_id=association_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    association_id: UUID | Unset = UNSET,
    format_: GetNetworkReviewFormat | Unset = UNSET,
) -> NetworkReview | Problem | None:
    """The yearly review (bilan) of the network (city) or of one association, as JSON or as a printable PDF
    in French

     JSON by default; a PDF with `?format=pdf` or `Accept: application/pdf` (the query wins). The city
    reads the network's review, or an association's with `association_id`; an association reads its own
    (another's is 404); nobody else any.

    Args:
        year (int):
        association_id (UUID | Unset):
        format_ (GetNetworkReviewFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetworkReview | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            association_id=association_id,
            format_=format_,
        )
    ).parsed
