import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.state_machine import TRANSITION_RESPONSES
from app.models.engagement import (
    EngagementCreate,
    EngagementKind,
    EngagementRead,
    EngagementStatus,
    EngagementTransition,
    EngagementUpdate,
    ResourcePersonPut,
    ResourcePersonRead,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep
from app.services.engagements import records as engagements
from app.services.engagements import resource_persons

router = APIRouter(prefix="/engagements", tags=["engagements"])
resource_persons_router = APIRouter(prefix="/associations", tags=["engagements"])
Reader = Caller("engagements:read")
Writer = Caller("engagements:write")
CHANGE_RESPONSES = {409: {"description": "Ended or cancelled, or overlapping another one."}}


@router.post(
    "",
    response_model=EngagementRead,
    status_code=201,
    operation_id="create_engagement",
    summary="Record an engagement at a space (a Service Civique: 6–12 months, 24–48 h a week); "
    "from its first day it assigns the person to the space",
    responses={409: {"description": "The person has an engagement at this space then."}},
)
async def create_engagement(
    response: Response, session: SessionDep, actor: Writer, body: EngagementCreate
) -> EngagementRead:
    created = await engagements.create_engagement(session, actor, body)
    response.headers["Location"] = f"/api/v1/engagements/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[EngagementRead],
    operation_id="list_engagements",
    summary="Engagements: the city's all, an association's at its spaces, a volunteer's own "
    "and those it tutors",
    responses=LIST_RESPONSES,
)
async def list_engagements(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    user_id: uuid.UUID | None = None,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    tutor_id: uuid.UUID | None = None,
    kind: EngagementKind | None = None,
    status: Annotated[
        EngagementStatus | None, Query(description="As the dates give it today.")
    ] = None,
) -> Any:
    listing = engagements.list_engagements(
        session,
        actor,
        user_id=user_id,
        space_id=space_id,
        association_id=association_id,
        tutor_id=tutor_id,
        kind=kind,
        status=status,
    )
    return await many(request, response, listing, page, filename="engagements")


@router.get(
    "/{engagement_id}",
    response_model=EngagementRead,
    operation_id="get_engagement",
    summary="One engagement, its status as its dates give it today",
    responses=ONE_RESPONSES,
)
async def get_engagement(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    engagement_id: uuid.UUID,
) -> Any:
    return one(request, response, await engagements.get_engagement(session, actor, engagement_id))


@router.patch(
    "/{engagement_id}",
    response_model=EngagementRead,
    operation_id="update_engagement",
    summary="Change an engagement's dates, hours, tutor or Service Civique terms",
    responses=CHANGE_RESPONSES,
)
async def update_engagement(
    session: SessionDep,
    actor: Writer,
    engagement_id: uuid.UUID,
    body: EngagementUpdate,
    if_match: IfMatch = None,
) -> EngagementRead:
    return await engagements.update_engagement(session, actor, engagement_id, body, if_match)


@router.post(
    "/{engagement_id}/transitions",
    response_model=EngagementRead,
    operation_id="transition_engagement",
    summary="End an engagement early (its assignment with it) or cancel a planned one; 403 or "
    "409 lists the allowed moves",
    responses=TRANSITION_RESPONSES,
)
async def transition_engagement(
    session: SessionDep,
    actor: Writer,
    engagement_id: uuid.UUID,
    body: EngagementTransition,
    if_match: IfMatch = None,
) -> EngagementRead:
    return await engagements.transition(session, actor, engagement_id, body, if_match)


# ---- resource persons of an association ---------------------------------------------------------


@resource_persons_router.get(
    "/{association_id}/resource-persons",
    response_model=Page[ResourcePersonRead],
    operation_id="list_resource_persons",
    summary="The association's resource persons (personnes ressources) and their skills",
    responses=LIST_RESPONSES,
)
async def list_resource_persons(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    association_id: uuid.UUID,
    skill: Annotated[
        str | None, Query(min_length=1, max_length=64, description="A skill's code.")
    ] = None,
) -> Any:
    listing = await resource_persons.list_resource_persons(
        session, actor, association_id, skill=skill
    )
    return await many(request, response, listing, page, filename="resource-persons")


@resource_persons_router.put(
    "/{association_id}/resource-persons/{user_id}",
    response_model=ResourcePersonRead,
    operation_id="mark_resource_person",
    summary="Mark a member as resource person of its association, for these skills (or change "
    "them)",
)
async def mark_resource_person(
    session: SessionDep,
    actor: Writer,
    association_id: uuid.UUID,
    user_id: uuid.UUID,
    body: ResourcePersonPut,
) -> ResourcePersonRead:
    return await resource_persons.mark(session, actor, association_id, user_id, body)


@resource_persons_router.delete(
    "/{association_id}/resource-persons/{user_id}",
    status_code=204,
    operation_id="unmark_resource_person",
    summary="A member is no longer a resource person (kept in the history)",
)
async def unmark_resource_person(
    session: SessionDep, actor: Writer, association_id: uuid.UUID, user_id: uuid.UUID
) -> Response:
    await resource_persons.unmark(session, actor, association_id, user_id)
    return Response(status_code=204)
