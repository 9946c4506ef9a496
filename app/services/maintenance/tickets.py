"""Maintenance tickets: lifecycle, SLA deadlines, comments and the timeline."""

import uuid
from dataclasses import replace
from datetime import datetime, timedelta

from pydantic_core import to_jsonable_python
from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.repository import Repository, rowwise, through_parent
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.models.maintenance import (
    MaintenanceTicket,
    TicketCommentCreate,
    TicketCreate,
    TicketEvent,
    TicketEventKind,
    TicketEventRead,
    TicketRead,
    TicketSpace,
    TicketStatus,
    TicketTransition,
    TicketUpdate,
)
from app.models.space import Space, SpaceStatus
from app.models.user import User
from app.services import audit, changes, outbox, policy
from app.services.maintenance.contracts import contract_for_space, contract_of_partner, term_for
from app.services.maintenance.sla import add_clock_time, clock_time_between

S = TicketStatus
OPERATOR, REQUESTER, CITY = policy.TICKET_OPERATOR, policy.TICKET_REQUESTER, policy.CITY
FORWARD = policy.TICKET_FORWARD
REQUESTER_SIDE = policy.TICKET_REQUESTER_SIDE



# ---- the lifecycle: who moves a ticket where, and what entering each state stamps -------------


async def _stamp_acknowledged(ticket: MaintenanceTicket, step: Step) -> None:
    step.changes["acknowledged_at"] = step.now


async def _pause_clock(ticket: MaintenanceTicket, step: Step) -> None:
    step.changes["paused_at"] = step.now


async def _resume_clock(ticket: MaintenanceTicket, step: Step) -> None:
    """Leaving `waiting_requester`: the wait is added to the pauses; the deadline moves."""
    paused = clock_time_between(ticket.paused_at, step.now, ticket.clock)
    seconds = ticket.paused_seconds + paused.total_seconds()
    step.changes |= {
        "paused_seconds": seconds,
        "paused_at": None,
        "resolve_due_at": deadlines(
            ticket.created_at, ticket.clock, ticket.acknowledge_hours, ticket.resolve_hours, seconds
        )[1],
    }


async def _stamp_resolved(ticket: MaintenanceTicket, step: Step) -> None:
    step.changes |= {"resolved_at": step.now, "solution": step.reason}


async def _reopen(ticket: MaintenanceTicket, step: Step) -> None:
    step.changes |= {"resolved_at": None, "solution": None}


async def _stamp_closed(ticket: MaintenanceTicket, step: Step) -> None:
    step.changes["closed_at"] = step.now


async def _stamp_cancelled(ticket: MaintenanceTicket, step: Step) -> None:
    step.changes["cancelled_at"] = step.now


async def _bring_equipment_back(ticket: MaintenanceTicket, step: Step) -> None:
    if ticket.equipment_in_repair:
        await _equipment_back(step.session, step.actor, ticket)


TICKET_LIFECYCLE = StateMachine(
    "ticket",
    S,
    [
        Move(S.new, S.acknowledged, FORWARD),
        Move(S.acknowledged, S.in_progress, FORWARD),
        Move(S.in_progress, S.waiting_requester, FORWARD),
        Move(S.in_progress, S.waiting_parts, FORWARD),
        Move(S.waiting_requester, S.in_progress, FORWARD | {REQUESTER}),
        Move(S.waiting_parts, S.in_progress, FORWARD),
        Move(S.in_progress, S.resolved, FORWARD, needs_reason=True),  # the solution
        Move(S.resolved, S.closed, REQUESTER_SIDE),  # the requester confirms
        # refused / reopened
        Move(S.resolved, S.in_progress, REQUESTER_SIDE, needs_reason=True, effects=(_reopen,)),
        Move(S.new, S.cancelled, REQUESTER_SIDE),
        Move(S.acknowledged, S.cancelled, REQUESTER_SIDE),
    ],
    on_enter={
        S.acknowledged: [_stamp_acknowledged],
        S.waiting_requester: [_pause_clock],
        S.resolved: [_stamp_resolved],
        S.closed: [_stamp_closed],
        S.cancelled: [_stamp_cancelled],
    },
    on_leave={S.waiting_requester: [_resume_clock]},
    after_enter={S.resolved: [_bring_equipment_back]},
    reason_field="comment",
)
OPEN_STATUSES = (S.new, S.acknowledged, S.in_progress, S.waiting_requester, S.waiting_parts)
AUTOCLOSE_BATCH = 200


