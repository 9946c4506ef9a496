"""Users: who manages whom, space assignments, the caller's own account and RGPD rights."""

import uuid

from pydantic_core import to_jsonable_python
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, Forbidden, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import flush_or_conflict, guarded_update
from app.core.repository import Repository
from app.core.representation import check_if_match
from app.core.security import hash_password, verify_password
from app.models.association import Association
from app.models.audit import AuditEvent
from app.models.partner import Partner
from app.models.space import Space
from app.models.user import (
    MeUpdate,
    Role,
    SpaceAssignment,
    User,
    UserCreate,
    UserRead,
    UserUpdate,
)
from app.services import audit, crud, policy
from app.services.engagements.records import personal_data as engagement_data
from app.services.identity import api_keys, auth, caller_cache
from app.services.identity.passwords import check_password

DUPLICATE = "A user with this e-mail address already exists."


async def _space_ids(session: AsyncSession, user_ids: list[uuid.UUID]) -> dict:
    rows = (
        await session.execute(
            select(SpaceAssignment.user_id, SpaceAssignment.space_id).where(
                SpaceAssignment.user_id.in_(user_ids)
            )
        )
    ).all()
    by_user: dict[uuid.UUID, list[uuid.UUID]] = {uid: [] for uid in user_ids}
    for user_id, space_id in rows:
        by_user[user_id].append(space_id)
    return by_user


async def _reads(session: AsyncSession, users: list[User]) -> list[UserRead]:
    spaces = await _space_ids(session, [u.id for u in users])
    return [
        UserRead.model_validate({**u.model_dump(), "space_ids": sorted(spaces[u.id], key=str)})
        for u in users
    ]


async def to_read(session: AsyncSession, user: User) -> UserRead:
    return (await _reads(session, [user]))[0]


USERS = Repository[User, UserRead](
    User,
    scope=policy.scope_users,
    label="user",
    to_reads=lambda session, actor, rows: _reads(session, list(rows)),
    sorts={"email": SortKey(User.email), "created_at": SortKey(User.created_at, "datetime")},
    default_sort="email",
)


def _check_binding(
    role: str,
    association_id: uuid.UUID | None,
    partner_id: uuid.UUID | None,
    space_ids: set[uuid.UUID],
) -> None:
    if role in (policy.ASSOCIATION, policy.VOLUNTEER):
        if association_id is None:
            raise ValidationFailed(
                "This role belongs to an association.", loc=("body", "association_id")
            )
        if partner_id is not None:
            raise ValidationFailed("This role has no partner.", loc=("body", "partner_id"))
    elif role == policy.PARTNER:
        if partner_id is None:
            raise ValidationFailed(
                "A partner user belongs to a partner.", loc=("body", "partner_id")
            )
        if association_id is not None:
            raise ValidationFailed(
                "A partner user has no association.", loc=("body", "association_id")
            )
    elif association_id is not None or partner_id is not None:
        raise ValidationFailed(
            "A city user belongs to no association or partner.", loc=("body", "role")
        )
    if space_ids and role not in (policy.ASSOCIATION, policy.VOLUNTEER):
        raise ValidationFailed(
            "Only association users and volunteers are assigned to spaces.",
            loc=("body", "space_ids"),
        )


def assignment_refusal(user: User | None, space: Space | None) -> str | None:
    """Why this user cannot be assigned to this space (the rules `_check_binding` and
    `_check_references` apply to a user's `space_ids`), or None: an active association user or
    volunteer, assigned to an open space of their own association."""
    if user is None or user.archived_at is not None or not user.is_active:
        return "No such active user."
    if user.role not in (policy.ASSOCIATION, policy.VOLUNTEER):
        return "Only association users and volunteers are assigned to spaces."
    if space is None or space.archived_at is not None:
        return "No such space."
    if space.association_id != user.association_id:
        return "A user is assigned only to spaces of their own association."
    return None


async def _association_space_ids(
    session: AsyncSession, association_id: uuid.UUID | None
) -> set[uuid.UUID]:
    if association_id is None:
        return set()
    return set(
        (
            await session.execute(
                select(Space.id).where(
                    Space.association_id == association_id, Space.archived_at.is_(None)
                )
            )
        )
        .scalars()
        .all()
    )


async def _check_references(
    session: AsyncSession,
    association_id: uuid.UUID | None,
    partner_id: uuid.UUID | None,
    space_ids: set[uuid.UUID],
) -> None:
    if association_id is not None:
        association = await session.get(Association, association_id)
        if association is None or association.archived_at is not None:
            raise ValidationFailed("No such association.", loc=("body", "association_id"))
    if partner_id is not None:
        partner = await session.get(Partner, partner_id)
        if partner is None or partner.archived_at is not None:
            raise ValidationFailed("No such partner.", loc=("body", "partner_id"))
    unknown = space_ids - await _association_space_ids(session, association_id)
    if unknown:
        raise ValidationFailed(
            "These spaces are not spaces of the user's association: "
            + ", ".join(sorted(str(s) for s in unknown)),
            loc=("body", "space_ids"),
        )


