import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.state_machine import TRANSITION_RESPONSES
from app.models.recruitment import (
    JobDescriptionCreate,
    JobDescriptionRead,
    JobDescriptionStatus,
    JobDescriptionTransition,
    JobDescriptionUpdate,
    JobDescriptionVersionRead,
    JobKind,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep
from app.services.recruitment import descriptions

router = APIRouter(prefix="/job-descriptions", tags=["recruitment"])
Reader = Caller("recruitment:read")
Writer = Caller("recruitment:write")


@router.post(
    "",
    response_model=JobDescriptionRead,
    status_code=201,
    operation_id="create_job_description",
    summary="Write a job description (the city: the network's; an association: its own, "
    "possibly derived from a network one)",
)
async def create_job_description(
    response: Response, session: SessionDep, actor: Writer, body: JobDescriptionCreate
) -> JobDescriptionRead:
    created = await descriptions.create_description(session, actor, body)
    response.headers["Location"] = f"/api/v1/job-descriptions/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[JobDescriptionRead],
    operation_id="list_job_descriptions",
    summary="Job descriptions: the network's published ones and your association's",
    responses=LIST_RESPONSES,
)
async def list_job_descriptions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    association_id: uuid.UUID | None = None,
    network: bool | None = None,
    status: JobDescriptionStatus | None = None,
    kind: JobKind | None = None,
) -> Any:
    listing = descriptions.list_descriptions(
        session, actor, association_id=association_id, network=network, status=status, kind=kind
    )
    return await many(request, response, listing, page, filename="job-descriptions")


@router.get(
    "/{description_id}",
    response_model=JobDescriptionRead,
    operation_id="get_job_description",
    summary="A job description with its current version",
    responses=ONE_RESPONSES,
)
async def get_job_description(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    description_id: uuid.UUID,
) -> Any:
    return one(
        request, response, await descriptions.get_description(session, actor, description_id)
    )


@router.patch(
    "/{description_id}",
    response_model=JobDescriptionRead,
    operation_id="update_job_description",
    summary="Edit a draft in place; editing a published description writes its next version",
    responses={409: {"description": "The description is archived."}},
)
async def update_job_description(
    session: SessionDep,
    actor: Writer,
    description_id: uuid.UUID,
    body: JobDescriptionUpdate,
    if_match: IfMatch = None,
) -> JobDescriptionRead:
    return await descriptions.update_description(session, actor, description_id, body, if_match)


@router.post(
    "/{description_id}/transitions",
    response_model=JobDescriptionRead,
    operation_id="transition_job_description",
    summary="Publish or archive a job description (its owner)",
    responses=TRANSITION_RESPONSES,
)
async def transition_job_description(
    session: SessionDep,
    actor: Writer,
    description_id: uuid.UUID,
    body: JobDescriptionTransition,
    if_match: IfMatch = None,
) -> JobDescriptionRead:
    return await descriptions.transition(session, actor, description_id, body, if_match)


@router.get(
    "/{description_id}/versions/{number}",
    response_model=JobDescriptionVersionRead,
    operation_id="get_job_description_version",
    summary="One version of a job description (the one a mission was opened under)",
    responses=ONE_RESPONSES,
)
async def get_job_description_version(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    description_id: uuid.UUID,
    number: Annotated[int, Path(ge=1, le=1_000_000)],
) -> Any:
    found = await descriptions.get_version(session, actor, description_id, number)
    return one(request, response, found)
