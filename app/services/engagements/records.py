"""Engagements: a person's engagement at a space — a volunteer's, a Service Civique's, an
employee's or a public writer's — with its dates, weekly hours and tutor, and for a Service
Civique its contract and mandatory trainings (`terms.py` holds the rules).

Who: the city and the space's association record and manage them (`policy`); a volunteer
reads its own and those it tutors. The person is a volunteer or association user of the
space's association (the identity module's rule for who is assigned to a space); the tutor
another active user of that association.

Lifecycle: `planned` → `active` (its first day) → `ended` (its last day over) by the dates
alone (the scheduler, `assignments.apply_dates`); a manager ends an active engagement early
(`ended`, today) or cancels a planned one (`cancelled`), each with a reason. Recording one that
starts today or earlier makes it active at once, with its assignment."""

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today, utcnow
from app.core.errors import Conflict, Forbidden, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.repository import Repository
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.models.engagement import (
    Engagement,
    EngagementCreate,
    EngagementKind,
    EngagementRead,
    EngagementStatus,
    EngagementTransition,
    EngagementUpdate,
    ServiceCiviqueRead,
    ServiceCiviqueTerms,
    TrainingRead,
)
from app.models.space import Space
from app.models.space.vocab import SpaceStatus
from app.models.user import User
from app.services import audit, outbox, policy
from app.services.engagements import assignments, terms

S = EngagementStatus
MANAGER = frozenset({policy.ENGAGEMENT_MANAGER})
MEMBER_ROLES = (policy.VOLUNTEER, policy.ASSOCIATION)


# ---- reading ------------------------------------------------------------------------------------


def _service_civique(row: Engagement) -> ServiceCiviqueRead | None:
    if row.kind != EngagementKind.service_civique:
        return None
    return ServiceCiviqueRead(
        contract_reference=row.contract_reference,
        civic_training=TrainingRead(on=row.civic_training_on, done=row.civic_training_done),
        first_aid_training=TrainingRead(
            on=row.first_aid_training_on, done=row.first_aid_training_done
        ),
        trainings_done=row.civic_training_done and row.first_aid_training_done,
    )


