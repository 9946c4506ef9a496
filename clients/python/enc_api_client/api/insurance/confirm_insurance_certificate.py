from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_certificate_read import InsuranceCertificateRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    certificate_id: UUID,
    *,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/insurance-certificates/{certificate_id}/confirm".format(
            certificate_id=quote(str(certificate_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsuranceCertificateRead | Problem | None:
    if response.status_code == 200:
        response_200 = InsuranceCertificateRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
) -> Response[InsuranceCertificateRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> Response[InsuranceCertificateRead | Problem]:
    """Confirm a certificate (the city): it becomes the space's premises insurance

    Args:
        certificate_id (UUID):
        if_match (str | Unset): An ETag from a read; 412 if the resource changed since.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsuranceCertificateRead | Problem]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> InsuranceCertificateRead | Problem | None:
    """Confirm a certificate (the city): it becomes the space's premises insurance

    Args:
        certificate_id (UUID):
        if_match (str | Unset): An ETag from a read; 412 if the resource changed since.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsuranceCertificateRead | Problem
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> Response[InsuranceCertificateRead | Problem]:
    """Confirm a certificate (the city): it becomes the space's premises insurance

    Args:
        certificate_id (UUID):
        if_match (str | Unset): An ETag from a read; 412 if the resource changed since.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsuranceCertificateRead | Problem]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
) -> InsuranceCertificateRead | Problem | None:
    """Confirm a certificate (the city): it becomes the space's premises insurance

    Args:
        certificate_id (UUID):
        if_match (str | Unset): An ETag from a read; 412 if the resource changed since.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsuranceCertificateRead | Problem
    """

    return (
        await asyncio_detailed(
            certificate_id=certificate_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
