"""Request and response shapes of engagements and resource persons."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import StringConstraints

from app.models.base import InputModel, OutputModel, RefusesNull
from app.models.engagement.vocab import EngagementKind, EngagementStatus
from app.models.validators import LongText

# Service Civique: 6 to 12 months, 24 to 48 hours a week (Code du service national, L120-1).
SERVICE_CIVIQUE_MONTHS = (6, 12)
SERVICE_CIVIQUE_WEEKLY_HOURS = (24, 48)
MAX_SKILLS = 63  # the catalogue's size at most (one bit a skill)

WeeklyHours = Annotated[
    float,
    PydanticField(
        gt=0,
        le=60,
        multiple_of=0.5,
        description="Hours a week (half hours); a Service Civique is 24 to 48.",
    ),
]
ContractReference = Annotated[str, StringConstraints(min_length=1, max_length=100)]
SkillCode = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class Training(InputModel):
    on: date | None = PydanticField(default=None, description="Its date (planned or held).")
    done: bool = PydanticField(default=False, description="Followed (then `on` is not later).")


class ServiceCiviqueTerms(InputModel):
    """A Service Civique's contract and its two mandatory trainings."""

    contract_reference: ContractReference | None = PydanticField(
        default=None, description="The contract's reference (Agence du Service Civique)."
    )
    civic_training: Training = PydanticField(
        default_factory=Training, description="The mandatory civic and citizen training."
    )
    first_aid_training: Training = PydanticField(
        default_factory=Training, description="The first-aid training (PSC1)."
    )


SC_EXAMPLE = {
    "contract_reference": "SC-059-26-00042",
    "civic_training": {"on": "2026-11-16", "done": False},
    "first_aid_training": {"on": "2026-10-05", "done": True},
}


class EngagementCreate(InputModel):
    user_id: uuid.UUID = PydanticField(
        description="A volunteer or association user of the space's association."
    )
    space_id: uuid.UUID
    kind: EngagementKind
    starts_on: date
    ends_on: date | None = PydanticField(
        default=None, description="The last day (required for a Service Civique)."
    )
    weekly_hours: WeeklyHours
    tutor_id: uuid.UUID | None = PydanticField(
        default=None, description="The tutor: another user of the same association."
    )
    service_civique: ServiceCiviqueTerms | None = PydanticField(
        default=None, description="Only for a Service Civique."
    )
    notes: LongText | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "user_id": "6f1c2b1e-0000-4000-8000-000000000011",
                    "space_id": "6f1c2b1e-0000-4000-8000-000000000002",
                    "kind": "service_civique",
                    "starts_on": "2026-10-01",
                    "ends_on": "2027-05-31",
                    "weekly_hours": 28,
                    "tutor_id": "6f1c2b1e-0000-4000-8000-000000000012",
                    "service_civique": SC_EXAMPLE,
                },
                {
                    "user_id": "6f1c2b1e-0000-4000-8000-000000000013",
                    "space_id": "6f1c2b1e-0000-4000-8000-000000000002",
                    "kind": "volunteer",
                    "starts_on": "2026-09-15",
                    "weekly_hours": 4,
                },
            ]
        }
    }


class EngagementUpdate(RefusesNull):
    """The dates (the start only before it), the hours, the tutor, the Service Civique's terms
    (replaced whole) and the notes; the person, the space and the kind are the engagement's."""

    non_nullable = frozenset({"starts_on", "weekly_hours", "service_civique"})
    starts_on: date | None = None
    ends_on: date | None = None
    weekly_hours: WeeklyHours | None = None
    tutor_id: uuid.UUID | None = None
    service_civique: ServiceCiviqueTerms | None = None
    notes: LongText | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"weekly_hours": 30},
                {
                    "service_civique": SC_EXAMPLE
                    | {"civic_training": {"on": "2026-11-16", "done": True}}
                },
            ]
        }
    }


class EngagementTransition(InputModel):
    to: EngagementStatus = PydanticField(
        description="`ended` (ends it today, the assignment with it) or `cancelled` (before it "
        "started); `active` and the end on the last day come by the dates alone."
    )
    reason: LongText | None = PydanticField(default=None, description="Why; required.")

    model_config = {
        "json_schema_extra": {
            "examples": [{"to": "ended", "reason": "Rupture anticipée d'un commun accord."}]
        }
    }


class TrainingRead(OutputModel):
    on: date | None
    done: bool


class ServiceCiviqueRead(OutputModel):
    contract_reference: str | None
    civic_training: TrainingRead
    first_aid_training: TrainingRead
    trainings_done: bool = PydanticField(description="Both mandatory trainings followed.")


class EngagementRead(OutputModel):
    id: uuid.UUID
    user_id: uuid.UUID
    association_id: uuid.UUID
    space_id: uuid.UUID
    kind: EngagementKind
    status: EngagementStatus = PydanticField(
        description="As the dates give it today (the scheduler writes it down)."
    )
    allowed_transitions: list[str] = PydanticField(max_length=4)
    starts_on: date
    ends_on: date | None
    weekly_hours: float
    tutor_id: uuid.UUID | None
    service_civique: ServiceCiviqueRead | None
    notes: str | None
    assigned_at: datetime | None = PydanticField(
        description="When the engagement gave its person the space's assignment."
    )
    unassigned_at: datetime | None = PydanticField(
        description="When its end took the assignment back."
    )
    ended_at: datetime | None
    cancelled_at: datetime | None
    end_reason: str | None
    created_at: datetime
    updated_at: datetime


class ResourcePersonPut(InputModel):
    skills: list[SkillCode] = PydanticField(
        default_factory=list,
        max_length=MAX_SKILLS,
        description="Codes of the skills catalogue the person passes on; empty: in general.",
    )
    note: LongText | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "skills": ["open-email-address", "print-attestations"],
                    "note": "A installé l'ENC ; à accompagner vers la transmission.",
                }
            ]
        }
    }


class ResourcePersonRead(OutputModel):
    id: uuid.UUID
    association_id: uuid.UUID
    user_id: uuid.UUID
    full_name: str
    skills: list[str] = PydanticField(max_length=MAX_SKILLS)
    note: str | None
    designated_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
