"""Training sessions: scheduling by the city or a training provider (ANIS), no two overlapping
in one space, the lifecycle scheduled → cancelled | completed, the calendar and its iCalendar
export. Enrolments and attendance are in `app.services.training.enrolments`."""

import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Select, and_, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, ValidationFailed
from app.core.icalendar import CalendarEvent
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.repository import Repository
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.core.vocabulary import label_fr
from app.models.partner import Partner, PartnerKind
from app.models.space import Space, SpaceStatus
from app.models.training import (
    Enrolment,
    EnrolmentStatus,
    PublicTrainingSessionRead,
    SessionPlace,
    SessionSkill,
    Skill,
    TrainingAudience,
    TrainingSession,
    TrainingSessionCreate,
    TrainingSessionRead,
    TrainingSessionSkill,
    TrainingSessionStatus,
    TrainingSessionTransition,
    TrainingSessionUpdate,
)
from app.services import audit, changes, outbox, policy
from app.services.training.enrolments import promote_waitlisted
from app.services.training.queries import SESSION_ROWS, lock_session
from app.services.training.skills import skills_by_code

S = TrainingSessionStatus
MANAGERS = frozenset({policy.CITY, policy.TRAINING_PROVIDER})


async def _has_started(training: TrainingSession, step: Step) -> None:
    if step.now < training.starts_at:
        raise Conflict("A session is completed only once it has started.")


async def _stamp_completed(training: TrainingSession, step: Step) -> None:
    step.changes["completed_at"] = step.now


async def _stamp_cancelled(training: TrainingSession, step: Step) -> None:
    step.changes |= {"cancelled_at": step.now, "cancel_reason": step.reason}


async def _announce_cancelled(training: TrainingSession, step: Step) -> None:
    outbox.emit(
        step.session,
        "training_session.cancelled",
        "training_session",
        training.id,
        {"id": training.id, "title": training.title, "reason": step.reason},
    )


SESSION_LIFECYCLE = StateMachine(
    "training session",
    S,
    [
        Move(S.scheduled, S.cancelled, MANAGERS),
        Move(S.scheduled, S.completed, MANAGERS, requires=(_has_started,)),
    ],
    on_enter={S.completed: [_stamp_completed], S.cancelled: [_stamp_cancelled]},
    after_enter={S.cancelled: [_announce_cancelled]},
)
ICS_DOMAIN = "enc-roubaix"


# ---- reading ------------------------------------------------------------------------------------


@dataclass
class Details:
    skills: dict[uuid.UUID, list[SessionSkill]]
    providers: dict[uuid.UUID, str]
    places: dict[uuid.UUID, SessionPlace]
    counts: dict[uuid.UUID, dict[str, int]]


async def details(session: AsyncSession, trainings: Sequence[TrainingSession]) -> Details:
    """What the reads of these sessions show besides their own columns, in four queries."""
    ids = [t.id for t in trainings]
    skills: dict[uuid.UUID, list[SessionSkill]] = defaultdict(list)
    counts: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    providers: dict[uuid.UUID, str] = {}
    spaces: dict[uuid.UUID, Space] = {}
    if ids:
        rows = await session.execute(
            select(TrainingSessionSkill.session_id, Skill)
            .join(Skill, Skill.id == TrainingSessionSkill.skill_id)
            .where(TrainingSessionSkill.session_id.in_(ids))
            .order_by(Skill.code)
        )
        for session_id, skill in rows:
            skills[session_id].append(SessionSkill.model_validate(skill))
        rows = await session.execute(
            select(Enrolment.session_id, Enrolment.status, func.count())
            .where(Enrolment.session_id.in_(ids))
            .group_by(Enrolment.session_id, Enrolment.status)
        )
        for session_id, status, count in rows:
            counts[session_id][status] = count
        provider_ids = {t.provider_id for t in trainings}
        rows = await session.execute(
            select(Partner.id, Partner.name).where(Partner.id.in_(provider_ids))
        )
        providers = dict(rows.all())
        space_ids = {t.space_id for t in trainings if t.space_id}
        if space_ids:
            found = await session.execute(select(Space).where(Space.id.in_(space_ids)))
            spaces = {s.id: s for s in found.scalars()}
    places = {}
    for training in trainings:
        space = spaces.get(training.space_id) if training.space_id else None
        places[training.id] = SessionPlace(
            space_id=training.space_id,
            space_name=space.name if space else None,
            venue=training.venue,
            address=f"{space.street}, {space.postcode} {space.city}" if space else training.venue,
        )
    return Details(skills, providers, places, counts)


