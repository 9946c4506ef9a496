"""Training's request and response shapes: skills, sessions (and the public calendar's view),
enrolments and attendance, and the skills that attendance gives a person or a space."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import (
    AfterValidator,
    AwareDatetime,
    StringConstraints,
    ValidationInfo,
    field_validator,
)
from pydantic import Field as PydanticField

from app.models.base import NETWORK_MAX_ITEMS, InputModel, OutputModel, RefusesNull, UpdateModel
from app.models.training.vocab import (
    Attendance,
    EnrolmentStatus,
    TrainingAudience,
    TrainingSessionStatus,
)
from app.models.validators import LongText, ShortText


def _slug(value: str) -> str:
    import re

    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
        raise ValueError("a skill code is lowercase letters and digits joined by single hyphens")
    return value


SkillCode = Annotated[str, StringConstraints(min_length=2, max_length=64), AfterValidator(_slug)]


# ---- skills: request and response shapes --------------------------------------------------------


class SkillCreate(InputModel):
    code: SkillCode = PydanticField(description="Stable slug: lowercase, digits and hyphens.")
    title_fr: ShortText
    title_en: ShortText
    description: LongText | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "code": "use-ameli-account",
                    "title_fr": "Utiliser son compte ameli",
                    "title_en": "Use one's ameli (health insurance) account",
                }
            ]
        }
    }


class SkillUpdate(UpdateModel):
    non_nullable = frozenset({"title_fr", "title_en"})
    title_fr: ShortText | None = None
    title_en: ShortText | None = None
    description: LongText | None = None

    model_config = {"json_schema_extra": {"examples": [{"title_fr": "Lire son dossier CAF"}]}}


class SkillRead(OutputModel):
    id: uuid.UUID
    code: str
    title_fr: str
    title_en: str
    description: str | None
    seeded: bool = PydanticField(description="One of the six savoirs of the collective action.")
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None


# ---- sessions: request and response shapes ------------------------------------------------------

SKILLS_PER_SESSION = 20
SkillCodes = Annotated[list[SkillCode], PydanticField(min_length=1, max_length=SKILLS_PER_SESSION)]


def _ends_after_start(cls, ends: datetime | None, info: ValidationInfo) -> datetime | None:
    starts = info.data.get("starts_at")
    if starts is not None and ends is not None and ends <= starts:
        raise ValueError("ends_at must be after starts_at")
    return ends


class TrainingSessionCreate(RefusesNull):
    non_nullable = frozenset({"title", "skills", "audience", "starts_at", "ends_at", "capacity"})
    title: ShortText
    description: LongText | None = None
    skills: SkillCodes = PydanticField(description="Codes from `/skills` (at least one).")
    audience: TrainingAudience
    provider_id: uuid.UUID | None = PydanticField(
        default=None,
        description="A partner of kind `training_provider`; a provider's user may leave it out.",
    )
    space_id: uuid.UUID | None = None
    venue: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = PydanticField(
        default=None, description="An outside venue, when the session is not in a space."
    )
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    capacity: int = PydanticField(ge=1, le=1000)

    _ends_after_start = field_validator("ends_at")(_ends_after_start)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "title": "Les six savoirs — module 1 : CAF et Pôle emploi",
                    "skills": ["update-job-seeker-status", "read-caf-file"],
                    "audience": "accompagnateurs",
                    "provider_id": "6f1c2b1e-0000-4000-8000-000000000010",
                    "space_id": "6f1c2b1e-0000-4000-8000-000000000002",
                    "starts_at": "2026-03-10T09:30:00+01:00",
                    "ends_at": "2026-03-10T12:30:00+01:00",
                    "capacity": 10,
                }
            ]
        }
    }


class TrainingSessionUpdate(UpdateModel):
    non_nullable = frozenset({"title", "skills", "starts_at", "ends_at", "capacity"})
    title: ShortText | None = None
    description: LongText | None = None
    skills: SkillCodes | None = None
    space_id: uuid.UUID | None = None
    venue: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = None
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    capacity: int | None = PydanticField(default=None, ge=1, le=1000)

    _ends_after_start = field_validator("ends_at")(_ends_after_start)

    model_config = {"json_schema_extra": {"examples": [{"capacity": 12}]}}


class TrainingSessionTransition(InputModel):
    to: TrainingSessionStatus
    reason: LongText | None = PydanticField(
        default=None, description="Why a session is cancelled (shown to the enrolled)."
    )

    model_config = {
        "json_schema_extra": {"examples": [{"to": "cancelled", "reason": "Formatrice malade."}]}
    }


class SessionSkill(OutputModel):
    code: str
    title_fr: str
    title_en: str


class SessionPlace(OutputModel):
    space_id: uuid.UUID | None
    space_name: str | None
    venue: str | None
    address: str | None = PydanticField(description="Street, postcode and city, or the venue.")


class TrainingSessionRead(OutputModel):
    id: uuid.UUID
    title: str
    description: str | None
    skills: list[SessionSkill] = PydanticField(max_length=SKILLS_PER_SESSION)
    audience: TrainingAudience
    provider_id: uuid.UUID
    provider_name: str
    place: SessionPlace
    starts_at: datetime
    ends_at: datetime
    capacity: int
    confirmed_count: int
    waitlisted_count: int
    places_left: int
    status: TrainingSessionStatus
    allowed_transitions: list[TrainingSessionStatus] = PydanticField(
        max_length=len(TrainingSessionStatus)
    )
    cancelled_at: datetime | None
    cancel_reason: str | None
    completed_at: datetime | None
    created_at: datetime
    updated_at: datetime


class PublicTrainingSessionRead(OutputModel):
    """A resident workshop as the public calendar shows it: no one's name, no enrolment."""

    id: uuid.UUID
    title: str
    description: str | None
    skills: list[SessionSkill] = PydanticField(max_length=SKILLS_PER_SESSION)
    provider_name: str
    place: SessionPlace
    starts_at: datetime
    ends_at: datetime
    capacity: int
    places_left: int
    status: TrainingSessionStatus
    updated_at: datetime


