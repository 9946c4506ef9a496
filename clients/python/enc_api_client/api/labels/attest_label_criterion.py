from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.label_application_read import LabelApplicationRead
from ...models.label_attestation import LabelAttestation
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    application_id: UUID,
    criterion: str,
    *,
    body: LabelAttestation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/label-applications/{application_id}/attestations/{criterion}".format(
            application_id=quote(str(application_id), safe=""),
            criterion=quote(str(criterion), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabelApplicationRead | Problem | None:
    if response.status_code == 200:
        response_200 = LabelApplicationRead.from_dict(response.json())

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
) -> Response[LabelApplicationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: UUID,
    criterion: str,
    *,
    client: AuthenticatedClient,
    body: LabelAttestation,
) -> Response[LabelApplicationRead | Problem]:
    """Attest a declarative criterion with the reference of its document

    Args:
        application_id (UUID):
        criterion (str):
        body (LabelAttestation): A declarative criterion is met by a document, not by a word: the
            uploaded document
            (`POST /documents`) that proves it, of the criterion's kind where it has one (a `charter`
            for `charter_signed`, a `welcome_booklet`, a `development_plan`), of the application's
            space or association, active.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabelApplicationRead | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        criterion=criterion,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    criterion: str,
    *,
    client: AuthenticatedClient,
    body: LabelAttestation,
) -> LabelApplicationRead | Problem | None:
    """Attest a declarative criterion with the reference of its document

    Args:
        application_id (UUID):
        criterion (str):
        body (LabelAttestation): A declarative criterion is met by a document, not by a word: the
            uploaded document
            (`POST /documents`) that proves it, of the criterion's kind where it has one (a `charter`
            for `charter_signed`, a `welcome_booklet`, a `development_plan`), of the application's
            space or association, active.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabelApplicationRead | Problem
    """

    return sync_detailed(
        application_id=application_id,
        criterion=criterion,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    criterion: str,
    *,
    client: AuthenticatedClient,
    body: LabelAttestation,
) -> Response[LabelApplicationRead | Problem]:
    """Attest a declarative criterion with the reference of its document

    Args:
        application_id (UUID):
        criterion (str):
        body (LabelAttestation): A declarative criterion is met by a document, not by a word: the
            uploaded document
            (`POST /documents`) that proves it, of the criterion's kind where it has one (a `charter`
            for `charter_signed`, a `welcome_booklet`, a `development_plan`), of the application's
            space or association, active.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabelApplicationRead | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        criterion=criterion,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    criterion: str,
    *,
    client: AuthenticatedClient,
    body: LabelAttestation,
) -> LabelApplicationRead | Problem | None:
    """Attest a declarative criterion with the reference of its document

    Args:
        application_id (UUID):
        criterion (str):
        body (LabelAttestation): A declarative criterion is met by a document, not by a word: the
            uploaded document
            (`POST /documents`) that proves it, of the criterion's kind where it has one (a `charter`
            for `charter_signed`, a `welcome_booklet`, a `development_plan`), of the application's
            space or association, active.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabelApplicationRead | Problem
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            criterion=criterion,
            client=client,
            body=body,
        )
    ).parsed
