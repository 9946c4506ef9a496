import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import Field as PydanticField

from app.core import icalendar
from app.core.pagination import Page, PageParams, calendar_page_params, page_params
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.core.state_machine import TRANSITION_RESPONSES
from app.core.text import Moment
from app.models.base import NETWORK_MAX_ITEMS
from app.models.training import (
    AttendanceBulk,
    EnrolmentCreate,
    EnrolmentRead,
    EnrolmentStatus,
    EnrolmentUpdate,
    PublicTrainingSessionRead,
    SpaceTrainingSummary,
    TrainingAudience,
    TrainingSessionCreate,
    TrainingSessionRead,
    TrainingSessionStatus,
    TrainingSessionTransition,
    TrainingSessionUpdate,
    UserSkillRead,
)
from app.routers.deps import ANONYMOUS, Caller, IfMatch, PageDep, SessionDep, SyncDep
from app.services.training import enrolments
from app.services.training import sessions as training

router = APIRouter(prefix="/training-sessions", tags=["training"])
users_router = APIRouter(prefix="/users", tags=["training"])
spaces_router = APIRouter(prefix="/spaces", tags=["training"])
public_router = APIRouter(prefix="/public", tags=["public"])
Reader = Caller("training:read")
Writer = Caller("training:write")

ICS_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {icalendar.MEDIA_TYPE: {"schema": {"type": "string"}}},
        "description": "An RFC 5545 calendar: one VEVENT per session, UID `<id>@enc-roubaix`.",
    }
}
CALENDAR_LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        **LIST_RESPONSES[200],
        "content": {
            **LIST_RESPONSES[200]["content"],
            icalendar.MEDIA_TYPE: {"schema": {"type": "string"}},
        },
        "description": LIST_RESPONSES[200]["description"] + " Or an iCalendar (`?format=ics`).",
    }
}


@dataclass
class SessionFilters:
    date_from: datetime | None
    date_to: datetime | None
    space_id: uuid.UUID | None
    skill: str | None
    audience: TrainingAudience | None
    provider_id: uuid.UUID | None
    status: TrainingSessionStatus | None


async def session_filters(
    date_from: Annotated[
        Moment | None, Query(alias="from", description="Sessions ending after this instant")
    ] = None,
    date_to: Annotated[
        Moment | None, Query(alias="to", description="Sessions starting before this instant")
    ] = None,
    space_id: uuid.UUID | None = None,
    skill: Annotated[str | None, Query(max_length=64, description="A skill code")] = None,
    audience: TrainingAudience | None = None,
    provider_id: uuid.UUID | None = None,
    status: TrainingSessionStatus | None = None,
) -> SessionFilters:
    return SessionFilters(date_from, date_to, space_id, skill, audience, provider_id, status)


FiltersDep = Annotated[SessionFilters, Depends(session_filters)]
CalendarPageDep = Annotated[PageParams, Depends(calendar_page_params)]


async def _calendar(listing, name: str) -> Response:
    listing.sort = None
    events = [event async for event in training.calendar_events(listing)]
    return icalendar.calendar_response(name, events, "training-sessions.ics")


@router.post(
    "",
    response_model=TrainingSessionRead,
    status_code=201,
    operation_id="create_training_session",
    summary="Schedule a session (the city, or a training provider for itself)",
)
async def create_session(
    response: Response, session: SessionDep, actor: Writer, body: TrainingSessionCreate
) -> TrainingSessionRead:
    created = await training.create_session(session, actor, body)
    response.headers["Location"] = f"/api/v1/training-sessions/{created.id}"
    return tagged(response, created)


@router.get(
    "",
    response_model=Page[TrainingSessionRead],
    operation_id="list_training_sessions",
    responses=CALENDAR_LIST_RESPONSES,
    summary="The training calendar (JSON, CSV or iCalendar)",
)
async def list_sessions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: CalendarPageDep,
    sync: SyncDep,
    filters: FiltersDep,
) -> Any:
    listing = training.list_sessions(session, actor, **asdict(filters))
    if page.format == "ics":
        return await _calendar(listing, "Formations ENC Roubaix")
    return await many(request, response, listing, page, filename="training-sessions", sync=sync)


@router.get(
    ".ics",
    response_class=Response,
    operation_id="export_training_sessions_ics",
    responses=ICS_RESPONSES,
    summary="The training calendar as iCalendar (same filters as the list)",
)
async def export_sessions_ics(session: SessionDep, actor: Reader, filters: FiltersDep) -> Response:
    listing = training.list_sessions(session, actor, **asdict(filters))
    return await _calendar(listing, "Formations ENC Roubaix")


@router.get(
    "/{session_id}",
    response_model=TrainingSessionRead,
    operation_id="get_training_session",
    summary="One training session: dates, places left, skills trained",
    responses=ONE_RESPONSES,
)
async def get_session(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    session_id: uuid.UUID,
) -> Any:
    return one(request, response, await training.get_session(session, actor, session_id))


@router.patch(
    "/{session_id}",
    response_model=TrainingSessionRead,
    operation_id="update_training_session",
    summary="Change a scheduled session (the city or its provider)",
)
async def update_session(
    response: Response,
    session: SessionDep,
    actor: Writer,
    session_id: uuid.UUID,
    body: TrainingSessionUpdate,
    if_match: IfMatch = None,
) -> TrainingSessionRead:
    updated = await training.update_session(session, actor, session_id, body, if_match)
    return tagged(response, updated)


