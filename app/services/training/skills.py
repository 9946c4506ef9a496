"""The skills catalogue: the six savoirs (seeded by migration, stable codes) and those the city
adds. A skill is archived, not deleted, once a session uses it."""

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.persistence import flush_or_conflict
from app.core.repository import Repository, rowwise, whole_table
from app.models.training import (
    SEED_SKILLS,
    Skill,
    SkillCreate,
    SkillRead,
    SkillUpdate,
    TrainingSessionSkill,
)
from app.services import audit, crud, policy
from app.services.visits import skill_bits


def to_read(skill: Skill, actor: Actor | None = None) -> SkillRead:
    return SkillRead.model_validate({**skill.model_dump(), "seeded": skill.code in SEED_SKILLS})


SKILLS = Repository[Skill, SkillRead](
    Skill,
    scope=whole_table,  # the catalogue is the network's: any caller reads it
    label="skill",
    key="code",
    to_reads=rowwise(to_read),
    sorts={"code": SortKey(Skill.code), "created_at": SortKey(Skill.created_at, "datetime")},
    default_sort="created_at",
)


async def get_skill(session: AsyncSession, actor: Actor, code: str) -> SkillRead:
    return await SKILLS.get(session, actor, code)


def list_skills(
    session: AsyncSession, actor: Actor, *, include_archived: bool = False
) -> Listing[SkillRead]:
    statement = SKILLS.readable(actor)
    if not include_archived:
        statement = statement.where(Skill.archived_at.is_(None))
    return SKILLS.listing(session, actor, statement)


async def skills_by_code(
    session: AsyncSession, codes: list[str], *, loc: tuple = ("body", "skills")
) -> list[Skill]:
    """The active catalogue skills for these codes, in the given order; 422 naming the unknown."""
    unique = list(dict.fromkeys(codes))
    rows = (await session.execute(select(Skill).where(Skill.code.in_(unique)))).scalars().all()
    found = {s.code: s for s in rows if s.archived_at is None}
    unknown = [code for code in unique if code not in found]
    if unknown:
        raise ValidationFailed(
            f"Unknown or archived skill code(s): {', '.join(unknown)}; see /skills.", loc=loc
        )
    return [found[code] for code in unique]


async def create_skill(session: AsyncSession, actor: Actor, data: SkillCreate) -> SkillRead:
    policy.require(actor, "skill:write")
    skill = Skill(**data.model_dump(), bit=await skill_bits.free_bit(session))
    session.add(skill)
    await flush_or_conflict(session, f"A skill with the code '{data.code}' already exists.")
    audit.record(session, actor, "skill.create", "skill", skill.id, data.model_dump(mode="json"))
    await session.commit()
    skill_bits.forget()
    return to_read(skill)


async def update_skill(
    session: AsyncSession, actor: Actor, code: str, data: SkillUpdate, if_match: str | None
) -> SkillRead:
    skill = await SKILLS.find(session, actor, code)
    policy.require(actor, "skill:write")
    await crud.update(
        session,
        actor,
        skill,
        data.model_dump(exclude_unset=True),
        if_match=if_match,
        current=to_read(skill),
        resource_type="skill",
    )
    return to_read(skill)


async def archive_skill(
    session: AsyncSession, actor: Actor, code: str, if_match: str | None
) -> SkillRead:
    skill = await SKILLS.find(session, actor, code)
    policy.require(actor, "skill:write")
    await crud.archive(
        session, actor, skill, if_match=if_match, current=to_read(skill), resource_type="skill"
    )
    return to_read(skill)


async def delete_skill(session: AsyncSession, actor: Actor, code: str) -> None:
    """Only a skill no session ever used may go; one in use is archived instead (409)."""
    skill = await SKILLS.find(session, actor, code)
    policy.require(actor, "skill:write")
    in_use = await session.scalar(select(exists().where(TrainingSessionSkill.skill_id == skill.id)))
    in_visits = await skill_bits.in_visits(session, skill.bit)
    if in_use or in_visits:
        raise Conflict(
            f"The skill '{code}' is used by training sessions or visits; archive it instead of "
            "deleting it."
        )
    if skill.code in SEED_SKILLS:
        raise Conflict(f"'{code}' is one of the six savoirs; it can be archived, not deleted.")
    audit.record(session, actor, "skill.delete", "skill", skill.id, {"code": skill.code})
    await session.delete(skill)
    await session.commit()
    skill_bits.forget()
