"""Webhook subscriptions (the city's): create with a secret shown once, change, pause or
re-enable, archive; the delivery log, manual redelivery and a test ping.

Sending is the dispatcher's (app/services/webhook_dispatcher.py); this module only writes the
rows it reads.
"""

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import Conflict, NotFound, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.repository import Repository, rowwise, through_parent
from app.models.outbox import OutboxEvent
from app.models.webhook import (
    PING_EVENT,
    WebhookCreate,
    WebhookCreated,
    WebhookDelivery,
    WebhookDeliveryRead,
    WebhookDeliveryStatus,
    WebhookPingResult,
    WebhookRead,
    WebhookStatus,
    WebhookSubscription,
    WebhookUpdate,
)
from app.services import audit, crud, policy
from app.services.webhooks.dispatcher import (
    TargetRefused,
    encode_body,
    new_secret,
    post,
    resolve_target,
    signed_headers,
)


def to_read(subscription: WebhookSubscription, actor: Actor | None = None) -> WebhookRead:
    return WebhookRead.model_validate(subscription)


WEBHOOKS = Repository[WebhookSubscription, WebhookRead](
    WebhookSubscription,
    scope=policy.scope_webhooks,
    label="webhook",
    to_reads=rowwise(to_read),
    sorts={"created_at": SortKey(WebhookSubscription.created_at, "datetime")},
    default_sort="created_at",
)


async def _check_target(url: str, settings: Settings) -> None:
    try:
        await resolve_target(url, settings)
    except TargetRefused as exc:
        raise ValidationFailed(str(exc), loc=("body", "url")) from exc


async def create_webhook(
    session: AsyncSession, actor: Actor, settings: Settings, data: WebhookCreate
) -> WebhookCreated:
    policy.require_webhooks(actor)
    await _check_target(data.url, settings)
    # Only what happens from now on is sent; history is in the API.
    watermark = await session.scalar(select(func.max(OutboxEvent.sequence))) or 0
    subscription = WebhookSubscription(
        url=data.url,
        description=data.description,
        event_types=[t.value for t in dict.fromkeys(data.event_types)],
        secret=new_secret(),
        outbox_watermark=watermark,
    )
    session.add(subscription)
    await session.flush()
    audit.record(session, actor, "webhook.create", "webhook", subscription.id,
                 data.model_dump(mode="json"))
    await session.commit()
    return WebhookCreated.model_validate(
        {**to_read(subscription).model_dump(), "secret": subscription.secret}
    )


async def find_webhook(
    session: AsyncSession, actor: Actor, webhook_id: uuid.UUID
) -> WebhookSubscription:
    policy.require_webhooks(actor)
    return await WEBHOOKS.find(session, actor, webhook_id)


async def get_webhook(session: AsyncSession, actor: Actor, webhook_id: uuid.UUID) -> WebhookRead:
    return to_read(await find_webhook(session, actor, webhook_id))


def list_webhooks(
    session: AsyncSession, actor: Actor, *, status: str | None, include_archived: bool
) -> Listing[WebhookRead]:
    policy.require_webhooks(actor)
    statement = WEBHOOKS.readable(actor)
    if not include_archived:
        statement = statement.where(WebhookSubscription.archived_at.is_(None))
    if status is not None:
        statement = statement.where(WebhookSubscription.status == status)

    return WEBHOOKS.listing(session, actor, statement)


async def update_webhook(
    session: AsyncSession,
    actor: Actor,
    settings: Settings,
    webhook_id: uuid.UUID,
    data: WebhookUpdate,
    if_match: str | None,
) -> WebhookRead:
    subscription = await find_webhook(session, actor, webhook_id)
    if subscription.archived_at is not None:
        raise Conflict("This webhook is archived; it can no longer be changed.")
    changes = data.model_dump(exclude_unset=True, mode="json")
    if "url" in changes:
        await _check_target(changes["url"], settings)
    if "event_types" in changes:
        changes["event_types"] = list(dict.fromkeys(changes["event_types"]))
    if "status" in changes and changes["status"] != subscription.status:
        if changes["status"] == WebhookStatus.active:
            changes.update(consecutive_failures=0, disabled_reason=None, disabled_at=None)
        else:
            changes.update(disabled_reason="Disabled by the city.", disabled_at=utcnow())
    await crud.update(session, actor, subscription, changes, if_match=if_match,
                      current=to_read(subscription), resource_type="webhook")
    return to_read(subscription)


async def archive_webhook(
    session: AsyncSession, actor: Actor, webhook_id: uuid.UUID, if_match: str | None
) -> WebhookRead:
    subscription = await find_webhook(session, actor, webhook_id)
    await crud.archive(session, actor, subscription, if_match=if_match,
                       current=to_read(subscription), resource_type="webhook")
    return to_read(subscription)


