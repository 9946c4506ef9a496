"""The write steps every resource's update and archive share, written once (reads are
`core.repository`'s): check If-Match (412), guarded write, unique conflict as 409, audit,
commit — in the same order everywhere. The service has found the row in scope and checked the
role first."""

from typing import Any

from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict
from app.core.persistence import guarded_update, is_unique_violation
from app.core.representation import check_if_match
from app.services import audit


async def update(
    session: AsyncSession,
    actor: Actor,
    obj: Any,
    changes: dict[str, Any],
    *,
    if_match: str | None,
    current: BaseModel,
    resource_type: str,
    action: str = "update",
    conflict: str = "This change conflicts with another record.",
    note: dict[str, Any] | None = None,
) -> dict:
    """`note`: what the audit record keeps besides the diff (e.g. a transition's reason)."""
    check_if_match(if_match, current)
    try:
        diff = await guarded_update(session, obj, changes)
    except IntegrityError as exc:
        await session.rollback()
        if is_unique_violation(exc):
            raise Conflict(conflict) from exc
        raise
    if diff:
        audit.record(
            session, actor, f"{resource_type}.{action}", resource_type, obj.id, diff | (note or {})
        )
    await session.commit()
    return diff


async def archive(
    session: AsyncSession,
    actor: Actor,
    obj: Any,
    *,
    if_match: str | None,
    current: BaseModel,
    resource_type: str,
) -> None:
    if obj.archived_at is not None:
        raise Conflict(f"This {resource_type} is already archived.")
    await update(
        session,
        actor,
        obj,
        {"archived_at": utcnow()},
        if_match=if_match,
        current=current,
        resource_type=resource_type,
        action="archive",
    )
