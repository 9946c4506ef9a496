import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.models.partner import PartnerCreate, PartnerKind, PartnerRead, PartnerUpdate
from app.routers.deps import ActorDep, IfMatch, PageDep, SessionDep
from app.services.organisations import partners

router = APIRouter(prefix="/partners", tags=["partners"])


@router.post(
    "",
    response_model=PartnerRead,
    status_code=201,
    operation_id="create_partner",
    summary="Register a partner (maintenance operator, training provider …)",
)
async def create_partner(
    response: Response, session: SessionDep, actor: ActorDep, body: PartnerCreate
) -> PartnerRead:
    created = await partners.create_partner(session, actor, body)
    response.headers["Location"] = f"/api/v1/partners/{created.id}"
    return tagged(response, created)


@router.get(
    "",
    response_model=Page[PartnerRead],
    operation_id="list_partners",
    summary="The partners",
    responses=LIST_RESPONSES,
)
async def list_partners(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    page: PageDep,
    kind: PartnerKind | None = None,
    include_archived: Annotated[bool, Query()] = False,
) -> Any:
    listing = partners.list_partners(session, actor, kind=kind, include_archived=include_archived)
    return await many(request, response, listing, page, filename="partners")


@router.get(
    "/{partner_id}",
    response_model=PartnerRead,
    operation_id="get_partner",
    summary="One partner",
    responses=ONE_RESPONSES,
)
async def get_partner(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    partner_id: uuid.UUID,
) -> Any:
    return one(request, response, await partners.get_partner(session, actor, partner_id))


@router.patch(
    "/{partner_id}",
    response_model=PartnerRead,
    operation_id="update_partner",
    summary="Change a partner's details (If-Match)",
)
async def update_partner(
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    partner_id: uuid.UUID,
    body: PartnerUpdate,
    if_match: IfMatch = None,
) -> PartnerRead:
    updated = await partners.update_partner(session, actor, partner_id, body, if_match)
    return tagged(response, updated)


@router.post(
    "/{partner_id}/archive",
    response_model=PartnerRead,
    operation_id="archive_partner",
    summary="Archive a partner: it keeps its history, its accounts stop",
)
async def archive_partner(
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    partner_id: uuid.UUID,
    if_match: IfMatch = None,
) -> PartnerRead:
    archived = await partners.archive_partner(session, actor, partner_id, if_match)
    return tagged(response, archived)
