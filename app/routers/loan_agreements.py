import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.state_machine import TRANSITION_RESPONSES
from app.core.text import Day
from app.models.equipment import (
    EquipmentRead,
    LoanAgreementCreate,
    LoanAgreementRead,
    LoanAgreementStatus,
    LoanAgreementTransition,
    LoanAgreementUpdate,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep
from app.services.equipment import items as equipment
from app.services.equipment import loan_agreements

router = APIRouter(prefix="/loan-agreements", tags=["loan-agreements"])
Reader = Caller("equipment:read")
Writer = Caller("equipment:write")


@router.post(
    "",
    response_model=LoanAgreementRead,
    status_code=201,
    operation_id="create_loan_agreement",
    summary="Draft a loan agreement (convention de prêt) with an association",
)
async def create_loan_agreement(
    response: Response, session: SessionDep, actor: Writer, body: LoanAgreementCreate
) -> LoanAgreementRead:
    created = await loan_agreements.create_agreement(session, actor, body)
    response.headers["Location"] = f"/api/v1/loan-agreements/{created.id}"
    return created


@router.get(
    "",
    response_model=Page[LoanAgreementRead],
    operation_id="list_loan_agreements",
    summary="The loan agreements you may see",
    responses=LIST_RESPONSES,
)
async def list_loan_agreements(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    association_id: uuid.UUID | None = None,
    status: Annotated[
        LoanAgreementStatus | None,
        Query(description="Effective status: `ended` includes agreements past their end date."),
    ] = None,
    active_on: Annotated[Day | None, Query(description="In force on this day")] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=64, description="Reference contains")
    ] = None,
) -> Any:
    listing = loan_agreements.list_agreements(
        session, actor, association_id=association_id, status=status, q=q, active_on=active_on
    )
    return await many(request, response, listing, page, filename="loan-agreements")


@router.get(
    "/{agreement_id}",
    response_model=LoanAgreementRead,
    operation_id="get_loan_agreement",
    summary="One loan agreement and its status",
    responses=ONE_RESPONSES,
)
async def get_loan_agreement(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    agreement_id: uuid.UUID,
) -> Any:
    return one(request, response, await loan_agreements.get_agreement(session, actor, agreement_id))


@router.patch(
    "/{agreement_id}",
    response_model=LoanAgreementRead,
    operation_id="update_loan_agreement",
    summary="Change a draft loan agreement (If-Match)",
)
async def update_loan_agreement(
    session: SessionDep,
    actor: Writer,
    agreement_id: uuid.UUID,
    body: LoanAgreementUpdate,
    if_match: IfMatch = None,
) -> LoanAgreementRead:
    return await loan_agreements.update_agreement(session, actor, agreement_id, body, if_match)


@router.post(
    "/{agreement_id}/transitions",
    response_model=LoanAgreementRead,
    operation_id="transition_loan_agreement",
    summary="Send for signature, activate (signed), decline, end or terminate "
    "(403 or 409 lists the allowed moves; 409 the items still allocated)",
    responses=TRANSITION_RESPONSES,
)
async def transition_loan_agreement(
    session: SessionDep,
    actor: Writer,
    agreement_id: uuid.UUID,
    body: LoanAgreementTransition,
    if_match: IfMatch = None,
) -> LoanAgreementRead:
    return await loan_agreements.transition_agreement(session, actor, agreement_id, body, if_match)


@router.get(
    "/{agreement_id}/equipment",
    response_model=Page[EquipmentRead],
    operation_id="list_loan_agreement_equipment",
    responses=LIST_RESPONSES,
    summary="The equipment this agreement covers now (derived from allocations)",
)
async def list_covered_equipment(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    agreement_id: uuid.UUID,
) -> Any:
    listing = await equipment.list_covered_equipment(session, actor, agreement_id)
    return await many(request, response, listing, page, filename="loan-agreement-equipment")
