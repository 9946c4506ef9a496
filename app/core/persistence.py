"""Writes that every resource shares: guarded updates and unique-violation translation."""

from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from app.core.clock import utcnow
from app.core.errors import Conflict, PreconditionFailed


async def guarded_update(session: AsyncSession, obj: Any, changes: dict[str, Any]) -> dict:
    """Apply `changes` only if nobody updated the row since we read it (version check).

    Returns the before/after of the fields that really changed, for the audit trail.
    """
    diff = {
        name: {"before": getattr(obj, name), "after": value}
        for name, value in changes.items()
        if getattr(obj, name) != value
    }
    if not diff:
        return {}
    model = type(obj)
    values = {name: change["after"] for name, change in diff.items()}
    values.update(version=obj.version + 1, updated_at=utcnow())
    result = await session.execute(
        update(model)
        .where(model.id == obj.id, model.version == obj.version)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise PreconditionFailed(
            "Someone else changed this resource at the same moment; fetch it again and retry."
        )
    for name, value in values.items():
        set_committed_value(obj, name, value)  # already written: not dirty for the ORM
    return diff


def is_unique_violation(exc: IntegrityError) -> bool:
    text = str(exc.orig).lower()
    return "unique" in text or "duplicate key" in text


async def flush_or_conflict(session: AsyncSession, message: str) -> None:
    try:
        await session.flush()
    except IntegrityError as exc:
        await session.rollback()
        if is_unique_violation(exc):
            raise Conflict(message) from exc
        raise
