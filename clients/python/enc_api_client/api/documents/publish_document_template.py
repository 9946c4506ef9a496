from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_template_kind import DocumentTemplateKind
from ...models.document_template_publish import DocumentTemplatePublish
from ...models.document_template_read import DocumentTemplateRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    kind: DocumentTemplateKind,
    *,
    body: DocumentTemplatePublish,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/document-templates/{kind}".format(
            kind=quote(str(kind), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DocumentTemplateRead | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentTemplateRead.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = cast(Any, None)
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
) -> Response[Any | DocumentTemplateRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: DocumentTemplateKind,
    *,
    client: AuthenticatedClient,
    body: DocumentTemplatePublish,
) -> Response[Any | DocumentTemplateRead | Problem]:
    """Edit a template (city): publishes a new version, never overwrites one; documents drawn up earlier
    keep the version in force at their date

    Args:
        kind (DocumentTemplateKind):
        body (DocumentTemplatePublish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DocumentTemplateRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: DocumentTemplateKind,
    *,
    client: AuthenticatedClient,
    body: DocumentTemplatePublish,
) -> Any | DocumentTemplateRead | Problem | None:
    """Edit a template (city): publishes a new version, never overwrites one; documents drawn up earlier
    keep the version in force at their date

    Args:
        kind (DocumentTemplateKind):
        body (DocumentTemplatePublish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DocumentTemplateRead | Problem
    """

    return sync_detailed(
        kind=kind,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    kind: DocumentTemplateKind,
    *,
    client: AuthenticatedClient,
    body: DocumentTemplatePublish,
) -> Response[Any | DocumentTemplateRead | Problem]:
    """Edit a template (city): publishes a new version, never overwrites one; documents drawn up earlier
    keep the version in force at their date

    Args:
        kind (DocumentTemplateKind):
        body (DocumentTemplatePublish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DocumentTemplateRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: DocumentTemplateKind,
    *,
    client: AuthenticatedClient,
    body: DocumentTemplatePublish,
) -> Any | DocumentTemplateRead | Problem | None:
    """Edit a template (city): publishes a new version, never overwrites one; documents drawn up earlier
    keep the version in force at their date

    Args:
        kind (DocumentTemplateKind):
        body (DocumentTemplatePublish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DocumentTemplateRead | Problem
    """

    return (
        await asyncio_detailed(
            kind=kind,
            client=client,
            body=body,
        )
    ).parsed
