"""Subscriptions of a space, kept as periods.

A row is one period of a subscription; `line_id` ties a subscription's periods together.
What changes in place (PATCH) is what does not change the contract: a new measure of the
speeds, the status (planned, active, out of service), the commitment's end, notes. A change of
offer, price, provider or payer is a new period (`change_offer`): the running period ends the
day before the new one starts (status `ended`) and the new one carries the rest over. Ending a
subscription closes its running period. Nothing is deleted.

Two changes of the same subscription at once: the guarded update of the running period lets
one through; the other gets 412 (and the unique running-period index stops any third way).
"""

import uuid
from datetime import date, timedelta

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import flush_or_conflict, guarded_update
from app.core.repository import Repository, rowwise
from app.core.representation import check_if_match
from app.models.space import SpaceStatus
from app.models.subscription import (
    Subscription,
    SubscriptionChange,
    SubscriptionCreate,
    SubscriptionEnd,
    SubscriptionKind,
    SubscriptionPayer,
    SubscriptionRead,
    SubscriptionStatus,
    SubscriptionUpdate,
)
from app.services import audit, policy
from app.services.spaces.records import SPACES

ST = SubscriptionStatus
RUNNING_TWICE = "This subscription changed at the same moment; fetch it again and retry."
# Fields of the contract: a new period when one of them changes, never an overwrite.
CONTRACT_FIELDS = (
    "provider",
    "offer",
    "connection_type",
    "advertised_down_kbps",
    "advertised_up_kbps",
    "monthly_cost_excl_vat_cents",
    "monthly_cost_incl_vat_cents",
    "commitment_ends_on",
    "payer",
)


def provider_key(provider: str) -> str:
    return " ".join(provider.split()).casefold()


def to_read(row: Subscription, _actor: Actor) -> SubscriptionRead:
    return SubscriptionRead.model_validate(row, update={"is_current": row.ended_on is None})


SUBSCRIPTIONS = Repository[Subscription, SubscriptionRead](
    Subscription,
    scope=policy.scope_subscriptions,
    label="subscription",
    to_reads=rowwise(to_read),
    sorts={
        "created_at": SortKey(Subscription.created_at, "datetime"),
        "started_on": SortKey(Subscription.started_on, "date"),
        "provider": SortKey(Subscription.provider_key, "str"),
        "monthly_cost_incl_vat_cents": SortKey(Subscription.monthly_cost_incl_vat_cents, "int"),
    },
    default_sort="-created_at",
)
EXPIRING = Repository[Subscription, SubscriptionRead](
    Subscription,
    scope=policy.scope_subscriptions,
    label="subscription",
    to_reads=rowwise(to_read),
    sorts={
        "commitment_ends_on": SortKey(Subscription.commitment_ends_on, "date"),
        "created_at": SortKey(Subscription.created_at, "datetime"),
    },
    default_sort="commitment_ends_on",
)

PERIODS = Repository[Subscription, SubscriptionRead](
    Subscription,
    scope=policy.scope_subscriptions,
    label="subscription",
    to_reads=rowwise(to_read),
    sorts={
        "period_number": SortKey(Subscription.period_number, "int"),
        "created_at": SortKey(Subscription.created_at, "datetime"),
    },
    default_sort="period_number",
)


# ---- reading ------------------------------------------------------------------------------------


def _filtered(
    statement: Select,
    *,
    kind: SubscriptionKind | None,
    status: SubscriptionStatus | None,
    payer: SubscriptionPayer | None,
    provider: str | None,
    current: bool | None,
) -> Select:
    statement = where_given(
        statement,
        (
            (Subscription.kind, kind),
            (Subscription.status, status),
            (Subscription.payer, payer),
            (Subscription.provider_key, provider_key(provider) if provider else None),
        ),
    )
    if current is True:
        statement = statement.where(Subscription.ended_on.is_(None))
    elif current is False:
        statement = statement.where(Subscription.ended_on.is_not(None))
    return statement


def list_subscriptions(
    session: AsyncSession,
    actor: Actor,
    *,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    kind: SubscriptionKind | None = None,
    status: SubscriptionStatus | None = None,
    payer: SubscriptionPayer | None = None,
    provider: str | None = None,
    current: bool | None = None,
) -> Listing[SubscriptionRead]:
    statement = where_given(
        SUBSCRIPTIONS.readable(actor),
        ((Subscription.space_id, space_id), (Subscription.association_id, association_id)),
    )
    statement = _filtered(
        statement, kind=kind, status=status, payer=payer, provider=provider, current=current
    )
    return SUBSCRIPTIONS.listing(session, actor, statement)


