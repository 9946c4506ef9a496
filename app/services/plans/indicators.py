"""The registry of live indicators: one entry a code of `IndicatorCode` (its French label is
the `plan_indicator` vocabulary), with its unit and its query over the association's spaces at
one moment. Each query reads the data the other resources keep, as their own statistics do."""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import PARIS
from app.core.vocabulary import label_fr
from app.models.equipment import Equipment, EquipmentStatus
from app.models.maintenance import MaintenanceTicket
from app.models.plan import IndicatorCode, ObjectiveTrend
from app.models.space import Space, SpaceStatus
from app.models.training import Enrolment, Skill, TrainingSession, TrainingSessionSkill
from app.models.user import Role, User
from app.models.visit import VisitDailyCount
from app.services.maintenance.tickets import acknowledge_breached, resolve_breached
from app.services.spaces.opening_hours import weekly_hours

I = IndicatorCode  # noqa: E741
Query = Callable[[AsyncSession, uuid.UUID, datetime, str | None], Awaitable[float]]


@dataclass(frozen=True)
class Indicator:
    code: IndicatorCode
    unit: str
    query: Query

    @property
    def label(self) -> str:
        return label_fr("plan_indicator", self.code.value)


def _spaces(association_id: uuid.UUID):
    return select(Space.id).where(Space.association_id == association_id)


async def visits_per_month(
    session: AsyncSession, association_id: uuid.UUID, now: datetime, _skill: str | None
) -> float:
    """Visits counted in the 30 days to `now` (the daily rollup of every space)."""
    day = now.astimezone(PARIS).date()
    total = await session.scalar(
        select(func.coalesce(func.sum(VisitDailyCount.visits), 0)).where(
            VisitDailyCount.association_id == association_id,
            VisitDailyCount.local_day > day - timedelta(days=30),
            VisitDailyCount.local_day <= day,
        )
    )
    return float(total or 0)


def _attended():
    return (
        select(distinct(Enrolment.user_id))
        .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
        .where(
            Enrolment.status == "confirmed",
            Enrolment.attendance == "attended",
            TrainingSession.status != "cancelled",
        )
    )


async def residents_trained_on_skill(
    session: AsyncSession, association_id: uuid.UUID, now: datetime, skill: str | None
) -> float:
    """Distinct people who attended a residents' workshop at the association's spaces (on the
    skill, when one is named) that started by `now`."""
    statement = _attended().where(
        TrainingSession.audience == "residents",
        TrainingSession.space_id.in_(_spaces(association_id)),
        TrainingSession.starts_at <= now,
    )
    if skill:
        statement = (
            statement.join(
                TrainingSessionSkill, TrainingSessionSkill.session_id == TrainingSession.id
            )
            .join(Skill, Skill.id == TrainingSessionSkill.skill_id)
            .where(Skill.code == skill)
        )
    rows = await session.execute(statement)
    return float(len(rows.scalars().all()))


async def hours_open_per_week(
    session: AsyncSession, association_id: uuid.UUID, now: datetime, _skill: str | None
) -> float:
    """Published weekly hours of the association's open spaces, added up."""
    rows = await session.execute(
        select(Space.opening_hours).where(
            Space.association_id == association_id,
            Space.status == SpaceStatus.open.value,
            Space.archived_at.is_(None),
        )
    )
    return round(sum(weekly_hours(slots or []) for slots in rows.scalars().all()), 2)


async def volunteers_trained(
    session: AsyncSession, association_id: uuid.UUID, now: datetime, _skill: str | None
) -> float:
    """Distinct active volunteers of the association who attended a training session."""
    statement = (
        _attended()
        .join(User, User.id == Enrolment.user_id)
        .where(
            User.association_id == association_id,
            User.role == Role.volunteer.value,
            User.archived_at.is_(None),
            TrainingSession.starts_at <= now,
        )
    )
    rows = await session.execute(statement)
    return float(len(rows.scalars().all()))


async def tickets_breached(
    session: AsyncSession, association_id: uuid.UUID, now: datetime, _skill: str | None
) -> float:
    """Tickets opened in the 12 months to `now` at the association's spaces that missed their
    acknowledgement or resolution deadline (the operator's SLA)."""
    tickets = (
        await session.execute(
            select(MaintenanceTicket).where(
                MaintenanceTicket.association_id == association_id,
                MaintenanceTicket.created_at > now - timedelta(days=365),
                MaintenanceTicket.created_at <= now,
            )
        )
    ).scalars()
    return float(
        sum(1 for t in tickets if acknowledge_breached(t, now) or resolve_breached(t, now))
    )


async def equipment_in_service(
    session: AsyncSession, association_id: uuid.UUID, now: datetime, _skill: str | None
) -> float:
    """Items allocated to the association's spaces (not in repair, not in stock)."""
    count = await session.scalar(
        select(func.count()).where(
            Equipment.space_id.in_(_spaces(association_id)),
            Equipment.status == EquipmentStatus.allocated.value,
        )
    )
    return float(count or 0)


INDICATORS: dict[IndicatorCode, Indicator] = {
    i.code: i
    for i in (
        Indicator(I.visits_per_month, "visites / mois", visits_per_month),
        Indicator(I.residents_trained_on_skill, "habitants", residents_trained_on_skill),
        Indicator(I.hours_open_per_week, "heures / semaine", hours_open_per_week),
        Indicator(I.volunteers_trained, "accompagnateurs", volunteers_trained),
        Indicator(I.tickets_breached, "tickets", tickets_breached),
        Indicator(I.equipment_in_service, "équipements", equipment_in_service),
    )
}
if set(INDICATORS) != set(IndicatorCode):  # every code of the vocabulary has its query
    raise RuntimeError("plan indicators: the registry and the vocabulary differ")


async def measure(
    session: AsyncSession,
    association_id: uuid.UUID,
    code: str,
    now: datetime,
    skill: str | None = None,
) -> float:
    return await INDICATORS[IndicatorCode(code)].query(session, association_id, now, skill)


def trend(baseline: float | None, target: float, current: float | None) -> ObjectiveTrend:
    """Towards the target from the baseline (the target may be lower: fewer breached tickets)."""
    if baseline is None or current is None:
        return ObjectiveTrend.unknown
    if current == baseline:
        return ObjectiveTrend.stable
    wanted_up = target >= baseline
    return (
        ObjectiveTrend.improving if (current > baseline) == wanted_up else ObjectiveTrend.worsening
    )


def met(baseline: float | None, target: float, current: float | None) -> bool | None:
    if current is None:
        return None
    if baseline is not None and target < baseline:
        return current <= target
    return current >= target
