"""API keys for partners' and associations' scripts: shown once, stored hashed, revocable."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.repository import Repository
from app.core.security import digest, new_secret
from app.models.association import Association
from app.models.partner import Partner
from app.models.user import ApiKey, ApiKeyCreate, ApiKeyCreated, ApiKeyRead, User
from app.services import audit, crud, policy
from app.services.identity import caller_cache, key_use
from app.services.identity.auth import API_KEY_PREFIX, key_status

KEYS_MANAGE_NO_KEYS = "API keys do not manage API keys; log in as a user."


async def _reads(
    session: AsyncSession, actor: Actor | None, keys: Sequence[ApiKey]
) -> list[ApiKeyRead]:
    """Read shapes with each key's status, from the state of the users answerable for them."""
    ids = {k.created_by for k in keys if k.created_by is not None}
    answerable = (
        {u.id: u for u in (await session.execute(select(User).where(User.id.in_(ids)))).scalars()}
        if ids
        else {}
    )
    now = utcnow()
    return [
        ApiKeyRead.model_validate(
            {
                **k.model_dump(),
                "status": key_status(k, answerable.get(k.created_by), now),
                "last_used_at": key_use.latest(k.id, k.last_used_at),
            }
        )
        for k in keys
    ]


async def to_read(session: AsyncSession, key: ApiKey) -> ApiKeyRead:
    return (await _reads(session, None, [key]))[0]


API_KEYS = Repository[ApiKey, ApiKeyRead](
    ApiKey,
    scope=policy.scope_api_keys,
    label="API key",
    to_reads=_reads,
    sorts={"created_at": SortKey(ApiKey.created_at, "datetime"), "name": SortKey(ApiKey.name)},
    default_sort="-created_at",
)


async def create_api_key(session: AsyncSession, actor: Actor, data: ApiKeyCreate) -> ApiKeyCreated:
    policy.require_user(actor, KEYS_MANAGE_NO_KEYS)
    policy.require(actor, "api_key:create")
    association_id = policy.own_association_by_default(
        actor, data.association_id, applies=data.partner_id is None
    )
    data = data.model_copy(update={"association_id": association_id})
    if (data.association_id is None) == (data.partner_id is None):
        raise ValidationFailed(
            "A key belongs to exactly one association or one partner.",
            loc=("body", "association_id"),
        )
    policy.require_key_owner(actor, association_id=data.association_id, partner_id=data.partner_id)
    owner = (
        await session.get(Association, data.association_id)
        if data.association_id
        else await session.get(Partner, data.partner_id)
    )
    if owner is None or owner.archived_at is not None:
        field = "association_id" if data.association_id else "partner_id"
        raise ValidationFailed("No such owner.", loc=("body", field))
    if data.expires_at is not None and data.expires_at <= utcnow():
        raise ValidationFailed("The expiry must be in the future.", loc=("body", "expires_at"))
    prefix = new_secret(6)[:8].replace("_", "x").replace("-", "y")
    secret = f"{API_KEY_PREFIX}{prefix}_{new_secret(32)}"
    key = ApiKey(
        name=data.name,
        prefix=prefix,
        secret_hash=digest(secret),
        association_id=data.association_id,
        partner_id=data.partner_id,
        scopes=sorted({s.value for s in data.scopes}),
        expires_at=data.expires_at,
        created_by=actor.user_id,
    )
    session.add(key)
    await session.flush()
    audit.record(
        session,
        actor,
        "api_key.create",
        "api_key",
        key.id,
        {
            "name": key.name,
            "prefix": prefix,
            "scopes": key.scopes,
            "association_id": key.association_id,
            "partner_id": key.partner_id,
        },
    )
    await session.commit()
    read = await to_read(session, key)
    return ApiKeyCreated.model_validate({**read.model_dump(), "secret": secret})


async def _find(session: AsyncSession, actor: Actor, key_id: uuid.UUID) -> ApiKey:
    policy.require_user(actor, KEYS_MANAGE_NO_KEYS)
    return await API_KEYS.find(session, actor, key_id)


async def get_api_key(session: AsyncSession, actor: Actor, key_id: uuid.UUID) -> ApiKeyRead:
    return await to_read(session, await _find(session, actor, key_id))


def list_api_keys(
    session: AsyncSession,
    actor: Actor,
    *,
    association_id: uuid.UUID | None,
    partner_id: uuid.UUID | None,
    include_revoked: bool,
) -> Listing[ApiKeyRead]:
    policy.require_user(actor, KEYS_MANAGE_NO_KEYS)
    statement = API_KEYS.readable(actor)
    if association_id is not None:
        statement = statement.where(ApiKey.association_id == association_id)
    if partner_id is not None:
        statement = statement.where(ApiKey.partner_id == partner_id)
    if not include_revoked:
        statement = statement.where(ApiKey.revoked_at.is_(None))

    return API_KEYS.listing(session, actor, statement)


async def revoke_api_key(session: AsyncSession, actor: Actor, key_id: uuid.UUID) -> ApiKeyRead:
    key = await _find(session, actor, key_id)
    policy.require(actor, "api_key:revoke")
    if key.revoked_at is not None:
        raise Conflict("This API key is already revoked.")
    caller_cache.changed(session, api_keys=[key.id])
    await crud.update(
        session,
        actor,
        key,
        {"revoked_at": utcnow()},
        if_match=None,
        current=await to_read(session, key),
        resource_type="api_key",
        action="revoke",
    )
    return await to_read(session, key)


async def hand_over_keys(
    session: AsyncSession,
    actor: Actor,
    leaving: User,
    heir_id: uuid.UUID | None,
    *,
    reason: str | None = None,
) -> int:
    """The keys `leaving` is answerable for, when that user is archived or anonymised: taken
    over by `heir_id` (validated first), or revoked; and when that user's role changes:
    revoked (`reason` says why). One audit event per key. No commit. How many keys."""
    heir = None
    if heir_id is not None:
        statement = policy.scope_users(actor, select(User).where(User.id == heir_id))
        heir = (await session.execute(statement)).scalar_one_or_none()
        refusal = policy.key_heir_refusal(leaving, heir)
        if refusal:
            raise ValidationFailed(refusal, loc=("query", "transfer_api_keys_to"))
    keys = (
        (
            await session.execute(
                select(ApiKey)
                .where(
                    ApiKey.created_by == leaving.id,
                    ApiKey.revoked_at.is_(None),
                    ApiKey.archived_at.is_(None),
                )
                .order_by(ApiKey.created_at, ApiKey.id)
                .with_for_update()
            )
        )
        .scalars()
        .all()
    )
    now = utcnow()
    caller_cache.changed(session, api_keys=[key.id for key in keys])
    for key in keys:
        key.version += 1
        key.updated_at = now
        if heir is not None:
            key.created_by = heir.id
            audit.record(
                session,
                actor,
                "api_key.transfer",
                "api_key",
                key.id,
                {"answerable_user_id": {"before": str(leaving.id), "after": str(heir.id)}},
            )
        else:
            key.revoked_at = now
            audit.record(
                session,
                actor,
                "api_key.revoke",
                "api_key",
                key.id,
                {
                    "revoked_at": {"before": None, "after": now.isoformat()},
                    "reason": reason or f"The user answerable for it ({leaving.id}) left.",
                },
            )
    return len(keys)
