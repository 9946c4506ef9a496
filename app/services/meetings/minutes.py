"""Minutes and decisions: the organiser writes each agenda item's minutes and records the
decisions once the meeting is held; publishing freezes them as revision 1; a correction is the
next revision (the earlier ones are kept and listed); decisions are listed across meetings."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.repository import Repository, rowwise, through_parent
from app.models.association import Association
from app.models.meeting import (
    AgendaItem,
    Decision,
    DecisionAssociation,
    DecisionCreate,
    DecisionRead,
    Meeting,
    MeetingRead,
    MeetingStatus,
    MinutesRevision,
    MinutesRevisionCreate,
    MinutesRevisionRead,
)
from app.models.validators import name_matches, search_key
from app.services import audit, policy
from app.services.meetings.meetings import MEETINGS, _found, _locked
from app.services.meetings.revisions import publish_revision

S = MeetingStatus


# ---- minutes revisions --------------------------------------------------------------------------


REVISIONS = Repository[MinutesRevision, MinutesRevisionRead](
    MinutesRevision,
    scope=through_parent,
    label="minutes revision",
    to_reads=rowwise(lambda row, actor: MinutesRevisionRead.model_validate(row)),
    sorts={"number": SortKey(MinutesRevision.number, "int")},
    default_sort="number",
)


async def list_revisions(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID
) -> Listing[MinutesRevisionRead]:
    meeting = await MEETINGS.find(session, actor, meeting_id)
    statement = REVISIONS.readable(actor).where(MinutesRevision.meeting_id == meeting.id)
    return REVISIONS.listing(session, actor, statement)


async def correct_minutes(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, data: MinutesRevisionCreate
) -> MinutesRevisionRead:
    meeting, _, relations = await _found(session, actor, meeting_id)
    policy.require_on(relations, "meeting:organise")
    meeting = await _locked(session, meeting)
    if meeting.status != S.minutes_published:
        raise Conflict(
            f"This meeting is {meeting.status}: a correction is for published minutes; "
            "edit the draft minutes of its agenda items until they are published."
        )
    known = set(
        (
            await session.execute(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting.id))
        ).scalars()
    )
    corrections: dict[str, str] = {}
    for index, entry in enumerate(data.items):
        if entry.agenda_item_id not in known:
            raise ValidationFailed(
                "No such agenda item on this meeting.",
                loc=("body", "items", index, "agenda_item_id"),
            )
        corrections[str(entry.agenda_item_id)] = entry.minutes
    revision = await publish_revision(session, actor, meeting, corrections, note=data.note)
    audit.record(
        session,
        actor,
        "meeting.minutes.correct",
        "meeting",
        meeting.id,
        {"revision": revision.number, **data.model_dump(mode="json")},
    )
    await session.commit()
    return MinutesRevisionRead.model_validate(revision)


# ---- decisions ----------------------------------------------------------------------------------


async def decision_reads(
    session: AsyncSession, actor: Actor, decisions: Sequence[Decision]
) -> list[DecisionRead]:
    ids = [d.id for d in decisions]
    concerned: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    titles: dict[uuid.UUID, str] = {}
    items: dict[uuid.UUID, str] = {}
    if ids:
        rows = await session.execute(
            select(DecisionAssociation).where(DecisionAssociation.decision_id.in_(ids))
        )
        for link in rows.scalars():
            concerned[link.decision_id].append(link.association_id)
        meeting_ids = {d.meeting_id for d in decisions}
        rows = await session.execute(
            select(Meeting.id, Meeting.title).where(Meeting.id.in_(meeting_ids))
        )
        titles = dict(rows.all())
        item_ids = {d.agenda_item_id for d in decisions if d.agenda_item_id}
        if item_ids:
            rows = await session.execute(
                select(AgendaItem.id, AgendaItem.title).where(AgendaItem.id.in_(item_ids))
            )
            items = dict(rows.all())
    return [
        DecisionRead.model_validate(
            {
                **d.model_dump(),
                "meeting_title": titles.get(d.meeting_id, ""),
                "agenda_item_title": items.get(d.agenda_item_id),
                "association_ids": sorted(concerned[d.id], key=str),
            }
        )
        for d in decisions
    ]


DECISIONS = Repository[Decision, DecisionRead](
    Decision,
    scope=policy.scope_decisions,
    label="decision",
    to_reads=decision_reads,
    sorts={
        "decided_at": SortKey(Decision.decided_at, "datetime"),
        "created_at": SortKey(Decision.created_at, "datetime"),
    },
    default_sort="-decided_at",
)


async def get_decision(session: AsyncSession, actor: Actor, decision_id: uuid.UUID) -> DecisionRead:
    return await DECISIONS.get(session, actor, decision_id)


def filtered_decisions(
    statement: Select,
    *,
    association_id: uuid.UUID | None = None,
    meeting_id: uuid.UUID | None = None,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    q: str | None = None,
) -> Select:
    if association_id is not None:
        concerning = select(DecisionAssociation.decision_id).where(
            DecisionAssociation.association_id == association_id
        )
        statement = statement.where(Decision.id.in_(concerning))
    if meeting_id is not None:
        statement = statement.where(Decision.meeting_id == meeting_id)
    if date_from is not None:
        statement = statement.where(Decision.decided_at >= date_from)
    if date_to is not None:
        statement = statement.where(Decision.decided_at < date_to)
    if q is not None:
        statement = statement.where(name_matches(Decision.text_search, q))
    return statement


def list_decisions(session: AsyncSession, actor: Actor, **filters) -> Listing[DecisionRead]:
    statement = filtered_decisions(DECISIONS.readable(actor), **filters)
    return DECISIONS.listing(session, actor, statement)


async def record_decision(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, data: DecisionCreate
) -> MeetingRead:
    """A decision goes into the minutes of a held meeting, until they are published."""
    meeting, _, relations = await _found(session, actor, meeting_id)
    policy.require_on(relations, "meeting:organise")
    meeting = await _locked(session, meeting)
    if meeting.status == S.minutes_published:
        raise Conflict(
            "The minutes of this meeting are published and cannot change; a later meeting "
            "records a new decision."
        )
    if meeting.status != S.held:
        raise Conflict(f"This meeting is {meeting.status}; decisions are recorded once held.")
    if data.agenda_item_id is not None:
        item = await session.get(AgendaItem, data.agenda_item_id)
        if item is None or item.meeting_id != meeting.id:
            raise ValidationFailed(
                "No such agenda item on this meeting.", loc=("body", "agenda_item_id")
            )
    wanted = set(data.association_ids)
    if wanted:
        found = set(
            (
                await session.execute(select(Association.id).where(Association.id.in_(wanted)))
            ).scalars()
        )
        if wanted - found:
            raise ValidationFailed("No such association.", loc=("body", "association_ids"))
    decision = Decision(
        meeting_id=meeting.id,
        agenda_item_id=data.agenda_item_id,
        text=data.text,
        text_search=search_key(data.text)[:5000],
        decided_at=meeting.starts_at,
        created_by=actor.user_id,
    )
    session.add(decision)
    await session.flush()
    session.add_all(DecisionAssociation(decision_id=decision.id, association_id=a) for a in wanted)
    audit.record(
        session,
        actor,
        "decision.create",
        "decision",
        decision.id,
        {"meeting_id": meeting.id, **data.model_dump(mode="json")},
    )
    await session.commit()
    return await MEETINGS.read(session, actor, meeting)


async def decision_count(session: AsyncSession, statement: Select) -> int:
    return await session.scalar(select(func.count()).select_from(statement.subquery())) or 0
