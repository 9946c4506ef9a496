"""The network review's figures on meetings, decisions and actions for one year.

`meetings_review(session, association_ids, year)` is what `GET /reports/network-review` calls:
`association_ids` None for the whole network, or the associations a per-association review
covers (meetings they organise or are invited to, decisions concerning them, actions they or
their members own). It reads through no caller's scope: the report's route decides who may see
the review."""

import uuid
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import PARIS
from app.models.meeting import (
    ACTION_OPEN_STATUSES,
    ActionStatus,
    Decision,
    DecisionAssociation,
    FollowUpAction,
    Meeting,
    MeetingInvitee,
    MeetingKind,
    MeetingsHeld,
    MeetingsReview,
    MeetingStatus,
)
from app.models.user import User
from app.services.meetings.meetings import overdue_condition

HELD = (MeetingStatus.held, MeetingStatus.minutes_published)


def _year_bounds(year: int) -> tuple[datetime, datetime]:
    """The year in Roubaix, as instants (what the stored UTC times compare with)."""
    return (
        datetime.combine(date(year, 1, 1), time(), tzinfo=PARIS),
        datetime.combine(date(year + 1, 1, 1), time(), tzinfo=PARIS),
    )


def _meetings_of(association_ids: set[uuid.UUID] | None) -> ColumnElement[bool]:
    if association_ids is None:
        return true()
    invited = select(MeetingInvitee.meeting_id).where(
        MeetingInvitee.association_id.in_(association_ids)
    )
    return or_(Meeting.organiser_association_id.in_(association_ids), Meeting.id.in_(invited))


def _actions_of(association_ids: set[uuid.UUID] | None) -> ColumnElement[bool]:
    if association_ids is None:
        return true()
    members = select(User.id).where(User.association_id.in_(association_ids))
    return or_(
        FollowUpAction.owner_association_id.in_(association_ids),
        FollowUpAction.owner_user_id.in_(members),
    )


async def meetings_review(
    session: AsyncSession,
    association_ids: set[uuid.UUID] | None,
    year: int,
    *,
    on: date | None = None,
) -> MeetingsReview:
    """Meetings held by kind and month (Paris time), cancelled ones, the year's decisions, and
    actions: done during the year, and open, overdue and dropped as of `on` (today)."""
    start, end = _year_bounds(year)
    in_year = (
        (Meeting.starts_at >= start) & (Meeting.starts_at < end) & _meetings_of(association_ids)
    )
    rows = await session.execute(
        select(Meeting.kind, Meeting.starts_at).where(in_year, Meeting.status.in_(HELD))
    )
    counts: dict[tuple[str, int], int] = {}
    for kind, starts_at in rows:
        key = (kind, starts_at.astimezone(PARIS).month)
        counts[key] = counts.get(key, 0) + 1
    order = list(MeetingKind)
    held = [
        MeetingsHeld(kind=kind, month=month, count=count)
        for (kind, month), count in sorted(
            counts.items(), key=lambda e: (order.index(MeetingKind(e[0][0])), e[0][1])
        )
    ]
    cancelled = await session.scalar(
        select(func.count()).where(in_year, Meeting.status == MeetingStatus.cancelled)
    )
    decided = (Decision.decided_at >= start) & (Decision.decided_at < end)
    if association_ids is not None:
        concerning = select(DecisionAssociation.decision_id).where(
            DecisionAssociation.association_id.in_(association_ids)
        )
        of_meetings = select(Meeting.id).where(_meetings_of(association_ids))
        decided = decided & or_(Decision.id.in_(concerning), Decision.meeting_id.in_(of_meetings))
    decisions = await session.scalar(select(func.count()).where(decided))
    a = FollowUpAction
    owned = _actions_of(association_ids)

    async def count(*conditions) -> int:
        return await session.scalar(select(func.count()).where(owned, *conditions)) or 0

    return MeetingsReview(
        year=year,
        meetings_held=held,
        meetings_held_total=sum(counts.values()),
        meetings_cancelled=cancelled or 0,
        decisions=decisions or 0,
        actions_done=await count(
            a.status == ActionStatus.done, a.done_at >= start, a.done_at < end
        ),
        actions_open=await count(a.status.in_(list(ACTION_OPEN_STATUSES))),
        actions_overdue=await count(overdue_condition(on)),
        actions_dropped=await count(
            a.status == ActionStatus.dropped, a.dropped_at >= start, a.dropped_at < end
        ),
    )
