"""Job descriptions (*fiches de poste*): the city writes the network's, an association its own
(possibly derived from a published network one).

draft → published → archived (the owner). A draft is edited in place; editing a published
description writes its next version, published at once: missions opened earlier keep the
version they were opened under, new missions take the new one. Each version's required skills
are rows of `job_description_skills` (skill of the catalogue, level)."""

import uuid
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.repository import Repository
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.models.association import Association
from app.models.recruitment import (
    JobDescription,
    JobDescriptionCreate,
    JobDescriptionRead,
    JobDescriptionSkill,
    JobDescriptionStatus,
    JobDescriptionTransition,
    JobDescriptionUpdate,
    JobDescriptionVersion,
    JobDescriptionVersionRead,
    JobKind,
    RequiredSkill,
    SkillRequirementRead,
)
from app.models.training import Skill
from app.services import audit, policy

S = JobDescriptionStatus
OWNER = frozenset({policy.DESCRIPTION_OWNER})
CONTENT = ("kind", "title", "purpose", "tasks", "trainings", "weekly_hours")


# ---- reading ------------------------------------------------------------------------------------


async def skills_of(
    session: AsyncSession, version_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[SkillRequirementRead]]:
    found: dict[uuid.UUID, list[SkillRequirementRead]] = defaultdict(list)
    if version_ids:
        rows = await session.execute(
            select(JobDescriptionSkill)
            .where(JobDescriptionSkill.version_id.in_(list(version_ids)))
            .order_by(JobDescriptionSkill.skill_code)
        )
        for row in rows.scalars():
            found[row.version_id].append(
                SkillRequirementRead(skill_code=row.skill_code, level=row.level)
            )
    return found


def version_read(
    version: JobDescriptionVersion, skills: list[SkillRequirementRead]
) -> JobDescriptionVersionRead:
    return JobDescriptionVersionRead(
        id=version.id,
        job_description_id=version.job_description_id,
        number=version.number,
        kind=version.kind,
        title=version.title,
        purpose=version.purpose,
        tasks=version.tasks,
        skills=skills,
        trainings=version.trainings,
        weekly_hours=version.weekly_hours,
        created_at=version.created_at,
        published_at=version.published_at,
    )


async def _current_versions(
    session: AsyncSession, descriptions: Sequence[JobDescription]
) -> dict[uuid.UUID, JobDescriptionVersion]:
    if not descriptions:
        return {}
    wanted = {(d.id, d.current_version) for d in descriptions}
    rows = await session.execute(
        select(JobDescriptionVersion).where(
            JobDescriptionVersion.job_description_id.in_([d.id for d in descriptions])
        )
    )
    return {
        v.job_description_id: v
        for v in rows.scalars()
        if (v.job_description_id, v.number) in wanted
    }


async def to_reads(
    session: AsyncSession, actor: Actor, descriptions: Sequence[JobDescription]
) -> list[JobDescriptionRead]:
    versions = await _current_versions(session, descriptions)
    skills = await skills_of(session, [v.id for v in versions.values()])
    reads = []
    for d in descriptions:
        version = versions[d.id]
        reads.append(
            JobDescriptionRead(
                id=d.id,
                association_id=d.association_id,
                derived_from_id=d.derived_from_id,
                status=d.status,
                allowed_transitions=LIFECYCLE.allowed(
                    d.status, policy.job_description_relations(actor, d)
                ),
                current_version=d.current_version,
                content=version_read(version, skills[version.id]),
                published_at=d.published_at,
                archived_at=d.archived_at,
                created_at=d.created_at,
                updated_at=d.updated_at,
            )
        )
    return reads


DESCRIPTIONS = Repository[JobDescription, JobDescriptionRead](
    JobDescription,
    scope=policy.scope_job_descriptions,
    label="job description",
    to_reads=to_reads,
    sorts={"created_at": SortKey(JobDescription.created_at, "datetime")},
    default_sort="-created_at",
)


async def get_description(
    session: AsyncSession, actor: Actor, description_id: uuid.UUID
) -> JobDescriptionRead:
    return await DESCRIPTIONS.get(session, actor, description_id)