async def list_space_subscriptions(
    session: AsyncSession,
    actor: Actor,
    space_id: uuid.UUID,
    *,
    kind: SubscriptionKind | None = None,
    status: SubscriptionStatus | None = None,
    current: bool | None = True,
) -> Listing[SubscriptionRead]:
    space = await SPACES.find(session, actor, space_id)
    statement = SUBSCRIPTIONS.readable(actor).where(Subscription.space_id == space.id)
    statement = _filtered(
        statement, kind=kind, status=status, payer=None, provider=None, current=current
    )
    return SUBSCRIPTIONS.listing(session, actor, statement)


def list_expiring(
    session: AsyncSession,
    actor: Actor,
    *,
    within_days: int,
    kind: SubscriptionKind | None = None,
    on: date | None = None,
) -> Listing[SubscriptionRead]:
    """Running subscriptions whose commitment ends from today to `within_days` from now,
    the soonest first."""
    on = on or today()
    statement = EXPIRING.readable(actor).where(
        Subscription.ended_on.is_(None),
        Subscription.commitment_ends_on.is_not(None),
        Subscription.commitment_ends_on >= on,
        Subscription.commitment_ends_on <= on + timedelta(days=within_days),
    )
    statement = where_given(statement, ((Subscription.kind, kind),))
    return EXPIRING.listing(session, actor, statement)


async def get_subscription(
    session: AsyncSession, actor: Actor, subscription_id: uuid.UUID
) -> SubscriptionRead:
    return await SUBSCRIPTIONS.get(session, actor, subscription_id)


async def list_periods(
    session: AsyncSession, actor: Actor, subscription_id: uuid.UUID
) -> Listing[SubscriptionRead]:
    """Every period of the subscription that `subscription_id` is a period of, oldest first."""
    found = await SUBSCRIPTIONS.find(session, actor, subscription_id)
    statement = SUBSCRIPTIONS.readable(actor).where(Subscription.line_id == found.line_id)
    return PERIODS.listing(session, actor, statement)


# ---- writing ------------------------------------------------------------------------------------


def _check_speeds_and_costs(values: dict, loc: tuple) -> None:
    excl, incl = values["monthly_cost_excl_vat_cents"], values["monthly_cost_incl_vat_cents"]
    if incl < excl:
        raise ValidationFailed(
            "monthly_cost_incl_vat_cents must be at least monthly_cost_excl_vat_cents.",
            loc=(*loc, "monthly_cost_incl_vat_cents"),
        )
    if values["kind"] == SubscriptionKind.internet and values.get("connection_type") is None:
        raise ValidationFailed(
            "An internet subscription names its connection_type.",
            loc=(*loc, "connection_type"),
        )


def _require_open_space(space) -> None:
    if space.archived_at is not None or space.status == SpaceStatus.closed:
        raise Conflict("This space is archived or closed: it takes no new subscription.")


async def create_subscription(
    session: AsyncSession, actor: Actor, space_id: uuid.UUID, data: SubscriptionCreate
) -> SubscriptionRead:
    space = await SPACES.find(session, actor, space_id)
    policy.require(actor, "subscription:create")
    _require_open_space(space)
    values = data.model_dump(exclude={"started_on"})
    started_on = data.started_on or today()
    if data.commitment_ends_on is not None and data.commitment_ends_on < started_on:
        raise ValidationFailed(
            "A commitment ends on or after the day the subscription starts.",
            loc=("body", "commitment_ends_on"),
        )
    if data.measured_on is not None and data.measured_on > today():
        raise ValidationFailed(
            "A speed is measured today or on a past day.", loc=("body", "measured_on")
        )
    row_id = uuid.uuid4()
    row = Subscription(
        id=row_id,
        line_id=row_id,
        period_number=1,
        space_id=space.id,
        association_id=space.association_id,
        provider_key=provider_key(data.provider),
        started_on=started_on,
        **values,
    )
    session.add(row)
    await flush_or_conflict(session, "This subscription conflicts with another record.")
    audit.record(
        session,
        actor,
        "subscription.create",
        "subscription",
        row.id,
        {k: v for k, v in values.items() if v is not None}
        | {"space_id": str(space.id), "started_on": started_on.isoformat()},
    )
    await session.commit()
    return to_read(row, actor)


def _require_running(row: Subscription) -> None:
    if row.ended_on is not None:
        raise Conflict(
            f"This period ended on {row.ended_on.isoformat()}; change the running period of "
            "this subscription (see /periods)."
        )