# ---- auto-close ---------------------------------------------------------------------------------
# A resolved ticket nobody confirmed closes by itself `autoclose_days` after `resolved_at`. Reads
# compute it from the dates (the effective status); the scheduler's job writes it down later,
# with its timeline event, audit record and outbox event.


def autoclose_at(ticket: MaintenanceTicket, autoclose_days: int) -> datetime | None:
    if ticket.status != S.resolved or ticket.resolved_at is None:
        return None
    return ticket.resolved_at + timedelta(days=autoclose_days)


def effective_status(ticket: MaintenanceTicket, now: datetime, autoclose_days: int | None) -> str:
    """The status as it stands at `now`: resolved past the delay reads as closed."""
    if autoclose_days is not None:
        due = autoclose_at(ticket, autoclose_days)
        if due is not None and due < now:
            return S.closed
    return ticket.status


def status_condition(status: str, now: datetime, autoclose_days: int):
    """`?status=` in SQL, on the effective status (see effective_status)."""
    t = MaintenanceTicket
    stale = and_(t.status == S.resolved, t.resolved_at < now - timedelta(days=autoclose_days))
    if status == S.closed:
        return or_(t.status == S.closed, stale)
    if status == S.resolved:
        return and_(t.status == S.resolved, ~stale)
    return t.status == status


# ---- SLA ----------------------------------------------------------------------------------------


def deadlines(
    created_at: datetime,
    clock: str,
    acknowledge_hours: float,
    resolve_hours: float,
    paused_seconds: float,
) -> tuple[datetime, datetime]:
    """Both due dates from the creation time; pauses push only the resolve deadline."""
    acknowledge = add_clock_time(created_at, acknowledge_hours, clock)
    resolve = add_clock_time(created_at, resolve_hours + paused_seconds / 3600, clock)
    return acknowledge, resolve


def acknowledge_breached(ticket: MaintenanceTicket, now: datetime) -> bool:
    if ticket.acknowledged_at is not None:
        return ticket.acknowledged_at > ticket.acknowledge_due_at
    end = ticket.cancelled_at or now
    return end > ticket.acknowledge_due_at


def resolve_breached(ticket: MaintenanceTicket, now: datetime) -> bool:
    if ticket.resolved_at is not None:
        return ticket.resolved_at > ticket.resolve_due_at
    end = ticket.cancelled_at or ticket.paused_at or now
    return end > ticket.resolve_due_at


def breached_condition(now: datetime):
    """The same rules as the two functions above, in SQL (for `?breached=`)."""
    t = MaintenanceTicket
    acknowledge = or_(
        and_(t.acknowledged_at.is_not(None), t.acknowledged_at > t.acknowledge_due_at),
        and_(
            t.acknowledged_at.is_(None),
            t.cancelled_at.is_not(None),
            t.cancelled_at > t.acknowledge_due_at,
        ),
        and_(t.acknowledged_at.is_(None), t.cancelled_at.is_(None), t.acknowledge_due_at < now),
    )
    resolve = or_(
        and_(t.resolved_at.is_not(None), t.resolved_at > t.resolve_due_at),
        and_(
            t.resolved_at.is_(None), t.cancelled_at.is_not(None), t.cancelled_at > t.resolve_due_at
        ),
        and_(
            t.resolved_at.is_(None),
            t.cancelled_at.is_(None),
            t.paused_at.is_not(None),
            t.paused_at > t.resolve_due_at,
        ),
        and_(
            t.resolved_at.is_(None),
            t.cancelled_at.is_(None),
            t.paused_at.is_(None),
            t.resolve_due_at < now,
        ),
    )
    return or_(acknowledge, resolve)


# ---- reading ------------------------------------------------------------------------------------


async def _spaces_of(session: AsyncSession, tickets: list[MaintenanceTicket]) -> dict:
    ids = {t.space_id for t in tickets}
    if not ids:
        return {}
    rows = (await session.execute(select(Space).where(Space.id.in_(ids)))).scalars().all()
    return {s.id: TicketSpace.model_validate(s) for s in rows}


