"""Request and response shapes of job descriptions, missions and applications."""

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field as PydanticField
from pydantic import StringConstraints, model_validator

from app.models.base import NETWORK_MAX_ITEMS, InputModel, OutputModel, RefusesNull
from app.models.engagement.schemas import SC_EXAMPLE, ServiceCiviqueTerms
from app.models.engagement.schemas import WeeklyHours as EngagementHours
from app.models.recruitment.vocab import (
    ApplicationStatus,
    DeclineReason,
    JobDescriptionStatus,
    JobKind,
    MissionStatus,
    SkillLevel,
)
from app.models.user import PASSWORD_RULES, OptionalPassword
from app.models.validators import Email, LongText, Phone, ShortText

MAX_ITEMS = 30
SkillCode = Annotated[str, StringConstraints(min_length=1, max_length=64)]
WeeklyHours = Annotated[int, PydanticField(ge=1, le=48, description="Hours a week.")]
Places = Annotated[int, PydanticField(ge=1, le=50)]
Schedule = Annotated[str, StringConstraints(max_length=1000)]
Prerequisites = Annotated[str, StringConstraints(max_length=2000)]

PRIVACY_PURPOSE = (
    "Vos données servent uniquement à traiter votre candidature à cette mission : "
    "l'association qui l'ouvre (et la Ville de Roubaix, qui coordonne le réseau des ENC) vous "
    "recontacte. Elles ne sont ni publiées ni cédées."
)
CONSENT_DESCRIPTION = (
    "Consent to processing, required (`true`). Purpose: the application to this mission only "
    "(the association opening it, and the City of Roubaix coordinating the network, contact "
    "you; nothing is published or passed on). Retention: an application not accepted is "
    "anonymised once the retention period has passed (`privacy.retention_days` of the public "
    "mission; setting APPLICATION_RETENTION_DAYS, 730 days by default); an accepted one "
    "becomes the volunteer's account. Your data is in your personal-data export "
    "(`/users/me/export`) once you have an account."
)


class RequiredSkill(InputModel):
    skill_code: SkillCode = PydanticField(description="A skill of the catalogue (`/skills`).")
    level: SkillLevel


class JobDescriptionCreate(InputModel):
    association_id: uuid.UUID | None = PydanticField(
        default=None,
        description="Your association (an association's default); left out by the city: a "
        "description of the network.",
    )
    derived_from_id: uuid.UUID | None = PydanticField(
        default=None, description="A published network description this one starts from."
    )
    kind: JobKind
    title: ShortText
    purpose: LongText
    tasks: list[ShortText] = PydanticField(default_factory=list, max_length=MAX_ITEMS)
    skills: list[RequiredSkill] = PydanticField(default_factory=list, max_length=MAX_ITEMS)
    trainings: list[ShortText] = PydanticField(
        default_factory=list, max_length=MAX_ITEMS, description="Trainings expected."
    )
    weekly_hours: WeeklyHours

    @model_validator(mode="after")
    def _skills_once(self) -> "JobDescriptionCreate":
        codes = [s.skill_code for s in self.skills]
        if len(codes) != len(set(codes)):
            raise ValueError("each skill is named once")
        return self

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "kind": "volunteer",
                    "title": "Accompagnateur numérique",
                    "purpose": "Susciter et appuyer les initiatives des personnes et des groupes, "
                    "lever les inhibitions culturelles face aux technologies de l'information.",
                    "tasks": ["Accueillir les habitants à l'ENC", "Animer des ateliers"],
                    "skills": [{"skill_code": "open-email-address", "level": "trainer"}],
                    "trainings": ["Les six savoirs (ANIS)"],
                    "weekly_hours": 6,
                }
            ]
        }
    }


class JobDescriptionUpdate(RefusesNull):
    non_nullable = frozenset(
        {"kind", "title", "purpose", "tasks", "skills", "trainings", "weekly_hours"}
    )
    kind: JobKind | None = None
    title: ShortText | None = None
    purpose: LongText | None = None
    tasks: list[ShortText] | None = PydanticField(default=None, max_length=MAX_ITEMS)
    skills: list[RequiredSkill] | None = PydanticField(default=None, max_length=MAX_ITEMS)
    trainings: list[ShortText] | None = PydanticField(default=None, max_length=MAX_ITEMS)
    weekly_hours: WeeklyHours | None = None

    @model_validator(mode="after")
    def _skills_once(self) -> "JobDescriptionUpdate":
        codes = [s.skill_code for s in self.skills or []]
        if len(codes) != len(set(codes)):
            raise ValueError("each skill is named once")
        return self

    model_config = {"json_schema_extra": {"examples": [{"weekly_hours": 8}]}}


