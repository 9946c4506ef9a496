"""`/stats/maintenance`: volumes, response times and breach rates per operator, space, month."""

import math
from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import PARIS, utcnow
from app.core.errors import ValidationFailed
from app.models.maintenance import MaintenanceStatsRow, MaintenanceTicket
from app.services import policy
from app.services.maintenance.sla import clock_time_between
from app.services.maintenance.tickets import acknowledge_breached, resolve_breached

GROUPS = ("operator", "space", "month")
FIELD_OF_GROUP = {"operator": "operator_id", "space": "space_id", "month": "month"}


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile (no interpolation): a value that really occurred."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return round(ordered[rank - 1], 2)


def _key(ticket: MaintenanceTicket, group_by: list[str]) -> tuple:
    parts = []
    for group in group_by:
        if group == "operator":
            parts.append(str(ticket.operator_id))
        elif group == "space":
            parts.append(str(ticket.space_id))
        else:
            parts.append(ticket.created_at.astimezone(PARIS).strftime("%Y-%m"))
    return tuple(parts)


async def maintenance_stats(
    session: AsyncSession,
    actor: Actor,
    *,
    date_from: datetime,
    date_to: datetime,
    group_by: list[str],
) -> list[MaintenanceStatsRow]:
    if not group_by or len(group_by) > 2 or set(group_by) - set(GROUPS):
        raise ValidationFailed(
            f"group_by takes one or two of: {', '.join(GROUPS)}.", loc=("query", "group_by")
        )
    if date_to <= date_from:
        raise ValidationFailed("'to' must be after 'from'.", loc=("query", "to"))
    t = MaintenanceTicket
    tickets = (
        (
            await session.execute(
                policy.scope_tickets(actor, select(t)).where(
                    t.created_at >= date_from, t.created_at < date_to
                )
            )
        )
        .scalars()
        .all()
    )
    now = utcnow()
    buckets: dict[tuple, list[MaintenanceTicket]] = defaultdict(list)
    for ticket in tickets:
        buckets[_key(ticket, group_by)].append(ticket)
    rows = []
    for key in sorted(buckets):
        group = buckets[key]
        acknowledge = [
            clock_time_between(x.created_at, x.acknowledged_at, x.clock).total_seconds() / 3600
            for x in group
            if x.acknowledged_at
        ]
        resolve = [
            (
                clock_time_between(x.created_at, x.resolved_at, x.clock).total_seconds()
                - x.paused_seconds
            )
            / 3600
            for x in group
            if x.resolved_at
        ]
        breached = sum(1 for x in group if acknowledge_breached(x, now) or resolve_breached(x, now))
        rows.append(
            MaintenanceStatsRow(
                **{FIELD_OF_GROUP[g]: k for g, k in zip(group_by, key, strict=True)},
                opened=len(group),
                resolved=len(resolve),
                acknowledge_hours_median=percentile(acknowledge, 0.5),
                acknowledge_hours_p90=percentile(acknowledge, 0.9),
                resolve_hours_median=percentile(resolve, 0.5),
                resolve_hours_p90=percentile(resolve, 0.9),
                breached=breached,
                breach_rate=round(breached / len(group), 4),
            )
        )
    return rows