def _common(training: TrainingSession, info: Details) -> dict:
    confirmed = info.counts[training.id].get(EnrolmentStatus.confirmed, 0)
    return {
        **training.model_dump(),
        "skills": info.skills[training.id],
        "provider_name": info.providers.get(training.provider_id, ""),
        "place": info.places[training.id],
        "confirmed_count": confirmed,
        "waitlisted_count": info.counts[training.id].get(EnrolmentStatus.waitlisted, 0),
        "places_left": max(training.capacity - confirmed, 0),
    }


async def reads(
    session: AsyncSession, actor: Actor, trainings: Sequence[TrainingSession]
) -> list[TrainingSessionRead]:
    info = await details(session, trainings)
    return [
        TrainingSessionRead.model_validate(
            {
                **_common(t, info),
                "allowed_transitions": SESSION_LIFECYCLE.allowed(
                    t.status, policy.training_session_relations(actor, t)
                ),
            }
        )
        for t in trainings
    ]


async def public_reads(
    session: AsyncSession, actor: Actor | None, trainings: Sequence[TrainingSession]
) -> list[PublicTrainingSessionRead]:
    info = await details(session, trainings)
    return [PublicTrainingSessionRead.model_validate(_common(t, info)) for t in trainings]


def resident_workshops(actor: Actor | None, statement: Select) -> Select:
    """The public calendar's scope: resident workshops, for anyone (no credentials)."""
    return statement.where(TrainingSession.audience == TrainingAudience.residents)


SORTS = {
    "starts_at": SortKey(TrainingSession.starts_at, "datetime"),
    "created_at": SortKey(TrainingSession.created_at, "datetime"),
}
TRAINING_SESSIONS: Repository[TrainingSession, TrainingSessionRead] = replace(
    SESSION_ROWS,
    to_reads=reads,
    sorts=SORTS,
    default_sort="starts_at",
    sync=changes.feed(
        "training_session",
        tombstones=(
            (changes.CANCELLED, TrainingSession.status == TrainingSessionStatus.cancelled),
        ),
    ),
)
PUBLIC_SESSIONS = Repository[TrainingSession, PublicTrainingSessionRead](
    TrainingSession,
    scope=resident_workshops,
    label="training session",
    to_reads=public_reads,
    sorts=SORTS,
    default_sort="starts_at",
)


async def get_session(
    session: AsyncSession, actor: Actor, session_id: uuid.UUID
) -> TrainingSessionRead:
    return await TRAINING_SESSIONS.get(session, actor, session_id)


def filtered(
    statement: Select,
    *,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    space_id: uuid.UUID | None = None,
    skill: str | None = None,
    audience: str | None = None,
    provider_id: uuid.UUID | None = None,
    status: str | None = None,
) -> Select:
    t = TrainingSession
    if date_from is not None:
        statement = statement.where(t.ends_at > date_from)
    if date_to is not None:
        statement = statement.where(t.starts_at < date_to)
    statement = where_given(
        statement,
        (
            (t.space_id, space_id),
            (t.audience, audience),
            (t.provider_id, provider_id),
            (t.status, status),
        ),
    )
    if skill is not None:
        with_skill = (
            select(TrainingSessionSkill.session_id)
            .join(Skill, Skill.id == TrainingSessionSkill.skill_id)
            .where(Skill.code == skill)
        )
        statement = statement.where(t.id.in_(with_skill))
    return statement


def list_sessions(session: AsyncSession, actor: Actor, **filters) -> Listing[TrainingSessionRead]:
    statement = filtered(TRAINING_SESSIONS.readable(actor), **filters)
    return TRAINING_SESSIONS.listing(session, actor, statement)


def list_public_sessions(session: AsyncSession, **filters) -> Listing[PublicTrainingSessionRead]:
    """Resident workshops for the public calendar: no credentials, nobody's name."""
    statement = filtered(PUBLIC_SESSIONS.readable(None), **filters)
    return PUBLIC_SESSIONS.listing(session, None, statement)


