import uuid
from typing import Any

from fastapi import APIRouter, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.models.allocation import (
    AllocationLineCreate,
    AllocationPlanCreate,
    AllocationPlanRead,
    AllocationPlanStatus,
)
from app.routers.deps import Caller, PageDep, SessionDep
from app.services.allocation import plans

router = APIRouter(prefix="/allocation-plans", tags=["allocation plans"])
Reader = Caller("allocation:read")
Writer = Caller("allocation:write")
DRAFT_ONLY = {409: {"description": "The plan is executed: it no longer changes."}}


@router.post(
    "",
    response_model=AllocationPlanRead,
    status_code=201,
    operation_id="create_allocation_plan",
    summary="Start a plan (city): approved requests to serve from the stock, volunteers to assign",
    responses={422: {"description": "A line is wrong (not approved, too many, unknown item)."}},
)
async def create_allocation_plan(
    response: Response, session: SessionDep, actor: Writer, body: AllocationPlanCreate
) -> AllocationPlanRead:
    created = await plans.create_plan(session, actor, body)
    response.headers["Location"] = f"/api/v1/allocation-plans/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[AllocationPlanRead],
    operation_id="list_allocation_plans",
    summary="The city's allocation plans, newest first",
    responses=LIST_RESPONSES,
)
async def list_allocation_plans(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    status: AllocationPlanStatus | None = None,
) -> Any:
    listing = plans.list_plans(session, actor, status=status)
    return await many(request, response, listing, page, filename="allocation-plans")


@router.get(
    "/{allocation_plan_id}",
    response_model=AllocationPlanRead,
    operation_id="get_allocation_plan",
    summary="A plan, its lines and, while a draft, the stock and the shortfall per kind",
    responses=ONE_RESPONSES,
)
async def get_allocation_plan(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    allocation_plan_id: uuid.UUID,
) -> Any:
    return one(request, response, await plans.get_plan(session, actor, allocation_plan_id))


@router.post(
    "/{allocation_plan_id}/lines",
    response_model=AllocationPlanRead,
    status_code=201,
    operation_id="add_allocation_line",
    summary="Add a line to a draft: items for an approved request, or a volunteer for a space",
    responses=DRAFT_ONLY,
)
async def add_allocation_line(
    session: SessionDep, actor: Writer, allocation_plan_id: uuid.UUID, body: AllocationLineCreate
) -> AllocationPlanRead:
    return await plans.add_line(session, actor, allocation_plan_id, body)


@router.delete(
    "/{allocation_plan_id}/lines/{line_id}",
    status_code=204,
    operation_id="delete_allocation_line",
    summary="Remove a line from a draft",
    responses=DRAFT_ONLY,
)
async def delete_allocation_line(
    session: SessionDep, actor: Writer, allocation_plan_id: uuid.UUID, line_id: uuid.UUID
) -> Response:
    await plans.delete_line(session, actor, allocation_plan_id, line_id)
    return Response(status_code=204)


@router.post(
    "/{allocation_plan_id}/execute",
    response_model=AllocationPlanRead,
    operation_id="execute_allocation_plan",
    summary="Execute the plan: every allocation becomes a movement, all of them or none; "
    "an executed plan answers as it is (nothing moves twice)",
    responses={
        403: {"description": "Only a city user moves equipment."},
        409: {"description": "Items were moved by someone else at the same moment; none moved."},
        422: {
            "description": "Refused: `errors` lists each refused allocation with its line, its "
            "item and the rule (`type`, see the `allocation_refusal` vocabulary); none moved."
        },
    },
)
async def execute_allocation_plan(
    session: SessionDep, actor: Writer, allocation_plan_id: uuid.UUID
) -> AllocationPlanRead:
    return await plans.execute(session, actor, allocation_plan_id)
