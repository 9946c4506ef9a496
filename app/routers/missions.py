import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.state_machine import TRANSITION_RESPONSES
from app.models.recruitment import (
    ApplicationRead,
    ApplicationReceipt,
    ApplicationStatus,
    ApplicationTransition,
    JobKind,
    MissionCreate,
    MissionRead,
    MissionStatus,
    MissionTransition,
    MissionUpdate,
    PublicApplicationCreate,
    PublicMission,
    PublicMissions,
)
from app.models.recruitment.coverage import NetworkSkillsCoverage, SpaceSkillsCoverage
from app.routers.deps import (
    ANONYMOUS,
    Caller,
    IfMatch,
    PageDep,
    SessionDep,
    SettingsDep,
    request_context,
)
from app.services.recruitment import applications, coverage, missions, portal

router = APIRouter(prefix="/missions", tags=["recruitment"])
public_router = APIRouter(prefix="/public/missions", tags=["public"])
Reader = Caller("recruitment:read")
Writer = Caller("recruitment:write")


@router.post(
    "",
    response_model=MissionRead,
    status_code=201,
    operation_id="create_mission",
    summary="Open a mission (draft) at a space under a published job description",
)
async def create_mission(
    response: Response, session: SessionDep, actor: Writer, body: MissionCreate
) -> MissionRead:
    created = await missions.create_mission(session, actor, body)
    response.headers["Location"] = f"/api/v1/missions/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[MissionRead],
    operation_id="list_missions",
    summary="Missions: the city's all, an association's own, a tutor's",
    responses=LIST_RESPONSES,
)
async def list_missions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    association_id: uuid.UUID | None = None,
    space_id: uuid.UUID | None = None,
    status: MissionStatus | None = None,
    job_description_id: uuid.UUID | None = None,
) -> Any:
    listing = missions.list_missions(
        session,
        actor,
        association_id=association_id,
        space_id=space_id,
        status=status,
        job_description_id=job_description_id,
    )
    return await many(request, response, listing, page, filename="missions")


@router.get(
    "/stale-applications",
    response_model=Page[ApplicationRead],
    operation_id="list_stale_applications",
    summary="The reminder feed: applications left unanswered more than "
    "APPLICATION_STALE_DAYS (10 by default), oldest first",
    responses=LIST_RESPONSES,
)
async def list_stale_applications(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    actor: Reader,
    page: PageDep,
    association_id: uuid.UUID | None = None,
) -> Any:
    listing = applications.stale_applications(
        session, settings, actor, association_id=association_id
    )
    return await many(request, response, listing, page, filename="stale-applications")


@router.get(
    "/{mission_id}",
    response_model=MissionRead,
    operation_id="get_mission",
    summary="A mission, with the description version it was opened under",
    responses=ONE_RESPONSES,
)
async def get_mission(
    request: Request, response: Response, session: SessionDep, actor: Reader, mission_id: uuid.UUID
) -> Any:
    return one(request, response, await missions.get_mission(session, actor, mission_id))


@router.patch(
    "/{mission_id}",
    response_model=MissionRead,
    operation_id="update_mission",
    summary="Change a mission's places, dates, hours, schedule, prerequisites or tutor",
    responses={409: {"description": "The mission is closed or cancelled."}},
)
async def update_mission(
    session: SessionDep,
    actor: Writer,
    mission_id: uuid.UUID,
    body: MissionUpdate,
    if_match: IfMatch = None,
) -> MissionRead:
    return await missions.update_mission(session, actor, mission_id, body, if_match)


@router.post(
    "/{mission_id}/transitions",
    response_model=MissionRead,
    operation_id="transition_mission",
    summary="Open, fill, close or cancel a mission (its association or the city)",
    responses=TRANSITION_RESPONSES,
)
async def transition_mission(
    session: SessionDep,
    actor: Writer,
    mission_id: uuid.UUID,
    body: MissionTransition,
    if_match: IfMatch = None,
) -> MissionRead:
    return await missions.transition(session, actor, mission_id, body, if_match)


@router.get(
    "/{mission_id}/applications",
    response_model=Page[ApplicationRead],
    operation_id="list_mission_applications",
    summary="A mission's applications (its association, the city, its tutor)",
    responses=LIST_RESPONSES,
)
async def list_mission_applications(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    actor: Reader,
    page: PageDep,
    mission_id: uuid.UUID,
    status: ApplicationStatus | None = None,
) -> Any:
    listing = await applications.list_applications(
        session, settings, actor, mission_id, status=status
    )
    response.headers["Cache-Control"] = "no-store"  # personal data
    return await many(request, response, listing, page, filename="applications")


