"""Domain events into the outbox, in the caller's transaction (see app/models/outbox.py)."""

import uuid
from typing import Any

from pydantic_core import to_jsonable_python
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.models.outbox import OutboxEvent


def emit(
    session: AsyncSession,
    event_type: str,
    resource_type: str,
    resource_id: Any,
    payload: dict[str, Any],
) -> OutboxEvent:
    event = OutboxEvent(
        event_type=event_type,
        resource_type=resource_type,
        resource_id=str(resource_id),
        payload=to_jsonable_python(payload),
    )
    session.add(event)
    return event


async def emit_many(
    session: AsyncSession, event_type: str, resource_type: str, events: list[tuple[Any, dict]]
) -> None:
    """One event per (resource id, payload), as `emit` writes them, in one batched INSERT."""
    now = utcnow()
    rows = [
        {
            "id": uuid.uuid4(),
            "occurred_at": now,
            "event_type": event_type,
            "resource_type": resource_type,
            "resource_id": str(resource_id),
            "payload": to_jsonable_python(payload),
        }
        for resource_id, payload in events
    ]
    if rows:
        await session.execute(OutboxEvent.__table__.insert(), rows)