# ---- enrolments: request and response shapes ----------------------------------------------------


class EnrolmentCreate(InputModel):
    user_id: uuid.UUID

    model_config = {
        "json_schema_extra": {"examples": [{"user_id": "6f1c2b1e-0000-4000-8000-000000000042"}]}
    }


class EnrolmentUpdate(InputModel):
    attendance: Attendance

    model_config = {"json_schema_extra": {"examples": [{"attendance": "attended"}]}}


class AttendanceMark(InputModel):
    enrolment_id: uuid.UUID
    attendance: Attendance


class AttendanceBulk(InputModel):
    marks: list[AttendanceMark] = PydanticField(min_length=1, max_length=500)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "marks": [
                        {
                            "enrolment_id": "6f1c2b1e-0000-4000-8000-000000000050",
                            "attendance": "attended",
                        },
                        {
                            "enrolment_id": "6f1c2b1e-0000-4000-8000-000000000051",
                            "attendance": "absent",
                        },
                    ]
                }
            ]
        }
    }


class EnrolmentRead(OutputModel):
    id: uuid.UUID
    session_id: uuid.UUID
    user_id: uuid.UUID
    user_full_name: str
    status: EnrolmentStatus
    waitlist_position: int | None = PydanticField(
        description="1 for the next to be promoted; null unless waitlisted."
    )
    attendance: Attendance | None
    attendance_marked_at: datetime | None
    cancelled_at: datetime | None
    created_at: datetime
    updated_at: datetime


# ---- what attendance gives ----------------------------------------------------------------------


class UserSkillRead(OutputModel):
    code: str
    title_fr: str
    title_en: str
    trained_at: datetime = PydanticField(description="When the latest attended session started.")
    session_id: uuid.UUID
    session_title: str
    provider_id: uuid.UUID
    provider_name: str


class SpaceSkillCoverage(OutputModel):
    code: str
    title_fr: str
    title_en: str
    trained_volunteers: int


class SpaceTrainingSummary(OutputModel):
    space_id: uuid.UUID
    assigned_volunteers: int
    trained_volunteers: int = PydanticField(
        description="Assigned volunteers who attended at least one session of a training provider."
    )
    skills: list[SpaceSkillCoverage] = PydanticField(
        max_length=NETWORK_MAX_ITEMS,
        description="Every active catalogue skill, with how many assigned volunteers hold it.",
    )
    skills_covered: int
    seed_skills_covered: int = PydanticField(description="Of the six savoirs, how many are held.")