async def create_user(session: AsyncSession, actor: Actor, data: UserCreate) -> UserRead:
    policy.require(actor, "user:create")
    association_id = policy.own_association_by_default(
        actor,
        data.association_id,
        applies=data.role in (Role.association, Role.volunteer) and data.partner_id is None,
    )
    data = data.model_copy(update={"association_id": association_id})
    space_ids = set(data.space_ids)
    _check_binding(data.role, data.association_id, data.partner_id, space_ids)
    policy.require_manage_user(
        actor,
        role=data.role,
        association_id=data.association_id,
        partner_id=data.partner_id,
        space_ids=space_ids,
        own_space_ids=await _association_space_ids(session, actor.association_id),
    )
    await _check_references(session, data.association_id, data.partner_id, space_ids)
    email = data.email.casefold()
    check_password(data.password, email, data.full_name)
    user = User(
        email=email,
        full_name=data.full_name,
        role=data.role,
        association_id=data.association_id,
        partner_id=data.partner_id,
        password_hash=hash_password(data.password),
    )
    session.add(user)
    await flush_or_conflict(session, DUPLICATE)
    session.add_all(SpaceAssignment(user_id=user.id, space_id=s) for s in space_ids)
    audit.record(
        session,
        actor,
        "user.create",
        "user",
        user.id,
        data.model_dump(mode="json", exclude={"password"}),
    )
    await session.commit()
    return await to_read(session, user)


async def get_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> UserRead:
    return await USERS.get(session, actor, user_id)


def list_users(
    session: AsyncSession,
    actor: Actor,
    *,
    role: str | None,
    association_id: uuid.UUID | None,
    partner_id: uuid.UUID | None,
    space_id: uuid.UUID | None,
    is_active: bool | None,
    include_archived: bool,
) -> Listing[UserRead]:
    statement = USERS.readable(actor)
    if not include_archived:
        statement = statement.where(User.archived_at.is_(None))
    statement = where_given(
        statement,
        (
            (User.role, role),
            (User.association_id, association_id),
            (User.partner_id, partner_id),
            (User.is_active, is_active),
        ),
    )
    if space_id is not None:
        statement = statement.where(
            User.id.in_(select(SpaceAssignment.user_id).where(SpaceAssignment.space_id == space_id))
        )

    return USERS.listing(session, actor, statement)


async def update_user(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, data: UserUpdate, if_match: str | None
) -> UserRead:
    user = await USERS.find(session, actor, user_id)
    policy.require(actor, "user:update")
    changes = data.model_dump(exclude_unset=True)
    new_role = changes.get("role", user.role)
    if "role" in changes and new_role != user.role:
        policy.require_not_self(actor, user, "role")
    if changes.get("is_active") is False:
        policy.require_not_self(actor, user, "deactivate")
    if user.archived_at is not None:
        raise Conflict("This user is archived.")
    new_spaces = set(changes.pop("space_ids")) if "space_ids" in changes else None
    current_spaces = set((await _space_ids(session, [user.id]))[user.id])
    _check_binding(
        new_role,
        user.association_id,
        user.partner_id,
        new_spaces if new_spaces is not None else current_spaces,
    )
    own = await _association_space_ids(session, actor.association_id)
    # The manager must be allowed to manage the user both as it is and as it will be.
    for role in {user.role, new_role}:
        policy.require_manage_user(
            actor,
            role=role,
            association_id=user.association_id,
            partner_id=user.partner_id,
            space_ids=(new_spaces or set()) - current_spaces,
            own_space_ids=own,
        )
    if new_spaces is not None:
        await _check_references(session, user.association_id, None, new_spaces)
    current = await to_read(session, user)
    check_if_match(if_match, current)
    revoke = ("role" in changes and new_role != user.role) or changes.get("is_active") is False
    if revoke:
        await auth.revoke_user_sessions(session, user)
    if "role" in changes and new_role != user.role:
        # A key works with the powers its issuer had: it does not outlive a change of role.
        await api_keys.hand_over_keys(
            session,
            actor,
            user,
            None,
            reason=f"The role of the user answerable for it ({user.id}) changed "
            f"from {user.role} to {new_role}.",
        )
        changes["tokens_valid_after"] = user.tokens_valid_after
    diff = await guarded_update(session, user, changes)
    if new_spaces is not None and new_spaces != current_spaces:
        await session.execute(delete(SpaceAssignment).where(SpaceAssignment.user_id == user.id))
        session.add_all(SpaceAssignment(user_id=user.id, space_id=s) for s in new_spaces)
        diff["space_ids"] = {
            "before": sorted(map(str, current_spaces)),
            "after": sorted(map(str, new_spaces)),
        }
    diff.pop("tokens_valid_after", None)
    if diff:  # a role, an assignment, the account's state: the caller this user is changes
        caller_cache.changed(session, users=[user.id])
    if "role" in diff:
        audit.record(session, actor, "user.role_change", "user", user.id, {"role": diff["role"]})
    if diff:
        audit.record(session, actor, "user.update", "user", user.id, diff)
    await session.commit()
    return await to_read(session, user)


