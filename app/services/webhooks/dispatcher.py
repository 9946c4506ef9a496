"""Delivering the outbox to webhook subscriptions (Standard Webhooks), at least once and in
order per resource.

One pass (`Dispatcher.run_once`):
1. fan-out: each subscription gets a delivery row per new outbox event of its types;
2. claim: due rows whose resource has no earlier undelivered event for that subscription are
   leased (`locked_until`) in a short transaction — `FOR UPDATE SKIP LOCKED` on PostgreSQL,
   SQLite's single writer elsewhere — so two dispatchers never send one row at the same time;
3. send each claimed row (no transaction open meanwhile) and record the outcome: success, or a
   retry at an exponential, jittered delay; N consecutive failures disable the subscription.

All state is in the database: a dispatcher killed mid-send leaves a leased row that another
one (or itself, restarted) sends again once the lease ran out — at least once, never lost.
"""

import asyncio
import base64
import hashlib
import hmac
import ipaddress
import json
import logging
import random
import secrets
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

import httpx
from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from app.core.clock import utcnow
from app.core.config import Settings
from app.models.outbox import OutboxEvent
from app.models.webhook import (
    WebhookDelivery,
    WebhookDeliveryStatus,
    WebhookStatus,
    WebhookSubscription,
)

logger = logging.getLogger("enc.webhooks")

D = WebhookDeliveryStatus
USER_AGENT = "enc-api-webhooks/1"
# Events that may still commit behind a higher sequence (PostgreSQL hands out sequence values
# at insert, not at commit) are re-checked for this long before the watermark passes them.
LATE_COMMIT_GRACE = timedelta(minutes=2)
FANOUT_BATCH = 500


# ---- signing (https://www.standardwebhooks.com) ----------------------------------------------


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    content = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(secret: str, message_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, message_id, timestamp, body),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
    }


def encode_body(body: dict) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


# ---- retries --------------------------------------------------------------------------------


def backoff_delay(
    attempt: int, *, base: float, cap: float, rand: Callable[[], float] = random.random
) -> float:
    """Seconds to wait after failed attempt number `attempt` (1, 2, …): base·2^(attempt-1),
    capped, then "equal jitter" — half of it fixed, half random — so that retries after an
    outage do not all arrive together."""
    ceiling = min(cap, base * 2 ** (max(attempt, 1) - 1))
    return ceiling / 2 + rand() * ceiling / 2


# ---- where we may send (server-side request forgery) --------------------------------------------


class TargetRefused(ValueError):
    """The URL is not a place the API will send to."""


