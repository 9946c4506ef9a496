"""The dependencies every router uses, as Annotated aliases: a router reads like its OpenAPI
entry (`session: SessionDep, actor: Caller("spaces:read")`)."""

import uuid
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Header, Request, Response
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.core.actor import Actor
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import TooManyRequests, Unauthorized
from app.core.pagination import PageParams, page_params
from app.core.sync import SyncParams, sync_params
from app.services import policy
from app.services.identity import auth, key_use
from app.services.identity.caller_cache import CallerCache

oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl="/api/v1/auth/token",
    refreshUrl="/api/v1/auth/refresh",
    auto_error=False,
    description="Log in with the city, association, volunteer "
    "or partner account (demo logins are printed by `enc seed`). Access tokens are short-lived "
    "JWTs (RFC 7519) handled as RFC8725 recommends: one configured algorithm (never `none`, "
    "never the token header's choice), signature, `exp`, `nbf`, `iss` and `aud` always checked; "
    "a refresh token (opaque, single use, rotated) gets a new pair.",
)
api_key_scheme = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="A partner's or association's script key."
)

# `openapi_extra` of the operations anyone may call: the document says they are public on
# purpose rather than leaving their security undeclared.
ANONYMOUS = {"security": [{}]}


READ_METHODS = frozenset({"GET", "HEAD"})
# `openapi_extra` of a GET that records what it served (a document's download is audited): its
# transaction is not read-only, and the document says so to clients.
AUDITED_READ = {"x-audited-read": True}


# `openapi_extra` of a write whose first transaction only reads (cancelling a running import
# finds the job, stops this process's runner, then writes): on SQLite a writing BEGIN would wait
# for the write lock the import it cancels holds.
STARTS_READ_ONLY = {"x-starts-read-only": True}


def _extra(request: Request, key: str) -> bool:
    route = request.scope.get("route")
    return bool((getattr(route, "openapi_extra", None) or {}).get(key))


def _audited_read(request: Request) -> bool:
    return _extra(request, "x-audited-read")


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's one session: authentication and the route share it (FastAPI resolves a
    dependency once per request), so a request is one pool checkout and one transaction.
    A GET or HEAD gets a read-only transaction: on SQLite a deferred BEGIN (it never waits for
    a writer, WAL), on PostgreSQL `BEGIN READ ONLY` (asyncpg sends it as the BEGIN itself, no
    extra round trip)."""
    async with request.app.state.sessionmaker() as session:
        if (request.method in READ_METHODS and not _audited_read(request)) or _extra(
            request, "x-starts-read-only"
        ):
            await read_only(session)
        yield session


async def read_only(session: AsyncSession) -> None:
    """Start `session`'s transaction read-only. A session bound to a connection that already
    has a transaction (tests joining theirs through a savepoint) keeps that one as it is."""
    if isinstance(session.bind, AsyncEngine):
        await session.connection(
            execution_options={"sqlite_read_only": True, "postgresql_readonly": True}
        )


# scope="function": the session closes when the route returns, before the response is sent,
# so no transaction stays open while the client reads (SQLite's write lock, pooled conns).
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
PageDep = Annotated[PageParams, Depends(page_params)]
# `?sync=` / `?updated_since=` of a list that apps cache offline (app/core/sync.py).
SyncDep = Annotated[SyncParams, Depends(sync_params)]
IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        max_length=1024,  # a few ETags of 34 characters
        description="An ETag from a read; 412 if the resource changed since.",
    ),
]


def request_context(request: Request) -> auth.RequestContext:
    client = request.client.host if request.client else None
    return auth.RequestContext(request_id=request.state.request_id, client_address=client)


async def current_actor(
    request: Request,
    response: Response,
    session: SessionDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
) -> Actor:
    settings: Settings = request.app.state.settings
    if token:
        actor = await _token_caller(request, session, settings, token)
    elif api_key:
        actor = await _key_caller(request, session, api_key)
    else:
        raise Unauthorized("Authentication required: send a bearer token or an X-API-Key.")
    # Nothing is committed here: the route's transaction carries on (a read writes nothing;
    # the rate limit is in memory or Redis, never a database row per request).
    if settings.rate_limit_enabled:
        window = await request.app.state.request_limiter.hit(
            f"rate:{actor.principal}", 60, settings.rate_limit_per_minute
        )
        if window.exceeded:
            raise TooManyRequests(
                "Request rate limit reached for this caller; slow down.", headers=window.headers()
            )
        response.headers.update(window.headers())
    return actor


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


async def _token_caller(
    request: Request, session: AsyncSession, settings: Settings, token: str
) -> Actor:
    """The token's caller: from this process's caller cache when it holds a live entry
    (services/identity/caller_cache.py), else queried (one query) and cached."""
    cache: CallerCache = request.app.state.caller_cache
    key = cache.key("t", token) if cache.enabled else ""
    hit = cache.get(key, request.state.request_id, _client(request)) if key else None
    if hit is not None:
        entry, actor = hit
        request.state.session_id = entry.session_id
        return actor
    generation = cache.generation
    actor, session_id, expires_at = await auth.resolve_token(
        session, settings, token, request_context(request)
    )
    request.state.session_id = session_id
    if key:
        cache.put(
            key, generation, actor,
            expires_at=expires_at, session_id=session_id, user_id=actor.user_id,
        )  # fmt: skip
    return actor


async def _key_caller(request: Request, session: AsyncSession, raw: str) -> Actor:
    cache: CallerCache = request.app.state.caller_cache
    key = cache.key("k", raw.strip()) if cache.enabled else ""
    hit = cache.get(key, request.state.request_id, _client(request)) if key else None
    if hit is not None:
        entry, actor = hit
        key_use.note(entry.api_key_id, utcnow())
        return actor
    generation = cache.generation
    actor, answerable_id, expires_at = await auth.resolve_api_key(
        session, raw, request_context(request)
    )
    if key:
        cache.put(
            key, generation, actor,
            expires_at=expires_at, user_id=answerable_id, api_key_id=actor.api_key_id,
            owner_id=actor.association_id or actor.partner_id,
        )  # fmt: skip
    return actor


ActorDep = Annotated[Actor, Depends(current_actor)]


def Caller(scope: str):
    """The authenticated caller, refused (403) when it is an API key without `scope`."""

    async def dependency(actor: ActorDep) -> Actor:
        policy.require_scope(actor, scope)
        return actor

    return Annotated[Actor, Depends(dependency)]


def session_id_of(request: Request) -> uuid.UUID | None:
    return getattr(request.state, "session_id", None)
