from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_certificate_read import InsuranceCertificateRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    certificate_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/insurance-certificates/{certificate_id}".format(
            certificate_id=quote(str(certificate_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | InsuranceCertificateRead | Problem | None:
    if response.status_code == 200:
        response_200 = InsuranceCertificateRead.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | InsuranceCertificateRead | Problem]:
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
) -> Response[Any | InsuranceCertificateRead | Problem]:
    """One insurance certificate

    Args:
        certificate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InsuranceCertificateRead | Problem]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | InsuranceCertificateRead | Problem | None:
    """One insurance certificate

    Args:
        certificate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InsuranceCertificateRead | Problem
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | InsuranceCertificateRead | Problem]:
    """One insurance certificate

    Args:
        certificate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InsuranceCertificateRead | Problem]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | InsuranceCertificateRead | Problem | None:
    """One insurance certificate

    Args:
        certificate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InsuranceCertificateRead | Problem
    """

    return (
        await asyncio_detailed(
            certificate_id=certificate_id,
            client=client,
        )
    ).parsed
