"""The space assignment an engagement gives (from its first day) and takes back (once its last
day is over), and the scheduler's job that does both when the dates come, without anyone
touching the engagement.

The assignment is the identity module's (`space_assignments`, read by the policy as the
volunteer's spaces): given here as `users.create_user` gives it, taken back as `update_user`
does, announced to the caller cache so the person's access follows at once. It is taken back
only when no other engagement of the same person at the same space is still under way. Each
change is in the audit trail (the engagement's) and the engagement keeps when it happened
(`assigned_at`, `unassigned_at`)."""

from datetime import date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.core.clock import utcnow
from app.models.engagement import Engagement, EngagementStatus
from app.models.user import SpaceAssignment
from app.services import audit, outbox
from app.services.engagements.terms import LIVE, live_on
from app.services.identity import caller_cache

S = EngagementStatus
BATCH = 200


def payload(engagement: Engagement, status: str, **extra) -> dict:
    """What a webhook says of an engagement: no person (ids of the space and association)."""
    return {
        "id": engagement.id,
        "association_id": engagement.association_id,
        "space_id": engagement.space_id,
        "kind": engagement.kind,
        "status": status,
        "starts_on": engagement.starts_on,
        "ends_on": engagement.ends_on,
    } | extra


async def give(session: AsyncSession, actor: Actor, engagement: Engagement, now: datetime) -> None:
    """The person is assigned to the engagement's space (if not already)."""
    held = await session.scalar(
        select(SpaceAssignment.user_id).where(
            SpaceAssignment.user_id == engagement.user_id,
            SpaceAssignment.space_id == engagement.space_id,
        )
    )
    if held is None:
        session.add(
            SpaceAssignment(
                user_id=engagement.user_id, space_id=engagement.space_id, assigned_at=now
            )
        )
        caller_cache.changed(session, users=[engagement.user_id])
    await session.execute(
        update(Engagement)
        .where(Engagement.id == engagement.id)
        .values(assigned_at=now)
        .execution_options(synchronize_session=False)
    )
    engagement.assigned_at = now
    audit.record(
        session,
        actor,
        "engagement.assign",
        "engagement",
        engagement.id,
        {"space_id": engagement.space_id, "already_assigned": held is not None},
    )


async def take_back(
    session: AsyncSession, actor: Actor, engagement: Engagement, on: date, now: datetime
) -> None:
    """The person's assignment to the space ends, unless another engagement there goes on."""
    other = await session.scalar(
        select(Engagement.id).where(
            Engagement.id != engagement.id,
            Engagement.user_id == engagement.user_id,
            Engagement.space_id == engagement.space_id,
            live_on(on),
        )
    )
    removed = 0
    if other is None:
        result = await session.execute(
            delete(SpaceAssignment).where(
                SpaceAssignment.user_id == engagement.user_id,
                SpaceAssignment.space_id == engagement.space_id,
            )
        )
        removed = result.rowcount
        if removed:
            caller_cache.changed(session, users=[engagement.user_id])
    await session.execute(
        update(Engagement)
        .where(Engagement.id == engagement.id)
        .values(unassigned_at=now)
        .execution_options(synchronize_session=False)
    )
    engagement.unassigned_at = now
    audit.record(
        session,
        actor,
        "engagement.unassign",
        "engagement",
        engagement.id,
        {
            "space_id": engagement.space_id,
            "assignment_ended": bool(removed),
            "kept_by": str(other) if other else None,
        },
    )


async def _claim(session: AsyncSession, condition) -> list[Engagement]:
    statement = (
        select(Engagement)
        .where(condition)
        .order_by(Engagement.starts_on, Engagement.id)
        .limit(BATCH)
        .with_for_update(skip_locked=True)
    )
    return list((await session.execute(statement)).scalars().all())


async def _move(session: AsyncSession, engagement: Engagement, source, values: dict) -> bool:
    """The conditional write that makes the job safe with several workers: only one moves it."""
    moved = await session.execute(
        update(Engagement)
        .where(Engagement.id == engagement.id, Engagement.status.in_(source))
        .values(version=Engagement.version + 1, **values)
        .execution_options(synchronize_session=False)
    )
    return moved.rowcount == 1


async def apply_dates(session: AsyncSession, on: date, now: datetime | None = None) -> int:
    """The scheduler's job (the caller commits): engagements whose first day has come become
    `active` and give their assignment; those whose last day is over become `ended` and take
    it back. Idempotent: a second run finds nothing to do. Safe with several workers: rows are
    claimed `FOR UPDATE SKIP LOCKED` (PostgreSQL; SQLite has one writer at a time) and moved by
    an UPDATE that still requires their status, its effects written only when it did."""
    now = now or utcnow()
    e = Engagement
    done = 0
    ending = await _claim(session, (e.status.in_(LIVE)) & (e.ends_on < on))
    for engagement in ending:
        before = engagement.status
        if not await _move(
            session, engagement, LIVE, {"status": S.ended.value, "ended_at": now, "updated_at": now}
        ):
            continue
        if before == S.active:  # written active: it gave the assignment
            await take_back(session, SYSTEM, engagement, on, now)
        _announce(session, engagement, before, S.ended)
        done += 1
    starting = await _claim(
        session,
        (e.status == S.planned.value)
        & (e.starts_on <= on)
        & ((e.ends_on.is_(None)) | (e.ends_on >= on)),
    )
    for engagement in starting:
        if not await _move(
            session, engagement, (S.planned.value,), {"status": S.active.value, "updated_at": now}
        ):
            continue
        await give(session, SYSTEM, engagement, now)
        _announce(session, engagement, S.planned, S.active)
        done += 1
    return done


def _announce(session: AsyncSession, engagement: Engagement, before: str, after: str) -> None:
    audit.record(
        session,
        SYSTEM,
        "engagement.transition",
        "engagement",
        engagement.id,
        {"status": {"before": str(before), "after": str(after)}, "automatic": True},
    )
    outbox.emit(
        session,
        "engagement.status_changed",
        "engagement",
        engagement.id,
        payload(engagement, str(after), previous=str(before), automatic=True),
    )
