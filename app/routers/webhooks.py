"""Webhooks of the city's portal: subscriptions, their delivery log, redelivery and ping."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.models.webhook import (
    WebhookCreate,
    WebhookCreated,
    WebhookDeliveryRead,
    WebhookDeliveryStatus,
    WebhookPingResult,
    WebhookRead,
    WebhookStatus,
    WebhookUpdate,
)
from app.routers.deps import ActorDep, IfMatch, PageDep, SessionDep, SettingsDep
from app.services.webhooks import subscriptions as webhooks

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


@router.post(
    "",
    response_model=WebhookCreated,
    status_code=201,
    operation_id="create_webhook",
    summary="Subscribe a URL to events (the secret is shown once, in this answer)",
)
async def create_webhook(
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    actor: ActorDep,
    body: WebhookCreate,
) -> WebhookCreated:
    created = await webhooks.create_webhook(session, actor, settings, body)
    response.headers["Location"] = f"/api/v1/webhooks/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[WebhookRead],
    operation_id="list_webhooks",
    summary="The city's webhook subscriptions",
    responses=LIST_RESPONSES,
)
async def list_webhooks(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    page: PageDep,
    status: WebhookStatus | None = None,
    include_archived: Annotated[bool, Query()] = False,
) -> Any:
    listing = webhooks.list_webhooks(
        session, actor, status=status, include_archived=include_archived
    )
    return await many(request, response, listing, page, filename="webhooks")


@router.get(
    "/{webhook_id}",
    response_model=WebhookRead,
    operation_id="get_webhook",
    summary="One webhook subscription (never its secret)",
    responses=ONE_RESPONSES,
)
async def get_webhook(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    webhook_id: uuid.UUID,
) -> Any:
    return one(request, response, await webhooks.get_webhook(session, actor, webhook_id))


@router.patch(
    "/{webhook_id}",
    response_model=WebhookRead,
    operation_id="update_webhook",
    summary="Change the URL or events, pause, or re-enable after auto-disable",
)
async def update_webhook(
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    actor: ActorDep,
    webhook_id: uuid.UUID,
    body: WebhookUpdate,
    if_match: IfMatch = None,
) -> WebhookRead:
    updated = await webhooks.update_webhook(session, actor, settings, webhook_id, body, if_match)
    return tagged(response, updated)


@router.post(
    "/{webhook_id}/archive",
    response_model=WebhookRead,
    operation_id="archive_webhook",
    summary="Stop and archive a subscription (its log is kept)",
)
async def archive_webhook(
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    webhook_id: uuid.UUID,
    if_match: IfMatch = None,
) -> WebhookRead:
    return tagged(response, await webhooks.archive_webhook(session, actor, webhook_id, if_match))


@router.get(
    "/{webhook_id}/deliveries",
    response_model=Page[WebhookDeliveryRead],
    operation_id="list_webhook_deliveries",
    responses=LIST_RESPONSES,
    summary="The delivery log: attempts, answers, next retry",
)
async def list_deliveries(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    page: PageDep,
    webhook_id: uuid.UUID,
    status: WebhookDeliveryStatus | None = None,
    event_type: Annotated[str | None, Query(max_length=64)] = None,
) -> Any:
    listing = await webhooks.list_deliveries(
        session, actor, webhook_id, status=status, event_type=event_type
    )
    return await many(request, response, listing, page, filename="webhook-deliveries")


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/redeliver",
    response_model=WebhookDeliveryRead,
    status_code=202,
    operation_id="redeliver_webhook_delivery",
    summary="Send a delivery again (same webhook-id); a pending one is retried now",
)
async def redeliver(
    session: SessionDep,
    actor: ActorDep,
    webhook_id: uuid.UUID,
    delivery_id: uuid.UUID,
) -> WebhookDeliveryRead:
    return await webhooks.redeliver(session, actor, webhook_id, delivery_id)


@router.post(
    "/{webhook_id}/ping",
    response_model=WebhookPingResult,
    operation_id="ping_webhook",
    summary="Send a signed `webhook.ping` now and report the receiver's answer",
)
async def ping(
    session: SessionDep,
    settings: SettingsDep,
    actor: ActorDep,
    webhook_id: uuid.UUID,
) -> WebhookPingResult:
    return await webhooks.ping(session, actor, settings, webhook_id)