async def update_subscription(
    session: AsyncSession,
    actor: Actor,
    subscription_id: uuid.UUID,
    data: SubscriptionUpdate,
    if_match: str | None,
) -> SubscriptionRead:
    row = await SUBSCRIPTIONS.find(session, actor, subscription_id)
    policy.require(actor, "subscription:update")
    check_if_match(if_match, to_read(row, actor))
    _require_running(row)
    changes = data.model_dump(exclude_unset=True)
    if "status" in changes:
        changes["status"] = changes["status"].value
    measured_on = changes.get("measured_on")
    if measured_on is not None and measured_on > today():
        raise ValidationFailed(
            "A speed is measured today or on a past day.", loc=("body", "measured_on")
        )
    ends = changes.get("commitment_ends_on", row.commitment_ends_on)
    if ends is not None and ends < row.started_on:
        raise ValidationFailed(
            "A commitment ends on or after the day the period started.",
            loc=("body", "commitment_ends_on"),
        )
    if "commitment_ends_on" in changes and changes["commitment_ends_on"] != row.commitment_ends_on:
        changes["expiry_notice_window"] = None  # a new commitment: its notices are due again
    diff = await guarded_update(session, row, changes)
    if diff:
        diff.pop("expiry_notice_window", None)
        audit.record(session, actor, "subscription.update", "subscription", row.id, diff)
    await session.commit()
    return to_read(row, actor)


async def change_offer(
    session: AsyncSession, actor: Actor, subscription_id: uuid.UUID, data: SubscriptionChange
) -> SubscriptionRead:
    """A new period: the running one ends the day before `starts_on`; what is not sent is
    carried over (but not the measured speeds: the new offer is measured again)."""
    row = await SUBSCRIPTIONS.find(session, actor, subscription_id)
    policy.require(actor, "subscription:change")
    _require_running(row)
    starts_on = data.starts_on or today()
    if starts_on <= row.started_on:
        raise ValidationFailed(
            f"A new period starts after the running one started ({row.started_on.isoformat()}).",
            loc=("body", "starts_on"),
        )
    sent = data.model_dump(exclude_unset=True, exclude={"starts_on", "notes"})
    carried = {name: getattr(row, name) for name in CONTRACT_FIELDS}
    values = carried | {k: (v.value if hasattr(v, "value") else v) for k, v in sent.items()}
    if values == carried:
        raise ValidationFailed(
            "Nothing in the offer changes: send what the new period changes (offer, price, "
            "provider, speeds, commitment, payer).",
            loc=("body",),
        )
    _check_speeds_and_costs(values | {"kind": row.kind}, ("body",))
    if values["commitment_ends_on"] is not None and values["commitment_ends_on"] < starts_on:
        raise ValidationFailed(
            "A commitment ends on or after the day the period starts.",
            loc=("body", "commitment_ends_on"),
        )
    ended_on = starts_on - timedelta(days=1)
    await guarded_update(
        session,
        row,
        {"ended_on": ended_on, "status": ST.ended.value, "end_reason": "Changement d'offre."},
    )
    status = row_status_after_change(row)
    new = Subscription(
        line_id=row.line_id,
        period_number=row.period_number + 1,
        space_id=row.space_id,
        association_id=row.association_id,
        kind=row.kind,
        provider_key=provider_key(values["provider"]),
        status=status,
        started_on=starts_on,
        notes=data.notes if "notes" in data.model_fields_set else row.notes,
        **values,
    )
    session.add(new)
    await flush_or_conflict(session, RUNNING_TWICE)
    audit.record(
        session,
        actor,
        "subscription.change_offer",
        "subscription",
        new.id,
        {
            "line_id": str(row.line_id),
            "previous_id": str(row.id),
            "previous_ended_on": ended_on.isoformat(),
            "period_number": new.period_number,
        }
        | {
            name: {"before": carried[name], "after": values[name]}
            for name in CONTRACT_FIELDS
            if carried[name] != values[name]
        },
    )
    await session.commit()
    return to_read(new, actor)


def row_status_after_change(row: Subscription) -> str:
    """A new offer on a line that was working or down is taken as in service; a planned line
    stays planned until it is switched on."""
    return ST.planned.value if row.status == ST.planned else ST.active.value


async def end_subscription(
    session: AsyncSession,
    actor: Actor,
    subscription_id: uuid.UUID,
    data: SubscriptionEnd,
    if_match: str | None,
) -> SubscriptionRead:
    row = await SUBSCRIPTIONS.find(session, actor, subscription_id)
    policy.require(actor, "subscription:end")
    check_if_match(if_match, to_read(row, actor))
    _require_running(row)
    ended_on = data.ended_on or today()
    if ended_on < row.started_on:
        raise ValidationFailed(
            f"A subscription ends on or after it started ({row.started_on.isoformat()}).",
            loc=("body", "ended_on"),
        )
    diff = await guarded_update(
        session,
        row,
        {"ended_on": ended_on, "status": ST.ended.value, "end_reason": data.reason},
    )
    audit.record(session, actor, "subscription.end", "subscription", row.id, diff)
    await session.commit()
    return to_read(row, actor)
