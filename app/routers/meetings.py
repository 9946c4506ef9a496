import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from app.core import icalendar
from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.core.state_machine import TRANSITION_RESPONSES
from app.core.text import Moment
from app.models.meeting import (
    ActionCommentCreate,
    ActionCommentRead,
    ActionCreate,
    ActionRead,
    ActionStatus,
    ActionTransition,
    ActionUpdate,
    AgendaItemCreate,
    AgendaItemUpdate,
    DecisionCreate,
    DecisionRead,
    InviteeCreate,
    InviteeUpdate,
    MeetingCreate,
    MeetingKind,
    MeetingRead,
    MeetingStatus,
    MeetingTransition,
    MeetingUpdate,
    MinutesRevisionCreate,
    MinutesRevisionRead,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep
from app.services.meetings import actions, agenda, minutes
from app.services.meetings import meetings as meeting_service

router = APIRouter(prefix="/meetings", tags=["meetings"])
decisions_router = APIRouter(prefix="/decisions", tags=["meetings"])
actions_router = APIRouter(prefix="/actions", tags=["meetings"])
Reader = Caller("meetings:read")
Writer = Caller("meetings:write")

ICS_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {icalendar.MEDIA_TYPE: {"schema": {"type": "string"}}},
        "description": "An RFC 5545 calendar (METHOD:PUBLISH): one VEVENT per meeting, UID "
        "`meeting-<id>@enc-roubaix`, SEQUENCE bumped on each change of time, place or status, "
        "STATUS:CANCELLED once cancelled.",
    }
}


@dataclass
class MeetingFilters:
    date_from: datetime | None
    date_to: datetime | None
    kind: MeetingKind | None
    status: MeetingStatus | None
    association_id: uuid.UUID | None


async def meeting_filters(
    date_from: Annotated[
        Moment | None, Query(alias="from", description="Meetings ending after this instant")
    ] = None,
    date_to: Annotated[
        Moment | None, Query(alias="to", description="Meetings starting before this instant")
    ] = None,
    kind: MeetingKind | None = None,
    status: MeetingStatus | None = None,
    association_id: Annotated[
        uuid.UUID | None, Query(description="Organised by, or inviting, this association")
    ] = None,
) -> MeetingFilters:
    return MeetingFilters(date_from, date_to, kind, status, association_id)


FiltersDep = Annotated[MeetingFilters, Depends(meeting_filters)]


def _calendar(events: list[icalendar.CalendarEvent], filename: str) -> Response:
    return icalendar.calendar_response("Réunions du réseau ENC Roubaix", events, filename)


# ---- meetings -----------------------------------------------------------------------------------


@router.post(
    "",
    response_model=MeetingRead,
    status_code=201,
    operation_id="create_meeting",
    summary="Schedule a meeting (the city; an association: a working group of its own)",
)
async def create_meeting(
    response: Response, session: SessionDep, actor: Writer, body: MeetingCreate
) -> MeetingRead:
    created = await meeting_service.create_meeting(session, actor, body)
    response.headers["Location"] = f"/api/v1/meetings/{created.id}"
    return tagged(response, created)


@router.get(
    "",
    response_model=Page[MeetingRead],
    operation_id="list_meetings",
    responses=LIST_RESPONSES,
    summary="Meetings the caller organises or is invited to (the city: all)",
)
async def list_meetings(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    filters: FiltersDep,
) -> Any:
    listing = meeting_service.list_meetings(session, actor, **asdict(filters))
    return await many(request, response, listing, page, filename="meetings")


@router.get(
    ".ics",
    response_class=Response,
    operation_id="export_meetings_ics",
    responses=ICS_RESPONSES,
    summary="The caller's meetings as an iCalendar feed (same filters as the list)",
)
async def export_meetings_ics(session: SessionDep, actor: Reader, filters: FiltersDep) -> Response:
    listing = meeting_service.list_meetings(session, actor, **asdict(filters))
    events = [meeting_service.calendar_event(read) async for read in listing.iterate(batch=200)]
    return _calendar(events, "meetings.ics")


@router.get(
    "/{meeting_id}.ics",
    response_class=Response,
    operation_id="export_meeting_ics",
    responses=ICS_RESPONSES,
    summary="One meeting as iCalendar",
)
async def export_meeting_ics(session: SessionDep, actor: Reader, meeting_id: uuid.UUID) -> Response:
    read = await meeting_service.get_meeting(session, actor, meeting_id)
    return _calendar([meeting_service.calendar_event(read)], f"meeting-{meeting_id}.ics")


@router.get(
    "/{meeting_id}",
    response_model=MeetingRead,
    operation_id="get_meeting",
    responses=ONE_RESPONSES,
    summary="A meeting: invitees, agenda, minutes, decisions and (planned) the open actions",
)
async def get_meeting(
    request: Request, response: Response, session: SessionDep, actor: Reader, meeting_id: uuid.UUID
) -> Any:
    return one(request, response, await meeting_service.get_meeting(session, actor, meeting_id))


