"""`GET /stats/subscriptions`: what the spaces' subscriptions cost and give, per space and for
the network the caller sees, and which commitments could be pooled.

Exact arithmetic: sums are integer cents; every ratio is computed as a fraction of integers and
rounded once, half up — costs to integer cents (`*_cents`), hours and Mbit/s per euro to
decimal strings with two places. A month is 52/12 weeks of opening hours and 365/12 days of a
subscription's cost. "In force" on a day: the period has started, has not ended, and is not
`planned`. A space's internet works when an internet subscription in force is not
`out_of_service`. The comparison covers the spaces that are neither archived nor closed; the
spaces without a working connection are those installing, open or suspended (a planned space
has no premises yet)."""

import math
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today
from app.core.errors import ValidationFailed
from app.models.space import Space, SpaceStatus
from app.models.subscription import (
    ConnectionGap,
    NetworkSubscriptionFigures,
    PoolingGroup,
    PoolingMember,
    PremisesConnection,
    SpaceSubscriptionFigures,
    SpaceWithoutConnection,
    Subscription,
    SubscriptionKind,
    SubscriptionStats,
    SubscriptionStatus,
)
from app.models.visit import VisitDailyCount
from app.services import policy
from app.services.spaces.opening_hours import weekly_minutes

ST = SubscriptionStatus
MAX_PERIOD_DAYS = 3660
DEFAULT_PERIOD_DAYS = 30
WEEKS_A_MONTH = Fraction(52, 12)
DAYS_A_MONTH = Fraction(365, 12)
STAFFED = (SpaceStatus.installing.value, SpaceStatus.open.value, SpaceStatus.suspended.value)


def cents(value: Fraction) -> int:
    """Half up (costs are never negative)."""
    return math.floor(value + Fraction(1, 2))


def decimal_text(value: Fraction, places: int = 2) -> str:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def in_force(row: Subscription, on: date) -> bool:
    return (
        row.status != ST.planned
        and row.started_on <= on
        and (row.ended_on is None or row.ended_on >= on)
    )


def period_cost(row: Subscription, start: date, end: date) -> Fraction:
    """What the period of `row` costs (incl. VAT) over the days it shares with [start, end]."""
    if row.status == ST.planned:
        return Fraction(0)
    first = max(row.started_on, start)
    last = min(row.ended_on or end, end)
    days = (last - first).days + 1
    return Fraction(row.monthly_cost_incl_vat_cents * days) / DAYS_A_MONTH if days > 0 else 0


def down_kbps(row: Subscription) -> int:
    return row.measured_down_kbps or row.advertised_down_kbps or 0


def mbps_per_euro(kbps: int, monthly_cents: int) -> str | None:
    # kbit/s / 1000 per (cents / 100) €: kbps / (10 × cents)
    if not kbps or not monthly_cents:
        return None
    return decimal_text(Fraction(kbps, 10 * monthly_cents))


@dataclass
class _Totals:
    spaces: int = 0
    subscriptions: int = 0
    excl: int = 0
    incl: int = 0
    minutes: int = 0
    visits: int = 0
    period: Fraction = field(default_factory=Fraction)
    internet_kbps: int = 0
    internet_cents: int = 0
    without: int = 0


def _per_hour(monthly_incl: int, minutes: int) -> int | None:
    if not minutes:
        return None
    return cents(Fraction(monthly_incl * 60) / (minutes * WEEKS_A_MONTH))


def _gap(rows: list[Subscription], on: date) -> ConnectionGap | None:
    internet = [r for r in rows if r.kind == SubscriptionKind.internet]
    if any(in_force(r, on) and r.status != ST.out_of_service for r in internet):
        return None
    if any(in_force(r, on) for r in internet):
        return ConnectionGap.out_of_service
    if any(r.status == ST.planned and r.ended_on is None for r in internet):
        return ConnectionGap.planned
    return ConnectionGap.no_internet_subscription


def pooling_groups(
    rows: list[Subscription], names: dict[uuid.UUID, str], on: date, window_days: int
) -> list[PoolingGroup]:
    """Per provider, the running commitments sorted by end (an end already past counts as
    today); a group starts at the earliest end and takes every end within `window_days` of it;
    a group of two spaces or more is a candidate."""
    by_provider: dict[str, list[Subscription]] = defaultdict(list)
    for row in rows:
        if row.ended_on is None and row.commitment_ends_on is not None and in_force(row, on):
            by_provider[row.provider_key].append(row)
    groups = []
    for key in sorted(by_provider):
        ordered = sorted(by_provider[key], key=lambda r: (max(r.commitment_ends_on, on), r.id))
        start = 0
        while start < len(ordered):
            first = max(ordered[start].commitment_ends_on, on)
            end = start
            while end + 1 < len(ordered) and max(
                ordered[end + 1].commitment_ends_on, on
            ) - first <= timedelta(days=window_days):
                end += 1
            members = ordered[start : end + 1]
            if len({m.space_id for m in members}) >= 2:
                groups.append(
                    PoolingGroup(
                        provider=members[0].provider,
                        commitments_end_from=min(m.commitment_ends_on for m in members),
                        commitments_end_to=max(m.commitment_ends_on for m in members),
                        spaces=len({m.space_id for m in members}),
                        monthly_cost_incl_vat_cents=sum(
                            m.monthly_cost_incl_vat_cents for m in members
                        ),
                        members=[
                            PoolingMember(
                                subscription_id=m.id,
                                space_id=m.space_id,
                                space_name=names[m.space_id],
                                offer=m.offer,
                                commitment_ends_on=m.commitment_ends_on,
                                monthly_cost_incl_vat_cents=m.monthly_cost_incl_vat_cents,
                            )
                            for m in members
                        ],
                    )
                )
            start = end + 1
    return groups


