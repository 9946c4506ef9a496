"""`insurance.expiring`: announced once per confirmed certificate and notice window, by the
scheduler (reads never do it). The windows are 60 and 30 days before the certificate's end: one
ending in 45 days is announced once for the 60-day window, then once more when it enters the
30-day window. A space whose later certificate is already confirmed is covered: nothing is
announced for the one ending.

Once with any number of workers: the UPDATE that records the window still requires it
unrecorded (or wider), and the event is written only when that UPDATE took the row."""

from datetime import date, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.models.insurance import InsuranceCertificate, InsuranceCertificateStatus
from app.services import outbox

NOTICE_WINDOWS_DAYS = (60, 30)
EVENT = "insurance.expiring"
C = InsuranceCertificate


def window_for(days_left: int) -> int | None:
    inside = [w for w in NOTICE_WINDOWS_DAYS if days_left <= w]
    return min(inside) if inside else None


def payload(row: InsuranceCertificate, days_left: int, window: int) -> dict:
    return {
        "id": str(row.id),
        "space_id": str(row.space_id),
        "association_id": str(row.association_id),
        "document_id": str(row.document_id),
        "insurer": row.insurer,
        "policy_number": row.policy_number,
        "valid_until": row.valid_until.isoformat(),
        "days_left": days_left,
        "window_days": window,
    }


async def announce_expiring(session: AsyncSession, on: date | None = None) -> int:
    """Emit the notices due on `on` (default today); the caller commits. Returns how many."""
    on = on or today()
    confirmed = C.status == InsuranceCertificateStatus.confirmed.value
    due = (
        (
            await session.execute(
                select(C).where(
                    confirmed,
                    C.valid_until >= on,
                    C.valid_until <= on + timedelta(days=max(NOTICE_WINDOWS_DAYS)),
                )
            )
        )
        .scalars()
        .all()
    )
    announced = 0
    for row in due:
        days_left = (row.valid_until - on).days
        window = window_for(days_left)
        if window is None or (
            row.expiry_notice_window is not None and row.expiry_notice_window <= window
        ):
            continue
        renewed = await session.execute(
            select(C.id)
            .where(C.space_id == row.space_id, confirmed, C.valid_until > row.valid_until)
            .limit(1)
        )
        if renewed.first() is not None:
            continue
        marked = await session.execute(
            update(C)
            .where(
                C.id == row.id,
                or_(C.expiry_notice_window.is_(None), C.expiry_notice_window > window),
            )
            .values(expiry_notice_window=window)
            .execution_options(synchronize_session=False)
        )
        if marked.rowcount == 1:
            outbox.emit(session, EVENT, "space", row.space_id, payload(row, days_left, window))
            announced += 1
    return announced
