import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.models.association import (
    AssociationCreate,
    AssociationRead,
    AssociationUpdate,
    LegalForm,
)
from app.routers.deps import ActorDep, Caller, IfMatch, PageDep, SessionDep
from app.services.organisations import associations

router = APIRouter(prefix="/associations", tags=["associations"])
Reader = Caller("associations:read")


@router.post(
    "",
    response_model=AssociationRead,
    status_code=201,
    operation_id="create_association",
    summary="Register a host association (city only)",
)
async def create_association(
    response: Response, session: SessionDep, actor: ActorDep, body: AssociationCreate
) -> AssociationRead:
    created = await associations.create_association(session, actor, body)
    response.headers["Location"] = f"/api/v1/associations/{created.id}"
    return tagged(response, created)


@router.get(
    "",
    response_model=Page[AssociationRead],
    operation_id="list_associations",
    summary="The host associations you may see",
    responses=LIST_RESPONSES,
)
async def list_associations(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    q: Annotated[
        str | None, Query(max_length=100, description="Name contains (accents and case ignored)")
    ] = None,
    neighbourhood: Annotated[str | None, Query(max_length=100)] = None,
    legal_form: LegalForm | None = None,
    include_archived: Annotated[bool, Query()] = False,
) -> Any:
    listing = associations.list_associations(
        session,
        actor,
        q=q,
        neighbourhood=neighbourhood,
        legal_form=legal_form,
        include_archived=include_archived,
    )
    return await many(request, response, listing, page, filename="associations")


@router.get(
    "/{association_id}",
    response_model=AssociationRead,
    operation_id="get_association",
    summary="One host association",
    responses=ONE_RESPONSES,
)
async def get_association(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    association_id: uuid.UUID,
) -> Any:
    return one(
        request, response, await associations.get_association(session, actor, association_id)
    )


@router.patch(
    "/{association_id}",
    response_model=AssociationRead,
    operation_id="update_association",
    summary="Change an association's details (If-Match)",
)
async def update_association(
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    association_id: uuid.UUID,
    body: AssociationUpdate,
    if_match: IfMatch = None,
) -> AssociationRead:
    updated = await associations.update_association(session, actor, association_id, body, if_match)
    return tagged(response, updated)


@router.post(
    "/{association_id}/archive",
    response_model=AssociationRead,
    operation_id="archive_association",
    summary="Archive (kept for history; refused while it has active spaces)",
)
async def archive_association(
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    association_id: uuid.UUID,
    if_match: IfMatch = None,
) -> AssociationRead:
    archived = await associations.archive_association(session, actor, association_id, if_match)
    return tagged(response, archived)
