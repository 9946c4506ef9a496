"""Applications to missions: sent by residents without an account through the public
endpoint, then moved by the mission's association (or the city; its tutor for the first steps).

received → contacted → interview → accepted | declined (a typed reason) | withdrawn. Accepting
creates the volunteer's account (or links the association's volunteer with that e-mail) and
assigns it to the mission's space, and records its engagement when the move carries one (of
the mission's kind), in the transaction of the move: a failure leaves nothing.
The mission is filled when its places are.

Personal data (name, e-mail, phone, availability, motivation) is shown to those who manage the
mission; it never goes to the logs, the audit trail's details or the webhooks. What time does
to it (stale flags, anonymisation) and the applicant's export are in `retention`."""

import dataclasses
import hashlib
import secrets
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import Conflict, NotFound, TooManyRequests, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.ratelimit import Counters
from app.core.repository import Repository
from app.core.representation import check_if_match
from app.core.security import hash_password
from app.core.state_machine import Move, StateMachine, Step
from app.models.engagement import EngagementCreate, EngagementKind
from app.models.recruitment import (
    ApplicationRead,
    ApplicationReceipt,
    ApplicationStatus,
    ApplicationTransition,
    JobDescriptionVersion,
    Mission,
    MissionApplication,
    MissionStatus,
    PublicApplicationCreate,
)
from app.models.user import SpaceAssignment, User
from app.services import audit, outbox, policy
from app.services.engagements import records as engagements
from app.services.identity import caller_cache
from app.services.identity.auth import RequestContext
from app.services.identity.passwords import check_password
from app.services.recruitment import missions

S = ApplicationStatus
MANAGERS = frozenset({policy.CITY, policy.RECRUITER})
FIRST_STEPS = MANAGERS | {policy.TUTOR}
OPEN_STATES = (S.received, S.contacted, S.interview)

RECEIPT = (
    "Merci : votre candidature est enregistrée. L'association vous recontactera. "
    "Thank you: your application is recorded; the association will contact you."
)


def _stale_before(settings: Settings, now: datetime | None = None) -> datetime:
    return (now or utcnow()) - timedelta(days=settings.application_stale_days)


def _reads_for(settings: Settings):
    async def to_reads(
        session: AsyncSession, actor: Actor, rows: Sequence[MissionApplication]
    ) -> list[ApplicationRead]:
        ids = list({r.mission_id for r in rows})
        found = await session.execute(select(Mission).where(Mission.id.in_(ids)))
        by_id = {m.id: m for m in found.scalars()}
        threshold = _stale_before(settings)
        return [
            ApplicationRead(
                id=a.id,
                mission_id=a.mission_id,
                association_id=a.association_id,
                full_name=a.full_name,
                email=a.email,
                phone=a.phone,
                availability=a.availability,
                motivation=a.motivation,
                status=a.status,
                allowed_transitions=LIFECYCLE.allowed(
                    a.status, policy.mission_relations(actor, by_id[a.mission_id])
                ),
                decline_reason=a.decline_reason,
                status_note=a.status_note,
                stale=a.status == S.received and a.created_at < threshold,
                received_at=a.created_at,
                status_changed_at=a.status_changed_at,
                consent_at=a.consent_at,
                retention_days=a.retention_days,
                user_id=a.user_id,
                anonymised_at=a.anonymised_at,
            )
            for a in rows
        ]

    return to_reads


APPLICATIONS = Repository[MissionApplication, ApplicationRead](
    MissionApplication,
    scope=policy.scope_mission_applications,
    label="application",
    sorts={
        "created_at": SortKey(MissionApplication.created_at, "datetime"),
        "status_changed_at": SortKey(MissionApplication.status_changed_at, "datetime"),
    },
    default_sort="-created_at",
)


def _repository(settings: Settings) -> Repository[MissionApplication, ApplicationRead]:
    return dataclasses.replace(APPLICATIONS, to_reads=_reads_for(settings))


