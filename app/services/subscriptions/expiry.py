"""`subscription.expiring`: announced once per subscription and notice window, by the
scheduler (reads never do it). The windows are 90 and 30 days before the commitment's end: a
commitment ending in 70 days is announced once for the 90-day window, then once more when it
enters the 30-day window. A period whose commitment changes (PATCH) is due again.

Once with any number of workers: the UPDATE that records the window still requires it
unrecorded (or wider), and the event is written only when that UPDATE took the row; PostgreSQL
makes a second worker wait for the first's commit, then finds it recorded; SQLite has one
writer."""

from datetime import date, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.models.subscription import Subscription, SubscriptionStatus
from app.services import outbox

NOTICE_WINDOWS_DAYS = (90, 30)
EVENT = "subscription.expiring"


def window_for(days_left: int) -> int | None:
    """The narrowest notice window a commitment ending in `days_left` days is inside."""
    inside = [w for w in NOTICE_WINDOWS_DAYS if days_left <= w]
    return min(inside) if inside else None


def payload(row: Subscription, days_left: int, window: int) -> dict:
    return {
        "id": str(row.id),
        "line_id": str(row.line_id),
        "space_id": str(row.space_id),
        "association_id": str(row.association_id),
        "kind": row.kind,
        "provider": row.provider,
        "offer": row.offer,
        "payer": row.payer,
        "monthly_cost_excl_vat_cents": row.monthly_cost_excl_vat_cents,
        "monthly_cost_incl_vat_cents": row.monthly_cost_incl_vat_cents,
        "commitment_ends_on": row.commitment_ends_on.isoformat(),
        "days_left": days_left,
        "window_days": window,
    }


async def announce_expiring(session: AsyncSession, on: date | None = None) -> int:
    """Emit the notices due on `on` (default today); the caller commits. Returns how many."""
    on = on or today()
    widest = max(NOTICE_WINDOWS_DAYS)
    due = (
        (
            await session.execute(
                select(Subscription).where(
                    Subscription.ended_on.is_(None),
                    Subscription.status != SubscriptionStatus.ended.value,
                    Subscription.commitment_ends_on.is_not(None),
                    Subscription.commitment_ends_on >= on,
                    Subscription.commitment_ends_on <= on + timedelta(days=widest),
                )
            )
        )
        .scalars()
        .all()
    )
    announced = 0
    for row in due:
        days_left = (row.commitment_ends_on - on).days
        window = window_for(days_left)
        if window is None or (
            row.expiry_notice_window is not None and row.expiry_notice_window <= window
        ):
            continue
        marked = await session.execute(
            update(Subscription)
            .where(
                Subscription.id == row.id,
                Subscription.commitment_ends_on == row.commitment_ends_on,
                or_(
                    Subscription.expiry_notice_window.is_(None),
                    Subscription.expiry_notice_window > window,
                ),
            )
            .values(expiry_notice_window=window)
            .execution_options(synchronize_session=False)
        )
        if marked.rowcount == 1:
            outbox.emit(session, EVENT, "subscription", row.id, payload(row, days_left, window))
            announced += 1
    return announced