def calendar_event(read: TrainingSessionRead | PublicTrainingSessionRead) -> CalendarEvent:
    place = read.place
    location = ", ".join(p for p in (place.space_name, place.address) if p) or None
    skills = "; ".join(s.title_fr for s in read.skills)
    parts = [read.description or "", f"Savoirs : {skills}" if skills else ""]
    parts.append(f"Formation : {read.provider_name}")
    if isinstance(read, TrainingSessionRead):
        parts.append(f"Public : {label_fr('training_audience', read.audience)}")
    parts.append(f"Places restantes : {read.places_left} / {read.capacity}")
    if read.status == S.cancelled:
        parts.insert(0, "ANNULÉE")
    return CalendarEvent(
        uid=f"{read.id}@{ICS_DOMAIN}",
        starts_at=read.starts_at,
        ends_at=read.ends_at,
        summary=read.title,
        stamp=getattr(read, "updated_at", None) or utcnow(),
        location=location,
        description="\n".join(p for p in parts if p),
        status="CANCELLED" if read.status == S.cancelled else "CONFIRMED",
        categories=tuple(s.code for s in read.skills),
    )


async def calendar_events(listing: Listing) -> AsyncIterator[CalendarEvent]:
    async for read in listing.iterate(batch=500):
        yield calendar_event(read)


# ---- writing ------------------------------------------------------------------------------------


async def _provider_for_write(
    session: AsyncSession, actor: Actor, provider_id: uuid.UUID | None
) -> uuid.UUID:
    provider_id = policy.own_provider(actor, provider_id)
    if provider_id is None:
        raise ValidationFailed("Name the training provider.", loc=("body", "provider_id"))
    partner = await session.get(Partner, provider_id)
    if (
        partner is None
        or partner.archived_at is not None
        or partner.kind != PartnerKind.training_provider
    ):
        raise ValidationFailed(
            "No such training provider (a partner of kind training_provider).",
            loc=("body", "provider_id"),
        )
    return partner.id


async def _check_space(session: AsyncSession, space_id: uuid.UUID) -> None:
    space = await session.get(Space, space_id)
    if space is None or space.archived_at is not None:
        raise ValidationFailed("No such space.", loc=("body", "space_id"))
    if space.status == SpaceStatus.closed:
        raise Conflict("This space is closed; it cannot host training sessions.")


async def _check_no_overlap(
    session: AsyncSession,
    space_id: uuid.UUID | None,
    starts_at: datetime,
    ends_at: datetime,
    exclude: uuid.UUID | None = None,
) -> None:
    """409 naming the other session when a scheduled one overlaps in this space. The space row
    is locked first (PostgreSQL), so two requests cannot both see the slot free."""
    if space_id is None:
        return
    await session.execute(select(Space.id).where(Space.id == space_id).with_for_update())
    t = TrainingSession
    statement = select(t).where(
        t.space_id == space_id,
        t.status == S.scheduled,
        and_(t.starts_at < ends_at, t.ends_at > starts_at),
    )
    if exclude is not None:
        statement = statement.where(t.id != exclude)
    other = (await session.execute(statement.limit(1))).scalar_one_or_none()
    if other is not None:
        raise Conflict(
            f"This space already hosts « {other.title} » from {other.starts_at.isoformat()} "
            f"to {other.ends_at.isoformat()}; sessions in one space may not overlap.",
            conflicting_session_id=str(other.id),
        )


async def _set_skills(
    session: AsyncSession, training: TrainingSession, codes: list[str]
) -> list[str]:
    skills = await skills_by_code(session, codes)
    await session.execute(
        delete(TrainingSessionSkill).where(TrainingSessionSkill.session_id == training.id)
    )
    session.add_all(TrainingSessionSkill(session_id=training.id, skill_id=s.id) for s in skills)
    return [s.code for s in skills]


async def create_session(
    session: AsyncSession, actor: Actor, data: TrainingSessionCreate
) -> TrainingSessionRead:
    policy.require(actor, "training_session:create")
    if (data.space_id is None) == (data.venue is None):
        raise ValidationFailed(
            "Give exactly one place: a space_id or an outside venue.",
            loc=("body", "venue" if data.venue is not None else "space_id"),
        )
    provider_id = await _provider_for_write(session, actor, data.provider_id)
    await skills_by_code(session, data.skills)
    if data.space_id is not None:
        await _check_space(session, data.space_id)
    await _check_no_overlap(session, data.space_id, data.starts_at, data.ends_at)
    values = data.model_dump(exclude={"skills", "provider_id"})
    training = TrainingSession(**values, provider_id=provider_id, created_by=actor.user_id)
    session.add(training)
    await session.flush()
    codes = await _set_skills(session, training, data.skills)
    await session.flush()
    outbox.emit(
        session,
        "training_session.created",
        "training_session",
        training.id,
        {
            "id": training.id,
            "title": training.title,
            "audience": training.audience,
            "provider_id": training.provider_id,
            "space_id": training.space_id,
            "starts_at": training.starts_at,
            "ends_at": training.ends_at,
            "skills": codes,
        },
    )
    audit.record(
        session,
        actor,
        "training_session.create",
        "training_session",
        training.id,
        data.model_dump(mode="json") | {"provider_id": str(provider_id)},
    )
    await session.commit()
    return await TRAINING_SESSIONS.read(session, actor, training)