async def _reads(
    session: AsyncSession,
    actor: Actor,
    tickets: list[MaintenanceTicket],
    autoclose_days: int | None = None,
) -> list[TicketRead]:
    """`autoclose_days` None: the stored status (a ticket just created or moved is not due)."""
    spaces = await _spaces_of(session, tickets)
    now = utcnow()
    reads = []
    for ticket in tickets:
        ack, res = acknowledge_breached(ticket, now), resolve_breached(ticket, now)
        status = effective_status(ticket, now, autoclose_days)
        overlay = {}
        if status != ticket.status:  # closed by the delay, not yet by the scheduler's job
            overlay = {"status": status, "closed_at": autoclose_at(ticket, autoclose_days)}
        reads.append(
            TicketRead.model_validate(
                {
                    **ticket.model_dump(),
                    **overlay,
                    "space": spaces[ticket.space_id],
                    "allowed_transitions": TICKET_LIFECYCLE.allowed(
                        status, policy.ticket_relations(actor, ticket)
                    ),
                    "sla_paused": ticket.paused_at is not None,
                    "acknowledge_breached": ack,
                    "resolve_breached": res,
                    "breached": ack or res,
                }
            )
        )
    return reads


async def to_read(
    session: AsyncSession,
    actor: Actor,
    ticket: MaintenanceTicket,
    autoclose_days: int | None = None,
) -> TicketRead:
    return (await _reads(session, actor, [ticket], autoclose_days))[0]


TICKETS = Repository[MaintenanceTicket, TicketRead](
    MaintenanceTicket,
    scope=policy.scope_tickets,
    label="maintenance ticket",
    to_reads=lambda session, actor, rows: _reads(session, actor, list(rows)),
    sorts={
        "created_at": SortKey(MaintenanceTicket.created_at, "datetime"),
        "resolve_due_at": SortKey(MaintenanceTicket.resolve_due_at, "datetime"),
        "updated_at": SortKey(MaintenanceTicket.updated_at, "datetime"),
    },
    default_sort="-created_at",
    sync=changes.feed(
        "maintenance_ticket",
        tombstones=((changes.CANCELLED, MaintenanceTicket.status == TicketStatus.cancelled),),
        space_column=MaintenanceTicket.space_id,
    ),
)
def _reads_after(autoclose_days: int | None):
    """The read mapping with the auto-close delay applied (the route passes the setting)."""
    return lambda session, actor, rows: _reads(session, actor, list(rows), autoclose_days)


TICKET_EVENTS = Repository[TicketEvent, TicketEventRead](
    TicketEvent,
    scope=through_parent,
    label="ticket event",
    to_reads=rowwise(lambda row, actor: TicketEventRead.model_validate(row)),
    sorts={"occurred_at": SortKey(TicketEvent.occurred_at, "datetime")},
    default_sort="occurred_at",
)