async def _in_mission(
    session: AsyncSession, actor: Actor, mission_id: uuid.UUID, application_id: uuid.UUID
) -> tuple[Mission, MissionApplication]:
    mission = await missions.MISSIONS.find(session, actor, mission_id)
    application = await session.scalar(
        APPLICATIONS.readable(actor).where(
            MissionApplication.id == application_id, MissionApplication.mission_id == mission.id
        )
    )
    if application is None:
        raise NotFound("No such application to this mission.")
    return mission, application


async def get_application(
    session: AsyncSession,
    settings: Settings,
    actor: Actor,
    mission_id: uuid.UUID,
    application_id: uuid.UUID,
) -> ApplicationRead:
    _, application = await _in_mission(session, actor, mission_id, application_id)
    return await _repository(settings).read(session, actor, application)


async def list_applications(
    session: AsyncSession,
    settings: Settings,
    actor: Actor,
    mission_id: uuid.UUID,
    *,
    status: ApplicationStatus | None = None,
) -> Listing[ApplicationRead]:
    mission = await missions.MISSIONS.find(session, actor, mission_id)
    repository = _repository(settings)
    statement = where_given(
        repository.readable(actor).where(MissionApplication.mission_id == mission.id),
        ((MissionApplication.status, status),),
    )
    return repository.listing(session, actor, statement)


def stale_applications(
    session: AsyncSession,
    settings: Settings,
    actor: Actor,
    *,
    association_id: uuid.UUID | None = None,
) -> Listing[ApplicationRead]:
    """The reminder feed: applications in the caller's scope left in `received` more than
    APPLICATION_STALE_DAYS, oldest first by default."""
    repository = dataclasses.replace(_repository(settings), default_sort="created_at")
    statement = where_given(
        repository.readable(actor).where(
            MissionApplication.status == S.received.value,
            MissionApplication.created_at < _stale_before(settings),
        ),
        ((MissionApplication.association_id, association_id),),
    )
    return repository.listing(session, actor, statement)


# ---- the public endpoint ------------------------------------------------------------------------


def _digest(email: str) -> str:
    return hashlib.sha256(email.encode()).hexdigest()[:32]


async def apply(
    session: AsyncSession,
    settings: Settings,
    counters: Counters,
    ctx: RequestContext,
    mission_id: uuid.UUID,
    data: PublicApplicationCreate,
) -> ApplicationReceipt:
    """A resident applies without an account. Limited per client address and per e-mail
    address (429 past either); the answer is the same whether or not this e-mail had already
    applied to the mission (a repeat is not stored twice)."""
    mission = await session.scalar(
        select(Mission).where(Mission.id == mission_id, Mission.status == MissionStatus.open.value)
    )
    if mission is None:
        raise NotFound("No such open mission.")
    email = str(data.email).casefold()
    window = settings.application_limit_window_seconds
    limits = (
        (f"apply:addr:{ctx.client_address}", settings.application_max_per_address),
        (f"apply:mail:{_digest(email)}", settings.application_max_per_email),
    )
    for key, limit in limits:
        state = await counters.hit(session, key, window, limit)
        if state.exceeded:
            await session.commit()  # the count stands
            raise TooManyRequests(
                "Too many applications from here or for this e-mail address; try again later.",
                headers={"Retry-After": str(state.reset_in)},
            )
    already = await session.scalar(
        select(MissionApplication.id).where(
            MissionApplication.mission_id == mission.id,
            MissionApplication.email == email,
            MissionApplication.anonymised_at.is_(None),
        )
    )
    if already is None:
        now = utcnow()
        application = MissionApplication(
            mission_id=mission.id,
            association_id=mission.association_id,
            full_name=data.full_name,
            email=email,
            phone=data.phone,
            availability=data.availability,
            motivation=data.motivation,
            consent_at=now,
            retention_days=settings.application_retention_days,
            status_changed_at=now,
        )
        session.add(application)
        await session.flush()
        # Nothing personal in the trail: who applied is the application's own business.
        anonymous = Actor(kind="anonymous", request_id=ctx.request_id)
        audit.record(
            session,
            anonymous,
            "application.create",
            "mission_application",
            application.id,
            {"mission_id": mission.id},
        )
    await session.commit()
    return ApplicationReceipt(mission_id=mission.id, message=RECEIPT)


