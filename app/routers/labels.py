import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.state_machine import TRANSITION_RESPONSES
from app.models.label import (
    LabelApplicationCreate,
    LabelApplicationEventRead,
    LabelApplicationRead,
    LabelApplicationStatus,
    LabelApplicationTransition,
    LabelAttestation,
    LabelCriteriaPublish,
    LabelCriteriaVersionRead,
    LabelStatus,
    LabelWaiver,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep
from app.services.labels import applications as labels
from app.services.labels import criteria as label_criteria

criteria_router = APIRouter(prefix="/label-criteria", tags=["labels"])
router = APIRouter(prefix="/label-applications", tags=["labels"])
Reader = Caller("labels:read")
Writer = Caller("labels:write")
Criterion = Annotated[str, Path(min_length=2, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")]
WRITE_RESPONSES = {409: {"description": "Not possible in this status; the problem says why."}}


# ---- the criteria catalogue ---------------------------------------------------------------------


@criteria_router.get(
    "",
    response_model=LabelCriteriaVersionRead,
    operation_id="get_label_criteria",
    responses=ONE_RESPONSES,
    summary="The criteria in force (the latest published version)",
)
async def get_label_criteria(
    request: Request, response: Response, session: SessionDep, actor: Reader
) -> Any:
    return one(request, response, await label_criteria.get_current(session, actor))


@criteria_router.put(
    "",
    response_model=LabelCriteriaVersionRead,
    operation_id="publish_label_criteria",
    summary="Publish a new version of the criteria (city); applications keep their version",
    responses={
        200: {"description": "Unchanged: the catalogue already reads so."},
        201: {"description": "A new version was published."},
    },
)
async def publish_label_criteria(
    response: Response, session: SessionDep, actor: Writer, body: LabelCriteriaPublish
) -> LabelCriteriaVersionRead:
    version, created = await label_criteria.publish(session, actor, body)
    response.headers["Location"] = f"/api/v1/label-criteria/versions/{version.number}"
    response.status_code = 201 if created else 200
    return version


@criteria_router.get(
    "/versions",
    response_model=Page[LabelCriteriaVersionRead],
    operation_id="list_label_criteria_versions",
    summary="Every version of the ENC label's criteria",
    responses=LIST_RESPONSES,
)
async def list_label_criteria_versions(
    request: Request, response: Response, session: SessionDep, actor: Reader, page: PageDep
) -> Any:
    listing = label_criteria.list_versions(session, actor)
    return await many(request, response, listing, page, filename="label-criteria-versions")


@criteria_router.get(
    "/versions/{number}",
    response_model=LabelCriteriaVersionRead,
    operation_id="get_label_criteria_version",
    summary="One version of the label's criteria, by its number",
    responses=ONE_RESPONSES,
)
async def get_label_criteria_version(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    number: Annotated[int, Path(ge=1, le=1_000_000)],
) -> Any:
    return one(request, response, await label_criteria.get_version(session, actor, number))


# ---- applications -------------------------------------------------------------------------------


@router.post(
    "",
    response_model=LabelApplicationRead,
    status_code=201,
    operation_id="create_label_application",
    summary="Start an application for one of your spaces (a draft under the current criteria)",
    responses={409: {"description": "The space already has an application in progress."}},
)
async def create_label_application(
    response: Response, session: SessionDep, actor: Writer, body: LabelApplicationCreate
) -> LabelApplicationRead:
    created = await labels.create_application(session, actor, body)
    response.headers["Location"] = f"/api/v1/label-applications/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[LabelApplicationRead],
    operation_id="list_label_applications",
    summary="Label applications you may see",
    responses=LIST_RESPONSES,
)
async def list_label_applications(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    status: LabelApplicationStatus | None = None,
    label_status: Annotated[
        LabelStatus | None,
        Query(description="`valid` or `expired` labels (approved applications), or `none`."),
    ] = None,
    expiring_within_days: Annotated[
        int | None,
        Query(ge=0, le=3650, description="Labels in force that end within this many days."),
    ] = None,
) -> Any:
    listing = labels.list_applications(
        session,
        actor,
        space_id=space_id,
        association_id=association_id,
        status=status,
        label_status=label_status,
        expiring_within_days=expiring_within_days,
    )
    return await many(request, response, listing, page, filename="label-applications")


@router.get(
    "/{application_id}",
    response_model=LabelApplicationRead,
    operation_id="get_label_application",
    summary="One label application, with each criterion's evaluation",
    responses=ONE_RESPONSES,
)
async def get_label_application(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    application_id: uuid.UUID,
) -> Any:
    return one(request, response, await labels.get_application(session, actor, application_id))


@router.post(
    "/{application_id}/evaluate",
    response_model=LabelApplicationRead,
    operation_id="evaluate_label_application",
    summary="Compute every automatic criterion on live data now, and store the results",
    responses=WRITE_RESPONSES,
)
async def evaluate_label_application(
    session: SessionDep, actor: Writer, application_id: uuid.UUID
) -> LabelApplicationRead:
    return await labels.evaluate(session, actor, application_id)


@router.post(
    "/{application_id}/transitions",
    response_model=LabelApplicationRead,
    operation_id="transition_label_application",
    summary="Submit (re-evaluates; 409 lists unmet mandatory criteria), review, decide, withdraw",
    responses=TRANSITION_RESPONSES,
)
async def transition_label_application(
    session: SessionDep,
    actor: Writer,
    application_id: uuid.UUID,
    body: LabelApplicationTransition,
    if_match: IfMatch = None,
) -> LabelApplicationRead:
    return await labels.transition(session, actor, application_id, body, if_match)


@router.post(
    "/{application_id}/submit",
    response_model=LabelApplicationRead,
    operation_id="submit_label_application",
    summary="Submit (or resubmit) for review: the same as a transition to `submitted`",
    responses=TRANSITION_RESPONSES
    | {409: {"description": "Unmet mandatory criteria (listed), or not a draft."}},
)
async def submit_label_application(
    session: SessionDep, actor: Writer, application_id: uuid.UUID, if_match: IfMatch = None
) -> LabelApplicationRead:
    body = LabelApplicationTransition(to=LabelApplicationStatus.submitted)
    return await labels.transition(session, actor, application_id, body, if_match)


@router.put(
    "/{application_id}/attestations/{criterion}",
    response_model=LabelApplicationRead,
    operation_id="attest_label_criterion",
    summary="Attest a declarative criterion with the reference of its document",
    responses=WRITE_RESPONSES,
)
async def attest_label_criterion(
    session: SessionDep,
    actor: Writer,
    application_id: uuid.UUID,
    criterion: Criterion,
    body: LabelAttestation,
) -> LabelApplicationRead:
    return await labels.attest(session, actor, application_id, criterion, body)


@router.put(
    "/{application_id}/waivers/{criterion}",
    response_model=LabelApplicationRead,
    operation_id="waive_label_criterion",
    summary="Waive a criterion for this application, with a reason (city)",
    responses=WRITE_RESPONSES,
)
async def waive_label_criterion(
    session: SessionDep,
    actor: Writer,
    application_id: uuid.UUID,
    criterion: Criterion,
    body: LabelWaiver,
) -> LabelApplicationRead:
    return await labels.waive(session, actor, application_id, criterion, body)


@router.get(
    "/{application_id}/history",
    response_model=Page[LabelApplicationEventRead],
    operation_id="list_label_application_history",
    responses=LIST_RESPONSES,
    summary="Every status change of the application, with who and why",
)
async def list_label_application_history(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    application_id: uuid.UUID,
) -> Any:
    listing = await labels.history(session, actor, application_id)
    return await many(request, response, listing, page, filename="label-application-history")
