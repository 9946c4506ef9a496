"""The demo's development plan: the Comité de quartier des Hauts-Champs – Petites-Haies' plan
for 2026–2027 (the field report's fifth step asks for "un plan de développement avec les
quatre associations"), agreed by the city, with objectives measured live on the demo's data
and one declarative objective with its reported value. A step of
`app.demo.network.seed_demo`, idempotent: an association with a plan for the period is left
alone. Everything goes through the plans' services, as the association and as the city."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.models.plan import DevelopmentPlan, ObjectiveReport, PlanCreate, PlanTransition
from app.models.user import Role, User
from app.services.plans import records as plans

PERIOD = "2026-2027"
PLAN = {
    "period": PERIOD,
    "title": "Plan de développement des Hauts-Champs 2026-2027",
    "summary": "Ouvrir plus largement l'ENC, former les accompagnateurs aux six savoirs et "
    "accueillir les habitants éloignés du numérique.",
    "objectives": [
        {
            "title": "Accueillir 300 visites par mois",
            "indicator": "visits_per_month",
            "target": 300,
        },
        {"title": "Ouvrir 32 heures par semaine", "indicator": "hours_open_per_week", "target": 32},
        {
            "title": "Trois accompagnateurs formés par ANIS",
            "indicator": "volunteers_trained",
            "target": 3,
        },
        {
            "title": "Aucun ticket de maintenance hors délai",
            "indicator": "tickets_breached",
            "target": 0,
        },
        {
            "title": "Deux partenariats avec les écoles du quartier",
            "target": 2,
            "unit": "partenariats",
        },
    ],
}


async def seed_plans(session: AsyncSession, seeded) -> None:
    association_id = seeded.associations.get("hauts-champs")
    if association_id is None or await session.scalar(
        select(DevelopmentPlan.id).where(
            DevelopmentPlan.association_id == association_id, DevelopmentPlan.period == PERIOD
        )
    ):
        return
    user = await session.scalar(
        select(User).where(User.association_id == association_id, User.role == Role.association)
    )
    owner = Actor(
        kind="user",
        role=Role.association.value,
        user_id=user.id if user else None,
        association_id=association_id,
    )
    plan = await plans.create_plan(session, owner, PlanCreate.model_validate(PLAN))
    await plans.transition(session, owner, plan.id, PlanTransition(to="submitted"), None)
    agreed = await plans.transition(session, SYSTEM, plan.id, PlanTransition(to="agreed"), None)
    declared = agreed.objectives[-1]
    await plans.report_objective(session, owner, plan.id, declared.id, ObjectiveReport(value=1))
