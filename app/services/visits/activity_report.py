"""`GET /spaces/{id}/activity-report?year=`: a space's self-evaluation for a year — its monthly
series, skills, modes, profiles, autonomy and referrals — each figure beside the median of the
network's spaces that recorded visits that year (a space with none of a figure counts as 0).

Medians are over spaces, not visits, so a large ENC does not set the norm for a small PAIC; they
show no single space's figures, so any caller who may read the space reads them.
"""

import statistics
import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.models.training import Skill
from app.models.visit import (
    AGE_BANDS,
    GENDERS,
    SOCIAL_STATUSES,
    ActivityReport,
    Figure,
    MonthFigures,
    Visit,
    VisitAutonomy,
    VisitDailyCount,
    VisitMode,
    VisitReferral,
    age_column,
    gender_column,
    status_column,
)
from app.services.spaces.records import SPACES
from app.services.visits import skill_bits
from app.services.visits.stats import month_of

TOTALS = ("visits", "participants", "first_visits", "total_minutes")


def _median(values: list[int]) -> float:
    return float(statistics.median(values)) if values else 0.0


def _figures(codes: list[str], per_space: dict[uuid.UUID, dict[str, int]],
             space_id: uuid.UUID, spaces: list[uuid.UUID]) -> list[Figure]:
    mine = per_space.get(space_id, {})
    return [
        Figure(code=code, value=mine.get(code, 0),
               network_median=_median([per_space.get(s, {}).get(code, 0) for s in spaces]))
        for code in codes
    ]


def _tallies(space_ids: list[uuid.UUID], names: list[str], rows) -> dict:
    return {row[0]: dict(zip(names, (int(v or 0) for v in row[1:]), strict=True))
            for row in rows}


async def activity_report(
    session: AsyncSession, actor: Actor, space_id: uuid.UUID, year: int
) -> ActivityReport:
    space = await SPACES.find(session, actor, space_id)  # 404 outside the caller's scope
    start, end = date(year, 1, 1), date(year, 12, 31)
    in_year = Visit.local_day.between(start, end)

    months = [f"{year}-{m:02d}" for m in range(1, 13)]
    month = month_of(VisitDailyCount.local_day)
    monthly = await session.execute(
        select(VisitDailyCount.space_id, month, func.sum(VisitDailyCount.visits),
               func.sum(VisitDailyCount.participants), func.sum(VisitDailyCount.first_visits),
               func.sum(VisitDailyCount.total_minutes))
        .where(VisitDailyCount.local_day.between(start, end))
        .group_by(VisitDailyCount.space_id, month)
    )
    series: dict[uuid.UUID, dict[str, tuple[int, ...]]] = defaultdict(dict)
    for row in monthly.all():
        series[row[0]][row[1]] = tuple(int(v or 0) for v in row[2:])
    spaces = sorted(series)

    def in_month(s: uuid.UUID, m: str, i: int) -> int:
        return series[s].get(m, (0, 0, 0, 0))[i]

    month_figures = [
        MonthFigures(
            month=m, **{name: in_month(space.id, m, i) for i, name in enumerate(TOTALS)},
            network_median_visits=_median([in_month(s, m, 0) for s in spaces]),
            network_median_participants=_median([in_month(s, m, 1) for s in spaces]),
        )
        for m in months
    ]
    yearly = {s: {name: sum(in_month(s, m, i) for m in months) for i, name in enumerate(TOTALS)}
              for s in spaces}

    modes, autonomy, referrals = list(VisitMode), list(VisitAutonomy), list(VisitReferral)

    def count_of(column, code: str):
        return func.sum(case((column == code, 1), else_=0))

    count_columns = (
        [age_column(b) for b in AGE_BANDS] + [gender_column(g) for g in GENDERS]
        + [status_column(s) for s in SOCIAL_STATUSES]
    )
    names = ([f"mode:{m}" for m in modes] + [f"autonomy:{a}" for a in autonomy]
             + [f"referral:{r}" for r in referrals] + count_columns)
    profile = await session.execute(
        select(
            Visit.space_id,
            *[count_of(Visit.mode, m.value) for m in modes],
            *[count_of(Visit.autonomy, a.value) for a in autonomy],
            *[count_of(Visit.referral, r.value) for r in referrals],
            *[func.sum(getattr(Visit, c)) for c in count_columns],
        ).where(in_year).group_by(Visit.space_id)
    )
    tallies = _tallies(spaces, names, profile.all())
    skills = await session.execute(
        select(Visit.space_id, Skill.code, func.count())
        .join(Skill, skill_bits.has_skill(Skill.bit))
        .where(in_year).group_by(Visit.space_id, Skill.code)
    )
    per_skill: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for s, code, count in skills.all():
        per_skill[s][code] = int(count)
    skill_codes = sorted({code for counts in per_skill.values() for code in counts})

    def part(prefix: str) -> dict[uuid.UUID, dict[str, int]]:
        return {s: {k.removeprefix(prefix): v for k, v in t.items() if k.startswith(prefix)}
                for s, t in tallies.items()}

    def figures(codes: list[str], per_space: dict) -> list[Figure]:
        return _figures(codes, per_space, space.id, spaces)

    return ActivityReport(
        space_id=space.id,
        year=year,
        spaces_in_network=len(spaces),
        totals=figures(list(TOTALS), yearly),
        months=month_figures,
        skills=figures(skill_codes, per_skill),
        modes=figures([m.value for m in modes], part("mode:")),
        age_bands=figures(AGE_BANDS, part("age_")),
        genders=figures(GENDERS, part("gender_")),
        social_statuses=figures(SOCIAL_STATUSES, part("status_")),
        autonomy=figures([a.value for a in autonomy], part("autonomy:")),
        referrals=figures([r.value for r in referrals], part("referral:")),
    )
