"""A space's current label, read from the approved applications' dates and the space's status:
valid, expired, or `space_closed` once the space is closed, without anyone touching it (reads
never write). Kept apart from the label workflow so that spaces and the public
directory can show it without depending on the workflow."""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.models.label import LabelApplication, LabelApplicationStatus, LabelRead, LabelStatus
from app.models.space import Space, SpaceStatus

NO_LABEL = LabelRead(status=LabelStatus.none)


def label_of_application(
    application: LabelApplication, on: date | None = None, *, space_closed: bool = False
) -> LabelRead | None:
    if application.status != LabelApplicationStatus.approved or application.valid_until is None:
        return None
    on = on or today()
    if space_closed:
        status = LabelStatus.space_closed
    else:
        status = LabelStatus.expired if application.valid_until < on else LabelStatus.valid
    return LabelRead(
        status=status,
        label_number=application.label_number,
        application_id=application.id,
        valid_from=application.valid_from,
        valid_until=application.valid_until,
    )


async def current_labels(
    session: AsyncSession, space_ids: list[uuid.UUID], on: date | None = None
) -> dict[uuid.UUID, LabelRead]:
    """Per space that ever held a label: the one in force (the latest granted), or else the
    last one, expired; a closed space's reads `space_closed`. Spaces that never held one are
    absent."""
    if not space_ids:
        return {}
    on = on or today()
    # The columns a label is read from, as Core rows (no ORM objects for a read-only page);
    # `label_of_application` reads them by the same names.
    rows = await session.execute(
        select(
            LabelApplication.id,
            LabelApplication.space_id,
            LabelApplication.status,
            LabelApplication.label_number,
            LabelApplication.valid_from,
            LabelApplication.valid_until,
            Space.status.label("space_status"),
        )
        .join(Space, Space.id == LabelApplication.space_id)
        .where(
            LabelApplication.space_id.in_(space_ids),
            LabelApplication.status == LabelApplicationStatus.approved,
        )
        .order_by(LabelApplication.valid_from, LabelApplication.decided_at)
    )
    labels: dict[uuid.UUID, LabelRead] = {}
    for application in rows.all():
        closed = application.space_status == SpaceStatus.closed
        label = label_of_application(application, on, space_closed=closed)
        held = labels.get(application.space_id)
        # later grants replace earlier ones, except that an expired one never hides a valid one
        if held is None or not (held.status == LabelStatus.valid and label.status != held.status):
            labels[application.space_id] = label
    return labels


async def current_label(session: AsyncSession, space_id: uuid.UUID) -> LabelRead:
    return (await current_labels(session, [space_id])).get(space_id, NO_LABEL)