def list_descriptions(
    session: AsyncSession,
    actor: Actor,
    *,
    association_id: uuid.UUID | None = None,
    network: bool | None = None,
    status: JobDescriptionStatus | None = None,
    kind: JobKind | None = None,
) -> Listing[JobDescriptionRead]:
    statement = where_given(
        DESCRIPTIONS.readable(actor),
        ((JobDescription.association_id, association_id), (JobDescription.status, status)),
    )
    if network is not None:
        column = JobDescription.association_id
        statement = statement.where(column.is_(None) if network else column.is_not(None))
    if kind is not None:
        current = select(JobDescriptionVersion.job_description_id).where(
            JobDescriptionVersion.job_description_id == JobDescription.id,
            JobDescriptionVersion.number == JobDescription.current_version,
            JobDescriptionVersion.kind == kind.value,
        )
        statement = statement.where(current.exists())
    return DESCRIPTIONS.listing(session, actor, statement)


async def find_version(
    session: AsyncSession, description_id: uuid.UUID, number: int
) -> JobDescriptionVersion | None:
    return await session.scalar(
        select(JobDescriptionVersion).where(
            JobDescriptionVersion.job_description_id == description_id,
            JobDescriptionVersion.number == number,
        )
    )


async def get_version(
    session: AsyncSession, actor: Actor, description_id: uuid.UUID, number: int
) -> JobDescriptionVersionRead:
    description = await DESCRIPTIONS.find(session, actor, description_id)
    version = await find_version(session, description.id, number)
    if version is None:
        raise NotFound("No such version of this job description.")
    return version_read(version, (await skills_of(session, [version.id]))[version.id])


# ---- writing ------------------------------------------------------------------------------------


async def _require_known_skills(
    session: AsyncSession, skills: Sequence[RequiredSkill], loc: tuple
) -> None:
    named = {s.skill_code for s in skills}
    if not named:
        return
    known = set(
        (
            await session.execute(
                select(Skill.code).where(Skill.code.in_(named), Skill.archived_at.is_(None))
            )
        ).scalars()
    )
    for n, skill in enumerate(skills):
        if skill.skill_code not in known:
            raise ValidationFailed(
                f"No such skill: {skill.skill_code}.", loc=(*loc, n, "skill_code")
            )


def _add_skills(session: AsyncSession, version_id: uuid.UUID, skills: Sequence) -> None:
    session.add_all(
        JobDescriptionSkill(version_id=version_id, skill_code=s.skill_code, level=s.level.value)
        for s in skills
    )


async def create_description(
    session: AsyncSession, actor: Actor, data: JobDescriptionCreate
) -> JobDescriptionRead:
    policy.require(actor, "job_description:create")
    association_id = policy.own_association_by_default(actor, data.association_id)
    policy.require_description_owner_choice(actor, association_id)
    if association_id is not None and await session.get(Association, association_id) is None:
        raise ValidationFailed("No such association.", loc=("body", "association_id"))
    if data.derived_from_id is not None:
        source = await session.get(JobDescription, data.derived_from_id)
        if source is None or source.association_id is not None or source.status != S.published:
            raise ValidationFailed(
                "A description derives from a published description of the network.",
                loc=("body", "derived_from_id"),
            )
    await _require_known_skills(session, data.skills, ("body", "skills"))
    description = JobDescription(
        association_id=association_id, derived_from_id=data.derived_from_id
    )
    session.add(description)
    await session.flush()
    version = JobDescriptionVersion(
        job_description_id=description.id,
        number=1,
        kind=data.kind.value,
        title=data.title,
        purpose=data.purpose,
        tasks=list(data.tasks),
        trainings=list(data.trainings),
        weekly_hours=data.weekly_hours,
    )
    session.add(version)
    await session.flush()
    _add_skills(session, version.id, data.skills)
    audit.record(
        session,
        actor,
        "job_description.create",
        "job_description",
        description.id,
        {"title": data.title, "kind": data.kind.value, "derived_from_id": data.derived_from_id},
    )
    await session.commit()
    return await DESCRIPTIONS.read(session, actor, description)