class JobDescriptionTransition(InputModel):
    to: JobDescriptionStatus

    model_config = {"json_schema_extra": {"examples": [{"to": "published"}]}}


class SkillRequirementRead(OutputModel):
    skill_code: str
    level: SkillLevel


class JobDescriptionVersionRead(OutputModel):
    id: uuid.UUID
    job_description_id: uuid.UUID
    number: int
    kind: JobKind
    title: str
    purpose: str
    tasks: list[str] = PydanticField(max_length=MAX_ITEMS)
    skills: list[SkillRequirementRead] = PydanticField(max_length=MAX_ITEMS)
    trainings: list[str] = PydanticField(max_length=MAX_ITEMS)
    weekly_hours: int
    created_at: datetime
    published_at: datetime | None = PydanticField(description="Null: a draft, still edited.")


class JobDescriptionRead(OutputModel):
    id: uuid.UUID
    association_id: uuid.UUID | None = PydanticField(description="Null: the network's.")
    derived_from_id: uuid.UUID | None
    status: JobDescriptionStatus
    allowed_transitions: list[str] = PydanticField(max_length=10)
    current_version: int
    content: JobDescriptionVersionRead = PydanticField(description="The current version.")
    published_at: datetime | None
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime


class MissionCreate(InputModel):
    job_description_id: uuid.UUID = PydanticField(
        description="A published description: the mission keeps its current version."
    )
    space_id: uuid.UUID
    title: ShortText | None = PydanticField(default=None, description="Default: the description's.")
    places: Places = 1
    starts_on: date
    ends_on: date | None = None
    weekly_hours: WeeklyHours | None = PydanticField(
        default=None, description="Default: the description's."
    )
    schedule: Schedule | None = None
    prerequisites: Prerequisites | None = None
    tutor_id: uuid.UUID | None = PydanticField(
        default=None, description="A user of the space's association who tutors the mission."
    )

    @model_validator(mode="after")
    def _dates(self) -> "MissionCreate":
        if self.ends_on is not None and self.ends_on < self.starts_on:
            raise ValueError("a mission ends on or after its start")
        return self

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "job_description_id": "6a1f0b8e-3d0c-4c1e-9d0a-1c2b3d4e5f60",
                    "space_id": "0b7d5a52-2c1e-4d8f-9a3b-7e6f5d4c3b2a",
                    "places": 1,
                    "starts_on": "2027-01-04",
                    "ends_on": "2027-08-31",
                    "weekly_hours": 24,
                    "schedule": "Du mardi au vendredi, 13 h 30 – 19 h 30",
                    "prerequisites": "Avoir entre 16 et 25 ans",
                }
            ]
        }
    }


class MissionUpdate(RefusesNull):
    non_nullable = frozenset({"title", "places", "starts_on", "weekly_hours"})
    title: ShortText | None = None
    places: Places | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    weekly_hours: WeeklyHours | None = None
    schedule: Schedule | None = None
    prerequisites: Prerequisites | None = None
    tutor_id: uuid.UUID | None = None

    model_config = {"json_schema_extra": {"examples": [{"places": 2}]}}


class MissionTransition(InputModel):
    to: MissionStatus
    reason: LongText | None = PydanticField(default=None, description="Why; to cancel.")

    model_config = {"json_schema_extra": {"examples": [{"to": "open"}]}}


class MissionRead(OutputModel):
    id: uuid.UUID
    association_id: uuid.UUID
    space_id: uuid.UUID
    job_description_id: uuid.UUID
    job_description_version: int = PydanticField(description="The version it was opened under.")
    job_description_version_id: uuid.UUID
    kind: JobKind
    title: str
    places: int
    places_filled: int = PydanticField(description="Applications accepted.")
    starts_on: date
    ends_on: date | None
    weekly_hours: int
    schedule: str | None
    prerequisites: str | None
    tutor_id: uuid.UUID | None
    status: MissionStatus
    allowed_transitions: list[str] = PydanticField(max_length=10)
    opened_at: datetime | None
    closed_at: datetime | None
    status_reason: str | None
    created_at: datetime
    updated_at: datetime


class Privacy(OutputModel):
    purpose: str
    retention_days: int = PydanticField(
        description="An application not accepted is anonymised after this many days."
    )
    controller: str


class PublicSpace(OutputModel):
    id: uuid.UUID
    name: str
    neighbourhood: str | None
    postcode: str | None


