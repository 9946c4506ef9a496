"""Request and response shapes of development plans, their objectives and agreed versions."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import StringConstraints, field_validator, model_validator

from app.models.base import InputModel, OutputModel, RefusesNull
from app.models.plan.vocab import IndicatorCode, ObjectiveTrend, PlanStatus
from app.models.validators import LongText, ShortText

MAX_OBJECTIVES = 50
Period = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}-[0-9]{4}$", min_length=9, max_length=9),
    PydanticField(description="Two years, the second after the first: `2026-2027`."),
]
SkillCode = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Value = Annotated[float, PydanticField(ge=0, le=1_000_000)]


def check_period(value: str) -> str:
    start, end = (int(y) for y in value.split("-"))
    if not (1990 <= start < end <= start + 5):
        raise ValueError("a period runs from one year to a later one, five years at most")
    return value


class ObjectiveCreate(InputModel):
    title: ShortText
    description: LongText | None = None
    indicator: IndicatorCode | None = PydanticField(
        default=None,
        description="Measured live from the registry (`/vocabularies`, `plan_indicator`); "
        "left out: a declarative objective, whose value is reported.",
    )
    skill_code: SkillCode | None = PydanticField(
        default=None, description="For `residents_trained_on_skill`: the skill (all if left out)."
    )
    target: Value
    unit: Annotated[str, StringConstraints(max_length=40)] | None = PydanticField(
        default=None, description="A declarative objective's unit (an indicator has its own)."
    )

    @model_validator(mode="after")
    def _skill_for_skill_indicator(self) -> "ObjectiveCreate":
        if self.skill_code and self.indicator != IndicatorCode.residents_trained_on_skill:
            raise ValueError("skill_code goes with the residents_trained_on_skill indicator")
        return self

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "title": "Accueillir 200 visites par mois",
                    "indicator": "visits_per_month",
                    "target": 200,
                },
                {
                    "title": "Signer deux partenariats avec les écoles du quartier",
                    "target": 2,
                    "unit": "partenariats",
                },
            ]
        }
    }


class ObjectiveUpdate(RefusesNull):
    non_nullable = frozenset({"title", "target"})
    title: ShortText | None = None
    description: LongText | None = None
    target: Value | None = None
    unit: Annotated[str, StringConstraints(max_length=40)] | None = None

    model_config = {"json_schema_extra": {"examples": [{"target": 250}]}}


class ObjectiveReport(InputModel):
    value: Value
    reported_on: date | None = PydanticField(default=None, description="Default: today.")

    model_config = {"json_schema_extra": {"examples": [{"value": 1, "reported_on": "2026-11-30"}]}}


class PlanCreate(InputModel):
    association_id: uuid.UUID | None = PydanticField(
        default=None, description="Your association (the default)."
    )
    period: Period
    title: ShortText
    summary: LongText | None = None
    objectives: list[ObjectiveCreate] = PydanticField(
        default_factory=list, max_length=MAX_OBJECTIVES
    )

    _period = field_validator("period")(check_period)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "period": "2026-2027",
                    "title": "Plan de développement des Hauts-Champs",
                    "objectives": [
                        {
                            "title": "Accueillir 200 visites par mois",
                            "indicator": "visits_per_month",
                            "target": 200,
                        }
                    ],
                }
            ]
        }
    }


class PlanUpdate(RefusesNull):
    non_nullable = frozenset({"title"})
    title: ShortText | None = None
    summary: LongText | None = None

    model_config = {"json_schema_extra": {"examples": [{"summary": "Priorité : l'accueil"}]}}


class PlanTransition(InputModel):
    to: PlanStatus
    reason: LongText | None = PydanticField(
        default=None, description="Why; required to send a submitted plan back to draft."
    )

    model_config = {"json_schema_extra": {"examples": [{"to": "submitted"}]}}


class ObjectiveRead(OutputModel):
    id: uuid.UUID
    position: int
    title: str
    description: str | None
    kind: str = PydanticField(description="`indicator` (measured live) or `declarative`.")
    indicator: IndicatorCode | None
    indicator_label: str | None
    skill_code: str | None
    unit: str | None
    target: float
    baseline: float | None = PydanticField(description="Frozen when the city agreed the plan.")
    baseline_at: datetime | None
    current: float | None = PydanticField(
        description="Now: computed live for an indicator, the last report for a declarative one."
    )
    trend: ObjectiveTrend
    met: bool | None
    reported_on: date | None
    reported_by: uuid.UUID | None


class PlanRead(OutputModel):
    id: uuid.UUID
    association_id: uuid.UUID
    period: str
    title: str
    summary: str | None
    status: PlanStatus
    allowed_transitions: list[str] = PydanticField(max_length=10)
    plan_version: int = PydanticField(description="The version being written or in force.")
    agreed_version: int | None = PydanticField(
        description="The latest version the city agreed (`/versions/{number}`)."
    )
    objectives: list[ObjectiveRead] = PydanticField(max_length=MAX_OBJECTIVES)
    submitted_at: datetime | None
    agreed_at: datetime | None
    closed_at: datetime | None
    return_reason: str | None
    created_at: datetime
    updated_at: datetime


class AgreedObjective(OutputModel):
    id: uuid.UUID
    position: int
    title: str
    description: str | None
    indicator: IndicatorCode | None
    skill_code: str | None
    unit: str | None
    target: float
    baseline: float | None
    baseline_at: datetime | None


class PlanVersionRead(OutputModel):
    id: uuid.UUID
    plan_id: uuid.UUID
    number: int
    title: str
    summary: str | None
    objectives: list[AgreedObjective] = PydanticField(max_length=MAX_OBJECTIVES)
    agreed_by: uuid.UUID | None
    agreed_at: datetime
