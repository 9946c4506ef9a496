"""Insurance certificates of the spaces: recorded by the space's association from an uploaded
document, confirmed or rejected by the city, listed when they end soon."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one, tagged
from app.models.insurance import (
    InsuranceCertificateCreate,
    InsuranceCertificateRead,
    InsuranceCertificateRejection,
    InsuranceCertificateStatus,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep
from app.services.insurance import certificates

router = APIRouter(prefix="/insurance-certificates", tags=["insurance"])
space_router = APIRouter(prefix="/spaces", tags=["insurance"])
Reader = Caller("documents:read")
Writer = Caller("documents:write")
DECISION_RESPONSES: dict[int | str, dict[str, Any]] = {
    409: {"description": "Already confirmed or rejected."},
    412: {"description": "Stale If-Match."},
}


@space_router.post(
    "/{space_id}/insurance-certificates",
    response_model=InsuranceCertificateRead,
    status_code=201,
    operation_id="create_space_insurance_certificate",
    summary="Record a space's insurance certificate from its uploaded document (pending until "
    "the city confirms it)",
    responses={409: {"description": "The space is archived or closed."}},
)
async def create_space_insurance_certificate(
    response: Response,
    session: SessionDep,
    actor: Writer,
    space_id: uuid.UUID,
    body: InsuranceCertificateCreate,
) -> Any:
    created = await certificates.create_certificate(session, actor, space_id, body)
    response.headers["Location"] = f"/api/v1/insurance-certificates/{created.id}"
    return tagged(response, created)


@space_router.get(
    "/{space_id}/insurance-certificates",
    response_model=Page[InsuranceCertificateRead],
    operation_id="list_space_insurance_certificates",
    summary="A space's insurance certificates, newest first",
    responses=LIST_RESPONSES,
)
async def list_space_insurance_certificates(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    space_id: uuid.UUID,
    status: InsuranceCertificateStatus | None = None,
) -> Any:
    listing = await certificates.list_space_certificates(session, actor, space_id, status=status)
    return await many(request, response, listing, page, filename="insurance-certificates")


@router.get(
    "/expiring",
    response_model=Page[InsuranceCertificateRead],
    operation_id="list_expiring_insurance_certificates",
    summary="Confirmed insurance certificates ending within N days, the soonest first (the city)",
    responses=LIST_RESPONSES,
)
async def list_expiring_insurance_certificates(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    within_days: Annotated[int, Query(ge=0, le=3650, description="From today.")] = 60,
) -> Any:
    listing = certificates.list_expiring(session, actor, within_days=within_days)
    return await many(request, response, listing, page, filename="insurance-certificates-expiring")


@router.get(
    "/{certificate_id}",
    response_model=InsuranceCertificateRead,
    operation_id="get_insurance_certificate",
    summary="One insurance certificate",
    responses=ONE_RESPONSES,
)
async def get_insurance_certificate(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    certificate_id: uuid.UUID,
) -> Any:
    return one(
        request, response, await certificates.get_certificate(session, actor, certificate_id)
    )


@router.post(
    "/{certificate_id}/confirm",
    response_model=InsuranceCertificateRead,
    operation_id="confirm_insurance_certificate",
    summary="Confirm a certificate (the city): it becomes the space's premises insurance",
    responses=DECISION_RESPONSES,
)
async def confirm_insurance_certificate(
    response: Response,
    session: SessionDep,
    actor: Writer,
    certificate_id: uuid.UUID,
    if_match: IfMatch = None,
) -> Any:
    decided = await certificates.decide(
        session, actor, certificate_id, InsuranceCertificateStatus.confirmed, if_match=if_match
    )
    return tagged(response, decided)


@router.post(
    "/{certificate_id}/reject",
    response_model=InsuranceCertificateRead,
    operation_id="reject_insurance_certificate",
    summary="Reject a certificate with a reason (the city)",
    responses=DECISION_RESPONSES,
)
async def reject_insurance_certificate(
    response: Response,
    session: SessionDep,
    actor: Writer,
    certificate_id: uuid.UUID,
    body: InsuranceCertificateRejection,
    if_match: IfMatch = None,
) -> Any:
    decided = await certificates.decide(
        session, actor, certificate_id, InsuranceCertificateStatus.rejected, body, if_match
    )
    return tagged(response, decided)