@router.patch(
    "/{meeting_id}",
    response_model=MeetingRead,
    operation_id="update_meeting",
    summary="Change a planned meeting (its organiser); time or place bumps the SEQUENCE",
)
async def update_meeting(
    response: Response,
    session: SessionDep,
    actor: Writer,
    meeting_id: uuid.UUID,
    body: MeetingUpdate,
    if_match: IfMatch = None,
) -> MeetingRead:
    updated = await meeting_service.update_meeting(session, actor, meeting_id, body, if_match)
    return tagged(response, updated)


@router.post(
    "/{meeting_id}/transitions",
    response_model=MeetingRead,
    operation_id="transition_meeting",
    summary="Hold, publish the minutes of, or cancel a meeting (403 or 409 lists the moves)",
    responses=TRANSITION_RESPONSES,
)
async def transition_meeting(
    response: Response,
    session: SessionDep,
    actor: Writer,
    meeting_id: uuid.UUID,
    body: MeetingTransition,
    if_match: IfMatch = None,
) -> MeetingRead:
    moved = await meeting_service.transition_meeting(session, actor, meeting_id, body, if_match)
    return tagged(response, moved)


@router.post(
    "/{meeting_id}/invitees",
    response_model=MeetingRead,
    status_code=201,
    operation_id="invite_to_meeting",
    summary="Invite an association, a partner or a person (the organiser)",
)
async def invite(
    response: Response,
    session: SessionDep,
    actor: Writer,
    meeting_id: uuid.UUID,
    body: InviteeCreate,
) -> MeetingRead:
    return tagged(response, await agenda.invite(session, actor, meeting_id, body))


@router.patch(
    "/{meeting_id}/invitees/{invitee_id}",
    response_model=MeetingRead,
    operation_id="answer_meeting_invitation",
    summary="Accept or decline (the invitee); record attendance once held (the organiser)",
)
async def answer_invitation(
    response: Response,
    session: SessionDep,
    actor: Writer,
    meeting_id: uuid.UUID,
    invitee_id: uuid.UUID,
    body: InviteeUpdate,
) -> MeetingRead:
    answered = await agenda.answer_invitation(session, actor, meeting_id, invitee_id, body)
    return tagged(response, answered)


@router.post(
    "/{meeting_id}/agenda-items",
    response_model=MeetingRead,
    status_code=201,
    operation_id="propose_agenda_item",
    summary="Propose an agenda item (invited associations: until the cutoff, else 409)",
)
async def propose_item(
    response: Response,
    session: SessionDep,
    actor: Writer,
    meeting_id: uuid.UUID,
    body: AgendaItemCreate,
) -> MeetingRead:
    return tagged(response, await agenda.propose_item(session, actor, meeting_id, body))


@router.patch(
    "/{meeting_id}/agenda-items/{item_id}",
    response_model=MeetingRead,
    operation_id="update_agenda_item",
    summary="Edit an agenda item, or write its minutes once held (published minutes: 409)",
)
async def update_item(
    response: Response,
    session: SessionDep,
    actor: Writer,
    meeting_id: uuid.UUID,
    item_id: uuid.UUID,
    body: AgendaItemUpdate,
) -> MeetingRead:
    updated = await agenda.update_item(session, actor, meeting_id, item_id, body)
    return tagged(response, updated)


@router.post(
    "/{meeting_id}/decisions",
    response_model=MeetingRead,
    status_code=201,
    operation_id="record_decision",
    summary="Record a decision in the minutes of a held meeting (the organiser)",
)
async def record_decision(
    response: Response,
    session: SessionDep,
    actor: Writer,
    meeting_id: uuid.UUID,
    body: DecisionCreate,
) -> MeetingRead:
    return tagged(response, await minutes.record_decision(session, actor, meeting_id, body))


@router.get(
    "/{meeting_id}/minutes/revisions",
    response_model=Page[MinutesRevisionRead],
    operation_id="list_minutes_revisions",
    responses=LIST_RESPONSES,
    summary="Every published revision of the minutes, the first included",
)
async def list_revisions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    meeting_id: uuid.UUID,
) -> Any:
    listing = await minutes.list_revisions(session, actor, meeting_id)
    return await many(request, response, listing, page, filename="minutes-revisions")


@router.post(
    "/{meeting_id}/minutes/revisions",
    response_model=MinutesRevisionRead,
    status_code=201,
    operation_id="correct_minutes",
    summary="Correct published minutes: a new revision, the earlier ones kept",
)
async def correct_minutes(
    response: Response,
    session: SessionDep,
    actor: Writer,
    meeting_id: uuid.UUID,
    body: MinutesRevisionCreate,
) -> MinutesRevisionRead:
    revision = await minutes.correct_minutes(session, actor, meeting_id, body)
    response.headers["Location"] = f"/api/v1/meetings/{meeting_id}/minutes/revisions"
    return revision


# ---- decisions ----------------------------------------------------------------------------------