# ---- the lifecycle ------------------------------------------------------------------------------


async def _reason_only_to_decline(application: MissionApplication, step: Step) -> None:
    if step.data.decline_reason is not None and step.move.target != S.declined:
        raise ValidationFailed(
            "A decline reason goes with declining only.", loc=("body", "decline_reason")
        )
    if step.data.initial_password is not None and step.move.target != S.accepted:
        raise ValidationFailed(
            "An initial password goes with accepting only.", loc=("body", "initial_password")
        )
    if step.data.engagement is not None and step.move.target != S.accepted:
        raise ValidationFailed(
            "An engagement goes with accepting only.", loc=("body", "engagement")
        )


async def _stamp(application: MissionApplication, step: Step) -> None:
    reason = step.data.decline_reason
    step.changes |= {
        "status_changed_at": step.now,
        "decline_reason": reason.value if reason else None,
        "status_note": step.data.note,
    }


async def _has_a_place(application: MissionApplication, step: Step) -> None:
    """A place is left. On PostgreSQL the mission's row is locked until the commit, so two
    acceptances at once cannot both take the last place (SQLite has one writer)."""
    statement = select(Mission).where(Mission.id == application.mission_id)
    if step.session.bind.dialect.name == "postgresql":
        statement = statement.with_for_update()
    mission = (
        await step.session.execute(statement.execution_options(populate_existing=True))
    ).scalar_one()
    if mission.status != MissionStatus.open:
        raise Conflict(f"This mission is {mission.status}: nobody is accepted now.")
    taken = (await missions.accepted_counts(step.session, [mission.id]))[mission.id]
    if taken >= mission.places:
        raise Conflict("Every place of this mission is taken.")


async def volunteer_for(
    session: AsyncSession,
    application: MissionApplication,
    mission: Mission,
    initial_password: str | None = None,
) -> tuple[User, bool]:
    """The association's volunteer with the applicant's e-mail, or a new one with the initial
    password the association gave (checked as any password), else none usable."""
    user = await session.scalar(select(User).where(User.email == application.email))
    if user is not None:
        if (
            user.role != policy.VOLUNTEER
            or user.association_id != mission.association_id
            or user.archived_at is not None
        ):
            raise Conflict(
                "This e-mail address belongs to an account that is not a volunteer of this "
                "association; nothing was changed."
            )
        if initial_password is not None:
            raise ValidationFailed(
                "This applicant already has a volunteer account: its password is its own.",
                loc=("body", "initial_password"),
            )
        return user, False
    if initial_password is not None:
        check_password(
            initial_password,
            application.email,
            application.full_name,
            loc=("body", "initial_password"),
        )
    user = User(
        email=application.email,
        full_name=application.full_name,
        role=policy.VOLUNTEER,
        association_id=mission.association_id,
        password_hash=hash_password(initial_password or secrets.token_urlsafe(32)),
    )
    session.add(user)
    await session.flush()
    return user, True


async def assign(session: AsyncSession, user: User, mission: Mission) -> bool:
    present = await session.get(SpaceAssignment, (user.id, mission.space_id))
    if present is not None:
        return False
    session.add(SpaceAssignment(user_id=user.id, space_id=mission.space_id))
    await session.flush()
    return True


async def _accept(application: MissionApplication, step: Step) -> None:
    session = step.session
    mission = await session.get(Mission, application.mission_id)
    user, created = await volunteer_for(session, application, mission, step.data.initial_password)
    assigned = await assign(session, user, mission)
    caller_cache.changed(session, users=[user.id])
    step.changes["user_id"] = user.id
    engagement_id = None
    if step.data.engagement is not None:
        engagement_id = await _record_engagement(step, user, mission)
    audit.record(
        session,
        step.actor,
        "application.accept",
        "mission_application",
        application.id,
        {
            "user_id": user.id,
            "account_created": created,
            "space_id": mission.space_id,
            "assigned": assigned,
            "engagement_id": engagement_id,
        },
    )