def _require_owner(actor: Actor, description: JobDescription) -> None:
    if policy.DESCRIPTION_OWNER not in policy.job_description_relations(actor, description):
        raise Forbidden(
            "The city changes the network's descriptions; an association changes its own."
        )


async def update_description(
    session: AsyncSession,
    actor: Actor,
    description_id: uuid.UUID,
    data: JobDescriptionUpdate,
    if_match: str | None,
) -> JobDescriptionRead:
    description = await DESCRIPTIONS.find(session, actor, description_id)
    policy.require(actor, "job_description:edit")
    _require_owner(actor, description)
    check_if_match(if_match, await DESCRIPTIONS.read(session, actor, description))
    if description.status == S.archived:
        raise Conflict("This job description is archived.")
    changes = data.model_dump(exclude_unset=True)
    skills = data.skills if "skills" in changes else None
    changes.pop("skills", None)
    if skills is not None:
        await _require_known_skills(session, skills, ("body", "skills"))
    version = await find_version(session, description.id, description.current_version)
    current_skills = (await skills_of(session, [version.id]))[version.id]
    content = {k: (v.value if isinstance(v, JobKind) else v) for k, v in changes.items()}
    changed = {k: v for k, v in content.items() if getattr(version, k) != v}
    skills_changed = skills is not None and sorted(
        (s.skill_code, s.level.value) for s in skills
    ) != sorted((s.skill_code, s.level.value) for s in current_skills)
    if not changed and not skills_changed:
        return await DESCRIPTIONS.read(session, actor, description)
    if description.status == S.draft:  # a draft is edited in place
        for name, value in changed.items():
            setattr(version, name, value)
        if skills_changed:
            for row in (
                await session.execute(
                    select(JobDescriptionSkill).where(JobDescriptionSkill.version_id == version.id)
                )
            ).scalars():
                await session.delete(row)
            await session.flush()
            _add_skills(session, version.id, skills)
        await guarded_update(session, description, {"updated_at": utcnow()})
        number = version.number
    else:  # published: the next version, published at once; missions keep theirs
        number = version.number + 1
        fresh = JobDescriptionVersion(
            job_description_id=description.id,
            number=number,
            **{name: changed.get(name, getattr(version, name)) for name in CONTENT},
        )
        fresh.published_at = fresh.created_at
        session.add(fresh)
        await session.flush()
        _add_skills(session, fresh.id, skills if skills is not None else current_skills)
        await guarded_update(session, description, {"current_version": number})
    audit.record(
        session,
        actor,
        "job_description.update",
        "job_description",
        description.id,
        {"fields": sorted(changed) + (["skills"] if skills_changed else []), "version": number},
    )
    await session.commit()
    return await DESCRIPTIONS.read(session, actor, description)


# ---- the lifecycle ------------------------------------------------------------------------------


async def _publish(description: JobDescription, step: Step) -> None:
    version = await find_version(step.session, description.id, description.current_version)
    version.published_at = step.now
    step.changes["published_at"] = step.now


async def _archive(description: JobDescription, step: Step) -> None:
    step.changes["archived_at"] = step.now


LIFECYCLE = StateMachine(
    "job description",
    S,
    [Move(S.draft, S.published, OWNER), Move(S.published, S.archived, OWNER)],
    on_enter={S.published: [_publish], S.archived: [_archive]},
)


async def transition(
    session: AsyncSession,
    actor: Actor,
    description_id: uuid.UUID,
    data: JobDescriptionTransition,
    if_match: str | None,
) -> JobDescriptionRead:
    description = await DESCRIPTIONS.find(session, actor, description_id)
    policy.require(actor, "job_description:edit")
    check_if_match(if_match, await DESCRIPTIONS.read(session, actor, description))
    before = description.status

    async def write(changes: dict) -> None:
        await guarded_update(session, description, changes)
        audit.record(
            session,
            actor,
            "job_description.transition",
            "job_description",
            description.id,
            {"status": {"before": before, "after": data.to.value}},
        )

    await LIFECYCLE.transition(
        description,
        data.to,
        current=before,
        relations=policy.job_description_relations(actor, description),
        actor=actor,
        session=session,
        data=data,
        write=write,
    )
    await session.commit()
    return await DESCRIPTIONS.read(session, actor, description)
