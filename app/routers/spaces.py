import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.core.state_machine import TRANSITION_RESPONSES
from app.models.space import (
    SpaceCreate,
    SpaceKind,
    SpaceRead,
    SpaceStatus,
    SpaceTransition,
    SpaceUpdate,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep, SyncDep
from app.services.spaces import records as spaces

router = APIRouter(prefix="/spaces", tags=["spaces"])
Reader = Caller("spaces:read")
Writer = Caller("spaces:write")


@router.post(
    "",
    response_model=SpaceRead,
    status_code=201,
    operation_id="create_space",
    summary="Open a new ENC or PAIC for an association",
)
async def create_space(
    response: Response, session: SessionDep, actor: Writer, body: SpaceCreate
) -> SpaceRead:
    created = await spaces.create_space(session, actor, body)
    response.headers["Location"] = f"/api/v1/spaces/{created.id}"
    return tagged(response, created)


@router.get(
    "",
    response_model=Page[SpaceRead],
    operation_id="list_spaces",
    summary="The spaces you may see, filtered and paged (JSON or CSV)",
    responses=LIST_RESPONSES,
)
async def list_spaces(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    sync: SyncDep,
    association_id: uuid.UUID | None = None,
    kind: SpaceKind | None = None,
    status: SpaceStatus | None = None,
    neighbourhood: Annotated[str | None, Query(max_length=100)] = None,
    q: Annotated[
        str | None, Query(max_length=100, description="Name contains (accents and case ignored)")
    ] = None,
    include_archived: Annotated[bool, Query()] = False,
) -> Any:
    listing = spaces.list_spaces(
        session,
        actor,
        association_id=association_id,
        kind=kind,
        status=status,
        neighbourhood=neighbourhood,
        q=q,
        include_archived=include_archived,
    )
    return await many(request, response, listing, page, filename="spaces", sync=sync)


@router.get(
    "/{space_id}",
    response_model=SpaceRead,
    operation_id="get_space",
    summary="One space: premises, opening hours, connection, label",
    responses=ONE_RESPONSES,
)
async def get_space(
    request: Request, response: Response, session: SessionDep, actor: Reader, space_id: uuid.UUID
) -> Any:
    return one(request, response, await spaces.get_space(session, actor, space_id))


@router.patch(
    "/{space_id}",
    response_model=SpaceRead,
    operation_id="update_space",
    summary="Change a space's details or opening hours (If-Match)",
)
async def update_space(
    response: Response,
    session: SessionDep,
    actor: Writer,
    space_id: uuid.UUID,
    body: SpaceUpdate,
    if_match: IfMatch = None,
) -> SpaceRead:
    return tagged(response, await spaces.update_space(session, actor, space_id, body, if_match))


@router.post(
    "/{space_id}/transitions",
    response_model=SpaceRead,
    operation_id="transition_space",
    summary="Move a space through its lifecycle (403 or 409 lists the allowed moves)",
    responses=TRANSITION_RESPONSES,
)
async def transition_space(
    response: Response,
    session: SessionDep,
    actor: Writer,
    space_id: uuid.UUID,
    body: SpaceTransition,
    if_match: IfMatch = None,
) -> SpaceRead:
    moved = await spaces.transition_space(session, actor, space_id, body, if_match)
    return tagged(response, moved)


@router.post(
    "/{space_id}/archive",
    response_model=SpaceRead,
    operation_id="archive_space",
    summary="Archive a planned or closed space (kept for history)",
)
async def archive_space(
    response: Response,
    session: SessionDep,
    actor: Writer,
    space_id: uuid.UUID,
    if_match: IfMatch = None,
) -> SpaceRead:
    return tagged(response, await spaces.archive_space(session, actor, space_id, if_match))