async def update_session(
    session: AsyncSession,
    actor: Actor,
    session_id: uuid.UUID,
    data: TrainingSessionUpdate,
    if_match: str | None,
) -> TrainingSessionRead:
    training = await SESSION_ROWS.find(session, actor, session_id)
    policy.require_on(policy.training_session_relations(actor, training), "training_session:update")
    check_if_match(if_match, await TRAINING_SESSIONS.read(session, actor, training))
    training = await lock_session(session, training.id)
    if training.status != S.scheduled:
        raise Conflict(f"This session is {training.status}; it can no longer change.")
    changes = data.model_dump(exclude_unset=True)
    codes = changes.pop("skills", None)
    if "space_id" in changes and changes["space_id"] is not None:
        changes.setdefault("venue", None)
    if "venue" in changes and changes["venue"] is not None:
        changes.setdefault("space_id", None)
    space_id = changes.get("space_id", training.space_id)
    venue = changes.get("venue", training.venue)
    if (space_id is None) == (venue is None):
        raise ValidationFailed(
            "Give exactly one place: a space_id or an outside venue.", loc=("body", "venue")
        )
    starts_at = changes.get("starts_at", training.starts_at)
    ends_at = changes.get("ends_at", training.ends_at)
    if ends_at <= starts_at:
        raise ValidationFailed("ends_at must be after starts_at.", loc=("body", "ends_at"))
    confirmed = await session.scalar(
        select(func.count()).where(
            Enrolment.session_id == training.id, Enrolment.status == EnrolmentStatus.confirmed
        )
    )
    if changes.get("capacity", training.capacity) < confirmed:
        raise Conflict(
            f"{confirmed} places are already confirmed; cancel enrolments before lowering "
            "the capacity below that."
        )
    if space_id is not None and space_id != training.space_id:
        await _check_space(session, space_id)
    if {"space_id", "starts_at", "ends_at"} & set(changes):
        await _check_no_overlap(session, space_id, starts_at, ends_at, exclude=training.id)
    diff = await guarded_update(session, training, changes)
    if codes is not None:
        before = sorted(s.code for s in (await details(session, [training])).skills[training.id])
        after = sorted(await _set_skills(session, training, codes))
        if before != after:
            diff["skills"] = {"before": before, "after": after}
            if "version" not in diff:
                await guarded_update(session, training, {"updated_at": utcnow()})
    if diff.get("capacity"):
        await promote_waitlisted(session, actor, training)
    if diff:
        audit.record(
            session, actor, "training_session.update", "training_session", training.id, diff
        )
    await session.commit()
    return await TRAINING_SESSIONS.read(session, actor, training)


async def transition_session(
    session: AsyncSession,
    actor: Actor,
    session_id: uuid.UUID,
    data: TrainingSessionTransition,
    if_match: str | None,
) -> TrainingSessionRead:
    training = await SESSION_ROWS.find(session, actor, session_id)
    relations = policy.training_session_relations(actor, training)
    policy.require_on(relations, "training_session:transition")
    check_if_match(if_match, await TRAINING_SESSIONS.read(session, actor, training))
    training = await lock_session(session, training.id)
    current = training.status

    async def write(changes: dict) -> None:
        await guarded_update(session, training, changes)

    await SESSION_LIFECYCLE.transition(
        training,
        data.to,
        current=current,
        relations=relations,
        actor=actor,
        session=session,
        reason=data.reason,
        write=write,
    )
    audit.record(
        session,
        actor,
        "training_session.transition",
        "training_session",
        training.id,
        {"status": {"before": current, "after": data.to.value}, "reason": data.reason},
    )
    await session.commit()
    return await TRAINING_SESSIONS.read(session, actor, training)