@router.post(
    "/{session_id}/transitions",
    response_model=TrainingSessionRead,
    operation_id="transition_training_session",
    summary="Cancel or complete a session (403 or 409 lists the allowed moves)",
    responses=TRANSITION_RESPONSES,
)
async def transition_session(
    response: Response,
    session: SessionDep,
    actor: Writer,
    session_id: uuid.UUID,
    body: TrainingSessionTransition,
    if_match: IfMatch = None,
) -> TrainingSessionRead:
    moved = await training.transition_session(session, actor, session_id, body, if_match)
    return tagged(response, moved)


@router.post(
    "/{session_id}/enrolments",
    response_model=EnrolmentRead,
    status_code=201,
    operation_id="create_enrolment",
    summary="Enrol someone: confirmed within capacity, else waitlisted in arrival order",
)
async def enrol(
    response: Response,
    session: SessionDep,
    actor: Writer,
    session_id: uuid.UUID,
    body: EnrolmentCreate,
) -> EnrolmentRead:
    created = await enrolments.enrol(session, actor, session_id, body)
    response.headers["Location"] = f"/api/v1/training-sessions/{session_id}/enrolments"
    return created


@router.get(
    "/{session_id}/enrolments",
    response_model=Page[EnrolmentRead],
    operation_id="list_enrolments",
    responses=LIST_RESPONSES,
    summary="Enrolments the caller may see (the provider and the city: all)",
)
async def list_enrolments(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    session_id: uuid.UUID,
    status: EnrolmentStatus | None = None,
) -> Any:
    listing = await enrolments.list_enrolments(session, actor, session_id, status)
    return await many(request, response, listing, page, filename="enrolments")


@router.post(
    "/{session_id}/enrolments/{enrolment_id}/cancel",
    response_model=EnrolmentRead,
    operation_id="cancel_enrolment",
    summary="Cancel an enrolment; a freed place goes to the first waitlisted",
)
async def cancel_enrolment(
    session: SessionDep, actor: Writer, session_id: uuid.UUID, enrolment_id: uuid.UUID
) -> EnrolmentRead:
    return await enrolments.cancel_enrolment(session, actor, session_id, enrolment_id)


@router.patch(
    "/{session_id}/enrolments/{enrolment_id}",
    response_model=EnrolmentRead,
    operation_id="mark_enrolment_attendance",
    summary="Record attendance (the provider or the city, once the session started)",
)
async def mark_attendance(
    session: SessionDep,
    actor: Writer,
    session_id: uuid.UUID,
    enrolment_id: uuid.UUID,
    body: EnrolmentUpdate,
) -> EnrolmentRead:
    return await enrolments.mark_attendance(session, actor, session_id, enrolment_id, body)


@router.post(
    "/{session_id}/attendance",
    response_model=Annotated[list[EnrolmentRead], PydanticField(max_length=500)],  # one a mark
    operation_id="mark_attendance_bulk",
    summary="Record attendance for several enrolments at once (all or nothing)",
)
async def mark_attendance_bulk(
    session: SessionDep, actor: Writer, session_id: uuid.UUID, body: AttendanceBulk
) -> list[EnrolmentRead]:
    return await enrolments.mark_attendance_bulk(session, actor, session_id, body)


@users_router.get(
    "/{user_id}/skills",
    response_model=Annotated[list[UserSkillRead], PydanticField(max_length=NETWORK_MAX_ITEMS)],
    operation_id="list_user_skills",
    summary="The skills a person was trained in (attended sessions), latest session each",
)
async def list_user_skills(
    session: SessionDep, actor: Reader, user_id: uuid.UUID
) -> list[UserSkillRead]:
    return await enrolments.user_skills(session, actor, user_id)


@spaces_router.get(
    "/{space_id}/training-summary",
    response_model=SpaceTrainingSummary,
    operation_id="get_space_training_summary",
    summary="How many of the space's volunteers are trained, and in which skills",
)
async def get_space_training_summary(
    session: SessionDep, actor: Reader, space_id: uuid.UUID
) -> SpaceTrainingSummary:
    return await enrolments.space_training_summary(session, actor, space_id)


PublicPage = Annotated[PageParams, Depends(page_params)]


@public_router.get(
    "/training-sessions",
    response_model=Page[PublicTrainingSessionRead],
    operation_id="list_public_training_sessions",
    openapi_extra=ANONYMOUS,
    responses=LIST_RESPONSES,
    summary="Resident workshops: the public calendar (no credentials)",
)
async def list_public_sessions(
    request: Request,
    response: Response,
    session: SessionDep,
    page: PublicPage,
    filters: FiltersDep,
) -> Any:
    values = asdict(filters) | {"audience": None}
    listing = training.list_public_sessions(session, **values)
    return await many(request, response, listing, page, filename="workshops")


@public_router.get(
    "/training-sessions.ics",
    response_class=Response,
    operation_id="export_public_training_sessions_ics",
    openapi_extra=ANONYMOUS,
    responses=ICS_RESPONSES,
    summary="Resident workshops as iCalendar (no credentials)",
)
async def export_public_sessions_ics(session: SessionDep, filters: FiltersDep) -> Response:
    values = asdict(filters) | {"audience": None}
    listing = training.list_public_sessions(session, **values)
    return await _calendar(listing, "Ateliers numériques des ENC de Roubaix")
