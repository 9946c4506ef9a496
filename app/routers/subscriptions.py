"""Subscriptions of the spaces (internet, phone, printing, software) kept as periods, the
commitments ending soon, and the network's comparison (`/stats/subscriptions`)."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.core.pagination import Page
from app.core.representation import LIST_RESPONSES, ONE_RESPONSES, many, one
from app.core.text import Day
from app.models.subscription import (
    SubscriptionChange,
    SubscriptionCreate,
    SubscriptionEnd,
    SubscriptionKind,
    SubscriptionPayer,
    SubscriptionRead,
    SubscriptionStats,
    SubscriptionStatus,
    SubscriptionUpdate,
)
from app.routers.deps import Caller, IfMatch, PageDep, SessionDep
from app.services.subscriptions import records as subscriptions
from app.services.subscriptions import stats as subscription_stats

router = APIRouter(prefix="/subscriptions", tags=["subscriptions"])
space_router = APIRouter(prefix="/spaces", tags=["subscriptions"])
stats_router = APIRouter(prefix="/stats", tags=["statistics"])
Reader = Caller("subscriptions:read")
Writer = Caller("subscriptions:write")
Provider = Annotated[str | None, Query(min_length=1, max_length=200, description="Any case.")]
Current = Annotated[
    bool | None, Query(description="true: running periods only; false: ended ones only.")
]
RUNNING_RESPONSES = {409: {"description": "This period has ended (change the running one)."}}


@space_router.post(
    "/{space_id}/subscriptions",
    response_model=SubscriptionRead,
    status_code=201,
    operation_id="create_space_subscription",
    summary="Record a subscription of a space (costs in integer cents, speeds in kbit/s)",
    responses={409: {"description": "The space is archived or closed."}},
)
async def create_space_subscription(
    response: Response,
    session: SessionDep,
    actor: Writer,
    space_id: uuid.UUID,
    body: SubscriptionCreate,
) -> SubscriptionRead:
    created = await subscriptions.create_subscription(session, actor, space_id, body)
    response.headers["Location"] = f"/api/v1/subscriptions/{created.id}"
    return created


@space_router.get(
    "/{space_id}/subscriptions",
    response_model=Page[SubscriptionRead],
    operation_id="list_space_subscriptions",
    summary="A space's subscriptions: the running periods by default (`current=` to change)",
    responses=LIST_RESPONSES,
)
async def list_space_subscriptions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    space_id: uuid.UUID,
    kind: SubscriptionKind | None = None,
    status: SubscriptionStatus | None = None,
    current: Current = True,
) -> Any:
    listing = await subscriptions.list_space_subscriptions(
        session, actor, space_id, kind=kind, status=status, current=current
    )
    return await many(request, response, listing, page, filename="subscriptions")


@router.get(
    "",
    response_model=Page[SubscriptionRead],
    operation_id="list_subscriptions",
    summary="Every subscription period the caller sees, with filters for the city",
    responses=LIST_RESPONSES,
)
async def list_subscriptions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    kind: SubscriptionKind | None = None,
    status: SubscriptionStatus | None = None,
    payer: SubscriptionPayer | None = None,
    provider: Provider = None,
    current: Current = None,
) -> Any:
    listing = subscriptions.list_subscriptions(
        session,
        actor,
        space_id=space_id,
        association_id=association_id,
        kind=kind,
        status=status,
        payer=payer,
        provider=provider,
        current=current,
    )
    return await many(request, response, listing, page, filename="subscriptions")


@router.get(
    "/expiring",
    response_model=Page[SubscriptionRead],
    operation_id="list_expiring_subscriptions",
    summary="Running subscriptions whose commitment ends within N days, the soonest first",
    responses=LIST_RESPONSES,
)
async def list_expiring_subscriptions(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    within_days: Annotated[int, Query(ge=0, le=3650, description="From today.")] = 90,
    kind: SubscriptionKind | None = None,
) -> Any:
    listing = subscriptions.list_expiring(session, actor, within_days=within_days, kind=kind)
    return await many(request, response, listing, page, filename="subscriptions-expiring")


@router.get(
    "/{subscription_id}",
    response_model=SubscriptionRead,
    operation_id="get_subscription",
    summary="One subscription period",
    responses=ONE_RESPONSES,
)
async def get_subscription(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    subscription_id: uuid.UUID,
) -> Any:
    found = await subscriptions.get_subscription(session, actor, subscription_id)
    return one(request, response, found)


@router.patch(
    "/{subscription_id}",
    response_model=SubscriptionRead,
    operation_id="update_subscription",
    summary="Record a measure, the status, the commitment's end or notes (an offer or a price "
    "is a new period)",
    responses=RUNNING_RESPONSES,
)
async def update_subscription(
    session: SessionDep,
    actor: Writer,
    subscription_id: uuid.UUID,
    body: SubscriptionUpdate,
    if_match: IfMatch = None,
) -> SubscriptionRead:
    return await subscriptions.update_subscription(session, actor, subscription_id, body, if_match)


@router.post(
    "/{subscription_id}/periods",
    response_model=SubscriptionRead,
    status_code=201,
    operation_id="change_subscription_offer",
    summary="Change the offer: the running period ends, a new one starts (never an overwrite)",
    responses=RUNNING_RESPONSES,
)
async def change_subscription_offer(
    response: Response,
    session: SessionDep,
    actor: Writer,
    subscription_id: uuid.UUID,
    body: SubscriptionChange,
) -> SubscriptionRead:
    created = await subscriptions.change_offer(session, actor, subscription_id, body)
    response.headers["Location"] = f"/api/v1/subscriptions/{created.id}"
    return created


@router.get(
    "/{subscription_id}/periods",
    response_model=Page[SubscriptionRead],
    operation_id="list_subscription_periods",
    summary="Every period of this subscription, oldest first",
    responses=LIST_RESPONSES,
)
async def list_subscription_periods(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Reader,
    page: PageDep,
    subscription_id: uuid.UUID,
) -> Any:
    listing = await subscriptions.list_periods(session, actor, subscription_id)
    return await many(request, response, listing, page, filename="subscription-periods")


@router.post(
    "/{subscription_id}/end",
    response_model=SubscriptionRead,
    operation_id="end_subscription",
    summary="End a subscription (its running period gets its last day; nothing is deleted)",
    responses=RUNNING_RESPONSES,
)
async def end_subscription(
    session: SessionDep,
    actor: Writer,
    subscription_id: uuid.UUID,
    body: SubscriptionEnd,
    if_match: IfMatch = None,
) -> SubscriptionRead:
    return await subscriptions.end_subscription(session, actor, subscription_id, body, if_match)


@stats_router.get(
    "/subscriptions",
    response_model=SubscriptionStats,
    operation_id="get_subscription_stats",
    summary="Subscriptions compared: cost a month, per opening hour and per visit, Mbit/s per "
    "euro, spaces without a working connection, commitments to pool",
    responses={404: {"description": "Partners have no subscription statistics."}},
)
async def get_subscription_stats(
    session: SessionDep,
    actor: Reader,
    from_: Annotated[
        Day | None, Query(alias="from", description="Visits and costs from (default: 30 days).")
    ] = None,
    to: Annotated[Day | None, Query(description="Up to and including (default: today).")] = None,
    pooling_window_days: Annotated[
        int, Query(ge=1, le=730, description="Commitments ending within this many days pool.")
    ] = 90,
) -> SubscriptionStats:
    return await subscription_stats.subscription_stats(
        session, actor, from_=from_, to=to, pooling_window_days=pooling_window_days
    )