async def close_stale_resolved(session: AsyncSession, now: datetime, days: int) -> int:
    """The scheduler's job: write down the auto-close of resolved tickets past the delay (reads
    already show them closed); the caller commits. Once per ticket with any number of workers:
    rows are claimed `FOR UPDATE SKIP LOCKED` (PostgreSQL; SQLite has one writer at a time) and
    moved by an UPDATE that still requires `resolved`, its effects written only when it did."""
    t = MaintenanceTicket
    limit = now - timedelta(days=days)
    stale = (
        (
            await session.execute(
                select(t)
                .where(t.status == S.resolved, t.resolved_at < limit)
                .order_by(t.resolved_at, t.id)
                .limit(AUTOCLOSE_BATCH)
                .with_for_update(skip_locked=True)
            )
        )
        .scalars()
        .all()
    )
    closed = 0
    for ticket in stale:
        closed_at = ticket.resolved_at + timedelta(days=days)
        moved = await session.execute(
            update(t)
            .where(t.id == ticket.id, t.status == S.resolved, t.resolved_at < limit)
            .values(status=S.closed.value, closed_at=closed_at, version=t.version + 1,
                    updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if moved.rowcount != 1:
            continue
        _event(
            session,
            SYSTEM,
            ticket,
            TicketEventKind.status_changed,
            from_status=S.resolved,
            to_status=S.closed,
            body=f"Clos automatiquement après {days} jours.",
            occurred_at=closed_at,
        )
        outbox.emit(
            session,
            "ticket.status_changed",
            "maintenance_ticket",
            ticket.id,
            {"id": ticket.id, "from": S.resolved, "to": S.closed, "automatic": True},
        )
        audit.record(
            session,
            SYSTEM,
            "maintenance_ticket.transition",
            "maintenance_ticket",
            ticket.id,
            {"status": {"before": S.resolved.value, "after": S.closed.value}, "automatic": True},
        )
        closed += 1
    return closed


async def get_ticket(
    session: AsyncSession, actor: Actor, ticket_id: uuid.UUID, autoclose_days: int
) -> TicketRead:
    ticket = await TICKETS.find(session, actor, ticket_id)
    return await to_read(session, actor, ticket, autoclose_days)


async def list_tickets(
    session: AsyncSession,
    actor: Actor,
    *,
    autoclose_days: int,
    space_id: uuid.UUID | None,
    association_id: uuid.UUID | None,
    operator_id: uuid.UUID | None,
    status: str | None,
    priority: str | None,
    category: str | None,
    equipment_id: uuid.UUID | None,
    assignee_id: uuid.UUID | None,
    breached: bool | None,
    due_before: datetime | None,
) -> Listing[TicketRead]:
    t = MaintenanceTicket
    statement = where_given(
        TICKETS.readable(actor),
        (
            (t.space_id, space_id),
            (t.association_id, association_id),
            (t.operator_id, operator_id),
            (t.priority, priority),
            (t.category, category),
            (t.equipment_id, equipment_id),
            (t.assignee_id, assignee_id),
        ),
    )
    if status is not None:
        statement = statement.where(status_condition(status, utcnow(), autoclose_days))
    if breached is not None:
        condition = breached_condition(utcnow())
        statement = statement.where(condition if breached else ~condition)
    if due_before is not None:
        statement = statement.where(
            t.status.in_(OPEN_STATUSES),
            or_(
                and_(t.acknowledged_at.is_(None), t.acknowledge_due_at < due_before),
                t.resolve_due_at < due_before,
            ),
        )

    tickets = replace(TICKETS, to_reads=_reads_after(autoclose_days))
    return tickets.listing(session, actor, statement)


async def list_events(
    session: AsyncSession, actor: Actor, ticket_id: uuid.UUID
) -> Listing[TicketEventRead]:
    ticket = await TICKETS.find(session, actor, ticket_id)
    statement = TICKET_EVENTS.readable(actor).where(TicketEvent.ticket_id == ticket.id)
    if not policy.sees_internal_comments(actor, ticket):
        statement = statement.where(TicketEvent.internal.is_(False))

    return TICKET_EVENTS.listing(session, actor, statement)


# ---- writing ------------------------------------------------------------------------------------


def _event(
    session: AsyncSession,
    actor: Actor,
    ticket: MaintenanceTicket,
    kind: TicketEventKind,
    *,
    from_status: str | None = None,
    to_status: str | None = None,
    body: str | None = None,
    internal: bool = False,
    data: dict | None = None,
    occurred_at: datetime | None = None,
) -> None:
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            actor_user_id=actor.user_id,
            kind=kind,
            internal=internal,
            from_status=from_status,
            to_status=to_status,
            body=body,
            data=to_jsonable_python(data or {}),
            occurred_at=occurred_at or utcnow(),
        )
    )