async def subscription_stats(
    session: AsyncSession,
    actor: Actor,
    *,
    from_: date | None = None,
    to: date | None = None,
    pooling_window_days: int = 90,
    on: date | None = None,
) -> SubscriptionStats:
    condition = policy.subscription_stats_spaces(actor)  # 404 for partners
    on = on or today()
    to = to or on
    from_ = from_ or to - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    if from_ > to:
        raise ValidationFailed("`from` is on or before `to`.", loc=("query", "from"))
    if (to - from_).days >= MAX_PERIOD_DAYS:
        raise ValidationFailed("The period is ten years at most.", loc=("query", "from"))

    spaces = (
        await session.execute(
            select(
                Space.id,
                Space.name,
                Space.association_id,
                Space.status,
                Space.opening_hours,
                Space.premises,
            )
            .where(
                condition,
                Space.archived_at.is_(None),
                Space.status != SpaceStatus.closed.value,
            )
            .order_by(Space.name_search, Space.id)
        )
    ).all()
    visible = select(Space.id).where(condition, Space.archived_at.is_(None))
    rows = (
        (
            await session.execute(
                policy.scope_subscriptions(actor, select(Subscription)).where(
                    Subscription.space_id.in_(visible),
                    (Subscription.ended_on.is_(None)) | (Subscription.ended_on >= from_),
                )
            )
        )
        .scalars()
        .all()
    )
    visits = dict(
        (
            await session.execute(
                select(VisitDailyCount.space_id, func.sum(VisitDailyCount.visits))
                .where(
                    VisitDailyCount.space_id.in_(visible),
                    VisitDailyCount.local_day >= from_,
                    VisitDailyCount.local_day <= to,
                )
                .group_by(VisitDailyCount.space_id)
            )
        ).all()
    )
    by_space: dict[uuid.UUID, list[Subscription]] = defaultdict(list)
    for row in rows:
        by_space[row.space_id].append(row)

    totals, figures, without = _Totals(), [], []
    for space in spaces:
        mine = by_space.get(space.id, [])
        now = [r for r in mine if in_force(r, on)]
        internet = [
            r for r in now if r.kind == SubscriptionKind.internet and r.status != ST.out_of_service
        ]
        excl = sum(r.monthly_cost_excl_vat_cents for r in now)
        incl = sum(r.monthly_cost_incl_vat_cents for r in now)
        minutes = weekly_minutes(space.opening_hours or [])
        cost = sum((period_cost(r, from_, to) for r in mine), Fraction(0))
        count = int(visits.get(space.id) or 0)
        kbps = sum(down_kbps(r) for r in internet)
        internet_cents = sum(r.monthly_cost_incl_vat_cents for r in internet)
        gap = _gap(mine, on)
        figures.append(
            SpaceSubscriptionFigures(
                space_id=space.id,
                space_name=space.name,
                association_id=space.association_id,
                subscriptions=len(now),
                monthly_cost_excl_vat_cents=excl,
                monthly_cost_incl_vat_cents=incl,
                weekly_opening_hours=decimal_text(Fraction(minutes, 60)),
                cost_per_opening_hour_cents=_per_hour(incl, minutes),
                visits=count,
                period_cost_incl_vat_cents=cents(cost),
                cost_per_visit_cents=cents(cost / count) if count else None,
                internet_down_kbps=kbps if internet else None,
                mbps_per_euro=mbps_per_euro(kbps, internet_cents),
                has_working_connection=gap is None,
            )
        )
        if gap is not None and space.status in STAFFED:
            declared = (space.premises or {}).get("internet")
            without.append(
                SpaceWithoutConnection(
                    space_id=space.id,
                    space_name=space.name,
                    association_id=space.association_id,
                    space_status=space.status,
                    gap=gap,
                    premises_internet=PremisesConnection(
                        provider=declared.get("provider"),
                        connection_type=declared.get("connection_type"),
                    )
                    if declared
                    else None,
                )
            )
        totals.spaces += 1
        totals.subscriptions += len(now)
        totals.excl += excl
        totals.incl += incl
        totals.minutes += minutes
        totals.visits += count
        totals.period += cost
        totals.internet_kbps += kbps
        totals.internet_cents += internet_cents

    names = {s.id: s.name for s in spaces}
    network = NetworkSubscriptionFigures(
        spaces=totals.spaces,
        subscriptions=totals.subscriptions,
        monthly_cost_excl_vat_cents=totals.excl,
        monthly_cost_incl_vat_cents=totals.incl,
        weekly_opening_hours=decimal_text(Fraction(totals.minutes, 60)),
        cost_per_opening_hour_cents=_per_hour(totals.incl, totals.minutes),
        visits=totals.visits,
        period_cost_incl_vat_cents=cents(totals.period),
        cost_per_visit_cents=cents(totals.period / totals.visits) if totals.visits else None,
        mbps_per_euro=mbps_per_euro(totals.internet_kbps, totals.internet_cents),
        spaces_without_working_connection=len(without),
    )
    return SubscriptionStats(
        period_start=from_,
        period_end=to,
        pooling_window_days=pooling_window_days,
        network=network,
        spaces=figures,
        without_working_connection=without,
        pooling_groups=pooling_groups(
            [r for r in rows if r.space_id in names], names, on, pooling_window_days
        ),
    )