class PublicMission(OutputModel):
    """An open mission as the portal shows it: no personal data (no tutor, no applicant)."""

    id: uuid.UUID
    title: str
    kind: JobKind
    association_name: str
    space_id: uuid.UUID
    space: PublicSpace
    places: int
    places_left: int
    starts_on: date
    ends_on: date | None
    weekly_hours: int
    schedule: str | None
    prerequisites: str | None
    purpose: str
    tasks: list[str] = PydanticField(max_length=MAX_ITEMS)
    skills: list[SkillRequirementRead] = PydanticField(max_length=MAX_ITEMS)
    trainings: list[str] = PydanticField(max_length=MAX_ITEMS)
    privacy: Privacy


class PublicMissions(OutputModel):
    items: list[PublicMission] = PydanticField(max_length=NETWORK_MAX_ITEMS)


class PublicApplicationCreate(InputModel):
    full_name: ShortText
    email: Email
    phone: Phone | None = None
    availability: Annotated[str, StringConstraints(min_length=1, max_length=1000)]
    motivation: Annotated[str, StringConstraints(max_length=2000)] | None = None
    consent: Literal[True] = PydanticField(description=CONSENT_DESCRIPTION)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "full_name": "Inès Bouaziz",
                    "email": "ines.bouaziz@example.org",
                    "phone": "06 12 34 56 78",
                    "availability": "Les après-midis, du mardi au vendredi",
                    "motivation": "J'aide déjà mes voisins à faire leurs démarches en ligne.",
                    "consent": True,
                }
            ]
        }
    }


class ApplicationReceipt(OutputModel):
    """The same answer whether or not this e-mail address had already applied."""

    mission_id: uuid.UUID
    status: Literal["received"] = "received"
    message: str


class AcceptedEngagement(InputModel):
    """The engagement recorded with an acceptance, in the same transaction: of the mission's
    kind (a Service Civique mission gives a Service Civique engagement), at its space, for the
    accepted person. The rules of `POST /engagements` apply (a Service Civique runs 6 to 12
    months, 24 to 48 hours a week, with its contract reference and trainings)."""

    starts_on: date
    ends_on: date | None = PydanticField(
        default=None, description="The last day (required for a Service Civique)."
    )
    weekly_hours: EngagementHours | None = PydanticField(
        default=None, description="Left out: the hours of the mission's job description."
    )
    tutor_id: uuid.UUID | None = PydanticField(
        default=None, description="The tutor: another user of the same association."
    )
    service_civique: ServiceCiviqueTerms | None = PydanticField(
        default=None, description="Only for a Service Civique mission."
    )
    notes: LongText | None = None


class ApplicationTransition(InputModel):
    to: ApplicationStatus
    decline_reason: DeclineReason | None = PydanticField(
        default=None, description="Required to decline (and only then)."
    )
    note: LongText | None = None
    initial_password: OptionalPassword = PydanticField(
        default=None,
        description="On accepting an applicant who has no account yet: the password of the "
        "volunteer account created (the association passes it on, as for `POST /users`). "
        "Left out, the account is created without a usable password.",
        **{k: v for k, v in PASSWORD_RULES.items() if k != "description"},
    )
    engagement: AcceptedEngagement | None = PydanticField(
        default=None,
        description="On accepting: the engagement to record with it (see `/engagements`). "
        "Left out, none is recorded; it can be recorded later with `POST /engagements`.",
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"to": "contacted"},
                {"to": "declined", "decline_reason": "mission_filled"},
                {"to": "accepted", "initial_password": "ateliers du mardi au Pile 2027"},
                {
                    "to": "accepted",
                    "engagement": {
                        "starts_on": "2027-01-04",
                        "ends_on": "2027-08-31",
                        "weekly_hours": 28,
                        "service_civique": SC_EXAMPLE,
                    },
                },
            ]
        }
    }


class ApplicationRead(OutputModel):
    id: uuid.UUID
    mission_id: uuid.UUID
    association_id: uuid.UUID
    full_name: str | None = PydanticField(description="Null once anonymised.")
    email: str | None
    phone: str | None
    availability: str | None
    motivation: str | None
    status: ApplicationStatus
    allowed_transitions: list[str] = PydanticField(max_length=10)
    decline_reason: DeclineReason | None
    status_note: str | None
    stale: bool = PydanticField(
        description="Left in `received` for more than APPLICATION_STALE_DAYS (10 by default)."
    )
    received_at: datetime
    status_changed_at: datetime
    consent_at: datetime
    retention_days: int
    user_id: uuid.UUID | None = PydanticField(description="The volunteer account, once accepted.")
    anonymised_at: datetime | None