# ---- deliveries ---------------------------------------------------------------------------


def delivery_read(delivery: WebhookDelivery) -> WebhookDeliveryRead:
    read = WebhookDeliveryRead.model_validate(delivery)
    if delivery.status != WebhookDeliveryStatus.pending:
        read.next_attempt_at = None
    return read


DELIVERIES = Repository[WebhookDelivery, WebhookDeliveryRead](
    WebhookDelivery,
    scope=through_parent,
    label="delivery",
    to_reads=rowwise(lambda row, actor: delivery_read(row)),
    sorts={"created_at": SortKey(WebhookDelivery.created_at, "datetime")},
    default_sort="-created_at",
)


async def list_deliveries(
    session: AsyncSession,
    actor: Actor,
    webhook_id: uuid.UUID,
    *,
    status: str | None,
    event_type: str | None,
) -> Listing[WebhookDeliveryRead]:
    subscription = await find_webhook(session, actor, webhook_id)
    statement = DELIVERIES.readable(actor).where(
        WebhookDelivery.subscription_id == subscription.id
    )
    if status is not None:
        statement = statement.where(WebhookDelivery.status == status)
    if event_type is not None:
        statement = statement.where(WebhookDelivery.event_type == event_type)

    return DELIVERIES.listing(session, actor, statement)


async def _find_delivery(
    session: AsyncSession, subscription: WebhookSubscription, delivery_id: uuid.UUID
) -> WebhookDelivery:
    delivery = (
        await session.execute(
            select(WebhookDelivery).where(
                WebhookDelivery.id == delivery_id,
                WebhookDelivery.subscription_id == subscription.id,
            )
        )
    ).scalar_one_or_none()
    if delivery is None:
        raise NotFound("No such delivery for this webhook.")
    return delivery


async def redeliver(
    session: AsyncSession, actor: Actor, webhook_id: uuid.UUID, delivery_id: uuid.UUID
) -> WebhookDeliveryRead:
    """A pending delivery is made due now; a finished one is queued again as a new delivery
    with the same `webhook-id` (receivers deduplicate on it), outside the per-resource order."""
    subscription = await find_webhook(session, actor, webhook_id)
    if subscription.archived_at is not None:
        raise Conflict("This webhook is archived.")
    original = await _find_delivery(session, subscription, delivery_id)
    now = utcnow()
    if original.status == WebhookDeliveryStatus.pending:
        original.next_attempt_at = now
        target = original
    else:
        target = WebhookDelivery(
            subscription_id=subscription.id,
            event_id=original.event_id,
            event_sequence=original.event_sequence,
            event_type=original.event_type,
            resource_key=original.resource_key,
            message_id=original.message_id,
            body=original.body,
            next_attempt_at=now,
            redelivery_of=original.id,
        )
        session.add(target)
    await session.flush()
    audit.record(session, actor, "webhook.redeliver", "webhook", subscription.id,
                 {"delivery_id": str(original.id)})
    await session.commit()
    return delivery_read(target)


async def ping(
    session: AsyncSession, actor: Actor, settings: Settings, webhook_id: uuid.UUID,
    now: datetime | None = None,
) -> WebhookPingResult:
    """Send a signed `webhook.ping` now and report the answer (logged as a delivery; a failed
    ping does not count towards disabling the subscription)."""
    subscription = await find_webhook(session, actor, webhook_id)
    if subscription.archived_at is not None:
        raise Conflict("This webhook is archived.")
    moment = now or utcnow()
    message_id = f"msg_{uuid.uuid4().hex}"
    body = {"type": PING_EVENT, "timestamp": moment.isoformat(),
            "data": {"webhook_id": str(subscription.id)}}
    delivery = WebhookDelivery(
        subscription_id=subscription.id, event_type=PING_EVENT, message_id=message_id,
        body=body, next_attempt_at=moment, locked_until=moment,
    )
    session.add(delivery)
    audit.record(session, actor, "webhook.ping", "webhook", subscription.id, {})
    await session.commit()
    raw = encode_body(body)
    outcome = await post(subscription.url,
                         signed_headers(subscription.secret, message_id,
                                        int(moment.timestamp()), raw),
                         raw, settings)
    delivery.attempts = 1
    delivery.last_attempt_at = utcnow()
    delivery.last_status_code = outcome.status_code
    delivery.last_error = outcome.error
    delivery.last_duration_ms = outcome.duration_ms
    delivery.locked_until = None
    delivery.status = (
        WebhookDeliveryStatus.succeeded if outcome.ok else WebhookDeliveryStatus.failed
    )
    if outcome.ok:
        delivery.delivered_at = delivery.last_attempt_at
    session.add(delivery)
    await session.commit()
    return WebhookPingResult(delivery=delivery_read(delivery), ok=outcome.ok)

