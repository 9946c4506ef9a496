"""A space's current label, read from the approved applications' dates and the space's status:
valid, expired, or `space_closed` once the space is closed, without anyone touching it (reads
never write). Kept apart from the label workflow so that spaces and the public
directory can show it without depending on the workflow."""

import uuid
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select
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


# ---- one space's label in the space's own query (a read by id: one round trip) -------------------

LABEL_COLUMNS = ("id", "status", "label_number", "valid_from", "valid_until")
_PREFIX = "held_label_"


def label_day() -> date:
    """The day labels are read against (this module's `today`, which tests pin)."""
    return today()


def with_current_label(statement, on: date | Any | None = None):
    """`statement` (a select of the spaces table's columns) with the columns of each space's
    current label, by the rule `current_labels` applies: the latest approved one still valid,
    else the latest one (a closed space's latest one). A LEFT JOIN on correlated subqueries
    that pick that application's id: plain SQL that SQLite and PostgreSQL both run in the same
    query. Built of Core tables (no ORM annotations: the statement's cache key, computed at
    each execution, costs less). `on`: a day, or a bound parameter (a statement built once)."""
    on = today() if on is None else on
    spaces, applications = Space.__table__, LabelApplication.__table__
    held = applications.alias("held_label")

    def latest(*conditions):
        return (
            select(applications.c.id)
            .where(
                applications.c.space_id == spaces.c.id,
                applications.c.status == LabelApplicationStatus.approved,
                *conditions,
            )
            .order_by(applications.c.valid_from.desc(), applications.c.decided_at.desc())
            .limit(1)
            .correlate(spaces)
            .scalar_subquery()
        )

    # The outer space's status is read in WHERE, not ORDER BY: SQLite resolves an outer
    # column in a correlated subquery's WHERE only.
    in_force = latest(spaces.c.status != SpaceStatus.closed, applications.c.valid_until >= on)
    pick = func.coalesce(in_force, latest())
    return statement.select_from(spaces.outerjoin(held, held.c.id == pick)).add_columns(
        *(held.c[name].label(_PREFIX + name) for name in LABEL_COLUMNS)
    )


def label_from_row(mapping: Any, on: date | None = None) -> LabelRead:
    """The label of a row from `with_current_label` (its mapping)."""
    if mapping[_PREFIX + "id"] is None:
        return NO_LABEL
    application = SimpleNamespace(**{name: mapping[_PREFIX + name] for name in LABEL_COLUMNS})
    closed = mapping["status"] == SpaceStatus.closed
    return label_of_application(application, on, space_closed=closed) or NO_LABEL


async def current_label(session: AsyncSession, space_id: uuid.UUID) -> LabelRead:
    return (await current_labels(session, [space_id])).get(space_id, NO_LABEL)
