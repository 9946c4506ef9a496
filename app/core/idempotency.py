"""`Idempotency-Key` on POST (IETF draft), for every route at once.

The same key with the same request replays the first response (marked `Idempotent-Replayed`);
the same key with another request is 422; a key whose first request is still running is 409.
Keys are scoped per caller and expire after a day. The record is its own small transaction,
written before the request runs, so two processes cannot both run the same key.

The records' table is `app.models.platform.IdempotencyRecord`; `app/core` imports nothing from
`app.models` (the layers point one way), so the middleware and `purge_expired` are handed it
(`records`) by `app/main.py` and the scheduled job. Only its columns are relied on: `principal`
and `key` (the primary key), `fingerprint`, `status`, `response_status`, `response_headers`,
`response_body`, `created_at`, `expires_at`.
"""

import hashlib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import SQLModel

from app.core.clock import utcnow
from app.core.errors import Conflict, ProblemError, ValidationFailed

logger = logging.getLogger("enc.idempotency")

KEY_PATTERN = re.compile(r"^[\x21-\x7e]{1,255}$")
ABANDONED_AFTER = timedelta(minutes=5)  # a first request this old died with its process
KEPT_HEADERS = ("content-type", "location", "etag", "link")


PrincipalOf = Callable[[dict[str, str]], Awaitable[str | None]]
Render = Callable[[ProblemError, dict], Awaitable[None]]


class IdempotencyMiddleware:
    def __init__(
        self,
        app,
        *,
        sessionmaker: async_sessionmaker[AsyncSession],
        records: type[SQLModel],
        principal_of: PrincipalOf,
        render_problem: Callable,
        ttl_hours: int,
    ) -> None:
        self.app = app
        self.sessionmaker = sessionmaker
        self.records = records
        self.principal_of = principal_of
        self.render_problem = render_problem
        self.ttl = timedelta(hours=ttl_hours)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        key = headers.get("idempotency-key")
        if key is None:
            return await self.app(scope, receive, send)
        if not KEY_PATTERN.match(key):
            problem = ValidationFailed(
                "Idempotency-Key is 1 to 255 visible ASCII characters.",
                loc=("header", "Idempotency-Key"),
            )
            return await self.render_problem(problem, scope, send)
        principal = await self.principal_of(headers)
        if principal is None:  # not authenticated: the route will answer 401 itself
            return await self.app(scope, receive, send)

        body, more = await _read_body(receive)
        if more is not None:  # a streamed upload (imports): fingerprint what we can't buffer
            return await self.app(scope, _replay(body, more, receive), send)
        fingerprint = hashlib.sha256(
            b"\n".join([scope["path"].encode(), scope.get("query_string", b""), body])
        ).hexdigest()

        try:
            replay = await self._claim(principal, key, fingerprint)
        except ProblemError as problem:
            return await self.render_problem(problem, scope, send)
        if replay is not None:
            if replay.response_body is None:
                return await self.render_problem(_withheld(replay), scope, send)
            return await _send_stored(replay, send)

        captured: dict = {"status": 500, "headers": [], "body": bytearray()}

        async def capture(message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                captured["headers"] = message.get("headers", [])
            elif message["type"] == "http.response.body":
                captured["body"].extend(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, _replay(body, None, receive), capture)
        finally:
            await self._finish(principal, key, captured)

    async def _claim(self, principal: str, key: str, fingerprint: str) -> SQLModel | None:
        now = utcnow()
        async with self.sessionmaker() as session:
            record = await session.get(self.records, (principal, key))
            if record is not None:
                stale = record.expires_at <= now or (
                    record.status == "running" and record.created_at <= now - ABANDONED_AFTER
                )
                if stale:
                    await session.delete(record)
                    await session.flush()
                    record = None
            if record is not None:
                session.expunge(record)  # keep its loaded fields usable after the rollback
                await session.rollback()
                if record.fingerprint != fingerprint:
                    raise ValidationFailed(
                        "This Idempotency-Key was already used with a different request.",
                        loc=("header", "Idempotency-Key"),
                    )
                if record.status == "running":
                    raise Conflict("A request with this Idempotency-Key is still running.")
                return record
            session.add(
                self.records(
                    principal=principal,
                    key=key,
                    fingerprint=fingerprint,
                    status="running",
                    expires_at=now + self.ttl,
                )
            )
            try:
                await session.commit()
            except IntegrityError as exc:
                raise Conflict("A request with this Idempotency-Key is still running.") from exc
        return None

    async def _finish(self, principal: str, key: str, captured: dict) -> None:
        async with self.sessionmaker() as session:
            record = await session.get(self.records, (principal, key))
            if record is None:
                return
            if captured["status"] >= 500 or captured["status"] in (401, 409, 429):
                # Not a final answer: let the client retry with the same key.
                await session.delete(record)
            else:
                kept = [
                    (k.decode("latin-1"), v.decode("latin-1"))
                    for k, v in captured["headers"]
                    if k.decode("latin-1").lower() in KEPT_HEADERS
                ]
                record.status = "done"
                record.response_status = captured["status"]
                record.response_headers = json.dumps(kept)
                # A response marked no-store carries a secret (an API key, tokens): it is not
                # kept; a retry is told the first request succeeded instead of replaying it.
                record.response_body = (
                    None if _no_store(captured["headers"]) else bytes(captured["body"])
                )
            await session.commit()


async def purge_expired(session: AsyncSession, now: datetime, records: type[SQLModel]) -> int:
    """Forget the records past their expiry (a scheduled job; the caller commits). A key is
    free again once expired anyway (`_claim` replaces a stale record): this only keeps the table
    small. Deleting what is already gone deletes nothing, so two workers may run it at once."""
    result = await session.execute(delete(records).where(records.expires_at <= now))
    return result.rowcount or 0


BUFFER_LIMIT = 8 * 1024 * 1024


async def _read_body(receive) -> tuple[bytes, dict | None]:
    """The whole body, or (what was read, the pending message) when it is too large to keep."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), message
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), None
        if size > BUFFER_LIMIT:
            return b"".join(chunks), {"type": "http.request", "body": b"", "more_body": True}


def _replay(body: bytes, pending: dict | None, receive):
    sent = False

    async def replay_receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": pending is not None}
        return await receive()

    return replay_receive


def _no_store(headers: list) -> bool:
    return any(k.lower() == b"cache-control" and b"no-store" in v.lower() for k, v in headers)


def _withheld(record: SQLModel) -> Conflict:
    location = dict(json.loads(record.response_headers or "[]")).get("location")
    return Conflict(
        f"The first request with this Idempotency-Key succeeded ({record.response_status}); its "
        "response held a secret, which is never kept, so it cannot be replayed."
        + (f" The resource is at {location}." if location else ""),
        first_status=record.response_status,
        location=location,
    )


async def _send_stored(record: SQLModel, send) -> None:
    headers = [
        (k.encode("latin-1"), v.encode("latin-1"))
        for k, v in json.loads(record.response_headers or "[]")
    ]
    headers.append((b"idempotent-replayed", b"true"))
    body = record.response_body or b""
    headers.append((b"content-length", str(len(body)).encode()))
    await send(
        {"type": "http.response.start", "status": record.response_status, "headers": headers}
    )
    await send({"type": "http.response.body", "body": body})


__all__ = ["IdempotencyMiddleware", "purge_expired", "select"]
