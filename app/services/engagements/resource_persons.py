"""Resource persons (*personnes ressources*): the members an association marks as such, for
some skills of the catalogue (or in general), to be checked later as able to pass them on.

Under the association: `PUT /associations/{id}/resource-persons/{user_id}` marks (or changes
the skills of) a member, `DELETE` unmarks it, `GET` lists the current ones. The association is
found in the caller's scope (404 otherwise); the city and the association's users mark and
unmark (403 for the others); the member is an active volunteer or association user of that
association (422). Unmarking archives the row; marking again brings it back."""

import uuid
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import NotFound, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.persistence import guarded_update
from app.core.repository import Repository
from app.models.association import Association
from app.models.engagement import (
    ResourcePerson,
    ResourcePersonPut,
    ResourcePersonRead,
    ResourcePersonSkill,
)
from app.models.training import Skill
from app.models.user import User
from app.services import audit, policy

MEMBER_ROLES = (policy.VOLUNTEER, policy.ASSOCIATION)


async def to_reads(
    session: AsyncSession, actor: Actor, rows: Sequence[ResourcePerson]
) -> list[ResourcePersonRead]:
    ids = [r.id for r in rows]
    skills: dict[uuid.UUID, list[str]] = defaultdict(list)
    names: dict[uuid.UUID, str] = {}
    if ids:
        found = await session.execute(
            select(ResourcePersonSkill.resource_person_id, Skill.code)
            .join(Skill, Skill.id == ResourcePersonSkill.skill_id)
            .where(ResourcePersonSkill.resource_person_id.in_(ids))
            .order_by(Skill.code)
        )
        for person_id, code in found.all():
            skills[person_id].append(code)
        users = await session.execute(
            select(User.id, User.full_name).where(User.id.in_([r.user_id for r in rows]))
        )
        names = dict(users.all())
    return [
        ResourcePersonRead(
            id=r.id,
            association_id=r.association_id,
            user_id=r.user_id,
            full_name=names.get(r.user_id, ""),
            skills=skills[r.id],
            note=r.note,
            designated_by=r.designated_by,
            created_at=r.created_at,
            updated_at=r.updated_at,
        )
        for r in rows
    ]


RESOURCE_PERSONS = Repository[ResourcePerson, ResourcePersonRead](
    ResourcePerson,
    scope=policy.scope_resource_persons,
    label="resource person",
    to_reads=to_reads,
    sorts={"created_at": SortKey(ResourcePerson.created_at, "datetime")},
    default_sort="created_at",
)


async def _association(
    session: AsyncSession, actor: Actor, association_id: uuid.UUID
) -> Association:
    statement = policy.scope_associations(actor, select(Association)).where(
        Association.id == association_id
    )
    association = (await session.execute(statement)).scalar_one_or_none()
    if association is None:
        raise NotFound("No such association.")
    return association


async def list_resource_persons(
    session: AsyncSession,
    actor: Actor,
    association_id: uuid.UUID,
    *,
    skill: str | None = None,
) -> Listing[ResourcePersonRead]:
    association = await _association(session, actor, association_id)
    statement = RESOURCE_PERSONS.readable(actor).where(
        ResourcePerson.association_id == association.id, ResourcePerson.archived_at.is_(None)
    )
    if skill is not None:
        statement = statement.where(
            ResourcePerson.id.in_(
                select(ResourcePersonSkill.resource_person_id)
                .join(Skill, Skill.id == ResourcePersonSkill.skill_id)
                .where(Skill.code == skill)
            )
        )
    return RESOURCE_PERSONS.listing(session, actor, statement)


async def _skill_ids(session: AsyncSession, codes: list[str]) -> list[uuid.UUID]:
    """The catalogue's skills by code (not archived); 422 at the first unknown one."""
    if not codes:
        return []
    found = dict(
        (
            await session.execute(
                select(Skill.code, Skill.id).where(
                    Skill.code.in_(codes), Skill.archived_at.is_(None)
                )
            )
        ).all()
    )
    for n, code in enumerate(codes):
        if code not in found:
            raise ValidationFailed(f"No such skill: {code}.", loc=("body", "skills", n))
    return [found[c] for c in dict.fromkeys(codes)]


async def _member(session: AsyncSession, association: Association, user_id: uuid.UUID) -> User:
    user = await session.get(User, user_id)
    if user is None or user.association_id != association.id:
        raise ValidationFailed("Not a member of this association.", loc=("path", "user_id"))
    if user.role not in MEMBER_ROLES:
        raise ValidationFailed(
            "Resource persons are volunteers or association users.", loc=("path", "user_id")
        )
    if not user.is_active or user.archived_at is not None:
        raise ValidationFailed("This user is not active.", loc=("path", "user_id"))
    return user


async def _current(
    session: AsyncSession, association_id: uuid.UUID, user_id: uuid.UUID
) -> ResourcePerson | None:
    return await session.scalar(
        select(ResourcePerson).where(
            ResourcePerson.association_id == association_id, ResourcePerson.user_id == user_id
        )
    )


async def mark(
    session: AsyncSession,
    actor: Actor,
    association_id: uuid.UUID,
    user_id: uuid.UUID,
    data: ResourcePersonPut,
) -> ResourcePersonRead:
    association = await _association(session, actor, association_id)
    policy.require(actor, "resource_person:write")
    await _member(session, association, user_id)
    skill_ids = await _skill_ids(session, data.skills)
    person = await _current(session, association.id, user_id)
    before: list[str] = []
    if person is None:
        person = ResourcePerson(
            association_id=association.id,
            user_id=user_id,
            note=data.note,
            designated_by=actor.user_id,
        )
        session.add(person)
        await session.flush()
        action = "resource_person.mark"
    else:
        before = (await RESOURCE_PERSONS.read(session, actor, person)).skills
        action = "resource_person.mark" if person.archived_at else "resource_person.update"
        await guarded_update(
            session,
            person,
            {"archived_at": None, "note": data.note}
            | ({"designated_by": actor.user_id} if person.archived_at else {}),
        )
        await session.execute(
            delete(ResourcePersonSkill).where(ResourcePersonSkill.resource_person_id == person.id)
        )
    session.add_all(
        ResourcePersonSkill(resource_person_id=person.id, skill_id=s) for s in skill_ids
    )
    audit.record(
        session,
        actor,
        action,
        "resource_person",
        person.id,
        {
            "association_id": association.id,
            "user_id": user_id,
            "skills": {"before": before, "after": sorted(dict.fromkeys(data.skills))},
        },
    )
    await session.commit()
    return await RESOURCE_PERSONS.read(session, actor, person)


async def unmark(
    session: AsyncSession, actor: Actor, association_id: uuid.UUID, user_id: uuid.UUID
) -> None:
    association = await _association(session, actor, association_id)
    policy.require(actor, "resource_person:write")
    person = await _current(session, association.id, user_id)
    if person is None or person.archived_at is not None:
        raise NotFound(f"User {user_id} is not a resource person of this association.")
    await guarded_update(session, person, {"archived_at": utcnow()})
    audit.record(
        session,
        actor,
        "resource_person.unmark",
        "resource_person",
        person.id,
        {"association_id": association.id, "user_id": user_id},
    )
    await session.commit()
