import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import Field as PydanticField
from pydantic import StringConstraints

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.state_machine import TRANSITION_RESPONSES
from app.core.text import Moment
from app.models.base import REPORT_MAX_ROWS
from app.models.maintenance import (
    MaintenanceContractRead,
    MaintenanceContractWrite,
    MaintenanceStatsRow,
    TicketCategory,
    TicketCommentCreate,
    TicketCreate,
    TicketEventRead,
    TicketPriority,
    TicketRead,
    TicketStatus,
    TicketTransition,
    TicketUpdate,
)
from app.routers.deps import ActorDep, Caller, IfMatch, PageDep, SessionDep, SettingsDep, SyncDep
from app.services.maintenance import contracts as maintenance_contracts
from app.services.maintenance import stats as maintenance_stats
from app.services.maintenance import tickets

router = APIRouter(prefix="/maintenance-tickets", tags=["maintenance"])
contracts_router = APIRouter(prefix="/partners", tags=["maintenance"])
stats_router = APIRouter(prefix="/stats", tags=["statistics"])
Reader = Caller("tickets:read")
Writer = Caller("tickets:write")


@router.post(
    "",
    response_model=TicketRead,
    status_code=201,
    operation_id="create_maintenance_ticket",
    summary="Report a problem at a space (the SLA clock starts now)",
)
async def create_ticket(
    response: Response, session: SessionDep, actor: Writer, body: TicketCreate
) -> TicketRead:
    created = await tickets.create_ticket(session, actor, body)
    response.headers["Location"] = f"/api/v1/maintenance-tickets/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[TicketRead],
    operation_id="list_maintenance_tickets",
    summary="Maintenance tickets you may see, filtered and paged (JSON or CSV)",
    responses=LIST_RESPONSES,
)
async def list_tickets(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    actor: Reader,
    page: PageDep,
    sync: SyncDep,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    operator_id: uuid.UUID | None = None,
    status: TicketStatus | None = None,
    priority: TicketPriority | None = None,
    category: TicketCategory | None = None,
    equipment_id: uuid.UUID | None = None,
    assignee_id: uuid.UUID | None = None,
    breached: Annotated[
        bool | None, Query(description="Past a deadline (acknowledge or resolve)")
    ] = None,
    due_before: Annotated[
        Moment | None, Query(description="Open tickets with a deadline before this instant")
    ] = None,
) -> Any:
    listing = await tickets.list_tickets(
        session,
        actor,
        autoclose_days=settings.ticket_autoclose_days,
        space_id=space_id,
        association_id=association_id,
        operator_id=operator_id,
        status=status,
        priority=priority,
        category=category,
        equipment_id=equipment_id,
        assignee_id=assignee_id,
        breached=breached,
        due_before=due_before,
    )
    return await many(request, response, listing, page, filename="maintenance-tickets", sync=sync)


@router.get(
    "/{ticket_id}",
    response_model=TicketRead,
    operation_id="get_maintenance_ticket",
    summary="One maintenance ticket, its SLA deadlines and state",
    responses=ONE_RESPONSES,
)
async def get_ticket(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    actor: Reader,
    ticket_id: uuid.UUID,
) -> Any:
    read = await tickets.get_ticket(session, actor, ticket_id, settings.ticket_autoclose_days)
    return one(request, response, read)


@router.patch(
    "/{ticket_id}",
    response_model=TicketRead,
    operation_id="update_maintenance_ticket",
    summary="Change priority or assignee (operator, city) or the wording (requester)",
)
async def update_ticket(
    session: SessionDep,
    settings: SettingsDep,
    actor: Writer,
    ticket_id: uuid.UUID,
    body: TicketUpdate,
    if_match: IfMatch = None,
) -> TicketRead:
    return await tickets.update_ticket(
        session, actor, ticket_id, body, if_match, settings.ticket_autoclose_days
    )


@router.post(
    "/{ticket_id}/transitions",
    response_model=TicketRead,
    operation_id="transition_maintenance_ticket",
    summary="Move a ticket (403 or 409 lists the moves allowed to the caller)",
    responses=TRANSITION_RESPONSES,
)
async def transition_ticket(
    session: SessionDep,
    settings: SettingsDep,
    actor: Writer,
    ticket_id: uuid.UUID,
    body: TicketTransition,
    if_match: IfMatch = None,
) -> TicketRead:
    return await tickets.transition_ticket(
        session, actor, ticket_id, body, if_match, settings.ticket_autoclose_days
    )


@router.post(
    "/{ticket_id}/comments",
    response_model=TicketEventRead,
    status_code=201,
    operation_id="comment_maintenance_ticket",
    summary="Comment on a ticket (visible on its timeline)",
)
async def comment_ticket(
    session: SessionDep, actor: Writer, ticket_id: uuid.UUID, body: TicketCommentCreate
) -> TicketEventRead:
    return await tickets.add_comment(session, actor, ticket_id, body)


@router.get(
    "/{ticket_id}/events",
    response_model=Page[TicketEventRead],
    operation_id="list_maintenance_ticket_events",
    responses=LIST_RESPONSES,
    summary="The ticket's timeline (internal comments for the operator and city only)",
)
async def list_ticket_events(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    ticket_id: uuid.UUID,
) -> Any:
    listing = await tickets.list_events(session, actor, ticket_id)
    return await many(request, response, listing, page, filename="ticket-events")


@router.post(
    "/{ticket_id}/equipment-repair",
    response_model=TicketRead,
    operation_id="send_ticket_equipment_to_repair",
    summary="Send the ticket's equipment to repair; resolving brings it back",
)
async def send_to_repair(session: SessionDep, actor: Writer, ticket_id: uuid.UUID) -> TicketRead:
    return await tickets.send_equipment_to_repair(session, actor, ticket_id)


@contracts_router.get(
    "/{partner_id}/maintenance-contract",
    response_model=MaintenanceContractRead,
    operation_id="get_maintenance_contract",
    summary="A maintenance operator's contract: response times per priority",
    responses=ONE_RESPONSES,
)
async def get_contract(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: ActorDep,
    partner_id: uuid.UUID,
) -> Any:
    read = await maintenance_contracts.get_contract(session, actor, partner_id)
    return one(request, response, read)


@contracts_router.put(
    "/{partner_id}/maintenance-contract",
    response_model=MaintenanceContractRead,
    operation_id="put_maintenance_contract",
    summary="Set an operator's response times per priority (city)",
)
async def put_contract(
    session: SessionDep, actor: ActorDep, partner_id: uuid.UUID, body: MaintenanceContractWrite
) -> MaintenanceContractRead:
    return await maintenance_contracts.put_contract(session, actor, partner_id, body)


@stats_router.get(
    "/maintenance",
    response_model=Annotated[list[MaintenanceStatsRow], PydanticField(max_length=REPORT_MAX_ROWS)],
    operation_id="get_maintenance_stats",
    summary="Opened, resolved, response times and breach rate",
)
async def get_maintenance_stats(
    session: SessionDep,
    actor: Caller("stats:read"),
    date_from: Annotated[Moment, Query(alias="from")],
    date_to: Annotated[Moment, Query(alias="to")],
    group_by: Annotated[
        list[Annotated[str, StringConstraints(max_length=64)]],
        Query(
            max_length=3,
            description="One or two of operator, space, month; repeat or comma-separate",
        ),
    ] = ["operator"],  # noqa: B006
) -> list[MaintenanceStatsRow]:
    groups = [g.strip() for value in group_by for g in value.split(",") if g.strip()]
    return await maintenance_stats.maintenance_stats(
        session, actor, date_from=date_from, date_to=date_to, group_by=groups
    )