def _forbidden_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def check_url_shape(url: str, settings: Settings) -> tuple[str, str, int]:
    """Scheme, host and port of an acceptable URL (no resolution)."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise TargetRefused("The target must be an absolute http(s) URL.")
    if parts.scheme != "https" and settings.env == "production":
        raise TargetRefused("The target must use https.")
    if parts.username or parts.password:
        raise TargetRefused("The target URL must not carry credentials.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise TargetRefused("The target URL has an invalid port.") from exc
    return parts.scheme, parts.hostname, port


async def resolve_target(url: str, settings: Settings) -> list[str]:
    """Every address the host resolves to, each checked; refused when any is not public
    (unless the settings allow private targets)."""
    _, host, port = check_url_shape(url, settings)
    try:
        literal = ipaddress.ip_address(host)
        addresses = [str(literal)]
    except ValueError:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise TargetRefused(f"The target host '{host}' cannot be resolved.") from exc
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise TargetRefused(f"The target host '{host}' cannot be resolved.")
    if not settings.webhook_allow_private_targets:
        for address in addresses:
            if _forbidden_address(ipaddress.ip_address(address.split("%")[0])):
                raise TargetRefused(
                    f"The target resolves to {address}, a private, loopback or link-local "
                    "address; those are refused."
                )
    return addresses


@dataclass
class Outcome:
    ok: bool
    status_code: int | None
    error: str | None
    duration_ms: int


async def post(
    url: str, headers: dict[str, str], body: bytes, settings: Settings,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Outcome:
    """POST once to `url`, connecting to the address that was checked (no second lookup that
    a rebinding DNS could answer differently), with no redirects and a timeout."""
    started = time.monotonic()

    def done(ok: bool, status: int | None, error: str | None) -> Outcome:
        return Outcome(ok, status, error, int((time.monotonic() - started) * 1000))

    try:
        addresses = await resolve_target(url, settings)
    except TargetRefused as exc:
        return done(False, None, str(exc))
    parts = urlsplit(url)
    host = parts.hostname or ""
    address = addresses[0]
    netloc_host = f"[{address}]" if ":" in address else address
    pinned = urlunsplit(
        (parts.scheme, f"{netloc_host}:{parts.port}" if parts.port else netloc_host,
         parts.path or "/", parts.query, "")
    )
    host_header = parts.netloc.rsplit("@", 1)[-1]
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    try:
        async with httpx.AsyncClient(
            timeout=settings.webhook_timeout_seconds, follow_redirects=False, transport=transport
        ) as client:
            response = await client.post(
                pinned, content=body, headers={**headers, "host": host_header},
                extensions=extensions,
            )
    except httpx.TimeoutException:
        return done(False, None, f"timed out after {settings.webhook_timeout_seconds:g} s")
    except httpx.HTTPError as exc:
        return done(False, None, f"{type(exc).__name__}: {exc}"[:500])
    if 200 <= response.status_code < 300:
        return done(True, response.status_code, None)
    return done(False, response.status_code, f"answered {response.status_code}")


# ---- the dispatcher -------------------------------------------------------------------------


def message_body(event: OutboxEvent) -> dict:
    return {
        "type": event.event_type,
        "timestamp": event.occurred_at.isoformat(),
        "data": event.payload,
    }


class Dispatcher:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utcnow,
        rand: Callable[[], float] = random.random,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.settings = settings
        self.clock = clock
        self.rand = rand
        self.transport = transport
        # A claim outlives the slowest allowed send by a margin; then the row is free again.
        self.lease = timedelta(seconds=settings.webhook_timeout_seconds + 30)

    # -- 1. fan-out ------------------------------------------------------------------------

    async def fan_out(self) -> int:
        created = 0
        async with self.sessionmaker() as session:
            statement = select(WebhookSubscription).where(
                WebhookSubscription.archived_at.is_(None)
            ).order_by(WebhookSubscription.created_at)
            if session.bind.dialect.name == "postgresql":
                statement = statement.with_for_update(skip_locked=True)
            for subscription in (await session.execute(statement)).scalars().all():
                created += await self._fan_out_one(session, subscription)
            await session.commit()
        return created

    async def _fan_out_one(self, session: AsyncSession, subscription: WebhookSubscription) -> int:
        already = exists().where(
            WebhookDelivery.subscription_id == subscription.id,
            WebhookDelivery.event_id == OutboxEvent.id,
            WebhookDelivery.redelivery_of.is_(None),
        )
        wanted = list(subscription.event_types)
        events = (
            await session.execute(
                select(OutboxEvent)
                .where(OutboxEvent.sequence > subscription.outbox_watermark, ~already,
                       OutboxEvent.event_type.in_(wanted))
                .order_by(OutboxEvent.sequence)
                .limit(FANOUT_BATCH)
            )
        ).scalars().all()
        now = self.clock()
        created = 0
        for event in events:
            session.add(
                WebhookDelivery(
                    subscription_id=subscription.id,
                    event_id=event.id,
                    event_sequence=event.sequence,
                    event_type=event.event_type,
                    resource_key=f"{event.resource_type}:{event.resource_id}",
                    message_id=f"msg_{event.id.hex}",
                    body=message_body(event),
                    next_attempt_at=now,
                )
            )
            created += 1
        # Past the grace period every earlier event has committed (or never will): move the
        # watermark there, so the anti-join above only ever looks at a short tail.
        settled = await session.scalar(
            select(func.max(OutboxEvent.sequence)).where(
                OutboxEvent.sequence > subscription.outbox_watermark,
                OutboxEvent.occurred_at < now - LATE_COMMIT_GRACE,
            )
        )
        if settled is not None and (len(events) < FANOUT_BATCH or settled <= events[-1].sequence):
            subscription.outbox_watermark = settled
        await session.flush()
        return created

    # -- 2. claim ------------------------------------------------------------------------

    async def claim(self, limit: int | None = None) -> list[uuid.UUID]:
        now = self.clock()
        earlier = aliased(WebhookDelivery)
        blocked = exists().where(
            earlier.subscription_id == WebhookDelivery.subscription_id,
            earlier.resource_key == WebhookDelivery.resource_key,
            earlier.event_sequence < WebhookDelivery.event_sequence,
            earlier.status == D.pending,
            earlier.redelivery_of.is_(None),
        )
        active = select(WebhookSubscription.id).where(
            WebhookSubscription.status == WebhookStatus.active,
            WebhookSubscription.archived_at.is_(None),
        )
        statement = (
            select(WebhookDelivery)
            .where(
                WebhookDelivery.status == D.pending,
                WebhookDelivery.next_attempt_at <= now,
                (WebhookDelivery.locked_until.is_(None)) | (WebhookDelivery.locked_until <= now),
                WebhookDelivery.subscription_id.in_(active),
                # In order per resource: never event n+1 while event n is undelivered.
                (WebhookDelivery.event_sequence.is_(None))
                | (WebhookDelivery.redelivery_of.is_not(None))
                | ~blocked,
            )
            .order_by(WebhookDelivery.event_sequence.is_(None).desc(),
                      WebhookDelivery.event_sequence, WebhookDelivery.created_at)
            .limit(limit or self.settings.webhook_batch_size)
        )
        async with self.sessionmaker() as session:
            # SQLite: every transaction begins IMMEDIATE (app/core/db.py), so claimers queue.
            if session.bind.dialect.name == "postgresql":
                statement = statement.with_for_update(skip_locked=True)
            rows = (await session.execute(statement)).scalars().all()
            claimed: list[uuid.UUID] = []
            seen_resources: set[tuple] = set()
            for row in rows:
                # Two events of one resource in one batch: only the first goes now.
                key = (row.subscription_id, row.resource_key)
                if row.event_sequence is not None and row.redelivery_of is None:
                    if key in seen_resources:
                        continue
                    seen_resources.add(key)
                row.locked_until = now + self.lease
                claimed.append(row.id)
            await session.commit()
        return claimed

    # -- 3. send ---------------------------------------------------------------------------

    async def deliver(self, delivery_id: uuid.UUID) -> bool:
        async with self.sessionmaker() as session:
            delivery = await session.get(WebhookDelivery, delivery_id)
            subscription = await session.get(WebhookSubscription, delivery.subscription_id)
            url, secret = subscription.url, subscription.secret
            message_id, body = delivery.message_id, encode_body(delivery.body)
        timestamp = int(self.clock().timestamp())
        outcome = await post(
            url, signed_headers(secret, message_id, timestamp, body), body, self.settings,
            self.transport,
        )
        await self.record(delivery_id, outcome)
        return outcome.ok

    async def record(self, delivery_id: uuid.UUID, outcome: Outcome) -> None:
        now = self.clock()
        async with self.sessionmaker() as session:
            delivery = await session.get(WebhookDelivery, delivery_id)
            subscription = await session.get(WebhookSubscription, delivery.subscription_id)
            delivery.attempts += 1
            delivery.last_attempt_at = now
            delivery.last_status_code = outcome.status_code
            delivery.last_error = outcome.error
            delivery.last_duration_ms = outcome.duration_ms
            delivery.locked_until = None
            delivery.updated_at = now
            if outcome.ok:
                delivery.status = D.succeeded
                delivery.delivered_at = now
                subscription.consecutive_failures = 0
                subscription.last_success_at = now
            else:
                delay = backoff_delay(
                    delivery.attempts,
                    base=self.settings.webhook_backoff_base_seconds,
                    cap=self.settings.webhook_backoff_max_seconds,
                    rand=self.rand,
                )
                delivery.next_attempt_at = now + timedelta(seconds=delay)
                subscription.consecutive_failures += 1
                subscription.last_failure_at = now
                limit = self.settings.webhook_max_consecutive_failures
                if (subscription.status == WebhookStatus.active
                        and subscription.consecutive_failures >= limit):
                    subscription.status = WebhookStatus.disabled
                    subscription.disabled_at = now
                    subscription.disabled_reason = (
                        f"Disabled after {limit} consecutive failed deliveries (last: "
                        f"{outcome.error}). Fix the receiver, then PATCH status=active: pending "
                        "deliveries resume in order."
                    )[:500]
                    logger.warning("webhook disabled", extra={"fields": {
                        "subscription_id": str(subscription.id)}})
            await session.commit()

    async def run_once(self) -> int:
        """One pass (new deliveries and retries now due); the number of deliveries attempted.
        The scheduler runs it (app/services/jobs.py), with the other time-driven jobs."""
        await self.fan_out()
        claimed = await self.claim()
        # Claimed rows are of distinct resources (or out of the ordered stream): send them
        # concurrently.
        await asyncio.gather(*(self.deliver(delivery_id) for delivery_id in claimed))
        return len(claimed)
