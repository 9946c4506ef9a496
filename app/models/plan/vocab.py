"""The development plans' vocabularies: a plan's status, the registry of live indicators (its
codes and French labels; each code's unit and query are in `app.services.plans.indicators`),
and an objective's trend."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "development_plan_status",
    "État d'un plan de développement",
    {
        "draft": ("Brouillon", "Draft"),
        "submitted": ("Soumis à la ville", "Submitted to the city"),
        "agreed": ("Validé par la ville", "Agreed by the city"),
        "closed": ("Clos", "Closed"),
    },
    english="State of a development plan",
)
class PlanStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    agreed = "agreed"
    closed = "closed"


@vocabulary(
    "plan_indicator",
    "Indicateur calculé sur les données de l'API (objectif d'un plan de développement)",
    {
        "visits_per_month": (
            "Visites par mois (30 derniers jours, tous les lieux de l'association)",
            "Visits a month (last 30 days, all the association's spaces)",
        ),
        "residents_trained_on_skill": (
            "Habitants formés à un savoir (présents aux ateliers, personnes distinctes)",
            "Residents trained on a skill (attended workshops, distinct people)",
        ),
        "hours_open_per_week": (
            "Heures d'ouverture par semaine (lieux ouverts)",
            "Opening hours a week (open spaces)",
        ),
        "volunteers_trained": (
            "Accompagnateurs formés (personnes distinctes)",
            "Volunteers trained (distinct people)",
        ),
        "tickets_breached": (
            "Tickets de maintenance hors délai (12 derniers mois)",
            "Maintenance tickets past their SLA (last 12 months)",
        ),
        "equipment_in_service": (
            "Matériel en service dans les lieux",
            "Equipment in service at the spaces",
        ),
    },
    english="Indicator computed from the API's data (objective of a development plan)",
)
class IndicatorCode(StrEnum):
    visits_per_month = "visits_per_month"
    residents_trained_on_skill = "residents_trained_on_skill"
    hours_open_per_week = "hours_open_per_week"
    volunteers_trained = "volunteers_trained"
    tickets_breached = "tickets_breached"
    equipment_in_service = "equipment_in_service"


@vocabulary(
    "objective_trend",
    "Tendance d'un objectif depuis sa valeur de référence",
    {
        "improving": ("En progrès vers la cible", "Moving towards the target"),
        "stable": ("Stable", "Stable"),
        "worsening": ("En recul", "Moving away from the target"),
        "unknown": ("Pas encore de référence", "No baseline yet"),
    },
    english="Trend of an objective since its baseline",
)
class ObjectiveTrend(StrEnum):
    improving = "improving"
    stable = "stable"
    worsening = "worsening"
    unknown = "unknown"
