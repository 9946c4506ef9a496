"""`GET /reports/network-review?year=`: the network's yearly review (the *bilan* the city
presents), or one association's (`association_id`), as JSON or as a printable PDF.

The review is a list of sections (`SECTIONS`): each builds its part of the JSON from the other
resources' own services (visit statistics, maintenance statistics, equipment counts, labels,
meetings, plans) narrowed to the caller's scope, and draws its part of the PDF. A new section is one
more entry (and one more field of `NetworkReview`).
"""

import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import PARIS, today, utcnow
from app.core.errors import NotFound, ValidationFailed
from app.core.vocabulary import label_fr
from app.models.association import Association
from app.models.label import LabelApplication, LabelApplicationStatus
from app.models.meeting import MeetingsReview
from app.models.plan import DevelopmentPlan
from app.models.report import (
    EquipmentSection,
    LabelsSection,
    MaintenanceSection,
    MonthCount,
    NetworkReview,
    PlansSection,
    ReviewLabel,
    ReviewSpace,
    SkillCount,
    SlaMonth,
    SpacesSection,
    TrainingHeld,
    TrainingsSection,
    VisitsSection,
)
from app.models.space import Space
from app.models.training import Enrolment, Skill, TrainingSession
from app.models.visit import StatsDimension
from app.services import policy
from app.services.equipment.stats import equipment_stats
from app.services.maintenance.stats import maintenance_stats
from app.services.meetings.review import meetings_review
from app.services.plans import records as plans
from app.services.reports.pdf import ReviewDocument, bar_chart, paired_chart
from app.services.spaces.opening_hours import osm_opening_hours, weekly_hours
from app.services.visits.stats import visit_stats

MONTHS_FR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
EXPIRING_DAYS = 90


@dataclass
class Context:
    session: AsyncSession
    actor: Actor
    year: int
    association_id: uuid.UUID | None
    space_ids: list[uuid.UUID]

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        return date(self.year, 12, 31)

    def mine(self, association_id) -> bool:
        return self.association_id is None or str(association_id) == str(self.association_id)


def _month(key: str) -> str:
    return MONTHS_FR[int(key[5:7]) - 1]


def _num(value: float) -> str:
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").removesuffix(",0")


# ---- the sections -------------------------------------------------------------------------------


async def build_spaces(ctx: Context) -> SpacesSection:
    statement = policy.scope_spaces(ctx.actor, select(Space)).where(Space.archived_at.is_(None))
    if ctx.association_id:
        statement = statement.where(Space.association_id == ctx.association_id)
    rows = (await ctx.session.execute(statement.order_by(Space.name))).scalars().all()
    spaces = [
        ReviewSpace(
            id=s.id,
            name=s.name,
            kind=s.kind,
            status=s.status,
            weekly_hours=round(weekly_hours(s.opening_hours or []), 2),
            opening_hours=osm_opening_hours(s.opening_hours or []),
        )
        for s in rows
    ]
    by_status: dict[str, int] = defaultdict(int)
    for s in spaces:
        by_status[s.status] += 1
    return SpacesSection(
        by_status=dict(by_status),
        weekly_hours=round(sum(s.weekly_hours for s in spaces if s.status == "open"), 2),
        spaces=spaces,
    )


def draw_spaces(pdf: ReviewDocument, data: SpacesSection) -> None:
    counts = ", ".join(
        f"{label_fr('space_status', k).lower()} : {v}" for k, v in sorted(data.by_status.items())
    )
    pdf.line_text(f"{len(data.spaces)} lieux ({counts or 'aucun'}).")
    pdf.line_text(f"Heures d'ouverture par semaine (lieux ouverts) : {_num(data.weekly_hours)} h.")
    pdf.ln(2)
    pdf.table(
        ["Lieu", "Type", "État", "h / sem.", "Horaires"],
        [
            [
                s.name,
                s.kind.upper(),
                label_fr("space_status", s.status),
                _num(s.weekly_hours),
                s.opening_hours or "—",
            ]
            for s in data.spaces
        ],
        [55, 14, 24, 16, 71],
    )


