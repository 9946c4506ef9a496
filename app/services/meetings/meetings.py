"""Meetings: scheduling by the city (network-wide) or an association (its working groups), the
lifecycle planned → held → minutes_published | cancelled, the reads (with the follow-up of
the invitees' open actions) and the iCalendar export. Invitations and the agenda are in
`app.services.meetings.agenda`; minutes, revisions and decisions in `…minutes`."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today
from app.core.errors import Conflict, ValidationFailed
from app.core.icalendar import CalendarEvent
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import flush_or_conflict, guarded_update
from app.core.repository import Repository
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.core.vocabulary import label_fr
from app.models.association import Association
from app.models.meeting import (
    ACTION_OPEN_STATUSES,
    AgendaItem,
    AgendaItemRead,
    Decision,
    DecisionAssociation,
    FollowUp,
    FollowUpAction,
    InviteeCreate,
    InviteeKind,
    InviteeRead,
    Meeting,
    MeetingCreate,
    MeetingDecision,
    MeetingInvitee,
    MeetingRead,
    MeetingStatus,
    MeetingTransition,
    MeetingUpdate,
    MinutesRevision,
)
from app.models.partner import Partner
from app.models.space import Space
from app.models.user import User
from app.services import audit, outbox, policy
from app.services.meetings.revisions import publish_revision

S = MeetingStatus
ORGANISER = frozenset({policy.ORGANISER})
CITY_NAME = "Ville de Roubaix"
ICS_DOMAIN = "enc-roubaix"
# A change of any of these is a new SEQUENCE for calendar apps (RFC 5545 §3.8.7.4).
SCHEDULE_FIELDS = frozenset({"starts_at", "ends_at", "space_id", "address", "online_url"})


async def _has_started(meeting: Meeting, step: Step) -> None:
    if step.now < meeting.starts_at:
        raise Conflict("A meeting is held only once it has started.")


async def _stamp_held(meeting: Meeting, step: Step) -> None:
    step.changes["held_at"] = step.now


async def _stamp_published(meeting: Meeting, step: Step) -> None:
    step.changes["minutes_published_at"] = step.now


async def _stamp_cancelled(meeting: Meeting, step: Step) -> None:
    step.changes |= {"cancelled_at": step.now, "cancel_reason": step.reason}


async def _publish_first_revision(meeting: Meeting, step: Step) -> None:
    await publish_revision(step.session, step.actor, meeting, {}, note=None)


MEETING_LIFECYCLE = StateMachine(
    "meeting",
    S,
    [
        Move(S.planned, S.held, ORGANISER, requires=(_has_started,)),
        Move(S.held, S.minutes_published, ORGANISER),
        Move(S.planned, S.cancelled, ORGANISER, needs_reason=True),
    ],
    on_enter={
        S.held: [_stamp_held],
        S.minutes_published: [_stamp_published],
        S.cancelled: [_stamp_cancelled],
    },
    after_enter={S.minutes_published: [_publish_first_revision]},
)


# ---- reading ------------------------------------------------------------------------------------


def overdue_condition(day=None):
    """Open or in progress, past its due date: in SQL, against the date in Roubaix."""
    a = FollowUpAction
    return (
        (a.status.in_(list(ACTION_OPEN_STATUSES)))
        & (a.due_on.is_not(None))
        & (a.due_on < (day or today()))
    )


async def _names(session: AsyncSession, model, ids: set) -> dict[uuid.UUID, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    column = model.full_name if model is User else model.name
    return dict((await session.execute(select(model.id, column).where(model.id.in_(ids)))).all())


def invitee_kind(invitee: MeetingInvitee) -> InviteeKind:
    if invitee.association_id is not None:
        return InviteeKind.association
    if invitee.partner_id is not None:
        return InviteeKind.partner
    return InviteeKind.user


async def invitees_of(session: AsyncSession, meeting_ids: list[uuid.UUID]) -> dict:
    found: dict[uuid.UUID, list[MeetingInvitee]] = defaultdict(list)
    if meeting_ids:
        rows = await session.execute(
            select(MeetingInvitee)
            .where(MeetingInvitee.meeting_id.in_(meeting_ids))
            .order_by(MeetingInvitee.created_at, MeetingInvitee.id)
        )
        for invitee in rows.scalars():
            found[invitee.meeting_id].append(invitee)
    return found


async def follow_up_of(
    session: AsyncSession, invitees: dict[uuid.UUID, list[MeetingInvitee]]
) -> dict[uuid.UUID, list[FollowUp]]:
    """For each meeting, the open actions owned by its invitees (associations and their
    members, partners' users, invited people), overdue first: read live, never copied onto
    the meeting; one query for all the meetings given."""
    every = [i for group in invitees.values() for i in group]
    associations = {i.association_id for i in every if i.association_id}
    partners = {i.partner_id for i in every if i.partner_id}
    people = {i.user_id for i in every if i.user_id}
    a = FollowUpAction
    owners = []
    if associations:
        owners.append(a.owner_association_id.in_(associations))
        owners.append(User.association_id.in_(associations))
    if partners:
        owners.append(User.partner_id.in_(partners))
    if people:
        owners.append(a.owner_user_id.in_(people))
    if not owners:
        return {}
    overdue = overdue_condition().label("overdue")
    rows = (
        await session.execute(
            select(a, overdue, User.association_id, User.partner_id)
            .outerjoin(User, User.id == a.owner_user_id)
            .where(a.status.in_(list(ACTION_OPEN_STATUSES)), or_(*owners))
            .order_by(overdue.desc(), a.due_on.is_(None), a.due_on, a.created_at, a.id)
        )
    ).all()
    shown: dict[uuid.UUID, list[FollowUp]] = {}
    for meeting_id, group in invitees.items():
        mine = {i.association_id for i in group} | {i.partner_id for i in group}
        mine |= {i.user_id for i in group}
        mine.discard(None)
        shown[meeting_id] = [
            FollowUp.model_validate({**action.model_dump(), "overdue": bool(late)})
            for action, late, member_of, partner_of in rows
            if mine & {action.owner_association_id, action.owner_user_id, member_of, partner_of}
        ]
    return shown


async def reads(
    session: AsyncSession, actor: Actor, meetings: Sequence[Meeting]
) -> list[MeetingRead]:
    """A page of meetings with their invitees, agenda, decisions and follow-up, in a few
    queries for the whole page."""
    ids = [m.id for m in meetings]
    invitees = await invitees_of(session, ids)
    agenda: dict[uuid.UUID, list[AgendaItem]] = defaultdict(list)
    decisions: dict[uuid.UUID, list[Decision]] = defaultdict(list)
    concerned: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    latest: dict[uuid.UUID, MinutesRevision] = {}
    if ids:
        rows = await session.execute(
            select(AgendaItem)
            .where(AgendaItem.meeting_id.in_(ids))
            .order_by(AgendaItem.position, AgendaItem.created_at, AgendaItem.id)
        )
        for item in rows.scalars():
            agenda[item.meeting_id].append(item)
        rows = await session.execute(
            select(Decision)
            .where(Decision.meeting_id.in_(ids))
            .order_by(Decision.created_at, Decision.id)
        )
        found = list(rows.scalars())
        for decision in found:
            decisions[decision.meeting_id].append(decision)
        if found:
            rows = await session.execute(
                select(DecisionAssociation).where(
                    DecisionAssociation.decision_id.in_([d.id for d in found])
                )
            )
            for link in rows.scalars():
                concerned[link.decision_id].append(link.association_id)
        newest = (
            select(MinutesRevision.meeting_id, func.max(MinutesRevision.number).label("n"))
            .where(MinutesRevision.meeting_id.in_(ids))
            .group_by(MinutesRevision.meeting_id)
            .subquery()
        )
        rows = await session.execute(
            select(MinutesRevision).join(
                newest,
                (newest.c.meeting_id == MinutesRevision.meeting_id)
                & (newest.c.n == MinutesRevision.number),
            )
        )
        latest = {r.meeting_id: r for r in rows.scalars()}
    every = [i for group in invitees.values() for i in group]
    spaces = await _names(session, Space, {m.space_id for m in meetings})
    associations = await _names(
        session,
        Association,
        {m.organiser_association_id for m in meetings} | {i.association_id for i in every},
    )
    partners = await _names(session, Partner, {i.partner_id for i in every})
    planned = {m.id for m in meetings if m.status == S.planned}
    follow_up = await follow_up_of(session, {k: v for k, v in invitees.items() if k in planned})
    people = await _names(session, User, {i.user_id for i in every})
    result = []
    for meeting in meetings:
        revision = latest.get(meeting.id)
        published = {e["agenda_item_id"]: e["minutes"] for e in revision.items} if revision else {}
        items = [
            AgendaItemRead.model_validate(
                {
                    **item.model_dump(),
                    "minutes": published.get(str(item.id), item.minutes)
                    if revision
                    else item.minutes,
                }
            )
            for item in agenda[meeting.id]
        ]
        shown_invitees = [
            InviteeRead.model_validate(
                {
                    **i.model_dump(),
                    "kind": invitee_kind(i),
                    "name": associations.get(i.association_id)
                    or partners.get(i.partner_id)
                    or people.get(i.user_id)
                    or "",
                }
            )
            for i in invitees[meeting.id]
        ]
        relations = policy.meeting_relations(actor, meeting, invitees[meeting.id])
        result.append(
            MeetingRead.model_validate(
                {
                    **meeting.model_dump(),
                    "space_name": spaces.get(meeting.space_id),
                    "organiser_name": associations.get(meeting.organiser_association_id)
                    or CITY_NAME,
                    "allowed_transitions": MEETING_LIFECYCLE.allowed(meeting.status, relations),
                    "invitees": shown_invitees,
                    "agenda": items,
                    "decisions": [
                        MeetingDecision.model_validate(
                            {**d.model_dump(), "association_ids": concerned[d.id]}
                        )
                        for d in decisions[meeting.id]
                    ],
                    "minutes_revision": revision.number if revision else None,
                    "follow_up": follow_up.get(meeting.id, []),
                }
            )
        )
    return result


SORTS = {
    "starts_at": SortKey(Meeting.starts_at, "datetime"),
    "created_at": SortKey(Meeting.created_at, "datetime"),
}
MEETINGS = Repository[Meeting, MeetingRead](
    Meeting,
    scope=policy.scope_meetings,
    label="meeting",
    to_reads=reads,
    sorts=SORTS,
    default_sort="starts_at",
)


async def get_meeting(session: AsyncSession, actor: Actor, meeting_id: uuid.UUID) -> MeetingRead:
    return await MEETINGS.get(session, actor, meeting_id)


def filtered(
    statement: Select,
    *,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    kind: str | None = None,
    status: str | None = None,
    association_id: uuid.UUID | None = None,
) -> Select:
    m = Meeting
    if date_from is not None:
        statement = statement.where(m.ends_at > date_from)
    if date_to is not None:
        statement = statement.where(m.starts_at < date_to)
    statement = where_given(statement, ((m.kind, kind), (m.status, status)))
    if association_id is not None:
        invited = select(MeetingInvitee.meeting_id).where(
            MeetingInvitee.association_id == association_id
        )
        statement = statement.where(
            or_(m.organiser_association_id == association_id, m.id.in_(invited))
        )
    return statement


def list_meetings(session: AsyncSession, actor: Actor, **filters) -> Listing[MeetingRead]:
    return MEETINGS.listing(session, actor, filtered(MEETINGS.readable(actor), **filters))


def calendar_event(read: MeetingRead) -> CalendarEvent:
    place = [p for p in (read.space_name, read.address, read.online_url) if p]
    parts = [read.description or "", f"Type : {label_fr('meeting_kind', read.kind)}"]
    parts.append(f"Organisation : {read.organiser_name}")
    if read.agenda:
        parts.append("Ordre du jour :")
        parts += [f"{item.position}. {item.title}" for item in read.agenda]
    if read.status == S.cancelled:
        parts.insert(0, f"ANNULÉE : {read.cancel_reason or ''}".strip())
    return CalendarEvent(
        uid=f"meeting-{read.id}@{ICS_DOMAIN}",
        starts_at=read.starts_at,
        ends_at=read.ends_at,
        summary=read.title,
        stamp=read.updated_at,
        location=", ".join(place) or None,
        description="\n".join(p for p in parts if p),
        status="CANCELLED" if read.status == S.cancelled else "CONFIRMED",
        sequence=read.sequence,
        categories=(read.kind.value,),
    )


# ---- writing ------------------------------------------------------------------------------------


async def _check_place(session: AsyncSession, actor: Actor, space_id, address, online_url) -> None:
    if space_id is None and address is None and online_url is None:
        raise ValidationFailed(
            "Give a place: a host space_id, an address or an online_url.", loc=("body", "space_id")
        )
    if space_id is not None:
        space = await session.scalar(
            policy.scope_spaces(actor, select(Space)).where(Space.id == space_id)
        )
        if space is None or space.archived_at is not None:
            raise ValidationFailed("No such space.", loc=("body", "space_id"))


async def _check_invitee(session: AsyncSession, actor: Actor, data: InviteeCreate) -> None:
    given = [n for n in ("association_id", "partner_id", "user_id") if getattr(data, n) is not None]
    if len(given) != 1:
        raise ValidationFailed(
            "Invite exactly one of: an association_id, a partner_id or a user_id.",
            loc=("body", "association_id"),
        )
    if data.association_id is not None:
        found = await session.get(Association, data.association_id)
    elif data.partner_id is not None:
        found = await session.get(Partner, data.partner_id)
    else:  # a person: one the caller may see (an association invites its own members)
        found = await session.scalar(
            policy.scope_users(actor, select(User)).where(User.id == data.user_id)
        )
    if found is None or found.archived_at is not None:
        raise ValidationFailed(f"No such {given[0].removesuffix('_id')}.", loc=("body", given[0]))


async def _add_invitee(
    session: AsyncSession, actor: Actor, meeting: Meeting, data: InviteeCreate
) -> MeetingInvitee:
    await _check_invitee(session, actor, data)
    invitee = MeetingInvitee(meeting_id=meeting.id, **data.model_dump())
    session.add(invitee)
    await flush_or_conflict(session, "This invitee is already invited to the meeting.")
    return invitee


def _announce(session: AsyncSession, event: str, meeting: Meeting, **extra) -> None:
    outbox.emit(
        session,
        event,
        "meeting",
        meeting.id,
        {
            "id": meeting.id,
            "title": meeting.title,
            "kind": meeting.kind,
            "status": meeting.status,
            "starts_at": meeting.starts_at,
            "ends_at": meeting.ends_at,
            "sequence": meeting.sequence,
            **extra,
        },
    )


async def create_meeting(session: AsyncSession, actor: Actor, data: MeetingCreate) -> MeetingRead:
    policy.require(actor, "meeting:create")
    organiser = policy.own_association_by_default(actor, data.organiser_association_id)
    policy.require_meeting_organiser(actor, data.kind, organiser)
    if organiser is not None and await session.get(Association, organiser) is None:
        raise ValidationFailed("No such association.", loc=("body", "organiser_association_id"))
    online_url = str(data.online_url) if data.online_url else None
    await _check_place(session, actor, data.space_id, data.address, online_url)
    meeting = Meeting(
        **data.model_dump(exclude={"invitees", "agenda", "online_url", "organiser_association_id"}),
        online_url=online_url,
        organiser_association_id=organiser,
        organiser_user_id=actor.user_id,
    )
    session.add(meeting)
    await session.flush()
    for invitee in data.invitees:
        await _add_invitee(session, actor, meeting, invitee)
    for position, item in enumerate(data.agenda, start=1):
        session.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=position,
                **item.model_dump(),
                proposed_by_user_id=actor.user_id,
            )
        )
    await session.flush()
    _announce(session, "meeting.created", meeting)
    changes = data.model_dump(mode="json")
    audit.record(session, actor, "meeting.create", "meeting", meeting.id, changes)
    await session.commit()
    return await MEETINGS.read(session, actor, meeting)


async def _found(
    session: AsyncSession, actor: Actor, meeting_id: uuid.UUID
) -> tuple[Meeting, list[MeetingInvitee], frozenset[str]]:
    meeting = await MEETINGS.find(session, actor, meeting_id)
    invitees = (await invitees_of(session, [meeting.id]))[meeting.id]
    return meeting, invitees, policy.meeting_relations(actor, meeting, invitees)


async def _locked(session: AsyncSession, meeting: Meeting) -> Meeting:
    """The meeting row again, locked (PostgreSQL) so that two writers take turns."""
    await session.execute(select(Meeting.id).where(Meeting.id == meeting.id).with_for_update())
    await session.refresh(meeting)
    return meeting


async def update_meeting(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    data: MeetingUpdate,
    if_match: str | None,
) -> MeetingRead:
    meeting, _, relations = await _found(session, actor, meeting_id)
    policy.require_on(relations, "meeting:organise")
    check_if_match(if_match, await MEETINGS.read(session, actor, meeting))
    meeting = await _locked(session, meeting)
    if meeting.status != S.planned:
        raise Conflict(f"This meeting is {meeting.status}; only a planned meeting changes.")
    changes = data.model_dump(exclude_unset=True)
    if changes.get("online_url") is not None:
        changes["online_url"] = str(changes["online_url"])
    starts = changes.get("starts_at", meeting.starts_at)
    if changes.get("ends_at", meeting.ends_at) <= starts:
        raise ValidationFailed("ends_at must be after starts_at.", loc=("body", "ends_at"))
    place = {n: changes.get(n, getattr(meeting, n)) for n in ("space_id", "address", "online_url")}
    if SCHEDULE_FIELDS & set(changes):
        await _check_place(session, actor, **place)
    moved = {n for n in SCHEDULE_FIELDS & set(changes) if changes[n] != getattr(meeting, n)}
    if moved:
        changes["sequence"] = meeting.sequence + 1
    diff = await guarded_update(session, meeting, changes)
    if moved:
        _announce(session, "meeting.updated", meeting, changed=sorted(moved))
    if diff:
        audit.record(session, actor, "meeting.update", "meeting", meeting.id, diff)
    await session.commit()
    return await MEETINGS.read(session, actor, meeting)


async def transition_meeting(
    session: AsyncSession,
    actor: Actor,
    meeting_id: uuid.UUID,
    data: MeetingTransition,
    if_match: str | None,
) -> MeetingRead:
    meeting, _, relations = await _found(session, actor, meeting_id)
    if not relations:
        policy.require_on(relations, "meeting:organise")
    check_if_match(if_match, await MEETINGS.read(session, actor, meeting))
    meeting = await _locked(session, meeting)
    current = meeting.status

    async def write(changes: dict) -> None:
        changes["sequence"] = meeting.sequence + 1  # a status change is news to calendars
        await guarded_update(session, meeting, changes)

    await MEETING_LIFECYCLE.transition(
        meeting,
        data.to,
        current=current,
        relations=relations,
        actor=actor,
        session=session,
        reason=data.reason,
        write=write,
    )
    _announce(session, "meeting.status_changed", meeting, previous_status=current)
    audit.record(
        session,
        actor,
        "meeting.transition",
        "meeting",
        meeting.id,
        {"status": {"before": current, "after": data.to.value}, "reason": data.reason},
    )
    await session.commit()
    return await MEETINGS.read(session, actor, meeting)
