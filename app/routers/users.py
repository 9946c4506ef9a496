import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.models.user import MeUpdate, Role, UserCreate, UserRead, UserUpdate
from app.routers.deps import ActorDep, Caller, IfMatch, PageDep, SessionDep
from app.services.identity import users

router = APIRouter(prefix="/users", tags=["users"])
Reader = Caller("users:read")
KeyHeir = Annotated[
    uuid.UUID | None,
    Query(
        description="Another active user of the same association who takes over the API keys "
        "this user is answerable for; without it those keys are revoked."
    ),
]


@router.get(
    "/me",
    response_model=UserRead,
    operation_id="get_me",
    responses=ONE_RESPONSES,
    summary="The caller's own account",
)
async def get_me(request: Request, response: Response, session: SessionDep, actor: ActorDep) -> Any:
    return one(request, response, await users.get_me(session, actor))


@router.patch(
    "/me",
    response_model=UserRead,
    operation_id="update_me",
    summary="Change one's name or password (the current password is required)",
)
async def update_me(
    session: SessionDep, actor: ActorDep, body: MeUpdate, if_match: IfMatch = None
) -> UserRead:
    return await users.update_me(session, actor, body, if_match)


@router.get(
    "/me/export",
    response_model=dict[str, Any],
    operation_id="export_me",
    summary="Everything held about the caller (RGPD right of access)",
)
async def export_me(response: Response, session: SessionDep, actor: ActorDep) -> dict[str, Any]:
    response.headers["Cache-Control"] = "no-store"  # personal data: never kept by a cache
    return await users.export_me(session, actor)


@router.post(
    "",
    response_model=UserRead,
    status_code=201,
    operation_id="create_user",
    summary="Create a user with an initial password",
)
async def create_user(
    response: Response, session: SessionDep, actor: ActorDep, body: UserCreate
) -> UserRead:
    created = await users.create_user(session, actor, body)
    response.headers["Location"] = f"/api/v1/users/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[UserRead],
    operation_id="list_users",
    responses=LIST_RESPONSES,
    summary="Users the caller may see",
)
async def list_users(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    role: Role | None = None,
    association_id: uuid.UUID | None = None,
    partner_id: uuid.UUID | None = None,
    space_id: uuid.UUID | None = None,
    is_active: bool | None = None,
    include_archived: Annotated[bool, Query()] = False,
) -> Any:
    listing = users.list_users(
        session,
        actor,
        role=role,
        association_id=association_id,
        partner_id=partner_id,
        space_id=space_id,
        is_active=is_active,
        include_archived=include_archived,
    )
    return await many(request, response, listing, page, filename="users")


@router.get(
    "/{user_id}",
    response_model=UserRead,
    operation_id="get_user",
    summary="One account (city staff, association, volunteer or partner)",
    responses=ONE_RESPONSES,
)
async def get_user(
    request: Request, response: Response, session: SessionDep, actor: Reader, user_id: uuid.UUID
) -> Any:
    return one(request, response, await users.get_user(session, actor, user_id))


@router.patch(
    "/{user_id}",
    response_model=UserRead,
    operation_id="update_user",
    summary="Rename, change role, (de)activate or reassign to spaces",
)
async def update_user(
    session: SessionDep,
    actor: ActorDep,
    user_id: uuid.UUID,
    body: UserUpdate,
    if_match: IfMatch = None,
) -> UserRead:
    return await users.update_user(session, actor, user_id, body, if_match)


@router.post(
    "/{user_id}/archive",
    response_model=UserRead,
    operation_id="archive_user",
    summary="Archive an account: it can no longer log in; its history stays",
)
async def archive_user(
    session: SessionDep,
    actor: ActorDep,
    user_id: uuid.UUID,
    if_match: IfMatch = None,
    transfer_api_keys_to: KeyHeir = None,
) -> UserRead:
    return await users.archive_user(session, actor, user_id, if_match, transfer_api_keys_to)


@router.post(
    "/{user_id}/anonymise",
    response_model=UserRead,
    operation_id="anonymise_user",
    summary="Scrub a departed user's personal data (city); the audit trail keeps its id",
)
async def anonymise_user(
    session: SessionDep, actor: ActorDep, user_id: uuid.UUID, transfer_api_keys_to: KeyHeir = None
) -> UserRead:
    return await users.anonymise_user(session, actor, user_id, transfer_api_keys_to)
