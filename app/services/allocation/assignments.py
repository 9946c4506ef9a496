"""The human means of a plan: a volunteer line assigns an existing user to a space from a
date, under the identity module's assignment rules (`identity.users.assignment_refusal`).
Executing the plan assigns those whose date has come; the scheduler's job assigns the others
on their day (reads never do)."""

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.core.clock import today, utcnow
from app.models.allocation import (
    AllocationLine,
    AllocationLineKind,
    AllocationPlan,
    AllocationPlanStatus,
)
from app.models.space import Space
from app.models.user import SpaceAssignment, User
from app.services import audit
from app.services.identity import caller_cache
from app.services.identity.users import assignment_refusal


async def refusals(
    session: AsyncSession, pairs: Sequence[tuple[uuid.UUID, uuid.UUID]]
) -> dict[tuple[uuid.UUID, uuid.UUID], str]:
    """For (user, space) pairs: why each refused one cannot be made (two queries)."""
    if not pairs:
        return {}
    users = {
        u.id: u
        for u in (
            await session.execute(select(User).where(User.id.in_({u for u, _ in pairs})))
        ).scalars()
    }
    spaces = {
        s.id: s
        for s in (
            await session.execute(select(Space).where(Space.id.in_({s for _, s in pairs})))
        ).scalars()
    }
    found = {}
    for user_id, space_id in pairs:
        why = assignment_refusal(users.get(user_id), spaces.get(space_id))
        if why:
            found[(user_id, space_id)] = why
    return found


async def assign(
    session: AsyncSession, actor: Actor, lines: Sequence[AllocationLine], now: datetime
) -> int:
    """Make the lines' assignments (those already made are kept as they are); no commit."""
    if not lines:
        return 0
    pairs = {(line.user_id, line.space_id) for line in lines}
    existing = set(
        (
            await session.execute(
                select(SpaceAssignment.user_id, SpaceAssignment.space_id).where(
                    SpaceAssignment.user_id.in_({u for u, _ in pairs})
                )
            )
        ).all()
    )
    new = sorted(pairs - existing, key=str)
    session.add_all(
        SpaceAssignment(user_id=user_id, space_id=space_id, assigned_at=now)
        for user_id, space_id in new
    )
    await session.execute(
        update(AllocationLine)
        .where(AllocationLine.id.in_([line.id for line in lines]))
        .values(assigned_at=now, version=AllocationLine.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    for user_id, space_id in new:
        audit.record(
            session,
            actor,
            "user.assign",
            "user",
            user_id,
            {"space_id": str(space_id), "by": "allocation_plan"},
        )
    # the assigned users' access changes: their cached caller goes at commit
    caller_cache.changed(session, users=[u for u, _ in new])
    return len(new)


def due(line: AllocationLine, on: date) -> bool:
    return line.kind == AllocationLineKind.volunteer and (line.starts_on or on) <= on


async def assign_due(session: AsyncSession, now: datetime | None = None) -> int:
    """The job: volunteer lines of executed plans whose day has come, still assignable, are
    assigned; idempotent (a line is assigned once), safe with several workers (the guarded
    UPDATE of `assigned_at` is made once per line)."""
    now = now or utcnow()
    on = today()
    lines = (
        (
            await session.execute(
                select(AllocationLine)
                .join(AllocationPlan, AllocationPlan.id == AllocationLine.plan_id)
                .where(
                    AllocationPlan.status == AllocationPlanStatus.executed.value,
                    AllocationLine.kind == AllocationLineKind.volunteer.value,
                    AllocationLine.assigned_at.is_(None),
                    AllocationLine.starts_on <= on,
                )
                .limit(500)
            )
        )
        .scalars()
        .all()
    )
    refused = await refusals(session, [(line.user_id, line.space_id) for line in lines])
    ready = [line for line in lines if (line.user_id, line.space_id) not in refused]
    count = await assign(session, SYSTEM, ready, now)
    await session.commit()
    return count