async def archive_user(
    session: AsyncSession,
    actor: Actor,
    user_id: uuid.UUID,
    if_match: str | None,
    transfer_api_keys_to: uuid.UUID | None = None,
) -> UserRead:
    user = await USERS.find(session, actor, user_id)
    policy.require(actor, "user:archive")
    policy.require_not_self(actor, user, "archive")
    policy.require_manage_user(
        actor,
        role=user.role,
        association_id=user.association_id,
        partner_id=user.partner_id,
        space_ids=set(),
        own_space_ids=set(),
    )
    current = await to_read(session, user)
    if user.archived_at is not None:
        raise Conflict("This user is already archived.")
    check_if_match(if_match, current)
    await api_keys.hand_over_keys(session, actor, user, transfer_api_keys_to)
    await auth.revoke_user_sessions(session, user)
    await crud.archive(
        session, actor, user, if_match=if_match, current=current, resource_type="user"
    )
    return await to_read(session, user)


async def anonymise_user(
    session: AsyncSession,
    actor: Actor,
    user_id: uuid.UUID,
    transfer_api_keys_to: uuid.UUID | None = None,
) -> UserRead:
    """A departed user's personal fields are scrubbed; the audit trail keeps its id."""
    user = await USERS.find(session, actor, user_id)
    policy.require(actor, "user:anonymise")
    policy.require_not_self(actor, user, "anonymise")
    if user.anonymised_at is not None:
        raise Conflict("This user is already anonymised.")
    await api_keys.hand_over_keys(session, actor, user, transfer_api_keys_to)
    await auth.revoke_user_sessions(session, user)
    now = utcnow()
    from app.services.recruitment.retention import anonymise_person  # recruitment reads users

    await anonymise_person(session, user, now)
    user.email = f"anonymised-{user.id.hex}@invalid.example"
    user.full_name = "Utilisateur anonymisé"
    user.password_hash = hash_password(uuid.uuid4().hex + uuid.uuid4().hex)
    user.is_active = False
    user.anonymised_at = now
    user.archived_at = user.archived_at or now
    user.version += 1
    user.updated_at = now
    await session.execute(delete(SpaceAssignment).where(SpaceAssignment.user_id == user.id))
    # The trail keeps the events and the id; the e-mail and name they recorded go too.
    await audit.scrub_personal_data(session, user.id)
    audit.record(session, actor, "user.anonymise", "user", user.id)
    await session.commit()
    return await to_read(session, user)


# ---- the caller's own account -------------------------------------------------------------------


async def me(session: AsyncSession, actor: Actor) -> User:
    if actor.kind != "user" or actor.user_id is None:
        raise Forbidden("Only a user has an account; API keys do not.")
    return await session.get(User, actor.user_id)


async def get_me(session: AsyncSession, actor: Actor) -> UserRead:
    return await to_read(session, await me(session, actor))


async def update_me(
    session: AsyncSession, actor: Actor, data: MeUpdate, if_match: str | None
) -> UserRead:
    user = await me(session, actor)
    changes = data.model_dump(exclude_unset=True)
    current_password = changes.pop("current_password", None)
    check_if_match(if_match, await to_read(session, user))
    if "password" in changes:
        if not current_password or not verify_password(current_password, user.password_hash):
            raise ValidationFailed(
                "Give your current password to change it.", loc=("body", "current_password")
            )
        check_password(changes["password"], user.email, changes.get("full_name", user.full_name))
        changes["password_hash"] = hash_password(changes.pop("password"))
    diff = await guarded_update(session, user, changes)
    if diff:
        audit.record(session, actor, "user.update_self", "user", user.id, diff)
    await session.commit()
    return await to_read(session, user)


async def export_me(session: AsyncSession, actor: Actor) -> dict:
    """Everything the API holds about the caller (RGPD right of access)."""
    user = await me(session, actor)
    events = (
        (
            await session.execute(
                select(AuditEvent)
                .where(AuditEvent.actor_user_id == user.id)
                .order_by(AuditEvent.occurred_at)
            )
        )
        .scalars()
        .all()
    )
    profile = (await to_read(session, user)).model_dump(mode="json")
    from app.services.recruitment.retention import export_for  # recruitment reads users

    return to_jsonable_python(
        {
            "exported_at": utcnow(),
            "user": profile,
            **await engagement_data(session, user.id),
            "applications": await export_for(session, user),
            "activity": [
                {
                    "occurred_at": e.occurred_at,
                    "action": e.action,
                    "resource_type": e.resource_type,
                    "resource_id": e.resource_id,
                    "client_address": e.client_address,
                }
                for e in events
            ],
        }
    )