async def build_visits(ctx: Context) -> VisitsSection:
    D = StatsDimension
    by_month = await visit_stats(
        ctx.session, ctx.actor, group_by=[D.association, D.month], from_=ctx.start, to=ctx.end
    )
    months: dict[str, list[int]] = {f"{ctx.year}-{m:02d}": [0, 0] for m in range(1, 13)}
    for row in by_month.rows:
        if ctx.mine(row.keys["association"]) and row.keys["month"] in months:
            months[row.keys["month"]][0] += row.visits
            months[row.keys["month"]][1] += row.participants
    by_skill = await visit_stats(
        ctx.session, ctx.actor, group_by=[D.association, D.skill], from_=ctx.start, to=ctx.end
    )
    skills: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in by_skill.rows:
        if ctx.mine(row.keys["association"]) and row.keys["skill"]:
            skills[row.keys["skill"]][0] += row.visits
            skills[row.keys["skill"]][1] += row.participants
    named = select(Skill.code, Skill.title_fr).where(Skill.code.in_(skills))
    titles = {code: title for code, title in (await ctx.session.execute(named)).all()}
    return VisitsSection(
        visits=sum(v for v, _ in months.values()),
        participants=sum(p for _, p in months.values()),
        by_month=[MonthCount(month=m, visits=v, participants=p) for m, (v, p) in months.items()],
        by_skill=[
            SkillCount(skill=k, title_fr=titles.get(k, k), visits=v, participants=p)
            for k, (v, p) in sorted(skills.items(), key=lambda i: (-i[1][0], i[0]))
        ],
    )


def draw_visits(pdf: ReviewDocument, data: VisitsSection) -> None:
    pdf.line_text(
        f"{_num(data.visits)} visites dans l'année, {_num(data.participants)} habitants accueillis."
    )
    pdf.chart(
        bar_chart(
            [_month(m.month) for m in data.by_month],
            [m.visits for m in data.by_month],
            "Visites par mois",
        )
    )
    if data.by_skill:
        pdf.chart(
            bar_chart(
                [s.title_fr for s in data.by_skill[:12]],
                [s.visits for s in data.by_skill[:12]],
                "Visites par savoir",
                horizontal=True,
            )
        )
        pdf.table(
            ["Savoir", "Visites", "Habitants"],
            [[s.title_fr, _num(s.visits), _num(s.participants)] for s in data.by_skill],
            [110, 35, 35],
        )
    else:
        pdf.line_text("Aucune visite rattachée à un savoir.")


async def build_trainings(ctx: Context) -> TrainingsSection:
    start = datetime.combine(ctx.start, time(0), PARIS).astimezone(UTC)
    end = datetime.combine(ctx.end + timedelta(days=1), time(0), PARIS).astimezone(UTC)
    statement = policy.scope_training_sessions(ctx.actor, select(TrainingSession)).where(
        TrainingSession.starts_at >= start,
        TrainingSession.starts_at < end,
        TrainingSession.starts_at <= utcnow(),
    )
    if ctx.association_id:
        spaces = select(Space.id).where(Space.association_id == ctx.association_id)
        statement = statement.where(TrainingSession.space_id.in_(spaces))
    sessions = (
        (await ctx.session.execute(statement.order_by(TrainingSession.starts_at))).scalars().all()
    )
    attended: dict[uuid.UUID, int] = {}
    if sessions:
        counts = await ctx.session.execute(
            select(Enrolment.session_id, func.count())
            .where(
                Enrolment.session_id.in_([s.id for s in sessions]),
                Enrolment.attendance == "attended",
            )
            .group_by(Enrolment.session_id)
        )
        attended = dict(counts.all())
    held = [s for s in sessions if s.status != "cancelled"]
    return TrainingsSection(
        held=len(held),
        cancelled=len(sessions) - len(held),
        attended=sum(attended.get(s.id, 0) for s in held),
        sessions=[
            TrainingHeld(
                id=s.id,
                title=s.title,
                audience=s.audience,
                starts_at=s.starts_at,
                attended=attended.get(s.id, 0),
            )
            for s in held
        ],
    )


def draw_trainings(pdf: ReviewDocument, data: TrainingsSection) -> None:
    pdf.line_text(
        f"{data.held} sessions tenues ({data.cancelled} annulées), {data.attended} présences."
    )
    pdf.table(
        ["Date", "Session", "Public", "Présents"],
        [
            [
                s.starts_at.astimezone(PARIS).strftime("%d/%m/%Y"),
                s.title,
                label_fr("training_audience", s.audience),
                str(s.attended),
            ]
            for s in data.sessions
        ],
        [24, 96, 40, 20],
    )


async def build_equipment(ctx: Context) -> EquipmentSection:
    stats = await equipment_stats(ctx.session, ctx.actor, older_than_years=5)
    by_status: dict[str, int] = defaultdict(int)
    for association in stats.associations:
        if ctx.mine(association.association_id):
            for status, count in association.by_status.items():
                by_status[str(status)] += count
    return EquipmentSection(
        total=sum(by_status.values()),
        allocated=by_status.get("allocated", 0),
        in_repair=by_status.get("in_repair", 0),
        by_status=dict(by_status),
    )


def draw_equipment(pdf: ReviewDocument, data: EquipmentSection) -> None:
    pdf.line_text(
        f"{data.total} équipements dans les lieux : {data.allocated} affectés et en service, "
        f"{data.in_repair} en réparation."
    )
    pdf.table(
        ["État", "Nombre"],
        [[label_fr("equipment_status", k), str(v)] for k, v in sorted(data.by_status.items())],
        [120, 30],
    )


