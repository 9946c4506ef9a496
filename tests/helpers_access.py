"""Helpers shared by the identity and access tests (matrix, tokens, users, API keys, audit)."""

import json
import secrets
import uuid
from datetime import datetime, timedelta

import httpx
from sqlalchemy import select

from app.core.clock import utcnow
from app.core.security import digest
from app.models.audit import AuditEvent
from app.models.user import ApiKey, ApiKeyScope, RefreshToken

API = "/api/v1"
ALL_SCOPES: tuple[str, ...] = tuple(s.value for s in ApiKeyScope)
PROBLEM_JSON = "application/problem+json"


async def make_key(
    world,
    *,
    association_id: uuid.UUID | None = None,
    partner_id: uuid.UUID | None = None,
    scopes=ALL_SCOPES,
    expires_at: datetime | None = None,
    revoked: bool = False,
    name: str = "Script de test",
) -> tuple[str, ApiKey]:
    """An API key inserted directly (as the service stores it): returns (raw secret, row)."""
    prefix = secrets.token_hex(4)
    raw = f"enc_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey(
        name=name,
        prefix=prefix,
        secret_hash=digest(raw),
        association_id=association_id,
        partner_id=partner_id,
        scopes=sorted(set(scopes)),
        expires_at=expires_at,
        revoked_at=utcnow() if revoked else None,
    )
    async with world.session() as session:
        session.add(key)
        await session.commit()
    return raw, key


def plain(value) -> str:
    """JSON text to search for leaked secrets: non-ASCII kept as is (not \\u-escaped)."""
    return json.dumps(value, ensure_ascii=False, default=str)


def forget_direct_writes(world) -> None:
    """After a test changed a caller's rows behind the services' back (an UPDATE of its own):
    the app's caller cache would learn of it only within CALLER_CACHE_SECONDS (no service
    announced it); a test that asks for the refusal at once says so by emptying the cache."""
    world.app.state.caller_cache.clear()


def key_headers(raw: str) -> dict[str, str]:
    return {"X-API-Key": raw}


async def make_refresh_token(world, user_id: uuid.UUID) -> str:
    """A live refresh token for `user_id`, inserted as the auth service stores one."""
    raw = secrets.token_urlsafe(32)
    async with world.session() as session:
        session.add(
            RefreshToken(
                user_id=user_id,
                family_id=uuid.uuid4(),
                token_hash=digest(raw),
                expires_at=utcnow() + timedelta(days=1),
            )
        )
        await session.commit()
    return raw


def assert_problem(response: httpx.Response, status: int, field: str | None = None) -> dict:
    """A problem+json answer with this status; for 422 with `field`, the field is named."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
    body = response.json()
    assert body["status"] == status and body["type"] and body["title"], body
    if field is not None:
        named = [e["loc"] for e in body.get("errors") or []]
        assert any(field in loc for loc in named), (field, body)
    return body


async def audit_events(world, **filters) -> list[AuditEvent]:
    """Audit events straight from the table, oldest first, optionally filtered by columns."""
    statement = select(AuditEvent).order_by(AuditEvent.occurred_at, AuditEvent.id)
    for name, value in filters.items():
        statement = statement.where(getattr(AuditEvent, name) == value)
    async with world.session() as session:
        return list((await session.execute(statement)).scalars().all())


async def count_rows(world, model, *conditions) -> int:
    from sqlalchemy import func

    async with world.session() as session:
        statement = select(func.count()).select_from(model)
        for condition in conditions:
            statement = statement.where(condition)
        return (await session.execute(statement)).scalar_one()


async def login(client: httpx.AsyncClient, email: str, password: str, **kwargs) -> httpx.Response:
    return await client.post(
        f"{API}/auth/token", data={"username": email, "password": password}, **kwargs
    )
