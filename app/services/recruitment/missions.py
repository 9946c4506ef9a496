"""Missions: a published job description at a space, opened under the description's current
version (kept when the description changes later).

draft → open → filled | closed | cancelled; a filled mission may reopen, an open or filled one
closes; a draft or open one is cancelled with a reason. The mission's association and the city
make every move (`mission.opened` and `mission.status_changed` to the webhooks). Open missions
are public: see `portal`."""

import uuid
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.repository import Repository
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.models.recruitment import (
    ApplicationStatus,
    JobDescription,
    JobDescriptionStatus,
    JobDescriptionVersion,
    Mission,
    MissionApplication,
    MissionCreate,
    MissionRead,
    MissionStatus,
    MissionTransition,
    MissionUpdate,
)
from app.models.space import Space
from app.models.user import User
from app.services import audit, outbox, policy
from app.services.recruitment import descriptions

S = MissionStatus
MANAGERS = frozenset({policy.CITY, policy.RECRUITER})


async def accepted_counts(
    session: AsyncSession, mission_ids: Sequence[uuid.UUID]
) -> Counter[uuid.UUID]:
    counts: Counter[uuid.UUID] = Counter()
    if mission_ids:
        rows = await session.execute(
            select(MissionApplication.mission_id, func.count())
            .where(
                MissionApplication.mission_id.in_(list(mission_ids)),
                MissionApplication.status == ApplicationStatus.accepted.value,
            )
            .group_by(MissionApplication.mission_id)
        )
        counts.update(dict(rows.all()))
    return counts


async def versions_of(
    session: AsyncSession, missions: Sequence[Mission]
) -> dict[uuid.UUID, JobDescriptionVersion]:
    ids = list({m.job_description_version_id for m in missions})
    if not ids:
        return {}
    rows = await session.execute(
        select(JobDescriptionVersion).where(JobDescriptionVersion.id.in_(ids))
    )
    return {v.id: v for v in rows.scalars()}


async def to_reads(
    session: AsyncSession, actor: Actor, missions: Sequence[Mission]
) -> list[MissionRead]:
    versions = await versions_of(session, missions)
    filled = await accepted_counts(session, [m.id for m in missions])
    reads = []
    for m in missions:
        version = versions[m.job_description_version_id]
        reads.append(
            MissionRead(
                id=m.id,
                association_id=m.association_id,
                space_id=m.space_id,
                job_description_id=version.job_description_id,
                job_description_version=version.number,
                job_description_version_id=version.id,
                kind=version.kind,
                title=m.title,
                places=m.places,
                places_filled=filled[m.id],
                starts_on=m.starts_on,
                ends_on=m.ends_on,
                weekly_hours=m.weekly_hours,
                schedule=m.schedule,
                prerequisites=m.prerequisites,
                tutor_id=m.tutor_id,
                status=m.status,
                allowed_transitions=LIFECYCLE.allowed(m.status, policy.mission_relations(actor, m)),
                opened_at=m.opened_at,
                closed_at=m.closed_at,
                status_reason=m.status_reason,
                created_at=m.created_at,
                updated_at=m.updated_at,
            )
        )
    return reads


MISSIONS = Repository[Mission, MissionRead](
    Mission,
    scope=policy.scope_missions,
    label="mission",
    to_reads=to_reads,
    sorts={
        "created_at": SortKey(Mission.created_at, "datetime"),
        "starts_on": SortKey(Mission.starts_on, "date"),
    },
    default_sort="-created_at",
)


async def get_mission(session: AsyncSession, actor: Actor, mission_id: uuid.UUID) -> MissionRead:
    return await MISSIONS.get(session, actor, mission_id)


def list_missions(
    session: AsyncSession,
    actor: Actor,
    *,
    association_id: uuid.UUID | None = None,
    space_id: uuid.UUID | None = None,
    status: MissionStatus | None = None,
    job_description_id: uuid.UUID | None = None,
) -> Listing[MissionRead]:
    statement = where_given(
        MISSIONS.readable(actor),
        (
            (Mission.association_id, association_id),
            (Mission.space_id, space_id),
            (Mission.status, status),
        ),
    )
    if job_description_id is not None:
        versions = select(JobDescriptionVersion.id).where(
            JobDescriptionVersion.job_description_id == job_description_id
        )
        statement = statement.where(Mission.job_description_version_id.in_(versions))
    return MISSIONS.listing(session, actor, statement)


# ---- writing ------------------------------------------------------------------------------------


async def _check_tutor(
    session: AsyncSession, tutor_id: uuid.UUID | None, association_id: uuid.UUID
) -> None:
    if tutor_id is None:
        return
    tutor = await session.get(User, tutor_id)
    if (
        tutor is None
        or tutor.association_id != association_id
        or tutor.role not in (policy.ASSOCIATION, policy.VOLUNTEER)
        or not tutor.is_active
        or tutor.archived_at is not None
    ):
        raise ValidationFailed(
            "A tutor is an active user of the space's association.", loc=("body", "tutor_id")
        )