async def build_maintenance(ctx: Context) -> MaintenanceSection:
    start = datetime.combine(ctx.start, time(0), PARIS).astimezone(UTC)
    end = datetime.combine(ctx.end + timedelta(days=1), time(0), PARIS).astimezone(UTC)
    rows = await maintenance_stats(
        ctx.session, ctx.actor, date_from=start, date_to=end, group_by=["space", "month"]
    )
    wanted = {str(s) for s in ctx.space_ids}
    months: dict[str, list[int]] = {f"{ctx.year}-{m:02d}": [0, 0, 0] for m in range(1, 13)}
    for row in rows:
        if (ctx.association_id is None or row.space_id in wanted) and row.month in months:
            months[row.month][0] += row.opened
            months[row.month][1] += row.resolved
            months[row.month][2] += row.breached
    opened = sum(m[0] for m in months.values())
    breached = sum(m[2] for m in months.values())
    return MaintenanceSection(
        opened=opened,
        resolved=sum(m[1] for m in months.values()),
        breached=breached,
        breach_rate=round(breached / opened, 4) if opened else None,
        by_month=[SlaMonth(month=k, opened=o, breached=b) for k, (o, _r, b) in months.items()],
    )


def draw_maintenance(pdf: ReviewDocument, data: MaintenanceSection) -> None:
    rate = "—" if data.breach_rate is None else f"{_num(data.breach_rate * 100)} %"
    pdf.line_text(
        f"{data.opened} tickets ouverts, {data.resolved} résolus, {data.breached} hors délai "
        f"(taux de dépassement : {rate})."
    )
    pdf.chart(
        paired_chart(
            [_month(m.month) for m in data.by_month],
            [m.opened for m in data.by_month],
            [m.breached for m in data.by_month],
            "Tickets par mois et dépassements du délai",
            ("ouverts", "hors délai"),
        )
    )


async def build_labels(ctx: Context) -> LabelsSection:
    statement = policy.scope_label_applications(
        ctx.actor,
        select(LabelApplication, Space.name).join(Space, Space.id == LabelApplication.space_id),
    ).where(LabelApplication.status == LabelApplicationStatus.approved.value)
    if ctx.association_id:
        statement = statement.where(LabelApplication.association_id == ctx.association_id)
    on = today()
    labels = []
    for application, name in (await ctx.session.execute(statement)).all():
        in_force = application.valid_until is not None and application.valid_until >= on
        if not in_force and application.valid_from and application.valid_from.year != ctx.year:
            continue
        labels.append(
            ReviewLabel(
                space_id=application.space_id,
                space_name=name,
                label_number=application.label_number,
                valid_from=application.valid_from,
                valid_until=application.valid_until,
                expiring=in_force and application.valid_until <= on + timedelta(EXPIRING_DAYS),
            )
        )
    labels.sort(key=lambda x: (x.space_name, str(x.valid_from)))
    return LabelsSection(
        granted_in_year=sum(1 for x in labels if x.valid_from and x.valid_from.year == ctx.year),
        in_force=sum(1 for x in labels if x.valid_until and x.valid_until >= on),
        expiring=sum(1 for x in labels if x.expiring),
        labels=labels,
    )


def draw_labels(pdf: ReviewDocument, data: LabelsSection) -> None:
    pdf.line_text(
        f"{data.granted_in_year} labels accordés dans l'année, {data.in_force} en vigueur, "
        f"{data.expiring} arrivant à échéance dans les {EXPIRING_DAYS} jours."
    )
    pdf.table(
        ["Lieu", "Numéro", "Depuis", "Jusqu'au"],
        [
            [
                x.space_name,
                x.label_number or "—",
                _date(x.valid_from),
                _date(x.valid_until) + (" (échéance proche)" if x.expiring else ""),
            ]
            for x in data.labels
        ],
        [62, 44, 26, 48],
    )


def _date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


async def build_meetings(ctx: Context) -> MeetingsReview:
    """The network's meetings, decisions and follow-up actions; one association's review counts
    the meetings it was invited to or organised and the actions it owns."""
    associations = None if ctx.association_id is None else {ctx.association_id}
    return await meetings_review(ctx.session, associations, ctx.year)


