import uuid
from typing import Any

from fastapi import APIRouter, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.state_machine import TRANSITION_RESPONSES
from app.models.allocation import (
    EquipmentRequestCreate,
    EquipmentRequestRead,
    EquipmentRequestTransition,
    RequestPriority,
    RequestStatus,
)
from app.models.equipment import EquipmentKind
from app.routers.deps import Caller, PageDep, SessionDep
from app.services.allocation import requests

router = APIRouter(prefix="/equipment-requests", tags=["equipment requests"])
Reader = Caller("allocation:read")
Writer = Caller("allocation:write")


@router.post(
    "",
    response_model=EquipmentRequestRead,
    status_code=201,
    operation_id="create_equipment_request",
    summary="Ask the city for equipment for one of your spaces (kind, quantity, justification)",
    responses={422: {"description": "Not a space of yours, or the space is closed."}},
)
async def create_equipment_request(
    response: Response, session: SessionDep, actor: Writer, body: EquipmentRequestCreate
) -> EquipmentRequestRead:
    created = await requests.create_request(session, actor, body)
    response.headers["Location"] = f"/api/v1/equipment-requests/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[EquipmentRequestRead],
    operation_id="list_equipment_requests",
    summary="Equipment requests: the network's for the city, an association's own",
    responses=LIST_RESPONSES,
)
async def list_equipment_requests(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    status: RequestStatus | None = None,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    kind: EquipmentKind | None = None,
    priority: RequestPriority | None = None,
) -> Any:
    listing = requests.list_requests(
        session,
        actor,
        status=status,
        space_id=space_id,
        association_id=association_id,
        kind=kind,
        priority=priority,
    )
    return await many(request, response, listing, page, filename="equipment-requests")


@router.get(
    "/{request_id}",
    response_model=EquipmentRequestRead,
    operation_id="get_equipment_request",
    summary="A request: what was asked, what the city approved, what has arrived",
    responses=ONE_RESPONSES,
)
async def get_equipment_request(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    request_id: uuid.UUID,
) -> Any:
    return one(request, response, await requests.get_request(session, actor, request_id))


@router.post(
    "/{request_id}/transitions",
    response_model=EquipmentRequestRead,
    operation_id="transition_equipment_request",
    summary="Review (city: under review, approve in full or in part, decline with a reason) "
    "or withdraw (association)",
    responses=TRANSITION_RESPONSES,
)
async def transition_equipment_request(
    session: SessionDep, actor: Writer, request_id: uuid.UUID, body: EquipmentRequestTransition
) -> EquipmentRequestRead:
    return await requests.transition(session, actor, request_id, body)
