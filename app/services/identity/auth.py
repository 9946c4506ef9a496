"""Logging in, refreshing, logging out, and recognising the caller of each request."""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import TooManyRequests, Unauthorized
from app.core.ratelimit import Counters
from app.core.security import (
    InvalidToken,
    create_access_token,
    decode_access_token,
    digest,
    new_secret,
    same_digest,
    verify_password,
)
from app.models.association import Association
from app.models.partner import Partner
from app.models.user import ApiKey, ApiKeyStatus, RefreshToken, SpaceAssignment, TokenPair, User
from app.services import audit, policy
from app.services.identity import caller_cache, key_use


@dataclass(frozen=True)
class RequestContext:
    request_id: str | None
    client_address: str | None


def _anonymous(ctx: RequestContext) -> Actor:
    return Actor(kind="anonymous", request_id=ctx.request_id, client_address=ctx.client_address)


async def _issue(
    session: AsyncSession, settings: Settings, user: User, family_id: uuid.UUID
) -> TokenPair:
    claims = {"role": user.role, "sid": str(family_id)}
    if user.association_id:
        claims["association_id"] = str(user.association_id)
    if user.partner_id:
        claims["partner_id"] = str(user.partner_id)
    access, expires_in = create_access_token(settings, subject=user.id, claims=claims)
    refresh = new_secret(32)
    session.add(
        RefreshToken(
            user_id=user.id,
            family_id=family_id,
            token_hash=digest(refresh),
            expires_at=utcnow() + timedelta(days=settings.refresh_token_days),
        )
    )
    return TokenPair(access_token=access, expires_in=expires_in, refresh_token=refresh)


async def login(
    session: AsyncSession,
    settings: Settings,
    counters: Counters,
    *,
    email: str,
    password: str,
    ctx: RequestContext,
) -> TokenPair:
    email = email.strip().casefold()
    window = settings.login_window_seconds
    account_key, address_key = f"login:acct:{email}", f"login:addr:{ctx.client_address}"
    for key, limit in (
        (account_key, settings.login_max_failures_per_account),
        (address_key, settings.login_max_failures_per_address),
    ):
        state = await counters.peek(session, key, window, limit)
        if state.count >= limit:
            raise TooManyRequests(
                "Too many failed logins; wait before trying again.",
                headers={"Retry-After": str(state.reset_in)},
            )
    user = (await session.execute(select(User).where(User.email == email))).scalar_one_or_none()
    # Verify even when the e-mail is unknown, against a dummy hash: same cost either way.
    password_ok = verify_password(password, user.password_hash if user else None)
    usable = user is not None and account_usable(user)
    if not (password_ok and usable):
        await counters.hit(session, account_key, window, settings.login_max_failures_per_account)
        await counters.hit(session, address_key, window, settings.login_max_failures_per_address)
        audit.record(
            session,
            _anonymous(ctx),
            "auth.login_failed",
            "user",
            user.id if user else None,
            {"email": email},
        )
        await session.commit()
        raise Unauthorized("Wrong e-mail or password.")
    await counters.clear(session, account_key, window)
    user.last_login_at = utcnow()
    pair = await _issue(session, settings, user, uuid.uuid4())
    audit.record(session, _anonymous(ctx), "auth.login", "user", user.id, user_id=user.id)
    await session.commit()
    return pair


