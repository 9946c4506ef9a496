import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from starlette.requests import ClientDisconnect

from app.core.imports import ImportMode, ImportReport
from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.text import Day
from app.models.visit import (
    ActivityReport,
    StatsDimension,
    VisitAutonomy,
    VisitCreate,
    VisitMode,
    VisitRead,
    VisitStats,
)
from app.routers.deps import Caller, PageDep, SessionDep, SyncDep
from app.services.visits import activity_report
from app.services.visits import imports as visit_imports
from app.services.visits import records as visits
from app.services.visits import stats as visit_stats

router = APIRouter(prefix="/visits", tags=["visits"])
stats_router = APIRouter(prefix="/stats", tags=["statistics"])
space_router = APIRouter(prefix="/spaces", tags=["visits"])
Reader = Caller("visits:read")
Writer = Caller("visits:write")
Importer = Caller("visits:import")
StatsReader = Caller("stats:read")

IMPORT_CSV_EXAMPLE = (
    "external_id,space_id,occurred_at,duration_minutes,mode,participants,skills,equipment,"
    "age_band,gender,social_status,postcode,first_visit,age_bands,autonomy,referral\n"
    "V-2026-0001,6f1c2b1e-0000-4000-8000-000000000002,2026-03-10T14:30:00+01:00,45,"
    "individual_support,1,read-caf-file|print-attestations,computer,40_59,female,unemployed,"
    "59100,true,,partly_autonomous,caf\n"
    "V-2026-0002,6f1c2b1e-0000-4000-8000-000000000002,2026-03-11T10:00:00+01:00,120,"
    "collective_workshop,8,open-email-address,computer|tablet,,,,,,60_69:5|70_plus:2,,none\n"
)
IMPORT_NDJSON_EXAMPLE = (
    '{"external_id": "V-2026-0001", "space_id": "6f1c2b1e-0000-4000-8000-000000000002", '
    '"occurred_at": "2026-03-10T14:30:00+01:00", "duration_minutes": 45, '
    '"mode": "individual_support", "skills": ["read-caf-file"], "age_band": "40_59"}\n'
)
IMPORT_BODY = {
    "requestBody": {
        "required": True,
        "description": "CSV with a header row, or NDJSON; up to 1,000,000 rows, streamed. "
        "Lists are `a|b` in CSV; a workshop's counts `code:count|…` (`age_bands`, `genders`, "
        "`social_statuses`) and `first_visits`; any other visit `age_band`, `gender`, "
        "`social_status`, `postcode`, `first_visit`. `external_id` is required: re-sending a "
        "row with a known one creates nothing (it counts as unchanged).",
        "content": {
            "text/csv": {"schema": {"type": "string"}, "example": IMPORT_CSV_EXAMPLE},
            "application/x-ndjson": {
                "schema": {"type": "string"},
                "example": IMPORT_NDJSON_EXAMPLE,
            },
        },
    }
}


@router.post(
    "",
    response_model=VisitRead,
    status_code=201,
    operation_id="create_visit",
    summary="Record a visit (anonymous: codes and counts only)",
)
async def create_visit(
    response: Response, session: SessionDep, actor: Writer, body: VisitCreate
) -> VisitRead:
    created = await visits.create_visit(session, actor, body)
    response.headers["Location"] = f"/api/v1/visits/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[VisitRead],
    operation_id="list_visits",
    responses=LIST_RESPONSES,
    summary="Visits, newest first (keyset pages, or CSV)",
)
async def list_visits(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    sync: SyncDep,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    from_: Annotated[Day | None, Query(alias="from", description="On or after (Paris day)")] = None,
    to: Annotated[Day | None, Query(description="On or before (Paris day)")] = None,
    mode: VisitMode | None = None,
    skill: Annotated[str | None, Query(max_length=64, description="A skill code")] = None,
    autonomy: VisitAutonomy | None = None,
) -> Any:
    listing = visits.list_visits(
        session,
        actor,
        space_id=space_id,
        association_id=association_id,
        from_=from_,
        to=to,
        mode=mode,
        skill=skill,
        autonomy=autonomy,
    )
    return await many(request, response, listing, page, filename="visits", sync=sync)


@router.post(
    "/import",
    response_model=ImportReport,
    operation_id="import_visits",
    summary="Import visits (CSV or NDJSON, streamed, one transaction, idempotent by external_id)",
    openapi_extra=IMPORT_BODY,
    responses={
        422: {"description": "Bad rows (all-or-nothing): the report is in `report`."},
        415: {"description": "Neither CSV nor NDJSON."},
    },
)
async def import_visits(
    request: Request,
    session: SessionDep,
    actor: Importer,
    mode: Annotated[ImportMode, Query(description="`partial` loads the valid rows")] = (
        ImportMode.all_or_nothing
    ),
) -> Any:
    try:
        return await visit_imports.import_visits(
            session, actor, request.stream(), request.headers.get("content-type"), mode=mode
        )
    except ClientDisconnect:  # rolled back: nothing written, and nobody left to answer
        return Response(status_code=400)


@router.get(
    "/{visit_id}",
    response_model=VisitRead,
    operation_id="get_visit",
    summary="One recorded visit (anonymous codes and counts)",
    responses=ONE_RESPONSES,
)
async def get_visit(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    visit_id: uuid.UUID,
) -> Any:
    return one(request, response, await visits.get_visit(session, actor, visit_id))


@stats_router.get(
    "/visits",
    response_model=VisitStats,
    operation_id="get_visit_stats",
    summary="Visits grouped by one or two dimensions, with shares adding up to 100 %",
)
async def visit_statistics(
    session: SessionDep,
    actor: StatsReader,
    group_by: Annotated[
        list[StatsDimension], Query(max_length=2, description="One or two dimensions")
    ],
    from_: Annotated[Day | None, Query(alias="from", description="On or after (Paris day)")] = None,
    to: Annotated[Day | None, Query(description="On or before (Paris day)")] = None,
) -> VisitStats:
    return await visit_stats.visit_stats(session, actor, group_by=group_by, from_=from_, to=to)


@space_router.get(
    "/{space_id}/activity-report",
    response_model=ActivityReport,
    operation_id="get_space_activity_report",
    summary="A space's self-evaluation for a year, beside the network's medians",
)
async def space_activity_report(
    session: SessionDep,
    actor: StatsReader,
    space_id: uuid.UUID,
    year: Annotated[int, Query(ge=2000, le=2100)],
) -> ActivityReport:
    return await activity_report.activity_report(session, actor, space_id, year)
