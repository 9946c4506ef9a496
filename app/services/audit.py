"""Writing and reading the audit trail. Events are added in the caller's transaction, so an
audited change and its event commit or roll back together."""

import uuid
from datetime import datetime
from typing import Any

from pydantic_core import to_jsonable_python
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.pagination import Listing, SortKey, where_given
from app.core.repository import Repository, rowwise, whole_table
from app.models.audit import AuditEvent, AuditEventRead
from app.services import policy

SECRET_FIELDS = {
    "password",
    "password_hash",
    "secret",
    "secret_hash",
    "token_hash",
    "refresh_token",
    "access_token",
    "current_password",
}


def _scrub(changes: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name in SECRET_FIELDS:
            clean[name] = "[redacted]"
        elif isinstance(value, dict):
            clean[name] = _scrub(value)
        else:
            clean[name] = value
    return to_jsonable_python(clean)


def record(
    session: AsyncSession,
    actor: Actor,
    action: str,
    resource_type: str,
    resource_id: Any = None,
    changes: dict[str, Any] | None = None,
    *,
    user_id: uuid.UUID | None = None,
) -> AuditEvent:
    event = AuditEvent(
        actor_user_id=user_id or actor.user_id,
        actor_api_key_id=actor.api_key_id,
        action=action,
        resource_type=resource_type,
        resource_id=str(resource_id) if resource_id is not None else None,
        changes=_scrub(changes or {}),
        request_id=actor.request_id,
        client_address=actor.client_address,
    )
    session.add(event)
    return event


async def record_many(
    session: AsyncSession,
    actor: Actor,
    action: str,
    resource_type: str,
    entries: list[tuple[Any, dict[str, Any]]],
) -> None:
    """One event per (resource id, changes), as `record` writes them, in one batched INSERT
    without the ORM (a plan's thousands of moves)."""
    now = utcnow()
    rows = [
        {
            "id": uuid.uuid4(),
            "occurred_at": now,
            "actor_user_id": actor.user_id,
            "actor_api_key_id": actor.api_key_id,
            "action": action,
            "resource_type": resource_type,
            "resource_id": str(resource_id) if resource_id is not None else None,
            "changes": _scrub(changes),
            "request_id": actor.request_id,
            "client_address": actor.client_address,
        }
        for resource_id, changes in entries
    ]
    if rows:
        await session.execute(AuditEvent.__table__.insert(), rows)


# A person's identifying fields, as they appear in `changes` (flat or as before/after).
PERSONAL_FIELDS = {"email", "full_name"}
ANONYMISED = "[anonymised]"


def _without_personal(changes: Any) -> Any:
    if isinstance(changes, dict):
        return {
            name: ANONYMISED if name in PERSONAL_FIELDS else _without_personal(value)
            for name, value in changes.items()
        }
    if isinstance(changes, list):
        return [_without_personal(value) for value in changes]
    return changes


async def scrub_personal_data(session: AsyncSession, user_id: uuid.UUID) -> int:
    """RGPD erasure of a departed user: the trail keeps every event and the user's id, but not
    its e-mail or name. Called in the anonymising transaction; returns the events rewritten."""
    events = (
        (
            await session.execute(
                select(AuditEvent).where(
                    AuditEvent.resource_type == "user", AuditEvent.resource_id == str(user_id)
                )
            )
        )
        .scalars()
        .all()
    )
    rewritten = 0
    for event in events:
        scrubbed = _without_personal(event.changes)
        if scrubbed != event.changes:
            event.changes = scrubbed
            rewritten += 1
    return rewritten


AUDIT_EVENTS = Repository[AuditEvent, AuditEventRead](
    AuditEvent,
    scope=whole_table,  # city only: `audit:read` is required before listing
    label="audit event",
    to_reads=rowwise(lambda row, actor: AuditEventRead.model_validate(row)),
    sorts={"occurred_at": SortKey(AuditEvent.occurred_at, "datetime")},
    default_sort="-occurred_at",
)


def list_events(
    session: AsyncSession,
    actor: Actor,
    *,
    actor_user_id: uuid.UUID | None,
    actor_api_key_id: uuid.UUID | None,
    resource_type: str | None,
    resource_id: str | None,
    action: str | None,
    occurred_from: datetime | None,
    occurred_to: datetime | None,
) -> Listing[AuditEventRead]:
    policy.require(actor, "audit:read")
    statement = where_given(
        AUDIT_EVENTS.readable(actor),
        (
            (AuditEvent.actor_user_id, actor_user_id),
            (AuditEvent.actor_api_key_id, actor_api_key_id),
            (AuditEvent.resource_type, resource_type),
            (AuditEvent.resource_id, resource_id),
            (AuditEvent.action, action),
        ),
    )
    if occurred_from:
        statement = statement.where(AuditEvent.occurred_at >= occurred_from)
    if occurred_to:
        statement = statement.where(AuditEvent.occurred_at < occurred_to)
    return AUDIT_EVENTS.listing(session, actor, statement)