async def refresh(
    session: AsyncSession, settings: Settings, *, refresh_token: str, ctx: RequestContext
) -> TokenPair:
    now = utcnow()
    token = (
        await session.execute(
            select(RefreshToken)
            .where(RefreshToken.token_hash == digest(refresh_token))
            .with_for_update()
        )
    ).scalar_one_or_none()
    if token is None:
        raise Unauthorized("Unknown refresh token.")
    if token.used_at is not None or token.revoked_at is not None:
        if token.used_at is not None and token.revoked_at is None:
            # A spent token came back: someone holds a copy. End the whole family.
            await _revoke_family(session, token.family_id)
            audit.record(
                session,
                _anonymous(ctx),
                "auth.refresh_reuse",
                "user",
                token.user_id,
                {"family_id": str(token.family_id)},
                user_id=token.user_id,
            )
            await session.commit()
        raise Unauthorized("This refresh token was already used or revoked; log in again.")
    if token.expires_at <= now:
        raise Unauthorized("This refresh token has expired; log in again.")
    user = await session.get(User, token.user_id)
    if user is None or not user.is_active or user.archived_at is not None:
        raise Unauthorized("This account is not active.")
    spent = await session.execute(
        update(RefreshToken)
        .where(RefreshToken.id == token.id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    if spent.rowcount != 1:  # a concurrent refresh spent it first
        raise Unauthorized("This refresh token was already used; log in again.")
    pair = await _issue(session, settings, user, token.family_id)
    await session.commit()
    return pair


async def _revoke_family(session: AsyncSession, family_id: uuid.UUID) -> None:
    caller_cache.changed(session, sessions=[family_id])
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


async def revoke_user_sessions(session: AsyncSession, user: User) -> None:
    """Every refresh token ends now and every access token issued until now is refused."""
    caller_cache.changed(session, users=[user.id])
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user.id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    user.tokens_valid_after = utcnow()


async def logout(
    session: AsyncSession,
    actor: Actor,
    session_id: uuid.UUID | None,
    *,
    refresh_token: str | None = None,
) -> None:
    """Ends the access token's login and, when given, the login of a refresh token of the
    same user (RFC 7009: an unknown or someone else's token is ignored, not an error)."""
    policy.require_user(
        actor, "An API key has no login to end; revoke it with POST /api-keys/{id}/revoke."
    )
    if session_id is not None:
        await _revoke_family(session, session_id)
    if refresh_token is not None:
        family = (
            await session.execute(
                select(RefreshToken.family_id).where(
                    RefreshToken.token_hash == digest(refresh_token),
                    RefreshToken.user_id == actor.user_id,
                )
            )
        ).scalar_one_or_none()
        if family is not None and family != session_id:
            await _revoke_family(session, family)
    audit.record(session, actor, "auth.logout", "user", actor.user_id)
    await session.commit()


# ---- recognising the caller ---------------------------------------------------------------------


async def actor_from_token(
    session: AsyncSession, settings: Settings, token: str, ctx: RequestContext
) -> tuple[Actor, uuid.UUID | None]:
    actor, session_id, _expires_at = await resolve_token(session, settings, token, ctx)
    return actor, session_id


async def resolve_token(
    session: AsyncSession, settings: Settings, token: str, ctx: RequestContext
) -> tuple[Actor, uuid.UUID | None, float]:
    """The token's caller, its session (refresh-token family) and the token's expiry."""
    try:
        claims = decode_access_token(settings, token)
        user_id = uuid.UUID(claims["sub"])
        session_id = uuid.UUID(claims["sid"]) if claims.get("sid") else None
    except (InvalidToken, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise Unauthorized(f"Invalid access token: {exc}") from exc
    family_revoked = (
        exists().where(RefreshToken.family_id == session_id, RefreshToken.revoked_at.is_not(None))
        if session_id
        else None
    )
    # One query: the user, whether the session was logged out, and one row per assignment.
    columns = [User, SpaceAssignment.space_id]
    if family_revoked is not None:
        columns.append(family_revoked.label("revoked"))
    rows = (
        await session.execute(
            select(*columns)
            .outerjoin(SpaceAssignment, SpaceAssignment.user_id == User.id)
            .where(User.id == user_id)
        )
    ).all()
    user = rows[0][0] if rows else None
    if user is None or not user.is_active or user.archived_at is not None:
        raise Unauthorized("This account is unknown or no longer active.")
    if float(claims.get("iat_precise", claims["iat"])) < user.tokens_valid_after.timestamp():
        raise Unauthorized("This token was revoked; log in again.")
    if session_id is not None and rows[0].revoked:
        raise Unauthorized("This session was logged out; log in again.")
    space_ids = frozenset(row[1] for row in rows if row[1] is not None)
    actor = Actor(
        kind="user",
        role=user.role,
        user_id=user.id,
        association_id=user.association_id,
        partner_id=user.partner_id,
        space_ids=space_ids,
        request_id=ctx.request_id,
        client_address=ctx.client_address,
    )
    return actor, session_id, float(claims["exp"])


API_KEY_PREFIX = "enc_"


def account_usable(user: User) -> bool:
    return user.is_active and user.archived_at is None


def key_status(key: ApiKey, answerable: User | None, now: datetime) -> ApiKeyStatus:
    """A key's status, from the key and the state of the user answerable for it (its creator,
    or whoever took it over): computed at each use and read, so nothing is copied to drift."""
    if key.revoked_at is not None or key.archived_at is not None:
        return ApiKeyStatus.revoked
    if key.expires_at is not None and key.expires_at <= now:
        return ApiKeyStatus.expired
    if answerable is not None and not account_usable(answerable):
        return ApiKeyStatus.suspended
    return ApiKeyStatus.active


KEY_REFUSALS = {
    ApiKeyStatus.revoked: "This API key was revoked.",
    ApiKeyStatus.expired: "This API key has expired.",
    ApiKeyStatus.suspended: "This API key is suspended: the user answerable for it is "
    "deactivated. It works again if that user is reactivated.",
}


def split_api_key(raw: str) -> tuple[str, str] | None:
    if not raw.startswith(API_KEY_PREFIX):
        return None
    prefix, _, secret = raw[len(API_KEY_PREFIX) :].partition("_")
    if not prefix or not secret:
        return None
    return prefix, secret


async def actor_from_api_key(session: AsyncSession, raw: str, ctx: RequestContext) -> Actor:
    return (await resolve_api_key(session, raw, ctx))[0]


async def resolve_api_key(
    session: AsyncSession, raw: str, ctx: RequestContext
) -> tuple[Actor, uuid.UUID | None, float | None]:
    """The key's caller, the user answerable for it and the key's expiry (UNIX time)."""
    parts = split_api_key(raw.strip())
    if parts is None:
        raise Unauthorized("Malformed API key.")
    prefix, _secret = parts
    key = (
        await session.execute(select(ApiKey).where(ApiKey.prefix == prefix))
    ).scalar_one_or_none()
    now = utcnow()
    if key is None or not same_digest(raw.strip(), key.secret_hash):
        raise Unauthorized("Unknown API key.")
    answerable = await session.get(User, key.created_by) if key.created_by else None
    status = key_status(key, answerable, now)
    if status != ApiKeyStatus.active:
        raise Unauthorized(KEY_REFUSALS[status])
    owner_archived = None
    if key.association_id:
        owner_archived = (await session.get(Association, key.association_id)).archived_at
    elif key.partner_id:
        owner_archived = (await session.get(Partner, key.partner_id)).archived_at
    if owner_archived is not None:
        raise Unauthorized("This API key's owner is archived.")
    key_use.note(key.id, now)  # written by key_use.flush, not by this request
    actor = Actor(
        kind="api_key",
        role="association" if key.association_id else "partner",
        api_key_id=key.id,
        association_id=key.association_id,
        partner_id=key.partner_id,
        scopes=frozenset(key.scopes),
        request_id=ctx.request_id,
        client_address=ctx.client_address,
    )
    expires_at = key.expires_at.timestamp() if key.expires_at is not None else None
    return actor, key.created_by, expires_at