async def create_ticket(session: AsyncSession, actor: Actor, data: TicketCreate) -> TicketRead:
    policy.require(actor, "ticket:create")
    space = (
        await session.execute(
            policy.scope_spaces(actor, select(Space).where(Space.id == data.space_id))
        )
    ).scalar_one_or_none()
    if space is None:
        raise ValidationFailed("No such space.", loc=("body", "space_id"))
    if space.archived_at is not None or space.status == SpaceStatus.closed:
        raise Conflict("This space is closed; it cannot open tickets.")
    if data.equipment_id is not None:
        await _check_equipment_at(session, data.equipment_id, space.id)
    contract = await contract_for_space(session, space)
    if contract is None:
        raise Conflict(
            "No maintenance operator is contracted for this space; the city must "
            "set one (a network default or the space's own)."
        )
    term = term_for(contract, data.priority)
    created_at = utcnow()
    acknowledge_due, resolve_due = deadlines(created_at, contract.clock, **term, paused_seconds=0)
    ticket = MaintenanceTicket(
        **data.model_dump(),
        association_id=space.association_id,
        operator_id=contract.partner_id,
        requester_id=actor.user_id,
        clock=contract.clock,
        created_at=created_at,
        updated_at=created_at,
        **term,
        acknowledge_due_at=acknowledge_due,
        resolve_due_at=resolve_due,
    )
    session.add(ticket)
    await session.flush()
    _event(session, actor, ticket, TicketEventKind.created, to_status=S.new, body=data.description)
    outbox.emit(
        session,
        "ticket.created",
        "maintenance_ticket",
        ticket.id,
        {
            "id": ticket.id,
            "space_id": ticket.space_id,
            "operator_id": ticket.operator_id,
            "category": ticket.category,
            "priority": ticket.priority,
            "status": ticket.status,
            "title": ticket.title,
            "resolve_due_at": ticket.resolve_due_at,
        },
    )
    audit.record(
        session,
        actor,
        "maintenance_ticket.create",
        "maintenance_ticket",
        ticket.id,
        data.model_dump(mode="json"),
    )
    await session.commit()
    return await to_read(session, actor, ticket)


async def _check_equipment_at(
    session: AsyncSession, equipment_id: uuid.UUID, space_id: uuid.UUID
) -> None:
    from app.models.equipment import Equipment

    item = await session.get(Equipment, equipment_id)
    if item is None or item.space_id != space_id:
        raise ValidationFailed("This equipment is not at this space.", loc=("body", "equipment_id"))


async def update_ticket(
    session: AsyncSession,
    actor: Actor,
    ticket_id: uuid.UUID,
    data: TicketUpdate,
    if_match: str | None,
    autoclose_days: int,
) -> TicketRead:
    ticket = await TICKETS.find(session, actor, ticket_id)
    relations = policy.ticket_relations(actor, ticket)
    changes = data.model_dump(exclude_unset=True)
    policy.require_on(relations, "ticket:update")
    policy.require_fields("maintenance_ticket", relations, changes)
    status = effective_status(ticket, utcnow(), autoclose_days)
    if status in (S.closed, S.cancelled):
        raise Conflict(f"This ticket is {status}; it can no longer change.")
    if changes.get("assignee_id") is not None:
        assignee = await session.get(User, changes["assignee_id"])
        if assignee is None or assignee.partner_id != ticket.operator_id or not assignee.is_active:
            raise ValidationFailed(
                "The assignee must be an active user of the operator.", loc=("body", "assignee_id")
            )
    check_if_match(if_match, await to_read(session, actor, ticket, autoclose_days))
    before_priority, before_assignee = ticket.priority, ticket.assignee_id
    if "priority" in changes and changes["priority"] != ticket.priority:
        contract = await _contract_of_partner(session, ticket.operator_id)
        term = term_for(contract, changes["priority"])
        changes.update(term)
        changes["acknowledge_due_at"], changes["resolve_due_at"] = deadlines(
            ticket.created_at, ticket.clock, **term, paused_seconds=ticket.paused_seconds
        )
    diff = await guarded_update(session, ticket, changes)
    if "priority" in diff:
        _event(
            session,
            actor,
            ticket,
            TicketEventKind.priority_changed,
            data={"from": before_priority, "to": ticket.priority},
        )
    if "assignee_id" in diff:
        _event(
            session,
            actor,
            ticket,
            TicketEventKind.assigned,
            data={"from": before_assignee, "to": ticket.assignee_id},
        )
    if diff:
        audit.record(
            session, actor, "maintenance_ticket.update", "maintenance_ticket", ticket.id, diff
        )
    await session.commit()
    return await to_read(session, actor, ticket)


