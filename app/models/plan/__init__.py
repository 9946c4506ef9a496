"""Development plans (issue 17): one per association and period, agreed by the city, with
objectives measured live by a fixed registry of indicators or reported (declarative). An agreed
plan is versioned: the agreed versions are frozen in `development_plan_versions`.

`vocab` holds the codes, `tables` what is stored (open it first), `schemas` the shapes. Import
from `app.models.plan`."""

from app.models.plan.schemas import (
    MAX_OBJECTIVES,
    AgreedObjective,
    ObjectiveCreate,
    ObjectiveRead,
    ObjectiveReport,
    ObjectiveUpdate,
    PlanCreate,
    PlanRead,
    PlanTransition,
    PlanUpdate,
    PlanVersionRead,
)
from app.models.plan.tables import DevelopmentPlan, DevelopmentPlanVersion, PlanObjective
from app.models.plan.vocab import IndicatorCode, ObjectiveTrend, PlanStatus

__all__ = [
    "MAX_OBJECTIVES",
    "AgreedObjective",
    "DevelopmentPlan",
    "DevelopmentPlanVersion",
    "IndicatorCode",
    "ObjectiveCreate",
    "ObjectiveRead",
    "ObjectiveReport",
    "ObjectiveTrend",
    "ObjectiveUpdate",
    "PlanCreate",
    "PlanObjective",
    "PlanRead",
    "PlanStatus",
    "PlanTransition",
    "PlanUpdate",
    "PlanVersionRead",
]
