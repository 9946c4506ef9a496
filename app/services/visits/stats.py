"""`GET /stats/visits`: visits grouped by one or two dimensions, counted in SQL and narrowed to
the caller's visits by the policy.

Groupings by space, association, month and week only read `visit_daily_counts` (a row per space
and day, kept in the visits' transaction): a year of the network is a few thousand rows
whatever the number of visits. The other dimensions read `visits`: a profile dimension unpivots
the per-category counts (a workshop's 12 participants count in their bands), a skill joins
the skills' bits of `visits.skills` (a visit on two skills counts in both rows).
"""

from datetime import date
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import String, and_, case, cast, func, literal, select, true, union_all
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import ValidationFailed
from app.models.training import Skill
from app.models.visit import (
    AGE_BANDS,
    SOCIAL_STATUSES,
    DurationBand,
    StatsDimension,
    Visit,
    VisitDailyCount,
    VisitStats,
    VisitStatsRow,
    age_column,
    status_column,
)
from app.services import policy
from app.services.visits import skill_bits

D = StatsDimension
ROLLUP_DIMENSIONS = {D.space, D.association, D.month, D.week}
PROFILE_DIMENSIONS = {D.age_band: (AGE_BANDS, age_column),
                      D.social_status: (SOCIAL_STATUSES, status_column)}


async def upsert_daily_counts(session: AsyncSession, rows: list[dict]) -> None:
    if not rows:
        return
    dialect = session.bind.dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = VisitDailyCount.__table__
    for start in range(0, len(rows), 1000):  # under both backends' bound-parameter limits
        statement = insert(VisitDailyCount).values(rows[start:start + 1000])
        await session.execute(statement.on_conflict_do_update(
            index_elements=["space_id", "local_day"],
            set_={name: table.c[name] + statement.excluded[name]
                  for name in ("visits", "participants", "first_visits", "total_minutes")},
        ))


def month_of(day_column):
    """`YYYY-MM` of a date column, on both backends (ISO text of a date starts with it)."""
    return func.substr(cast(day_column, String), 1, 7)


def duration_band(minutes):
    return case(
        (minutes < 30, DurationBand.under_30.value),
        (minutes < 60, DurationBand.from_30_to_60.value),
        (minutes < 120, DurationBand.from_60_to_120.value),
        else_=DurationBand.over_120.value,
    )


def shares(values: list[int]) -> list[float]:
    """Percentages to 0.1 that add up to exactly 100 (largest remainder); all zero: zeros."""
    total = sum(values)
    if not total:
        return [0.0 for _ in values]
    exact = [Decimal(v) * 1000 / total for v in values]  # in tenths of a percent
    floors = [int(e.to_integral_value(ROUND_DOWN)) for e in exact]
    missing = 1000 - sum(floors)
    by_remainder = sorted(range(len(values)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in by_remainder[:missing]:
        floors[i] += 1
    return [f / 10 for f in floors]


def _check(group_by: list[StatsDimension], from_: date | None, to: date | None) -> None:
    if not 1 <= len(group_by) <= 2 or len(set(group_by)) != len(group_by):
        raise ValidationFailed("group_by takes one or two different dimensions.",
                               loc=("query", "group_by"))
    if len([d for d in group_by if d in PROFILE_DIMENSIONS]) > 1:
        raise ValidationFailed(
            "Workshops give their profile as separate counts per category: two profile "
            "dimensions cannot be crossed.", loc=("query", "group_by"))
    if from_ and to and from_ > to:
        raise ValidationFailed("'from' must be on or before 'to'.", loc=("query", "from"))


def _from_rollup(actor: Actor, group_by, from_, to):
    table = VisitDailyCount
    keys = {D.space: table.space_id, D.association: table.association_id,
            D.month: month_of(table.local_day), D.week: table.iso_week}
    columns = [keys[d].label(d.value) for d in group_by]
    statement = select(
        *columns, func.sum(table.visits), func.sum(table.participants),
        func.sum(table.first_visits), func.sum(table.total_minutes),
    ).where(policy.visit_condition(actor, table))
    if from_:
        statement = statement.where(table.local_day >= from_)
    if to:
        statement = statement.where(table.local_day <= to)
    return statement.group_by(*columns)


def _codes(codes: list[str]):
    return union_all(*[select(literal(code, String).label("code")) for code in codes]).subquery()


def _from_visits(actor: Actor, group_by, from_, to):
    keys = {D.space: Visit.space_id, D.association: Visit.association_id,
            D.month: month_of(Visit.local_day), D.week: Visit.iso_week, D.mode: Visit.mode,
            D.autonomy: Visit.autonomy, D.duration_band: duration_band(Visit.duration_minutes),
            D.skill: Skill.code}
    participants = Visit.participants
    joins, conditions = [], []
    for dimension in group_by:
        if dimension in PROFILE_DIMENSIONS:
            codes, column_of = PROFILE_DIMENSIONS[dimension]
            unpivot = _codes(codes)
            participants = case(
                *[(unpivot.c.code == code, getattr(Visit, column_of(code))) for code in codes],
                else_=0,
            )
            keys[dimension] = unpivot.c.code
            joins.append((unpivot, true()))
            conditions.append(participants > 0)
        if dimension == D.skill:
            joins.append((Skill, skill_bits.has_skill(Skill.bit)))
    columns = [keys[d].label(d.value) for d in group_by]
    statement = select(
        *columns, func.count(), func.sum(participants), func.sum(Visit.first_visits),
        func.sum(Visit.duration_minutes),
    ).select_from(Visit)
    for target, on in joins:
        statement = statement.join(target, on)
    statement = policy.scope_visits(actor, statement)
    if conditions:
        statement = statement.where(and_(*conditions))
    if from_:
        statement = statement.where(Visit.local_day >= from_)
    if to:
        statement = statement.where(Visit.local_day <= to)
    return statement.group_by(*columns)


async def visit_stats(
    session: AsyncSession,
    actor: Actor,
    *,
    group_by: list[StatsDimension],
    from_: date | None,
    to: date | None,
    use_rollup: bool = True,
) -> VisitStats:
    _check(group_by, from_, to)
    rollup = use_rollup and set(group_by) <= ROLLUP_DIMENSIONS
    statement = (_from_rollup if rollup else _from_visits)(actor, group_by, from_, to)
    width = len(group_by)
    found = [tuple(row) for row in (await session.execute(statement)).all()]
    found.sort(key=lambda row: tuple("" if k is None else str(k) for k in row[:width]))
    visits = [int(row[width]) for row in found]
    people = [int(row[width + 1] or 0) for row in found]
    visit_shares, people_shares = shares(visits), shares(people)
    rows = [
        VisitStatsRow(
            keys={d.value: (None if k is None else str(k))
                  for d, k in zip(group_by, row, strict=False)},
            visits=visits[i], participants=people[i], first_visits=int(row[width + 2] or 0),
            total_minutes=int(row[width + 3] or 0), share_of_visits=visit_shares[i],
            share_of_participants=people_shares[i],
        )
        for i, row in enumerate(found)
    ]
    totals = {name: sum(getattr(r, name) for r in rows)
              for name in ("visits", "participants", "first_visits", "total_minutes")}
    return VisitStats(from_=from_, to=to, group_by=group_by, totals=totals, rows=rows)
