"""Invitations and the agenda: the organiser invites; an invitee accepts or declines a planned
meeting and the organiser takes the roll once it is held; invited associations propose items
until the organiser's cutoff; the organiser edits items and writes their minutes once held,
until the minutes are published (then a correction is a revision, `…minutes`)."""

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, NotFound
from app.core.persistence import guarded_update
from app.models.meeting import (
    ANSWERS,
    ROLL_CALL,
    AgendaItem,
    AgendaItemCreate,
    AgendaItemUpdate,
    InviteeCreate,
    InviteeUpdate,
    MeetingRead,
    MeetingStatus,
)
from app.services import audit, policy
from app.services.meetings.meetings import MEETINGS, ORGANISER, _add_invitee, _found, _locked

S = MeetingStatus


async def _next_position(session: AsyncSession, meeting_id: uuid.UUID) -> int:
    last = await session.scalar(
        select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id)
    )
    return (last or 0) + 1


async def invite(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, data: InviteeCreate
) -> MeetingRead:
    meeting, _, relations = await _found(session, actor, meeting_id)
    policy.require_on(relations, "meeting:organise")
    if meeting.status not in (S.planned, S.held):
        raise Conflict(f"This meeting is {meeting.status}; nobody more can be invited.")
    invitee = await _add_invitee(session, actor, meeting, data)
    audit.record(
        session,
        actor,
        "meeting.invite",
        "meeting",
        meeting.id,
        {"invitee_id": invitee.id, **data.model_dump(mode="json")},
    )
    await session.commit()
    return await MEETINGS.read(session, actor, meeting)


async def answer_invitation(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    invitee_id: uuid.UUID,
    data: InviteeUpdate,
) -> MeetingRead:
    """An invitee accepts or declines a planned meeting; the organiser records who attended,
    was excused or absent once it is held (and may record any answer)."""
    meeting, invitees, relations = await _found(session, actor, meeting_id)
    invitee = next((i for i in invitees if i.id == invitee_id), None)
    if invitee is None:
        raise NotFound("No such invitee on this meeting.")
    own = bool(relations) and policy.invitee_is_caller(actor, invitee)
    response = data.response
    if response in ANSWERS:
        mine = (relations & ORGANISER) | ({policy.INVITEE} if own else set())
        policy.require_on(frozenset(mine), "meeting:respond")
        if meeting.status != S.planned:
            raise Conflict(f"This meeting is {meeting.status}; answers are closed.")
    else:  # invited again, or the roll call: the organiser's record
        policy.require_on(relations, "meeting:organise")
        if response in ROLL_CALL and meeting.status not in (S.held, S.minutes_published):
            raise Conflict("Attendance is recorded once the meeting is held.")
    before = invitee.response
    await guarded_update(session, invitee, {"response": response, "responded_at": utcnow()})
    audit.record(
        session,
        actor,
        "meeting.answer",
        "meeting",
        meeting.id,
        {"invitee_id": invitee.id, "response": {"before": before, "after": response.value}},
    )
    await session.commit()
    return await MEETINGS.read(session, actor, meeting)


async def propose_item(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID, data: AgendaItemCreate
) -> MeetingRead:
    """The organiser adds items until the minutes are published; an invited association (or
    person) proposes items to a planned meeting until the organiser's cutoff."""
    meeting, _, relations = await _found(session, actor, meeting_id)
    policy.require_on(relations, "meeting:propose_item")
    meeting = await _locked(session, meeting)
    organiser = policy.ORGANISER in relations
    if organiser and meeting.status not in (S.planned, S.held):
        raise Conflict(f"This meeting is {meeting.status}; its agenda is closed.")
    if not organiser:
        if meeting.status != S.planned:
            raise Conflict(f"This meeting is {meeting.status}; its agenda is closed.")
        if meeting.agenda_cutoff_at is not None and utcnow() >= meeting.agenda_cutoff_at:
            raise Conflict(
                "The agenda closed to proposals at "
                f"{meeting.agenda_cutoff_at.isoformat()} (the organiser's cutoff); "
                "ask the organiser to add this item.",
                agenda_cutoff_at=meeting.agenda_cutoff_at.isoformat(),
            )
    item = AgendaItem(
        meeting_id=meeting.id,
        position=await _next_position(session, meeting.id),
        **data.model_dump(),
        proposed_by_user_id=actor.user_id,
        proposed_by_association_id=None if organiser else actor.association_id,
    )
    session.add(item)
    await session.flush()
    await guarded_update(session, meeting, {"updated_at": utcnow()})
    audit.record(
        session,
        actor,
        "meeting.agenda_item.create",
        "meeting",
        meeting.id,
        {"agenda_item_id": item.id, **data.model_dump(mode="json")},
    )
    await session.commit()
    return await MEETINGS.read(session, actor, meeting)


async def update_item(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    item_id: uuid.UUID,
    data: AgendaItemUpdate,
) -> MeetingRead:
    """The organiser edits the agenda while planned or held, and writes each item's minutes
    once the meeting is held; published minutes never change (a correction is a revision)."""
    meeting, _, relations = await _found(session, actor, meeting_id)
    item = await session.scalar(
        select(AgendaItem).where(AgendaItem.id == item_id, AgendaItem.meeting_id == meeting.id)
    )
    if item is None:
        raise NotFound("No such agenda item on this meeting.")
    policy.require_on(relations, "meeting:organise")
    meeting = await _locked(session, meeting)
    changes = data.model_dump(exclude_unset=True)
    if meeting.status == S.minutes_published:
        raise Conflict(
            "The minutes of this meeting are published and cannot change; publish a correction "
            f"as a new revision (POST /meetings/{meeting.id}/minutes/revisions)."
        )
    if meeting.status == S.cancelled:
        raise Conflict("This meeting is cancelled; its agenda is closed.")
    if "minutes" in changes and meeting.status != S.held:
        raise Conflict("Minutes are written once the meeting is held.")
    diff = await guarded_update(session, item, changes)
    if diff:
        await guarded_update(session, meeting, {"updated_at": utcnow()})
        audit.record(
            session,
            actor,
            "meeting.agenda_item.update",
            "meeting",
            meeting.id,
            {"agenda_item_id": item.id, **diff},
        )
    await session.commit()
    return await MEETINGS.read(session, actor, meeting)