async def to_reads(
    session: AsyncSession, actor: Actor, rows: Sequence[Engagement]
) -> list[EngagementRead]:
    on = today()
    reads = []
    for row in rows:
        status = terms.effective_status(row, on)
        reads.append(
            EngagementRead(
                id=row.id,
                user_id=row.user_id,
                association_id=row.association_id,
                space_id=row.space_id,
                kind=row.kind,
                status=status,
                allowed_transitions=LIFECYCLE.allowed(
                    status, policy.engagement_relations(actor, row)
                ),
                starts_on=row.starts_on,
                ends_on=row.ends_on,
                weekly_hours=row.weekly_hours,
                tutor_id=row.tutor_id,
                service_civique=_service_civique(row),
                notes=row.notes,
                assigned_at=row.assigned_at,
                unassigned_at=row.unassigned_at,
                ended_at=row.ended_at,
                cancelled_at=row.cancelled_at,
                end_reason=row.end_reason,
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
        )
    return reads


ENGAGEMENTS = Repository[Engagement, EngagementRead](
    Engagement,
    scope=policy.scope_engagements,
    label="engagement",
    to_reads=to_reads,
    sorts={
        "created_at": SortKey(Engagement.created_at, "datetime"),
        "starts_on": SortKey(Engagement.starts_on, "date"),
    },
    default_sort="-created_at",
)


async def get_engagement(
    session: AsyncSession, actor: Actor, engagement_id: uuid.UUID
) -> EngagementRead:
    return await ENGAGEMENTS.get(session, actor, engagement_id)


def list_engagements(
    session: AsyncSession,
    actor: Actor,
    *,
    user_id: uuid.UUID | None = None,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    tutor_id: uuid.UUID | None = None,
    kind: EngagementKind | None = None,
    status: EngagementStatus | None = None,
) -> Listing[EngagementRead]:
    statement = where_given(
        ENGAGEMENTS.readable(actor),
        (
            (Engagement.user_id, user_id),
            (Engagement.space_id, space_id),
            (Engagement.association_id, association_id),
            (Engagement.tutor_id, tutor_id),
            (Engagement.kind, kind),
        ),
    )
    if status is not None:
        statement = statement.where(terms.status_condition(status, today()))
    return ENGAGEMENTS.listing(session, actor, statement)


# ---- checks on what a body names ----------------------------------------------------------------


async def _space(session: AsyncSession, actor: Actor, space_id: uuid.UUID) -> Space:
    """The space, among those the caller manages (else it is unknown here: 422)."""
    statement = policy.scope_spaces(actor, select(Space)).where(Space.id == space_id)
    space = (await session.execute(statement)).scalar_one_or_none()
    if space is None or space.archived_at is not None:
        raise ValidationFailed("No such space.", loc=("body", "space_id"))
    if space.status == SpaceStatus.closed:
        raise ValidationFailed("This space is closed.", loc=("body", "space_id"))
    return space


async def _member(
    session: AsyncSession, user_id: uuid.UUID, association_id: uuid.UUID, field: str
) -> User:
    """An active volunteer or association user of the association (422 at `field` else)."""
    user = await session.get(User, user_id)
    if user is None or user.association_id != association_id:
        raise ValidationFailed("Not a member of the space's association.", loc=("body", field))
    if user.role not in MEMBER_ROLES:
        raise ValidationFailed(
            "Only volunteers and association users are engaged at a space or tutor.",
            loc=("body", field),
        )
    if not user.is_active or user.archived_at is not None:
        raise ValidationFailed("This user is not active.", loc=("body", field))
    return user


async def _check_tutor(
    session: AsyncSession, tutor_id: uuid.UUID | None, user_id: uuid.UUID, association_id
) -> None:
    if tutor_id is None:
        return
    if tutor_id == user_id:
        raise ValidationFailed("Nobody tutors their own engagement.", loc=("body", "tutor_id"))
    await _member(session, tutor_id, association_id, "tutor_id")


async def _check_overlap(
    session: AsyncSession,
    user_id: uuid.UUID,
    space_id: uuid.UUID,
    starts_on: date,
    ends_on: date | None,
    other_than: uuid.UUID | None = None,
) -> None:
    """One engagement at a time per person and space (their periods do not overlap)."""
    e = Engagement
    statement = select(e.id).where(
        e.user_id == user_id,
        e.space_id == space_id,
        e.status.in_(terms.LIVE),
        or_(e.ends_on.is_(None), e.ends_on >= starts_on),
    )
    if ends_on is not None:
        statement = statement.where(e.starts_on <= ends_on)
    if other_than is not None:
        statement = statement.where(e.id != other_than)
    found = await session.scalar(statement)
    if found is not None:
        raise Conflict(
            f"This person already has an engagement at this space over that period ({found})."
        )


def _sc_columns(data: ServiceCiviqueTerms | None) -> dict:
    data = data or ServiceCiviqueTerms()
    return {
        "contract_reference": data.contract_reference,
        "civic_training_on": data.civic_training.on,
        "civic_training_done": data.civic_training.done,
        "first_aid_training_on": data.first_aid_training.on,
        "first_aid_training_done": data.first_aid_training.done,
    }


def _require_manager(actor: Actor, engagement: Engagement) -> None:
    if not policy.engagement_relations(actor, engagement):
        raise Forbidden("Only the city and the space's association manage this engagement.")


# ---- writing ------------------------------------------------------------------------------------


async def create_engagement(
    session: AsyncSession, actor: Actor, data: EngagementCreate
) -> EngagementRead:
    engagement = await record_engagement(session, actor, data)
    await session.commit()
    return await ENGAGEMENTS.read(session, actor, engagement)


async def record_engagement(
    session: AsyncSession, actor: Actor, data: EngagementCreate
) -> Engagement:
    """The engagement checked and written, with its audit, its assignment when it has started
    and its webhook, in the caller's transaction (not committed: accepting an application
    records one in its own)."""
    policy.require(actor, "engagement:create")
    space = await _space(session, actor, data.space_id)
    await _member(session, data.user_id, space.association_id, "user_id")
    await _check_tutor(session, data.tutor_id, data.user_id, space.association_id)
    on = today()
    terms.check_terms(
        data.kind, data.starts_on, data.ends_on, data.weekly_hours, data.service_civique, on
    )
    if data.ends_on is not None and data.ends_on < on:
        raise ValidationFailed(
            "An engagement recorded now has not ended yet.", loc=("body", "ends_on")
        )
    await _check_overlap(session, data.user_id, space.id, data.starts_on, data.ends_on)
    now = utcnow()
    started = data.starts_on <= on
    engagement = Engagement(
        user_id=data.user_id,
        association_id=space.association_id,
        space_id=space.id,
        kind=data.kind.value,
        status=(S.active if started else S.planned).value,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        weekly_hours=data.weekly_hours,
        tutor_id=data.tutor_id,
        notes=data.notes,
        **_sc_columns(data.service_civique),
    )
    session.add(engagement)
    await session.flush()
    audit.record(
        session,
        actor,
        "engagement.create",
        "engagement",
        engagement.id,
        data.model_dump(mode="json", exclude={"notes"}),
    )
    if started:
        await assignments.give(session, actor, engagement, now)
    outbox.emit(
        session,
        "engagement.created",
        "engagement",
        engagement.id,
        assignments.payload(engagement, engagement.status),
    )
    return engagement


async def update_engagement(
    session: AsyncSession,
    actor: Actor,
    engagement_id: uuid.UUID,
    data: EngagementUpdate,
    if_match: str | None,
) -> EngagementRead:
    engagement = await ENGAGEMENTS.find(session, actor, engagement_id)
    policy.require(actor, "engagement:edit")
    _require_manager(actor, engagement)
    check_if_match(if_match, await ENGAGEMENTS.read(session, actor, engagement))
    on = today()
    status = terms.effective_status(engagement, on)
    if status not in (S.planned, S.active):
        raise Conflict(f"This engagement is {status}; it no longer changes.")
    changes = data.model_dump(exclude_unset=True, exclude={"service_civique"})
    if "starts_on" in changes and changes["starts_on"] != engagement.starts_on:
        if status != S.planned:
            raise Conflict("An engagement under way keeps its first day.")
        if changes["starts_on"] < on:
            raise ValidationFailed("A planned start is today or later.", loc=("body", "starts_on"))
    if "ends_on" in changes and changes["ends_on"] != engagement.ends_on:
        if changes["ends_on"] is not None and changes["ends_on"] < on:
            raise ValidationFailed(
                "An end date is today or later; end it now with a transition.",
                loc=("body", "ends_on"),
            )
    sc = data.service_civique if "service_civique" in data.model_fields_set else None
    merged = {
        "starts_on": changes.get("starts_on", engagement.starts_on),
        "ends_on": changes.get("ends_on", engagement.ends_on),
        "weekly_hours": changes.get("weekly_hours", engagement.weekly_hours),
    }
    terms.check_terms(engagement.kind, **merged, service_civique=sc, today=on)
    if "tutor_id" in changes:
        await _check_tutor(
            session, changes["tutor_id"], engagement.user_id, engagement.association_id
        )
    if "starts_on" in changes or "ends_on" in changes:
        await _check_overlap(
            session,
            engagement.user_id,
            engagement.space_id,
            merged["starts_on"],
            merged["ends_on"],
            other_than=engagement.id,
        )
    if sc is not None:
        changes |= _sc_columns(sc)
    if "starts_on" in changes and changes["starts_on"] <= on and status == S.planned:
        changes["status"] = S.active.value  # moved to today: it starts now
    diff = await guarded_update(session, engagement, changes)
    if diff:
        audit.record(
            session,
            actor,
            "engagement.update",
            "engagement",
            engagement.id,
            {k: v for k, v in diff.items() if k != "notes"},
        )
        if "status" in diff:
            await assignments.give(session, actor, engagement, utcnow())
        outbox.emit(
            session,
            "engagement.updated",
            "engagement",
            engagement.id,
            assignments.payload(engagement, terms.effective_status(engagement, on)),
        )
    await session.commit()
    return await ENGAGEMENTS.read(session, actor, engagement)


# ---- the lifecycle ------------------------------------------------------------------------------


async def _end_now(engagement: Engagement, step: Step) -> None:
    on = today()
    step.changes |= {
        "ended_at": step.now,
        "end_reason": step.reason,
        "ends_on": min(engagement.ends_on or on, on),
    }


async def _take_back(engagement: Engagement, step: Step) -> None:
    await assignments.take_back(step.session, step.actor, engagement, today(), step.now)


async def _cancel(engagement: Engagement, step: Step) -> None:
    step.changes |= {"cancelled_at": step.now, "end_reason": step.reason}


LIFECYCLE = StateMachine(
    "engagement",
    S,
    [
        # `active` and the end on the last day come by the dates (the scheduler)
        Move(S.active, S.ended, MANAGER, needs_reason=True),
        Move(S.planned, S.cancelled, MANAGER, needs_reason=True),
    ],
    on_enter={S.ended: [_end_now], S.cancelled: [_cancel]},
    after_enter={S.ended: [_take_back]},
)


async def transition(
    session: AsyncSession,
    actor: Actor,
    engagement_id: uuid.UUID,
    data: EngagementTransition,
    if_match: str | None,
) -> EngagementRead:
    engagement = await ENGAGEMENTS.find(session, actor, engagement_id)
    policy.require(actor, "engagement:transition")
    check_if_match(if_match, await ENGAGEMENTS.read(session, actor, engagement))
    before = terms.effective_status(engagement, today())

    async def write(changes: dict) -> None:
        await guarded_update(session, engagement, changes)
        audit.record(
            session,
            actor,
            "engagement.transition",
            "engagement",
            engagement.id,
            {"status": {"before": before, "after": data.to.value}, "reason": data.reason},
        )
        outbox.emit(
            session,
            "engagement.status_changed",
            "engagement",
            engagement.id,
            assignments.payload(engagement, data.to.value, previous=before, automatic=False),
        )

    await LIFECYCLE.transition(
        engagement,
        data.to,
        current=before,
        relations=policy.engagement_relations(actor, engagement),
        actor=actor,
        session=session,
        reason=data.reason,
        data=data,
        write=write,
    )
    await session.commit()
    return await ENGAGEMENTS.read(session, actor, engagement)


async def personal_data(session: AsyncSession, user_id: uuid.UUID) -> dict:
    """The person's own engagements and resource-person designations, for the personal-data
    export (RGPD right of access)."""
    from app.models.engagement import ResourcePerson

    rows = (
        (
            await session.execute(
                select(Engagement)
                .where(Engagement.user_id == user_id)
                .order_by(Engagement.starts_on)
            )
        )
        .scalars()
        .all()
    )
    marks = (
        (await session.execute(select(ResourcePerson).where(ResourcePerson.user_id == user_id)))
        .scalars()
        .all()
    )
    on = today()
    return {
        "engagements": [
            {
                "id": e.id,
                "space_id": e.space_id,
                "kind": e.kind,
                "status": terms.effective_status(e, on),
                "starts_on": e.starts_on,
                "ends_on": e.ends_on,
                "weekly_hours": e.weekly_hours,
                "tutor_id": e.tutor_id,
                "service_civique": _service_civique(e),
                "notes": e.notes,
                "end_reason": e.end_reason,
            }
            for e in rows
        ],
        "resource_person_of": [
            {"association_id": m.association_id, "since": m.created_at, "until": m.archived_at}
            for m in marks
        ],
    }