async def _contract_of_partner(session: AsyncSession, partner_id: uuid.UUID):
    contract = await contract_of_partner(session, partner_id)
    if contract is None:
        raise Conflict("The operator has no contract with response times.")
    return contract


async def transition_ticket(
    session: AsyncSession,
    actor: Actor,
    ticket_id: uuid.UUID,
    data: TicketTransition,
    if_match: str | None,
    autoclose_days: int,
) -> TicketRead:
    ticket = await TICKETS.find(session, actor, ticket_id)
    relations = policy.ticket_relations(actor, ticket)
    policy.require_on(relations, "ticket:transition")
    current = effective_status(ticket, utcnow(), autoclose_days)
    read = await to_read(session, actor, ticket, autoclose_days)

    async def write(changes: dict) -> None:
        check_if_match(if_match, read)
        await guarded_update(session, ticket, changes)
        _event(
            session,
            actor,
            ticket,
            TicketEventKind.status_changed,
            from_status=current,
            to_status=data.to,
            body=data.comment,
        )

    await TICKET_LIFECYCLE.transition(
        ticket,
        data.to,
        current=current,
        relations=relations,
        actor=actor,
        session=session,
        reason=data.comment,
        write=write,
    )
    outbox.emit(
        session,
        "ticket.status_changed",
        "maintenance_ticket",
        ticket.id,
        {"id": ticket.id, "from": current, "to": data.to, "automatic": False},
    )
    audit.record(
        session,
        actor,
        "maintenance_ticket.transition",
        "maintenance_ticket",
        ticket.id,
        {"status": {"before": current, "after": data.to.value}},
    )
    await session.commit()
    return await to_read(session, actor, ticket)


async def add_comment(
    session: AsyncSession, actor: Actor, ticket_id: uuid.UUID, data: TicketCommentCreate
) -> TicketEventRead:
    ticket = await TICKETS.find(session, actor, ticket_id)
    relations = policy.ticket_relations(actor, ticket)
    policy.require_on(relations, "ticket:comment")
    if data.internal:
        policy.require_on(relations, "ticket:comment_internal")
    event = TicketEvent(
        ticket_id=ticket.id,
        actor_user_id=actor.user_id,
        kind=TicketEventKind.comment,
        internal=data.internal,
        body=data.body,
    )
    session.add(event)
    audit.record(
        session,
        actor,
        "maintenance_ticket.comment",
        "maintenance_ticket",
        ticket.id,
        {"internal": data.internal},
    )
    await session.commit()
    return TicketEventRead.model_validate(event)


# ---- equipment under repair ---------------------------------------------------------------------


async def send_equipment_to_repair(
    session: AsyncSession, actor: Actor, ticket_id: uuid.UUID
) -> TicketRead:
    ticket = await TICKETS.find(session, actor, ticket_id)
    policy.require_on(policy.ticket_relations(actor, ticket), "ticket:send_to_repair")
    if ticket.equipment_id is None:
        raise Conflict("This ticket names no equipment.")
    if ticket.equipment_in_repair:
        raise Conflict("This ticket's equipment is already in repair.")
    if ticket.status not in OPEN_STATUSES:
        raise Conflict(f"This ticket is {ticket.status}.")
    from app.services.equipment.items import record_repair_movement

    await record_repair_movement(
        session,
        actor,
        ticket.equipment_id,
        to_repair=True,
        reason=f"Ticket {ticket.id}: {ticket.title}",
    )
    await guarded_update(session, ticket, {"equipment_in_repair": True})
    _event(
        session,
        actor,
        ticket,
        TicketEventKind.equipment_sent_to_repair,
        data={"equipment_id": ticket.equipment_id},
    )
    await session.commit()
    return await to_read(session, actor, ticket)


async def _equipment_back(session: AsyncSession, actor: Actor, ticket: MaintenanceTicket) -> None:
    from app.services.equipment.items import record_repair_movement

    await record_repair_movement(
        session, actor, ticket.equipment_id, to_repair=False, reason=f"Ticket {ticket.id} résolu"
    )
    await guarded_update(session, ticket, {"equipment_in_repair": False})
    _event(
        session,
        actor,
        ticket,
        TicketEventKind.equipment_back_from_repair,
        data={"equipment_id": ticket.equipment_id},
    )