@router.get(
    "/{mission_id}/applications/{application_id}",
    response_model=ApplicationRead,
    operation_id="get_mission_application",
    summary="One application to a mission",
    responses=ONE_RESPONSES,
)
async def get_mission_application(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    actor: Reader,
    mission_id: uuid.UUID,
    application_id: uuid.UUID,
) -> Any:
    found = await applications.get_application(session, settings, actor, mission_id, application_id)
    response.headers["Cache-Control"] = "no-store"
    return one(request, response, found)


@router.post(
    "/{mission_id}/applications/{application_id}/transitions",
    response_model=ApplicationRead,
    operation_id="transition_mission_application",
    summary="Contact, interview, accept (creates or links the volunteer and assigns it), "
    "decline (a typed reason) or withdraw an application",
    responses=TRANSITION_RESPONSES,
)
async def transition_mission_application(
    session: SessionDep,
    settings: SettingsDep,
    actor: Writer,
    mission_id: uuid.UUID,
    application_id: uuid.UUID,
    body: ApplicationTransition,
    if_match: IfMatch = None,
) -> ApplicationRead:
    return await applications.transition(
        session, settings, actor, mission_id, application_id, body, if_match
    )


# ---- public: the portal's missions and the application form -------------------------------------


@public_router.get(
    "",
    response_model=PublicMissions,
    operation_id="list_public_missions",
    openapi_extra=ANONYMOUS,
    summary="Open missions, for the portal (no credentials, no personal data)",
)
async def list_public_missions(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    kind: JobKind | None = None,
    neighbourhood: Annotated[str | None, Query(max_length=100)] = None,
) -> Any:
    found = await portal.public_missions(session, settings, kind=kind, neighbourhood=neighbourhood)
    response.headers["Cache-Control"] = f"public, max-age={settings.public_cache_seconds}"
    return one(request, response, found)


@public_router.get(
    "/{mission_id}",
    response_model=PublicMission,
    operation_id="get_public_mission",
    openapi_extra=ANONYMOUS,
    summary="One open mission, with the purpose and retention period of applications' data",
    responses={404: {"description": "No open mission with this id."}},
)
async def get_public_mission(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    mission_id: uuid.UUID,
) -> Any:
    found = await portal.public_mission(session, settings, mission_id)
    response.headers["Cache-Control"] = f"public, max-age={settings.public_cache_seconds}"
    return one(request, response, found)


@public_router.post(
    "/{mission_id}/applications",
    response_model=ApplicationReceipt,
    status_code=202,
    operation_id="apply_to_mission",
    openapi_extra=ANONYMOUS,
    summary="Apply to an open mission without an account (consent required; the answer is the "
    "same whether or not this e-mail already applied)",
    responses={
        404: {"description": "No open mission with this id."},
        429: {"description": "Too many applications from this address or for this e-mail."},
    },
)
async def apply_to_mission(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    mission_id: uuid.UUID,
    body: PublicApplicationCreate,
) -> ApplicationReceipt:
    ctx = request_context(request)
    return await applications.apply(
        session, settings, request.app.state.counters, ctx, mission_id, body
    )


coverage_space_router = APIRouter(prefix="/spaces", tags=["recruitment"])
coverage_stats_router = APIRouter(prefix="/stats", tags=["statistics"])


@coverage_space_router.get(
    "/{space_id}/skills-coverage",
    response_model=SpaceSkillsCoverage,
    operation_id="get_space_skills_coverage",
    summary="For each skill the space's open and filled missions require: who covers it, its "
    "resource persons, the gap, and the sessions that would close it",
    responses=ONE_RESPONSES,
)
async def get_space_skills_coverage(
    session: SessionDep, actor: Reader, space_id: uuid.UUID
) -> SpaceSkillsCoverage:
    return await coverage.space_coverage(session, actor, space_id)


@coverage_stats_router.get(
    "/skills-coverage",
    response_model=NetworkSkillsCoverage,
    operation_id="get_skills_coverage_stats",
    summary="The skills the network's missions require, the spaces where nobody covers them, "
    "and the sessions that would",
    responses={404: {"description": "Partners have no skills coverage."}},
)
async def get_skills_coverage_stats(session: SessionDep, actor: Reader) -> NetworkSkillsCoverage:
    return await coverage.network_coverage(session, actor)