async def create_mission(session: AsyncSession, actor: Actor, data: MissionCreate) -> MissionRead:
    policy.require(actor, "mission:create")
    space = await session.scalar(
        policy.scope_spaces(actor, select(Space)).where(Space.id == data.space_id)
    )
    if space is None or space.archived_at is not None:
        raise ValidationFailed("No such space.", loc=("body", "space_id"))
    policy.require_mission_space(actor, space.association_id)
    description = await session.scalar(
        descriptions.DESCRIPTIONS.readable(actor).where(
            JobDescription.id == data.job_description_id
        )
    )
    if description is None or description.status != JobDescriptionStatus.published:
        raise ValidationFailed(
            "A mission is opened under a published job description.",
            loc=("body", "job_description_id"),
        )
    if description.association_id not in (None, space.association_id):
        raise ValidationFailed(
            "This description belongs to another association.", loc=("body", "job_description_id")
        )
    await _check_tutor(session, data.tutor_id, space.association_id)
    version = await descriptions.find_version(session, description.id, description.current_version)
    mission = Mission(
        association_id=space.association_id,
        space_id=space.id,
        job_description_version_id=version.id,
        title=data.title or version.title,
        places=data.places,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        weekly_hours=data.weekly_hours or version.weekly_hours,
        schedule=data.schedule,
        prerequisites=data.prerequisites,
        tutor_id=data.tutor_id,
    )
    session.add(mission)
    await session.flush()
    audit.record(
        session,
        actor,
        "mission.create",
        "mission",
        mission.id,
        {
            "space_id": space.id,
            "job_description_id": description.id,
            "job_description_version": version.number,
            "places": data.places,
        },
    )
    await session.commit()
    return await MISSIONS.read(session, actor, mission)


async def update_mission(
    session: AsyncSession,
    actor: Actor,
    mission_id: uuid.UUID,
    data: MissionUpdate,
    if_match: str | None,
) -> MissionRead:
    mission = await MISSIONS.find(session, actor, mission_id)
    policy.require(actor, "mission:edit")
    policy.require_mission_manager(policy.mission_relations(actor, mission))
    check_if_match(if_match, await MISSIONS.read(session, actor, mission))
    if mission.status in (S.closed, S.cancelled):
        raise Conflict(f"This mission is {mission.status}.")
    changes = data.model_dump(exclude_unset=True)
    starts, ends = (
        changes.get("starts_on", mission.starts_on),
        changes.get("ends_on", mission.ends_on),
    )
    if ends is not None and ends < starts:
        raise ValidationFailed("A mission ends on or after its start.", loc=("body", "ends_on"))
    if "tutor_id" in changes:
        await _check_tutor(session, changes["tutor_id"], mission.association_id)
    diff = await guarded_update(session, mission, changes)
    if diff:
        audit.record(session, actor, "mission.update", "mission", mission.id, diff)
    await session.commit()
    return await MISSIONS.read(session, actor, mission)


# ---- the lifecycle ------------------------------------------------------------------------------


async def _stamp_opened(mission: Mission, step: Step) -> None:
    step.changes |= {"opened_at": mission.opened_at or step.now, "closed_at": None}


async def _stamp_closed(mission: Mission, step: Step) -> None:
    step.changes |= {"closed_at": step.now, "status_reason": step.reason}


async def _announce(mission: Mission, step: Step) -> None:
    payload = {
        "mission_id": mission.id,
        "space_id": mission.space_id,
        "status": {"before": step.current, "after": step.target},
    }
    outbox.emit(step.session, "mission.status_changed", "mission", mission.id, payload)
    if step.target == S.open:
        outbox.emit(step.session, "mission.opened", "mission", mission.id, payload)


LIFECYCLE = StateMachine(
    "mission",
    S,
    [
        Move(S.draft, S.open, MANAGERS),
        Move(S.filled, S.open, MANAGERS),
        Move(S.open, S.filled, MANAGERS),
        Move((S.open, S.filled), S.closed, MANAGERS),
        Move((S.draft, S.open), S.cancelled, MANAGERS, needs_reason=True),
    ],
    on_enter={S.open: [_stamp_opened], S.closed: [_stamp_closed], S.cancelled: [_stamp_closed]},
    after_enter={s: [_announce] for s in (S.open, S.filled, S.closed, S.cancelled)},
)


async def transition(
    session: AsyncSession,
    actor: Actor,
    mission_id: uuid.UUID,
    data: MissionTransition,
    if_match: str | None,
) -> MissionRead:
    mission = await MISSIONS.find(session, actor, mission_id)
    policy.require(actor, "mission:edit")
    check_if_match(if_match, await MISSIONS.read(session, actor, mission))
    before = mission.status

    async def write(changes: dict) -> None:
        await guarded_update(session, mission, changes)
        audit.record(
            session,
            actor,
            "mission.transition",
            "mission",
            mission.id,
            {"status": {"before": before, "after": data.to.value}, "reason": data.reason},
        )

    await LIFECYCLE.transition(
        mission,
        data.to,
        current=before,
        relations=policy.mission_relations(actor, mission),
        actor=actor,
        session=session,
        reason=data.reason,
        data=data,
        write=write,
    )
    await session.commit()
    return await MISSIONS.read(session, actor, mission)