def draw_meetings(pdf: ReviewDocument, data: MeetingsReview) -> None:
    pdf.line_text(
        f"{_num(data.meetings_held_total)} réunion(s) tenue(s), "
        f"{_num(data.meetings_cancelled)} annulée(s) ; {_num(data.decisions)} décision(s) prise(s)."
    )
    if data.meetings_held:
        pdf.table(
            ["Type de réunion", "Mois", "Réunions"],
            [
                [label_fr("meeting_kind", h.kind), MONTHS_FR[h.month - 1], _num(h.count)]
                for h in data.meetings_held
            ],
            [90, 40, 40],
        )
    pdf.ln(3)
    pdf.line_text("Actions de suivi", bold=True)
    pdf.table(
        ["Faites dans l'année", "En cours", "Dont en retard", "Abandonnées"],
        [
            [
                _num(data.actions_done),
                _num(data.actions_open),
                _num(data.actions_overdue),
                _num(data.actions_dropped),
            ]
        ],
        [45, 45, 45, 45],
    )


async def build_plans(ctx: Context) -> PlansSection:
    statement = plans.PLANS.readable(ctx.actor).where(DevelopmentPlan.period.like(f"%{ctx.year}%"))
    if ctx.association_id:
        statement = statement.where(DevelopmentPlan.association_id == ctx.association_id)
    rows = (await ctx.session.execute(statement.order_by(DevelopmentPlan.period))).scalars().all()
    return PlansSection(plans=await plans.to_reads(ctx.session, ctx.actor, rows))


def draw_plans(pdf: ReviewDocument, data: PlansSection) -> None:
    if not data.plans:
        pdf.line_text("Aucun plan de développement pour cette année.")
    for plan in data.plans:
        status = label_fr("development_plan_status", plan.status)
        pdf.line_text(
            f"{plan.title} ({plan.period}) — {status}, version {plan.plan_version}", bold=True
        )
        pdf.table(
            ["Objectif", "Référence", "Cible", "Actuel", "Tendance"],
            [
                [
                    o.title,
                    "—" if o.baseline is None else _num(o.baseline),
                    _num(o.target),
                    "—" if o.current is None else _num(o.current),
                    label_fr("objective_trend", o.trend),
                ]
                for o in plan.objectives
            ],
            [84, 22, 20, 20, 34],
        )


@dataclass(frozen=True)
class Section:
    key: str  # the field of NetworkReview
    title: str  # its heading in the PDF
    build: Callable[[Context], Awaitable]
    draw: Callable[[ReviewDocument, object], None]


SECTIONS: tuple[Section, ...] = (
    Section("spaces", "Les lieux et leurs horaires", build_spaces, draw_spaces),
    Section("visits", "Fréquentation : visites et habitants accueillis", build_visits, draw_visits),
    Section("trainings", "Formations tenues et présences", build_trainings, draw_trainings),
    Section("equipment", "Matériel prêté", build_equipment, draw_equipment),
    Section(
        "maintenance",
        "Maintenance : les délais de l'opérateur",
        build_maintenance,
        draw_maintenance,
    ),
    Section("labels", "Le label ENC", build_labels, draw_labels),
    Section(
        "meetings",
        "La vie du réseau : réunions, décisions et actions",
        build_meetings,
        draw_meetings,
    ),
    Section("plans", "Plans de développement : objectifs et cibles", build_plans, draw_plans),
)


# ---- the review ---------------------------------------------------------------------------------


async def network_review(
    session: AsyncSession, actor: Actor, *, year: int, association_id: uuid.UUID | None
) -> NetworkReview:
    association_id = policy.review_association(actor, association_id)
    if year > today().year:
        raise ValidationFailed("The review is of this year or a past one.", loc=("query", "year"))
    scope = "le réseau des Espaces Numériques Citoyens de Roubaix"
    space_ids: list[uuid.UUID] = []
    if association_id is not None:
        association = await session.get(Association, association_id)
        if association is None:
            raise NotFound("No such review.")
        scope = association.name
        space_ids = list(
            (await session.execute(select(Space.id).where(Space.association_id == association_id)))
            .scalars()
            .all()
        )
    ctx = Context(session, actor, year, association_id, space_ids)
    parts = {section.key: await section.build(ctx) for section in SECTIONS}
    return NetworkReview(
        year=year,
        association_id=association_id,
        scope=scope,
        generated_at=utcnow().replace(microsecond=0),
        **parts,
    )


def review_pdf(review: NetworkReview) -> bytes:
    title = f"Bilan {review.year} — {review.scope}"
    pdf = ReviewDocument(f"Bilan {review.year}", review.generated_at)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 22)
    pdf.multi_cell(0, 11, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=11)
    pdf.ln(4)
    made = review.generated_at.astimezone(PARIS).strftime("%d/%m/%Y à %H:%M")
    pdf.line_text(f"Établi le {made} à partir des données de l'API des ENC.")
    pdf.ln(4)
    pdf.line_text("Sommaire", bold=True)
    for n, section in enumerate(SECTIONS, start=1):
        pdf.line_text(f"{n}. {section.title}")
    for section in SECTIONS:
        pdf.add_page()
        pdf.heading(section.title)
        section.draw(pdf, getattr(review, section.key))
    return bytes(pdf.output())
