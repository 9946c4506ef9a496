from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insurance_certificate_create import InsuranceCertificateCreate
from ...models.insurance_certificate_read import InsuranceCertificateRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    space_id: UUID,
    *,
    body: InsuranceCertificateCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/spaces/{space_id}/insurance-certificates".format(
            space_id=quote(str(space_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsuranceCertificateRead | Problem | None:
    if response.status_code == 201:
        response_201 = InsuranceCertificateRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
    space_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InsuranceCertificateCreate,
) -> Response[InsuranceCertificateRead | Problem]:
    """Record a space's insurance certificate from its uploaded document (pending until the city confirms
    it)

    Args:
        space_id (UUID):
        body (InsuranceCertificateCreate): What the certificate says, with the uploaded document
            it is read from (`POST
            /documents` with kind `insurance_certificate` and this space first).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsuranceCertificateRead | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    space_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InsuranceCertificateCreate,
) -> InsuranceCertificateRead | Problem | None:
    """Record a space's insurance certificate from its uploaded document (pending until the city confirms
    it)

    Args:
        space_id (UUID):
        body (InsuranceCertificateCreate): What the certificate says, with the uploaded document
            it is read from (`POST
            /documents` with kind `insurance_certificate` and this space first).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsuranceCertificateRead | Problem
    """

    return sync_detailed(
        space_id=space_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    space_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InsuranceCertificateCreate,
) -> Response[InsuranceCertificateRead | Problem]:
    """Record a space's insurance certificate from its uploaded document (pending until the city confirms
    it)

    Args:
        space_id (UUID):
        body (InsuranceCertificateCreate): What the certificate says, with the uploaded document
            it is read from (`POST
            /documents` with kind `insurance_certificate` and this space first).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsuranceCertificateRead | Problem]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    space_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InsuranceCertificateCreate,
) -> InsuranceCertificateRead | Problem | None:
    """Record a space's insurance certificate from its uploaded document (pending until the city confirms
    it)

    Args:
        space_id (UUID):
        body (InsuranceCertificateCreate): What the certificate says, with the uploaded document
            it is read from (`POST
            /documents` with kind `insurance_certificate` and this space first).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsuranceCertificateRead | Problem
    """

    return (
        await asyncio_detailed(
            space_id=space_id,
            client=client,
            body=body,
        )
    ).parsed
