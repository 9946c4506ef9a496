"""Skills coverage (issue #18, item 5): for each skill a space's open and filled missions
require (their job description version's skills), who covers it — the space's active
volunteers who attended a session on it (the same attendance as `/users/{id}/skills`) —, who is
a resource person for it in the association, the gap, and the upcoming sessions on it with
places left that would close the gap. The network view folds the spaces the caller sees.

A handful of queries per call, whatever the number of spaces: the missions' skills, the
assigned volunteers, their attended skills, the resource persons, the upcoming sessions.
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import NotFound
from app.models.engagement import ResourcePerson, ResourcePersonSkill
from app.models.recruitment import JobDescriptionSkill, Mission, MissionStatus, SkillLevel
from app.models.recruitment.coverage import (
    UPCOMING_PER_SKILL,
    CoveragePerson,
    GapSession,
    NetworkSkillCoverage,
    NetworkSkillsCoverage,
    SkillCoverage,
    SpaceSkillsCoverage,
)
from app.models.space import Space
from app.models.training import (
    Enrolment,
    EnrolmentStatus,
    Skill,
    TrainingSession,
    TrainingSessionSkill,
    TrainingSessionStatus,
)
from app.models.user import Role, SpaceAssignment, User
from app.services import policy
from app.services.training.enrolments import trained_rows

LIVE_MISSIONS = (MissionStatus.open.value, MissionStatus.filled.value)
LEVELS = [level.value for level in SkillLevel]  # in increasing order


@dataclass
class _Need:
    level: str
    missions: list[uuid.UUID] = field(default_factory=list)


async def _needs(
    session: AsyncSession, space_ids: list[uuid.UUID]
) -> dict[uuid.UUID, dict[str, _Need]]:
    rows = await session.execute(
        select(
            Mission.space_id, Mission.id, JobDescriptionSkill.skill_code, JobDescriptionSkill.level
        )
        .join(
            JobDescriptionSkill,
            JobDescriptionSkill.version_id == Mission.job_description_version_id,
        )
        .where(Mission.space_id.in_(space_ids), Mission.status.in_(LIVE_MISSIONS))
        .order_by(Mission.created_at, Mission.id)
    )
    needs: dict[uuid.UUID, dict[str, _Need]] = defaultdict(dict)
    for space_id, mission_id, code, level in rows:
        need = needs[space_id].setdefault(code, _Need(level))
        if LEVELS.index(level) > LEVELS.index(need.level):
            need.level = level
        need.missions.append(mission_id)
    return needs


async def _trained_at(
    session: AsyncSession, space_ids: list[uuid.UUID]
) -> dict[uuid.UUID, dict[str, list[CoveragePerson]]]:
    """Per space and skill: its active volunteers who attended a session on the skill."""
    assigned = await session.execute(
        select(SpaceAssignment.space_id, User.id, User.full_name)
        .join(User, User.id == SpaceAssignment.user_id)
        .where(
            SpaceAssignment.space_id.in_(space_ids),
            User.role == Role.volunteer,
            User.is_active.is_(True),
            User.archived_at.is_(None),
        )
    )
    people: dict[uuid.UUID, list[tuple[uuid.UUID, CoveragePerson]]] = defaultdict(list)
    for space_id, user_id, name in assigned:
        people[user_id].append((space_id, CoveragePerson(user_id=user_id, full_name=name)))
    held: dict[uuid.UUID, dict[str, list[CoveragePerson]]] = defaultdict(lambda: defaultdict(list))
    if not people:
        return held
    attended = await session.execute(
        trained_rows()
        .with_only_columns(Enrolment.user_id, Skill.code)
        .distinct()
        .where(Enrolment.user_id.in_(list(people)))
    )
    for user_id, code in attended:
        for space_id, person in people[user_id]:
            held[space_id][code].append(person)
    return held


async def _resource_persons(
    session: AsyncSession, association_ids: set[uuid.UUID]
) -> dict[uuid.UUID, dict[str, list[CoveragePerson]]]:
    rows = await session.execute(
        select(ResourcePerson.association_id, User.id, User.full_name, Skill.code)
        .join(User, User.id == ResourcePerson.user_id)
        .join(ResourcePersonSkill, ResourcePersonSkill.resource_person_id == ResourcePerson.id)
        .join(Skill, Skill.id == ResourcePersonSkill.skill_id)
        .where(
            ResourcePerson.association_id.in_(association_ids),
            ResourcePerson.archived_at.is_(None),
            User.is_active.is_(True),
        )
        .order_by(User.full_name)
    )
    found: dict[uuid.UUID, dict[str, list[CoveragePerson]]] = defaultdict(lambda: defaultdict(list))
    for association_id, user_id, name, code in rows:
        found[association_id][code].append(CoveragePerson(user_id=user_id, full_name=name))
    return found


async def _upcoming(
    session: AsyncSession, actor: Actor, codes: set[str]
) -> dict[str, list[GapSession]]:
    """Per skill: the next sessions on it, not cancelled, with places left (at most five)."""
    if not codes:
        return {}
    confirmed = (
        select(Enrolment.session_id, func.count().label("taken"))
        .where(Enrolment.status == EnrolmentStatus.confirmed)
        .group_by(Enrolment.session_id)
        .subquery()
    )
    taken = func.coalesce(confirmed.c.taken, 0)
    statement = policy.scope_training_sessions(
        actor,
        select(Skill.code, TrainingSession, (TrainingSession.capacity - taken).label("left"))
        .join(TrainingSessionSkill, TrainingSessionSkill.session_id == TrainingSession.id)
        .join(Skill, Skill.id == TrainingSessionSkill.skill_id)
        .outerjoin(confirmed, confirmed.c.session_id == TrainingSession.id)
        .where(
            Skill.code.in_(codes),
            TrainingSession.starts_at > utcnow(),
            TrainingSession.status == TrainingSessionStatus.scheduled,
            TrainingSession.capacity - taken > 0,
        )
        .order_by(TrainingSession.starts_at, TrainingSession.id),
    )
    upcoming: dict[str, list[GapSession]] = defaultdict(list)
    for code, training, left in await session.execute(statement):
        if len(upcoming[code]) < UPCOMING_PER_SKILL:
            upcoming[code].append(
                GapSession(
                    session_id=training.id,
                    title=training.title,
                    starts_at=training.starts_at,
                    places_left=left,
                    space_id=training.space_id,
                )
            )
    return upcoming


async def _catalogue(session: AsyncSession, codes: set[str]) -> dict[str, Skill]:
    rows = await session.execute(select(Skill).where(Skill.code.in_(codes)))
    return {skill.code: skill for skill in rows.scalars()}


def _space_coverage(space, needs, trained, resource, upcoming, catalogue) -> SpaceSkillsCoverage:
    skills = []
    for code in sorted(needs):
        need, holders = needs[code], trained.get(code, [])
        skill = catalogue[code]
        skills.append(
            SkillCoverage(
                code=code,
                title_fr=skill.title_fr,
                title_en=skill.title_en,
                required_level=need.level,
                mission_ids=list(dict.fromkeys(need.missions)),
                covered_by=sorted(holders, key=lambda p: p.full_name),
                resource_persons=resource.get(code, []),
                gap=not holders,
                sessions_closing_gap=[] if holders else upcoming.get(code, []),
            )
        )
    return SpaceSkillsCoverage(
        space_id=space.id,
        association_id=space.association_id,
        skills=skills,
        gaps=sum(1 for s in skills if s.gap),
    )


async def _spaces(session: AsyncSession, actor: Actor, space_id: uuid.UUID | None) -> list[Space]:
    statement = policy.scope_skills_coverage(
        actor, select(Space).where(Space.archived_at.is_(None))
    )
    if space_id is not None:
        statement = statement.where(Space.id == space_id)
    return list((await session.execute(statement.order_by(Space.name, Space.id))).scalars())


async def _coverages(
    session: AsyncSession, actor: Actor, spaces: list[Space]
) -> list[SpaceSkillsCoverage]:
    ids = [space.id for space in spaces]
    needs = await _needs(session, ids) if ids else {}
    codes = {code for per_space in needs.values() for code in per_space}
    trained = await _trained_at(session, ids) if ids else {}
    resource = await _resource_persons(session, {s.association_id for s in spaces}) if ids else {}
    upcoming = await _upcoming(session, actor, codes)
    catalogue = await _catalogue(session, codes) if codes else {}
    return [
        _space_coverage(
            space,
            needs.get(space.id, {}),
            trained.get(space.id, {}),
            resource.get(space.association_id, {}),
            upcoming,
            catalogue,
        )
        for space in spaces
    ]


async def space_coverage(
    session: AsyncSession, actor: Actor, space_id: uuid.UUID
) -> SpaceSkillsCoverage:
    spaces = await _spaces(session, actor, space_id)
    if not spaces:
        raise NotFound("No such space.")
    return (await _coverages(session, actor, spaces))[0]


async def network_coverage(session: AsyncSession, actor: Actor) -> NetworkSkillsCoverage:
    policy.require_network_coverage(actor)
    coverages = [
        c for c in await _coverages(session, actor, await _spaces(session, actor, None)) if c.skills
    ]
    by_code: dict[str, list[tuple[SpaceSkillsCoverage, SkillCoverage]]] = defaultdict(list)
    for coverage in coverages:
        for skill in coverage.skills:
            by_code[skill.code].append((coverage, skill))
    skills = []
    for code in sorted(by_code):
        entries = by_code[code]
        first = entries[0][1]
        gaps = [c.space_id for c, s in entries if s.gap]
        skills.append(
            NetworkSkillCoverage(
                code=code,
                title_fr=first.title_fr,
                title_en=first.title_en,
                spaces_requiring=len(entries),
                spaces_with_gap=gaps,
                trained_people=len({p.user_id for _c, s in entries for p in s.covered_by}),
                resource_persons=len({p.user_id for _c, s in entries for p in s.resource_persons}),
                sessions_closing_gap=next(
                    (s.sessions_closing_gap for _c, s in entries if s.sessions_closing_gap), []
                ),
            )
        )
    return NetworkSkillsCoverage(spaces=len(coverages), skills=skills)
