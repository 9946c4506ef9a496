"""Enrolments in training sessions: places within capacity, the waiting list in arrival order,
promotion when a place frees up, attendance, and what attendance gives (trained skills).

Every enrolment change first locks the session's row (`queries.lock_session`) and counts
inside that lock, so fifty simultaneous enrolments on ten places give ten confirmed and forty
waitlisted, never eleven confirmed; (session, user) is unique in the table as the last guard.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.persistence import flush_or_conflict, guarded_update
from app.core.repository import Repository
from app.models.partner import Partner
from app.models.training import (
    SEED_SKILLS,
    AttendanceBulk,
    Enrolment,
    EnrolmentCreate,
    EnrolmentRead,
    EnrolmentStatus,
    EnrolmentUpdate,
    Skill,
    SpaceSkillCoverage,
    SpaceTrainingSummary,
    TrainingSession,
    TrainingSessionSkill,
    TrainingSessionStatus,
    UserSkillRead,
)
from app.models.user import Role, SpaceAssignment, User
from app.services import audit, policy
from app.services.identity.users import USERS
from app.services.spaces.records import SPACES
from app.services.training.queries import SESSION_ROWS, lock_session

E = EnrolmentStatus
SESSION_SIDE = frozenset({policy.CITY, policy.TRAINING_PROVIDER})
PERSON_SIDE = frozenset({policy.CITY, policy.ENROLLED, policy.MEMBER_ASSOCIATION})


# ---- reading ------------------------------------------------------------------------------------


async def _reads(session: AsyncSession, rows: Sequence[Enrolment]) -> list[EnrolmentRead]:
    user_ids = {e.user_id for e in rows}
    names: dict[uuid.UUID, str] = {}
    positions: dict[uuid.UUID, int] = {}
    if rows:
        found = await session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids)))
        names = dict(found.all())
        waiting_in = {e.session_id for e in rows if e.status == E.waitlisted}
        if waiting_in:
            queue = await session.execute(
                select(Enrolment.id, Enrolment.session_id)
                .where(Enrolment.session_id.in_(waiting_in), Enrolment.status == E.waitlisted)
                .order_by(Enrolment.session_id, Enrolment.queue_rank)
            )
            seen: dict[uuid.UUID, int] = defaultdict(int)
            for enrolment_id, session_id in queue:
                seen[session_id] += 1
                positions[enrolment_id] = seen[session_id]
    return [
        EnrolmentRead.model_validate(
            {
                **e.model_dump(),
                "user_full_name": names.get(e.user_id, ""),
                "waitlist_position": positions.get(e.id),
            }
        )
        for e in rows
    ]


async def to_read(session: AsyncSession, enrolment: Enrolment) -> EnrolmentRead:
    return (await _reads(session, [enrolment]))[0]


ENROLMENTS = Repository[Enrolment, EnrolmentRead](
    Enrolment,
    scope=policy.scope_enrolments,
    label="enrolment",
    to_reads=lambda session, actor, rows: _reads(session, list(rows)),
    sorts={
        "queue_rank": SortKey(Enrolment.queue_rank, "int"),
        "created_at": SortKey(Enrolment.created_at, "datetime"),
    },
    default_sort="queue_rank",
)


async def list_enrolments(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID, status: str | None = None
) -> Listing[EnrolmentRead]:
    training = await SESSION_ROWS.find(session, actor, session_id)
    statement = ENROLMENTS.readable(actor).where(Enrolment.session_id == training.id)
    if status is not None:
        statement = statement.where(Enrolment.status == status)

    return ENROLMENTS.listing(session, actor, statement)


async def _find_enrolment(
    session: AsyncSession, actor: Actor, training: TrainingSession, enrolment_id: uuid.UUID
) -> Enrolment:
    statement = policy.scope_enrolments(
        actor,
        select(Enrolment).where(Enrolment.id == enrolment_id, Enrolment.session_id == training.id),
    )
    enrolment = (await session.execute(statement)).scalar_one_or_none()
    if enrolment is None:
        raise NotFound("No such enrolment in this session.")
    return enrolment


# ---- enrolling and cancelling -------------------------------------------------------------------


def _open_for_enrolment(training: TrainingSession) -> None:
    if training.status != TrainingSessionStatus.scheduled:
        raise Conflict(f"This session is {training.status}; nobody can enrol any more.")
    if utcnow() >= training.starts_at:
        raise Conflict("This session has already started; enrolments are closed.")


async def _count(session: AsyncSession, session_id: uuid.UUID, status: str) -> int:
    return await session.scalar(
        select(func.count()).where(Enrolment.session_id == session_id, Enrolment.status == status)
    )


async def enrol(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID, data: EnrolmentCreate
) -> EnrolmentRead:
    training = await SESSION_ROWS.find(session, actor, session_id)
    policy.require(actor, "enrolment:create")
    user = (
        await session.execute(
            policy.scope_users(actor, select(User).where(User.id == data.user_id))
        )
    ).scalar_one_or_none()
    if user is None or not user.is_active or user.archived_at is not None:
        raise ValidationFailed("No such active user.", loc=("body", "user_id"))
    policy.require_enrol_for(actor, user)

    training = await lock_session(session, training.id)
    _open_for_enrolment(training)
    existing = (
        await session.execute(
            select(Enrolment).where(
                Enrolment.session_id == training.id, Enrolment.user_id == user.id
            )
        )
    ).scalar_one_or_none()
    if existing is not None and existing.status != E.cancelled:
        raise Conflict(
            f"This person is already enrolled in this session ({existing.status}).",
            enrolment_id=str(existing.id),
        )
    confirmed = await _count(session, training.id, E.confirmed)
    status = E.confirmed if confirmed < training.capacity else E.waitlisted
    highest = await session.scalar(
        select(func.max(Enrolment.queue_rank)).where(Enrolment.session_id == training.id)
    )
    values = {
        "status": status.value,
        "queue_rank": (highest or 0) + 1,
        "attendance": None,
        "attendance_marked_at": None,
        "cancelled_at": None,
        "enrolled_by": actor.user_id,
    }
    if existing is not None:  # enrolling again after a cancellation: back in the queue
        enrolment = existing
        await guarded_update(session, enrolment, values)
    else:
        enrolment = Enrolment(session_id=training.id, user_id=user.id, **values)
        session.add(enrolment)
        await flush_or_conflict(session, "This person is already enrolled in this session.")
    audit.record(
        session,
        actor,
        "enrolment.create",
        "enrolment",
        enrolment.id,
        {"session_id": training.id, "user_id": user.id, "status": status.value},
    )
    await session.commit()
    return await to_read(session, enrolment)


async def promote_waitlisted(
    session: AsyncSession, actor: Actor, training: TrainingSession
) -> list[Enrolment]:
    """Fill free places from the head of the waiting list (the caller holds the lock)."""
    free = training.capacity - await _count(session, training.id, E.confirmed)
    if free <= 0:
        return []
    waiting = (
        (
            await session.execute(
                select(Enrolment)
                .where(Enrolment.session_id == training.id, Enrolment.status == E.waitlisted)
                .order_by(Enrolment.queue_rank)
                .limit(free)
            )
        )
        .scalars()
        .all()
    )
    for enrolment in waiting:
        await guarded_update(session, enrolment, {"status": E.confirmed.value})
        audit.record(
            session,
            actor,
            "enrolment.promote",
            "enrolment",
            enrolment.id,
            {"status": {"before": E.waitlisted.value, "after": E.confirmed.value}},
        )
    return list(waiting)


async def _member_of(session: AsyncSession, user_id: uuid.UUID) -> uuid.UUID | None:
    return await session.scalar(select(User.association_id).where(User.id == user_id))


async def cancel_enrolment(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID, enrolment_id: uuid.UUID
) -> EnrolmentRead:
    training = await SESSION_ROWS.find(session, actor, session_id)
    enrolment = await _find_enrolment(session, actor, training, enrolment_id)
    relations = policy.enrolment_relations(
        actor, training, enrolment, await _member_of(session, enrolment.user_id)
    )
    if not relations & PERSON_SIDE:
        raise Forbidden("Only the person, its association or the city cancel an enrolment.")
    training = await lock_session(session, training.id)
    enrolment = (
        await session.execute(
            select(Enrolment)
            .where(Enrolment.id == enrolment.id)
            .execution_options(populate_existing=True)
        )
    ).scalar_one()
    if enrolment.status == E.cancelled:
        raise Conflict("This enrolment is already cancelled.")
    if training.status != TrainingSessionStatus.scheduled or utcnow() >= training.starts_at:
        raise Conflict("This session has started or ended; its enrolments no longer change.")
    before = enrolment.status
    await guarded_update(
        session, enrolment, {"status": E.cancelled.value, "cancelled_at": utcnow()}
    )
    audit.record(
        session,
        actor,
        "enrolment.cancel",
        "enrolment",
        enrolment.id,
        {"status": {"before": before, "after": E.cancelled.value}},
    )
    if before == E.confirmed:
        await promote_waitlisted(session, actor, training)
    await session.commit()
    return await to_read(session, enrolment)


# ---- attendance ---------------------------------------------------------------------------------


def _may_mark(actor: Actor, training: TrainingSession) -> None:
    if not policy.training_session_relations(actor, training) & SESSION_SIDE:
        raise Forbidden("Only the session's provider and the city record attendance.")
    if training.status == TrainingSessionStatus.cancelled:
        raise Conflict("This session was cancelled; there is no attendance to record.")
    if utcnow() < training.starts_at:
        raise Conflict("Attendance is recorded once the session has started.")


async def _mark(
    session: AsyncSession, actor: Actor, enrolment: Enrolment, attendance: str, loc: tuple
) -> None:
    if enrolment.status != E.confirmed:
        raise Conflict(
            f"Only a confirmed place has an attendance; this enrolment is {enrolment.status}.",
            loc=list(loc),
        )
    before = enrolment.attendance
    diff = await guarded_update(
        session, enrolment, {"attendance": attendance, "attendance_marked_at": utcnow()}
    )
    if "attendance" in diff:
        audit.record(
            session,
            actor,
            "enrolment.attendance",
            "enrolment",
            enrolment.id,
            {"attendance": {"before": before, "after": attendance}},
        )


async def mark_attendance(
    session: AsyncSession,
    actor: Actor,
    session_id: uuid.UUID,
    enrolment_id: uuid.UUID,
    data: EnrolmentUpdate,
) -> EnrolmentRead:
    training = await SESSION_ROWS.find(session, actor, session_id)
    enrolment = await _find_enrolment(session, actor, training, enrolment_id)
    _may_mark(actor, training)
    await _mark(session, actor, enrolment, data.attendance.value, ("body", "attendance"))
    await session.commit()
    return await to_read(session, enrolment)


async def mark_attendance_bulk(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID, data: AttendanceBulk
) -> list[EnrolmentRead]:
    """All marks or none: an unknown enrolment is a 422 naming its line."""
    training = await SESSION_ROWS.find(session, actor, session_id)
    _may_mark(actor, training)
    ids = [mark.enrolment_id for mark in data.marks]
    found = (
        (
            await session.execute(
                policy.scope_enrolments(
                    actor,
                    select(Enrolment).where(
                        Enrolment.session_id == training.id, Enrolment.id.in_(ids)
                    ),
                )
            )
        )
        .scalars()
        .all()
    )
    by_id = {e.id: e for e in found}
    for index, mark in enumerate(data.marks):
        if mark.enrolment_id not in by_id:
            raise ValidationFailed(
                "No such enrolment in this session.",
                loc=("body", "marks", index, "enrolment_id"),
            )
    for index, mark in enumerate(data.marks):
        loc = ("body", "marks", index, "attendance")
        await _mark(session, actor, by_id[mark.enrolment_id], mark.attendance.value, loc)
    await session.commit()
    return await _reads(session, [by_id[i] for i in dict.fromkeys(ids)])


# ---- what attendance gives ----------------------------------------------------------------------


def trained_rows():
    """(user, skill, session, provider) for every attended session."""
    return (
        select(Enrolment.user_id, Skill, TrainingSession, Partner.name)
        .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
        .join(TrainingSessionSkill, TrainingSessionSkill.session_id == TrainingSession.id)
        .join(Skill, Skill.id == TrainingSessionSkill.skill_id)
        .join(Partner, Partner.id == TrainingSession.provider_id)
        .where(Enrolment.status == E.confirmed, Enrolment.attendance == "attended")
        .where(TrainingSession.status != TrainingSessionStatus.cancelled)
    )


async def user_skills(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID
) -> list[UserSkillRead]:
    user = await USERS.find(session, actor, user_id)
    rows = await session.execute(
        trained_rows()
        .where(Enrolment.user_id == user.id)
        .order_by(TrainingSession.starts_at.desc())
    )
    latest: dict[str, UserSkillRead] = {}
    for _user_id, skill, training, provider_name in rows:
        if skill.code in latest:
            continue
        latest[skill.code] = UserSkillRead(
            code=skill.code,
            title_fr=skill.title_fr,
            title_en=skill.title_en,
            trained_at=training.starts_at,
            session_id=training.id,
            session_title=training.title,
            provider_id=training.provider_id,
            provider_name=provider_name,
        )
    return sorted(latest.values(), key=lambda s: s.code)


async def space_training_summary(
    session: AsyncSession, actor: Actor, space_id: uuid.UUID
) -> SpaceTrainingSummary:
    space = await SPACES.find(session, actor, space_id)
    volunteers = select(SpaceAssignment.user_id).join(User, User.id == SpaceAssignment.user_id)
    volunteers = volunteers.where(
        SpaceAssignment.space_id == space.id,
        User.role == Role.volunteer,
        User.is_active.is_(True),
        User.archived_at.is_(None),
    )
    assigned = set((await session.execute(volunteers)).scalars().all())
    holders: dict[str, set[uuid.UUID]] = defaultdict(set)
    trained: set[uuid.UUID] = set()
    if assigned:
        rows = await session.execute(trained_rows().where(Enrolment.user_id.in_(assigned)))
        for user_id, skill, _training, _provider in rows:
            holders[skill.code].add(user_id)
            trained.add(user_id)
    catalogue = (
        (
            await session.execute(
                select(Skill).where(Skill.archived_at.is_(None)).order_by(Skill.created_at)
            )
        )
        .scalars()
        .all()
    )
    coverage = [
        SpaceSkillCoverage(
            code=s.code,
            title_fr=s.title_fr,
            title_en=s.title_en,
            trained_volunteers=len(holders.get(s.code, ())),
        )
        for s in catalogue
    ]
    return SpaceTrainingSummary(
        space_id=space.id,
        assigned_volunteers=len(assigned),
        trained_volunteers=len(trained),
        skills=coverage,
        skills_covered=sum(1 for c in coverage if c.trained_volunteers),
        seed_skills_covered=sum(1 for code in SEED_SKILLS if holders.get(code)),
    )