async def _record_engagement(step: Step, user: User, mission: Mission) -> uuid.UUID:
    """The accepted person's engagement, of the mission's kind, at its space: the rules of
    `POST /engagements`, their refusals placed under `engagement` in the body."""
    terms = step.data.engagement
    version = await step.session.get(JobDescriptionVersion, mission.job_description_version_id)
    data = EngagementCreate(
        user_id=user.id,
        space_id=mission.space_id,
        kind=EngagementKind(version.kind),
        weekly_hours=terms.weekly_hours or version.weekly_hours,
        **terms.model_dump(exclude={"weekly_hours", "service_civique"}),
        service_civique=terms.service_civique,
    )
    try:
        engagement = await engagements.record_engagement(step.session, step.actor, data)
    except ValidationFailed as refusal:
        for error in refusal.errors or []:
            if list(error.get("loc", []))[:1] == ["body"]:
                error["loc"] = ["body", "engagement", *list(error["loc"])[1:]]
        raise
    return engagement.id


async def _fill_when_full(application: MissionApplication, step: Step) -> None:
    session = step.session
    mission = await session.get(Mission, application.mission_id)
    taken = (await missions.accepted_counts(session, [mission.id]))[mission.id]
    if taken >= mission.places and mission.status == MissionStatus.open:
        await guarded_update(session, mission, {"status": MissionStatus.filled.value})
        audit.record(
            session,
            step.actor,
            "mission.transition",
            "mission",
            mission.id,
            {"status": {"before": "open", "after": "filled"}, "reason": "every place taken"},
        )
        outbox.emit(
            session,
            "mission.status_changed",
            "mission",
            mission.id,
            {
                "mission_id": mission.id,
                "space_id": mission.space_id,
                "status": {"before": "open", "after": "filled"},
            },
        )


CHECKS = (_reason_only_to_decline,)
LIFECYCLE = StateMachine(
    "application",
    S,
    [
        Move(S.received, S.contacted, FIRST_STEPS, requires=CHECKS),
        Move((S.received, S.contacted), S.interview, FIRST_STEPS, requires=CHECKS),
        Move((S.contacted, S.interview), S.accepted, MANAGERS, requires=(*CHECKS, _has_a_place)),
        Move(OPEN_STATES, S.declined, MANAGERS, needs_reason=True),
        Move(OPEN_STATES, S.withdrawn, FIRST_STEPS, requires=CHECKS),
    ],
    on_enter={s: [_stamp] for s in S} | {S.accepted: [_stamp, _accept]},
    after_enter={S.accepted: [_fill_when_full]},
    reason_field="decline_reason",
)


async def transition(
    session: AsyncSession,
    settings: Settings,
    actor: Actor,
    mission_id: uuid.UUID,
    application_id: uuid.UUID,
    data: ApplicationTransition,
    if_match: str | None,
) -> ApplicationRead:
    mission, application = await _in_mission(session, actor, mission_id, application_id)
    policy.require(actor, "application:transition")
    repository = _repository(settings)
    check_if_match(if_match, await repository.read(session, actor, application))
    if application.anonymised_at is not None:
        raise Conflict("This application was anonymised.")
    before = application.status

    async def write(changes: dict) -> None:
        await guarded_update(session, application, changes)
        audit.record(
            session,
            actor,
            "application.transition",
            "mission_application",
            application.id,
            {
                "status": {"before": before, "after": data.to.value},
                "decline_reason": changes.get("decline_reason"),
            },
        )

    await LIFECYCLE.transition(
        application,
        data.to,
        current=before,
        relations=policy.mission_relations(actor, mission),
        actor=actor,
        session=session,
        reason=data.decline_reason.value if data.decline_reason else None,
        data=data,
        write=write,
    )
    await session.commit()
    return await repository.read(session, actor, application)
