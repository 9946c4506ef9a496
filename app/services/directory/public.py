"""The network's public face: open spaces as the city's portal and anyone may read them,
without credentials. Never a person's data: spaces, their association's name, hours, services
and workshops only.
"""

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import PARIS, utcnow
from app.models.association import Association
from app.models.directory import (
    WORKSHOPS_PER_SPACE,
    GeoFeature,
    GeoFeatureCollection,
    GeoPoint,
    PublicDirectory,
    PublicLabel,
    PublicSpaceRead,
    PublicWorkshop,
)
from app.models.label import LabelStatus
from app.models.space import Space, SpaceStatus
from app.services.labels.status import current_labels
from app.services.maintenance.sla import french_public_holidays
from app.services.spaces.opening_hours import is_open_at, osm_opening_hours


def is_labelled(label: PublicLabel | None) -> bool:
    return label is not None and label.status == LabelStatus.valid


# ---- extension points ---------------------------------------------------------------------


async def label_of(
    session: AsyncSession, space_ids: list[uuid.UUID]
) -> dict[uuid.UUID, PublicLabel]:
    """The ENC label of each space that holds or held one: `valid` until its date, then
    `expired` without anyone touching it (see app/services/label_status.py). Spaces never
    labelled are absent (`label: null`)."""
    labels = await current_labels(session, space_ids)
    return {
        space_id: PublicLabel(
            status=label.status, number=label.label_number, valid_until=label.valid_until
        )
        for space_id, label in labels.items()
    }


async def workshops_of(
    session: AsyncSession, space_ids: list[uuid.UUID], now: datetime
) -> dict[uuid.UUID, list[PublicWorkshop]]:
    """The next scheduled resident workshops per space (training sessions, when present)."""
    try:
        from app.models.training import (
            Enrolment,
            EnrolmentStatus,
            TrainingAudience,
            TrainingSession,
            TrainingSessionStatus,
        )
    except ImportError:  # no training module in this build: no workshops
        return {}
    if not space_ids:
        return {}
    rows = (
        await session.execute(
            select(TrainingSession)
            .where(
                TrainingSession.space_id.in_(space_ids),
                TrainingSession.audience == TrainingAudience.residents,
                TrainingSession.status == TrainingSessionStatus.scheduled,
                TrainingSession.starts_at >= now,
            )
            .order_by(TrainingSession.starts_at, TrainingSession.id)
        )
    ).scalars().all()
    result: dict[uuid.UUID, list[PublicWorkshop]] = {}
    chosen = []
    for row in rows:
        mine = result.setdefault(row.space_id, [])
        if len(mine) < WORKSHOPS_PER_SPACE:
            mine.append(row)
            chosen.append(row.id)
    taken: dict[uuid.UUID, int] = {}
    if chosen:
        from sqlalchemy import func

        counts = await session.execute(
            select(Enrolment.session_id, func.count())
            .where(Enrolment.session_id.in_(chosen),
                   Enrolment.status == EnrolmentStatus.confirmed)
            .group_by(Enrolment.session_id)
        )
        taken = dict(counts.all())
    return {
        space_id: [
            PublicWorkshop(id=t.id, title=t.title, starts_at=t.starts_at, ends_at=t.ends_at,
                           places_left=max(t.capacity - taken.get(t.id, 0), 0))
            for t in sessions
        ]
        for space_id, sessions in result.items()
    }


# ---- the directory ------------------------------------------------------------------------


def public_osm_hours(space: Space) -> str | None:
    weekly = osm_opening_hours(space.opening_hours)
    return f"{weekly}; PH off" if weekly else None


def is_open_now(space: Space, moment: datetime) -> bool:
    """Open at `moment` in Europe/Paris: inside a weekly slot, not on a French public holiday,
    not in an exceptional closure."""
    local = moment.astimezone(PARIS)
    if local.date() in french_public_holidays(local.year):
        return False
    return is_open_at(space.opening_hours, space.exceptional_closures, local)


async def open_spaces(session: AsyncSession) -> list[tuple[Space, Association]]:
    statement = (
        select(Space, Association)
        .join(Association, Association.id == Space.association_id)
        .where(
            Space.status == SpaceStatus.open,
            Space.archived_at.is_(None),
            Association.archived_at.is_(None),
        )
        .order_by(Space.name_search, Space.id)
    )
    return [(space, association) for space, association in (await session.execute(statement))]


async def directory(
    session: AsyncSession,
    *,
    kind: str | None = None,
    neighbourhood: str | None = None,
    service: str | None = None,
    labelled: bool | None = None,
    open_now: bool | None = None,
    now: datetime | None = None,
) -> PublicDirectory:
    moment = now or utcnow()
    rows = await open_spaces(session)
    rows = [
        (space, association) for space, association in rows
        if (kind is None or space.kind == kind)
        and (neighbourhood is None or (space.neighbourhood or "").casefold()
             == neighbourhood.casefold())
        and (service is None or service in (space.services or []))
        and (open_now is None or is_open_now(space, moment) == open_now)
    ]
    ids = [space.id for space, _ in rows]
    labels = await label_of(session, ids)
    if labelled is not None:
        rows = [(s, a) for s, a in rows if is_labelled(labels.get(s.id)) == labelled]
        ids = [space.id for space, _ in rows]
    workshops = await workshops_of(session, ids, moment)
    return PublicDirectory(
        items=[
            PublicSpaceRead.model_validate(
                {
                    **space.model_dump(),
                    "association_name": association.name,
                    "opening_hours_osm": public_osm_hours(space),
                    "wheelchair_accessible": bool(
                        (space.premises or {}).get("wheelchair_accessible")),
                    "label": labels.get(space.id),
                    "next_workshops": workshops.get(space.id, []),
                }
            )
            for space, association in rows
        ]
    )


def as_geojson(listing: PublicDirectory) -> GeoFeatureCollection:
    """RFC 7946: one Feature per space, [longitude, latitude]; a space without coordinates is
    a Feature with a null geometry (allowed by §3.2)."""
    features = []
    for item in listing.items:
        properties = item.model_dump(mode="json", by_alias=True,
                                     exclude={"id", "latitude", "longitude"})
        geometry = None
        if item.latitude is not None and item.longitude is not None:
            geometry = GeoPoint(coordinates=[item.longitude, item.latitude])
        features.append(GeoFeature(id=str(item.id), geometry=geometry, properties=properties))
    return GeoFeatureCollection(features=features)
