"""Domain events into the outbox, in the caller's transaction (see app/models/outbox.py)."""

from typing import Any

from pydantic_core import to_jsonable_python
from sqlalchemy.ext.asyncio import AsyncSession

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
