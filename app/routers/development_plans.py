import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.state_machine import TRANSITION_RESPONSES
from app.models.plan import (
    ObjectiveCreate,
    ObjectiveReport,
    ObjectiveUpdate,
    PlanCreate,
    PlanRead,
    PlanStatus,
    PlanTransition,
    PlanUpdate,
    PlanVersionRead,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep
from app.services.plans import records as plans

router = APIRouter(prefix="/development-plans", tags=["development plans"])
Reader = Caller("plans:read")
Writer = Caller("plans:write")
CHANGE_RESPONSES = {
    409: {"description": "Submitted or closed: not changed now (an agreed plan starts a version)."}
}


@router.post(
    "",
    response_model=PlanRead,
    status_code=201,
    operation_id="create_development_plan",
    summary="Start your association's plan for a period (one a period)",
    responses={409: {"description": "The association already has a plan for this period."}},
)
async def create_development_plan(
    response: Response, session: SessionDep, actor: Writer, body: PlanCreate
) -> PlanRead:
    created = await plans.create_plan(session, actor, body)
    response.headers["Location"] = f"/api/v1/development-plans/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[PlanRead],
    operation_id="list_development_plans",
    summary="Development plans you may see",
    responses=LIST_RESPONSES,
)
async def list_development_plans(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    association_id: uuid.UUID | None = None,
    period: Annotated[str | None, Query(pattern=r"^[0-9]{4}-[0-9]{4}$", max_length=9)] = None,
    status: PlanStatus | None = None,
) -> Any:
    listing = plans.list_plans(
        session, actor, association_id=association_id, period=period, status=status
    )
    return await many(request, response, listing, page, filename="development-plans")


@router.get(
    "/{plan_id}",
    response_model=PlanRead,
    operation_id="get_development_plan",
    summary="A plan with its objectives: baseline, target, current value (live) and trend",
    responses=ONE_RESPONSES,
)
async def get_development_plan(
    request: Request, response: Response, session: SessionDep, actor: Reader, plan_id: uuid.UUID
) -> Any:
    return one(request, response, await plans.get_plan(session, actor, plan_id))


@router.patch(
    "/{plan_id}",
    response_model=PlanRead,
    operation_id="update_development_plan",
    summary="Change a draft; a change to an agreed plan starts its next version",
    responses=CHANGE_RESPONSES,
)
async def update_development_plan(
    session: SessionDep,
    actor: Writer,
    plan_id: uuid.UUID,
    body: PlanUpdate,
    if_match: IfMatch = None,
) -> PlanRead:
    return await plans.update_plan(session, actor, plan_id, body, if_match)


@router.post(
    "/{plan_id}/transitions",
    response_model=PlanRead,
    operation_id="transition_development_plan",
    summary="Submit (association), agree, send back or close (city); 403 or 409 lists the "
    "allowed moves",
    responses=TRANSITION_RESPONSES,
)
async def transition_development_plan(
    session: SessionDep,
    actor: Writer,
    plan_id: uuid.UUID,
    body: PlanTransition,
    if_match: IfMatch = None,
) -> PlanRead:
    return await plans.transition(session, actor, plan_id, body, if_match)


@router.post(
    "/{plan_id}/objectives",
    response_model=PlanRead,
    status_code=201,
    operation_id="add_plan_objective",
    summary="Add an objective (an indicator of the registry, or declarative)",
    responses=CHANGE_RESPONSES,
)
async def add_plan_objective(
    session: SessionDep, actor: Writer, plan_id: uuid.UUID, body: ObjectiveCreate
) -> PlanRead:
    return await plans.add_objective(session, actor, plan_id, body)


@router.patch(
    "/{plan_id}/objectives/{objective_id}",
    response_model=PlanRead,
    operation_id="update_plan_objective",
    summary="Change an objective of a draft plan",
    responses=CHANGE_RESPONSES,
)
async def update_plan_objective(
    session: SessionDep,
    actor: Writer,
    plan_id: uuid.UUID,
    objective_id: uuid.UUID,
    body: ObjectiveUpdate,
) -> PlanRead:
    return await plans.update_objective(session, actor, plan_id, objective_id, body)


@router.delete(
    "/{plan_id}/objectives/{objective_id}",
    status_code=204,
    operation_id="delete_plan_objective",
    summary="Remove an objective from a draft plan (409 if actions serve it)",
    responses=CHANGE_RESPONSES,
)
async def delete_plan_objective(
    session: SessionDep, actor: Writer, plan_id: uuid.UUID, objective_id: uuid.UUID
) -> Response:
    await plans.delete_objective(session, actor, plan_id, objective_id)
    return Response(status_code=204)


@router.put(
    "/{plan_id}/objectives/{objective_id}/report",
    response_model=PlanRead,
    operation_id="report_plan_objective",
    summary="Report a declarative objective's value (with its date; who reports is kept)",
    responses={409: {"description": "Measured by an indicator, or the plan is closed."}},
)
async def report_plan_objective(
    session: SessionDep,
    actor: Writer,
    plan_id: uuid.UUID,
    objective_id: uuid.UUID,
    body: ObjectiveReport,
) -> PlanRead:
    return await plans.report_objective(session, actor, plan_id, objective_id, body)


@router.get(
    "/{plan_id}/versions",
    response_model=Page[PlanVersionRead],
    operation_id="list_development_plan_versions",
    summary="The versions the city agreed, oldest first",
    responses=LIST_RESPONSES,
)
async def list_development_plan_versions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    plan_id: uuid.UUID,
) -> Any:
    listing = await plans.list_versions(session, actor, plan_id)
    return await many(request, response, listing, page, filename="development-plan-versions")


@router.get(
    "/{plan_id}/versions/{number}",
    response_model=PlanVersionRead,
    operation_id="get_development_plan_version",
    summary="One agreed version, as the city agreed it",
    responses=ONE_RESPONSES,
)
async def get_development_plan_version(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    plan_id: uuid.UUID,
    number: Annotated[int, Path(ge=1, le=1_000_000)],
) -> Any:
    return one(request, response, await plans.get_version(session, actor, plan_id, number))