@decisions_router.get(
    "",
    response_model=Page[DecisionRead],
    operation_id="list_decisions",
    responses=LIST_RESPONSES,
    summary="Decisions across meetings (newest first), by association, date and words",
)
async def list_decisions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    association_id: Annotated[
        uuid.UUID | None, Query(description="Decisions concerning this association")
    ] = None,
    meeting_id: uuid.UUID | None = None,
    date_from: Annotated[
        Moment | None, Query(alias="from", description="Decided at or after this instant")
    ] = None,
    date_to: Annotated[
        Moment | None, Query(alias="to", description="Decided before this instant")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the text, accents and case aside")
    ] = None,
) -> Any:
    listing = minutes.list_decisions(
        session,
        actor,
        association_id=association_id,
        meeting_id=meeting_id,
        date_from=date_from,
        date_to=date_to,
        q=q,
    )
    return await many(request, response, listing, page, filename="decisions")


@decisions_router.get(
    "/{decision_id}",
    response_model=DecisionRead,
    operation_id="get_decision",
    summary="One decision recorded in a meeting's minutes",
    responses=ONE_RESPONSES,
)
async def get_decision(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    decision_id: uuid.UUID,
) -> Any:
    return one(request, response, await minutes.get_decision(session, actor, decision_id))


# ---- follow-up actions --------------------------------------------------------------------------


@actions_router.post(
    "",
    response_model=ActionRead,
    status_code=201,
    operation_id="create_action",
    summary="Create a follow-up action (from a decision or free-standing)",
)
async def create_action(
    response: Response, session: SessionDep, actor: Writer, body: ActionCreate
) -> ActionRead:
    created = await actions.create_action(session, actor, body)
    response.headers["Location"] = f"/api/v1/actions/{created.id}"
    return tagged(response, created)


@actions_router.get(
    "",
    response_model=Page[ActionRead],
    operation_id="list_actions",
    responses=LIST_RESPONSES,
    summary="Follow-up actions the caller owns (its association's; the city: all)",
)
async def list_actions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    status: ActionStatus | None = None,
    overdue: Annotated[
        bool | None, Query(description="Open or in progress past the due date (Paris)")
    ] = None,
    owner_association_id: uuid.UUID | None = None,
    owner_user_id: uuid.UUID | None = None,
    decision_id: uuid.UUID | None = None,
    meeting_id: uuid.UUID | None = None,
    objective_id: Annotated[
        uuid.UUID | None, Query(description="The actions serving a development plan's objective")
    ] = None,
) -> Any:
    listing = actions.list_actions(
        session,
        actor,
        status=status,
        overdue=overdue,
        owner_association_id=owner_association_id,
        owner_user_id=owner_user_id,
        decision_id=decision_id,
        meeting_id=meeting_id,
        objective_id=objective_id,
    )
    return await many(request, response, listing, page, filename="actions")


@actions_router.get(
    "/{action_id}",
    response_model=ActionRead,
    operation_id="get_action",
    summary="One follow-up action: owner, due date, state",
    responses=ONE_RESPONSES,
)
async def get_action(
    request: Request, response: Response, session: SessionDep, actor: Reader, action_id: uuid.UUID
) -> Any:
    return one(request, response, await actions.get_action(session, actor, action_id))


@actions_router.patch(
    "/{action_id}",
    response_model=ActionRead,
    operation_id="update_action",
    summary="Change an open action (its owner or the city)",
)
async def update_action(
    response: Response,
    session: SessionDep,
    actor: Writer,
    action_id: uuid.UUID,
    body: ActionUpdate,
    if_match: IfMatch = None,
) -> ActionRead:
    return tagged(response, await actions.update_action(session, actor, action_id, body, if_match))


@actions_router.post(
    "/{action_id}/transitions",
    response_model=ActionRead,
    operation_id="transition_action",
    summary="Start, finish or drop an action (403 or 409 lists the allowed moves)",
    responses=TRANSITION_RESPONSES,
)
async def transition_action(
    response: Response,
    session: SessionDep,
    actor: Writer,
    action_id: uuid.UUID,
    body: ActionTransition,
    if_match: IfMatch = None,
) -> ActionRead:
    moved = await actions.transition_action(session, actor, action_id, body, if_match)
    return tagged(response, moved)


@actions_router.post(
    "/{action_id}/comments",
    response_model=ActionCommentRead,
    status_code=201,
    operation_id="comment_action",
    summary="Comment on an action",
)
async def comment_action(
    response: Response,
    session: SessionDep,
    actor: Writer,
    action_id: uuid.UUID,
    body: ActionCommentCreate,
) -> ActionCommentRead:
    created = await actions.comment(session, actor, action_id, body)
    response.headers["Location"] = f"/api/v1/actions/{action_id}/comments"
    return created


@actions_router.get(
    "/{action_id}/comments",
    response_model=Page[ActionCommentRead],
    operation_id="list_action_comments",
    responses=LIST_RESPONSES,
    summary="An action's comments, oldest first",
)
async def list_comments(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    action_id: uuid.UUID,
) -> Any:
    listing = await actions.list_comments(session, actor, action_id)
    return await many(request, response, listing, page, filename="action-comments")
