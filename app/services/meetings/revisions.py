"""Publishing a meeting's minutes: each publication is the next revision, written once and never
changed (the first when the meeting's minutes are published, then one per correction)."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.models.meeting import AgendaItem, Meeting, MinutesRevision
from app.services import outbox


async def _latest(session: AsyncSession, meeting_id: uuid.UUID) -> MinutesRevision | None:
    return await session.scalar(
        select(MinutesRevision)
        .where(MinutesRevision.meeting_id == meeting_id)
        .order_by(MinutesRevision.number.desc())
        .limit(1)
    )


async def publish_revision(
    session: AsyncSession,
    actor: Actor,
    meeting: Meeting,
    corrections: dict[str, str],
    *,
    note: str | None,
) -> MinutesRevision:
    """The next revision: the agenda as it stands with the latest published text of each item
    (the drafts for the first), `corrections` (item id → text) applied. Never an update."""
    latest = await _latest(session, meeting.id)
    published = {e["agenda_item_id"]: e["minutes"] for e in latest.items} if latest else {}
    items = (
        await session.execute(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.position, AgendaItem.created_at, AgendaItem.id)
        )
    ).scalars()
    content = []
    for item in items:
        key = str(item.id)
        text = published.get(key, item.minutes) if latest else item.minutes
        content.append(
            {
                "agenda_item_id": key,
                "position": item.position,
                "title": item.title,
                "minutes": corrections.get(key, text),
            }
        )
    revision = MinutesRevision(
        meeting_id=meeting.id,
        number=(latest.number + 1) if latest else 1,
        items=content,
        note=note,
        published_by=actor.user_id,
    )
    session.add(revision)
    await session.flush()
    outbox.emit(
        session,
        "meeting.minutes_published",
        "meeting",
        meeting.id,
        {"id": meeting.id, "title": meeting.title, "revision": revision.number, "note": note},
    )
    return revision
