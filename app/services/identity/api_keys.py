"""API keys for partners' and associations' scripts: shown once, stored hashed, revocable."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.repository import Repository, rowwise
from app.core.security import digest, new_secret
from app.models.association import Association
from app.models.partner import Partner
from app.models.user import ApiKey, ApiKeyCreate, ApiKeyCreated, ApiKeyRead
from app.services import audit, crud, policy
from app.services.identity.auth import API_KEY_PREFIX

KEYS_MANAGE_NO_KEYS = "API keys do not manage API keys; log in as a user."


def to_read(key: ApiKey, actor: Actor | None = None) -> ApiKeyRead:
    return ApiKeyRead.model_validate(key)


API_KEYS = Repository[ApiKey, ApiKeyRead](
    ApiKey,
    scope=policy.scope_api_keys,
    label="API key",
    to_reads=rowwise(to_read),
    sorts={"created_at": SortKey(ApiKey.created_at, "datetime"), "name": SortKey(ApiKey.name)},
    default_sort="-created_at",
)


async def create_api_key(session: AsyncSession, actor: Actor, data: ApiKeyCreate) -> ApiKeyCreated:
    policy.require_user(actor, KEYS_MANAGE_NO_KEYS)
    policy.require(actor, "api_key:create")
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
    return ApiKeyCreated.model_validate({**to_read(key).model_dump(), "secret": secret})


async def _find(session: AsyncSession, actor: Actor, key_id: uuid.UUID) -> ApiKey:
    policy.require_user(actor, KEYS_MANAGE_NO_KEYS)
    return await API_KEYS.find(session, actor, key_id)


async def get_api_key(session: AsyncSession, actor: Actor, key_id: uuid.UUID) -> ApiKeyRead:
    return to_read(await _find(session, actor, key_id))


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
    await crud.update(
        session,
        actor,
        key,
        {"revoked_at": utcnow()},
        if_match=None,
        current=to_read(key),
        resource_type="api_key",
        action="revoke",
    )
    return to_read(key)
