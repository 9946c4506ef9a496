import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.models.user import ApiKeyCreate, ApiKeyCreated, ApiKeyRead
from app.routers.deps import ActorDep, PageDep, SessionDep
from app.services.identity import api_keys

router = APIRouter(prefix="/api-keys", tags=["api-keys"])

KEY_LIFE = (
    "A key acts for its association or partner with its scopes, and follows the user "
    "answerable for it (its creator, or whoever took it over), as `status` shows on every read: "
    "`suspended` while that user is deactivated (it works again on reactivation); `revoked` "
    "when that user is archived or anonymised, unless `transfer_api_keys_to` hands it over, and "
    "when that user's **role changes** (a key does not keep the powers of a role its issuer no "
    "longer has; the audit trail records each revocation with the reason); `revoked` also when "
    "revoked here, `expired` after `expires_at`. Each of these is refused at once by the API "
    "process that made the change and by the others within `CALLER_CACHE_SECONDS` (≤ 5 s)."
)


@router.post(
    "",
    response_model=ApiKeyCreated,
    status_code=201,
    operation_id="create_api_key",
    summary="Create a key; its secret is in this response only",
    description=KEY_LIFE,
)
async def create_api_key(
    response: Response, session: SessionDep, actor: ActorDep, body: ApiKeyCreate
) -> ApiKeyCreated:
    created = await api_keys.create_api_key(session, actor, body)
    response.headers["Location"] = f"/api/v1/api-keys/{created.id}"
    response.headers["Cache-Control"] = "no-store"  # the secret is in this response only
    return created


@router.get(
    "",
    response_model=Page[ApiKeyRead],
    operation_id="list_api_keys",
    summary="The API keys you manage (revoked ones with `include_revoked`)",
    responses=LIST_RESPONSES,
)
async def list_api_keys(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    page: PageDep,
    association_id: uuid.UUID | None = None,
    partner_id: uuid.UUID | None = None,
    include_revoked: Annotated[bool, Query()] = False,
) -> Any:
    listing = api_keys.list_api_keys(
        session,
        actor,
        association_id=association_id,
        partner_id=partner_id,
        include_revoked=include_revoked,
    )
    return await many(request, response, listing, page, filename="api-keys")


@router.get(
    "/{key_id}",
    response_model=ApiKeyRead,
    operation_id="get_api_key",
    summary="One API key: its scopes, owner, last use (never the secret)",
    responses=ONE_RESPONSES,
)
async def get_api_key(
    request: Request, response: Response, session: SessionDep, actor: ActorDep, key_id: uuid.UUID
) -> Any:
    return one(request, response, await api_keys.get_api_key(session, actor, key_id))


@router.post(
    "/{key_id}/revoke",
    response_model=ApiKeyRead,
    operation_id="revoke_api_key",
    summary="Revoke a key for good",
    description=KEY_LIFE,
)
async def revoke_api_key(session: SessionDep, actor: ActorDep, key_id: uuid.UUID) -> ApiKeyRead:
    return await api_keys.revoke_api_key(session, actor, key_id)
