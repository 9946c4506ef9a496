"""Health, readiness, metrics and vocabularies: the routes that need no account."""

import hmac
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import PlainTextResponse
from prometheus_client import generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from pydantic import Field

from app.core.errors import NotFound, ServiceUnavailable, Unauthorized
from app.core.vocabulary import VOCABULARY_MAX_CODES
from app.models.platform import Health, Vocabulary
from app.routers.deps import ANONYMOUS
from app.services import vocabularies

router = APIRouter()


@router.get(
    "/healthz",
    response_model=Health,
    tags=["health"],
    operation_id="get_health",
    openapi_extra=ANONYMOUS,
    summary="The process is up",
)
async def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Health,
    tags=["health"],
    operation_id="get_readiness",
    openapi_extra=ANONYMOUS,
    summary="The database answers",
    responses={503: {"description": "The database does not answer"}},
)
async def readyz(request: Request) -> Health:
    if not await vocabularies.database_answers(request.app.state.engine):
        raise ServiceUnavailable("The database does not answer.", headers={"Retry-After": "5"})
    return Health(status="ready")


@router.get(
    "/metrics",
    response_class=PlainTextResponse,
    tags=["health"],
    operation_id="get_metrics",
    openapi_extra=ANONYMOUS,
    summary="Prometheus metrics",
    responses={
        200: {"content": {"text/plain": {}}},
        401: {"description": "`METRICS_TOKEN` is set and the request does not carry it."},
        404: {"description": "Metrics are off (or in production without `METRICS_TOKEN`)."},
    },
)
async def metrics(
    request: Request, authorization: Annotated[str | None, Header(max_length=1024)] = None
) -> PlainTextResponse:
    settings = request.app.state.settings
    # In production an unprotected /metrics would publish traffic figures to anyone.
    if not settings.metrics_enabled or (
        settings.env == "production" and not settings.metrics_token
    ):
        raise NotFound("Metrics are disabled (in production they need METRICS_TOKEN).")
    expected = f"Bearer {settings.metrics_token}".encode()
    if settings.metrics_token and not hmac.compare_digest((authorization or "").encode(), expected):
        raise Unauthorized("Metrics need the metrics token.")
    state = request.app.state
    vocabularies.sample_pool(state.engine, state.metrics.pool)
    return PlainTextResponse(
        generate_latest(state.metrics.registry), media_type=CONTENT_TYPE_LATEST
    )


@router.get(
    "/api/v1/vocabularies",
    response_model=Annotated[list[Vocabulary], Field(max_length=VOCABULARY_MAX_CODES)],
    tags=["vocabularies"],
    operation_id="list_vocabularies",
    openapi_extra=ANONYMOUS,
    summary="Every enumeration's codes with French and English labels",
)
async def list_vocabularies() -> list[Vocabulary]:
    return [Vocabulary.model_validate(v) for v in vocabularies.all_vocabularies()]
