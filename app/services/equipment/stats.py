"""Counts of equipment: per space (what the label criteria read) and across the network (the
needs diagnosis: compare associations, find what to renew). Counted in SQL with GROUP BY,
narrowed to the caller by the policy like every read."""

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today
from app.models.association import Association
from app.models.equipment import (
    AgeBand,
    AssociationEquipmentStats,
    CountsByKindStatus,
    Equipment,
    EquipmentStats,
    EquipmentStatus,
    RenewalCandidate,
    SpaceEquipmentStats,
    SpaceEquipmentSummary,
)
from app.models.space import Space
from app.services import policy
from app.services.spaces.records import SPACES

E = EquipmentStatus
OUT_OF_SERVICE = (E.retired.value, E.lost.value)
WORKSTATIONS = ("desktop", "laptop")
RENEWAL_LIST_LIMIT = 200


def _years_before(on: date, years: int) -> date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28)


class _Tally:
    def __init__(self) -> None:
        self.by_kind: dict[str, int] = defaultdict(int)
        self.by_status: dict[str, int] = defaultdict(int)
        self.total = 0

    def add(self, kind: str, status: str, count: int) -> None:
        self.by_kind[kind] += count
        self.by_status[status] += count
        self.total += count

    def fields(self) -> dict:
        return {
            "total": self.total,
            "by_kind": dict(self.by_kind),
            "by_status": dict(self.by_status),
        }


async def space_summary(
    session: AsyncSession, actor: Actor, space_id: uuid.UUID
) -> SpaceEquipmentSummary:
    space = await SPACES.find(session, actor, space_id)  # 404 outside the caller's scope
    rows = await session.execute(
        select(Equipment.kind, Equipment.status, func.count())
        .where(Equipment.space_id == space.id, Equipment.status.not_in(OUT_OF_SERVICE))
        .group_by(Equipment.kind, Equipment.status)
    )
    tally, workstations, printers = _Tally(), 0, 0
    for kind, status, count in rows.all():
        tally.add(kind, status, count)
        if status == E.allocated and kind in WORKSTATIONS:
            workstations += count
        if status == E.allocated and kind == "printer":
            printers += count
    return SpaceEquipmentSummary(
        space_id=space.id,
        operational_workstations=workstations,
        printers=printers,
        **tally.fields(),
    )


def _age_band(on: date):
    acquired = Equipment.acquired_on
    return case(
        (acquired.is_(None), AgeBand.unknown.value),
        (acquired > _years_before(on, 1), AgeBand.under_1.value),
        (acquired > _years_before(on, 3), AgeBand.one_to_3.value),
        (acquired > _years_before(on, 5), AgeBand.three_to_5.value),
        else_=AgeBand.five_plus.value,
    )


async def equipment_stats(
    session: AsyncSession, actor: Actor, *, older_than_years: int
) -> EquipmentStats:
    on = today()
    scoped = policy.scope_equipment
    counts = await session.execute(
        scoped(
            actor, select(Equipment.space_id, Equipment.kind, Equipment.status, func.count())
        ).group_by(Equipment.space_id, Equipment.kind, Equipment.status)
    )
    totals, stock = _Tally(), _Tally()
    per_space: dict[uuid.UUID, _Tally] = defaultdict(_Tally)
    for space_id, kind, status, count in counts.all():
        totals.add(kind, status, count)
        (stock if space_id is None else per_space[space_id]).add(kind, status, count)

    names = await session.execute(
        select(Space.id, Space.name, Association.id, Association.name)
        .join(Association, Association.id == Space.association_id)
        .where(Space.id.in_(list(per_space)))
    )
    grouped: dict[tuple[uuid.UUID, str], list[SpaceEquipmentStats]] = defaultdict(list)
    per_association: dict[uuid.UUID, _Tally] = defaultdict(_Tally)
    for space_id, space_name, association_id, association_name in names.all():
        tally = per_space[space_id]
        grouped[(association_id, association_name)].append(
            SpaceEquipmentStats(space_id=space_id, space_name=space_name, **tally.fields())
        )
        for kind, count in tally.by_kind.items():
            per_association[association_id].by_kind[kind] += count
        for status, count in tally.by_status.items():
            per_association[association_id].by_status[status] += count
        per_association[association_id].total += tally.total
    associations = [
        AssociationEquipmentStats(
            association_id=association_id,
            association_name=association_name,
            spaces=sorted(spaces, key=lambda s: s.space_name),
            **per_association[association_id].fields(),
        )
        for (association_id, association_name), spaces in sorted(
            grouped.items(), key=lambda g: g[0][1]
        )
    ]

    in_service = Equipment.status.not_in(OUT_OF_SERVICE)
    band = _age_band(on)
    ages = await session.execute(
        scoped(actor, select(band, func.count())).where(in_service).group_by(band)
    )
    age_distribution = {b.value: 0 for b in AgeBand} | dict(ages.all())

    threshold = _years_before(on, older_than_years)
    old = scoped(actor, select(Equipment)).where(
        in_service, Equipment.acquired_on.is_not(None), Equipment.acquired_on <= threshold
    )
    to_renew_count = (
        await session.execute(select(func.count()).select_from(old.subquery()))
    ).scalar_one()
    oldest = await session.execute(
        old.order_by(Equipment.acquired_on, Equipment.id).limit(RENEWAL_LIST_LIMIT)
    )
    return EquipmentStats(
        as_of=on,
        older_than_years=older_than_years,
        totals=CountsByKindStatus(**totals.fields()),
        at_no_space=CountsByKindStatus(**stock.fields()),
        associations=associations,
        age_distribution=age_distribution,
        to_renew_count=to_renew_count,
        to_renew=[RenewalCandidate.model_validate(item) for item in oldest.scalars().all()],
    )
