"""Visits' request shapes (one visit, one import row) and response shapes (a visit, the
statistics, a space's activity report)."""

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    AwareDatetime,
    BeforeValidator,
    StringConstraints,
    ValidationInfo,
    field_validator,
)
from pydantic import Field as PydanticField

from app.core.vocabulary import VOCABULARY_MAX_CODES
from app.models.base import NETWORK_MAX_ITEMS, REPORT_MAX_ROWS, InputModel, OutputModel
from app.models.validators import Postcode
from app.models.visit.vocab import (
    StatsDimension,
    VisitAgeBand,
    VisitAutonomy,
    VisitEquipment,
    VisitGender,
    VisitMode,
    VisitReferral,
    VisitSocialStatus,
)

# ---- request shapes -----------------------------------------------------------------------------

Count = Annotated[int, PydanticField(ge=0, le=1000)]
ExternalId = Annotated[
    str, StringConstraints(min_length=1, max_length=100, pattern=r"^[\x21-\x7e]+$")
]


class IndividualProfile(InputModel):
    age_band: VisitAgeBand = VisitAgeBand.not_stated
    gender: VisitGender = VisitGender.not_stated
    social_status: VisitSocialStatus = VisitSocialStatus.not_stated
    postcode: Postcode | None = None
    first_visit: bool = False


class GroupProfile(InputModel):
    """Counts per category; what they leave out of `participants` is `not_stated`."""

    age_bands: dict[VisitAgeBand, Count] = PydanticField(default_factory=dict)
    genders: dict[VisitGender, Count] = PydanticField(default_factory=dict)
    social_statuses: dict[VisitSocialStatus, Count] = PydanticField(default_factory=dict)
    first_visits: Count = 0


def _split(value: Any) -> Any:
    """`a|b` in a CSV cell is the list [a, b]; JSON sends a list."""
    if isinstance(value, str):
        return [part.strip() for part in value.split("|") if part.strip()]
    return value


def _pairs(value: Any) -> Any:
    """`under_12:3|25_39:2` in a CSV cell is {under_12: 3, 25_39: 2}; JSON sends an object."""
    if isinstance(value, str):
        pairs = {}
        for part in value.split("|"):
            if not part.strip():
                continue
            code, sep, count = part.partition(":")
            if not sep:
                raise ValueError("write counts as code:count, separated by |")
            pairs[code.strip()] = count.strip()
        return pairs
    return value


SkillList = Annotated[
    list[Annotated[str, StringConstraints(min_length=2, max_length=64)]],
    BeforeValidator(_split),
    PydanticField(max_length=20),
]
EquipmentList = Annotated[
    list[VisitEquipment], BeforeValidator(_split), PydanticField(max_length=5)
]


def _over(counts: dict | None, participants: int | None, what: str) -> None:
    if counts and participants is not None and sum(counts.values()) > participants:
        raise ValueError(f"the {what} counts add up to more than the {participants} participants")


def _is_workshop(info: ValidationInfo) -> bool:
    return info.data.get("mode") == VisitMode.collective_workshop


class VisitFields(InputModel):
    space_id: uuid.UUID
    occurred_at: AwareDatetime = PydanticField(description="When the visit began, with offset.")
    duration_minutes: int = PydanticField(ge=1, le=720)
    mode: VisitMode
    participants: int = PydanticField(
        default=1, ge=1, le=500, description="1 unless a collective workshop."
    )
    skills: SkillList = PydanticField(default_factory=list, description="Codes from `/skills`.")
    equipment: EquipmentList = PydanticField(default_factory=list)
    autonomy: VisitAutonomy | None = None
    referral: VisitReferral = VisitReferral.none
    external_id: ExternalId | None = PydanticField(
        default=None, description="Your id for this visit: unique per source (idempotency)."
    )

    @field_validator("participants")
    @classmethod
    def _one_unless_workshop(cls, value: int, info: ValidationInfo) -> int:
        if value != 1 and "mode" in info.data and not _is_workshop(info):
            raise ValueError("only a collective workshop has more than one participant")
        return value

    @field_validator("equipment")
    @classmethod
    def _none_alone(cls, value: list) -> list:
        if VisitEquipment.none in value and len(value) > 1:
            raise ValueError("`none` goes alone")
        return list(dict.fromkeys(value))

    @field_validator("skills")
    @classmethod
    def _distinct_skills(cls, value: list) -> list:
        return list(dict.fromkeys(value))


class VisitCreate(VisitFields):
    profile: IndividualProfile | None = PydanticField(
        default=None, description="One person's profile (not for workshops)."
    )
    profile_counts: GroupProfile | None = PydanticField(
        default=None, description="A workshop's participants, counted per category."
    )

    @field_validator("profile")
    @classmethod
    def _individual(cls, value: IndividualProfile | None, info: ValidationInfo):
        if value is not None and _is_workshop(info):
            raise ValueError("a collective workshop gives `profile_counts`, not one profile")
        return value

    @field_validator("profile_counts")
    @classmethod
    def _group(cls, value: GroupProfile | None, info: ValidationInfo):
        if value is None:
            return value
        if "mode" in info.data and not _is_workshop(info):
            raise ValueError("only a collective workshop gives profile counts")
        participants = info.data.get("participants")
        _over(value.age_bands, participants, "age band")
        _over(value.genders, participants, "gender")
        _over(value.social_statuses, participants, "social status")
        if participants is not None and value.first_visits > participants:
            raise ValueError("more first visits than participants")
        return value

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "space_id": "6f1c2b1e-0000-4000-8000-000000000002",
                    "occurred_at": "2026-03-10T14:30:00+01:00",
                    "duration_minutes": 45,
                    "mode": "individual_support",
                    "skills": ["read-caf-file", "print-attestations"],
                    "equipment": ["computer"],
                    "profile": {
                        "age_band": "40_59",
                        "gender": "female",
                        "social_status": "unemployed",
                        "postcode": "59100",
                        "first_visit": True,
                    },
                    "autonomy": "partly_autonomous",
                    "referral": "caf",
                }
            ]
        }
    }


AgeCounts = Annotated[dict[VisitAgeBand, Count], BeforeValidator(_pairs)]
GenderCounts = Annotated[dict[VisitGender, Count], BeforeValidator(_pairs)]
StatusCounts = Annotated[dict[VisitSocialStatus, Count], BeforeValidator(_pairs)]


class VisitImportRow(VisitFields):
    """One row of `POST /visits/import`: flat, so that a CSV header names every column.
    A workshop gives `age_bands`, `genders`, `social_statuses` (`code:count|…`) and
    `first_visits`; any other visit `age_band`, `gender`, `social_status`, `postcode`,
    `first_visit`."""

    external_id: ExternalId
    age_band: VisitAgeBand | None = None
    gender: VisitGender | None = None
    social_status: VisitSocialStatus | None = None
    postcode: Postcode | None = None
    first_visit: bool | None = None
    age_bands: AgeCounts | None = None
    genders: GenderCounts | None = None
    social_statuses: StatusCounts | None = None
    first_visits: Count | None = None

    @field_validator("age_band", "gender", "social_status", "postcode", "first_visit")
    @classmethod
    def _individual(cls, value: Any, info: ValidationInfo) -> Any:
        if value is not None and _is_workshop(info):
            raise ValueError(
                "a collective workshop gives counts (age_bands, genders, "
                "social_statuses, first_visits), not one person's profile"
            )
        return value

    @field_validator("age_bands", "genders", "social_statuses", "first_visits")
    @classmethod
    def _group(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None:
            return value
        if "mode" in info.data and not _is_workshop(info):
            raise ValueError("only a collective workshop gives profile counts")
        participants = info.data.get("participants")
        if isinstance(value, dict):
            _over(value, participants, info.field_name.removesuffix("s").replace("_", " "))
        elif participants is not None and value > participants:
            raise ValueError("more first visits than participants")
        return value

    def profile(self) -> IndividualProfile | None:
        if self.mode == VisitMode.collective_workshop:
            return None
        return IndividualProfile.model_construct(
            age_band=self.age_band or VisitAgeBand.not_stated,
            gender=self.gender or VisitGender.not_stated,
            social_status=self.social_status or VisitSocialStatus.not_stated,
            postcode=self.postcode,
            first_visit=bool(self.first_visit),
        )

    def profile_counts(self) -> GroupProfile | None:
        if self.mode != VisitMode.collective_workshop:
            return None
        return GroupProfile.model_construct(
            age_bands=self.age_bands or {},
            genders=self.genders or {},
            social_statuses=self.social_statuses or {},
            first_visits=self.first_visits or 0,
        )


# ---- response shapes ----------------------------------------------------------------------------


class IndividualProfileRead(OutputModel):
    age_band: VisitAgeBand
    gender: VisitGender
    social_status: VisitSocialStatus
    postcode: str | None
    first_visit: bool


class GroupProfileRead(OutputModel):
    age_bands: dict[VisitAgeBand, int]
    genders: dict[VisitGender, int]
    social_statuses: dict[VisitSocialStatus, int]
    first_visits: int


class VisitRead(OutputModel):
    id: uuid.UUID
    space_id: uuid.UUID
    association_id: uuid.UUID
    occurred_at: datetime
    duration_minutes: int
    mode: VisitMode
    participants: int
    skills: list[str] = PydanticField(max_length=20)
    equipment: list[VisitEquipment] = PydanticField(max_length=5)
    profile: IndividualProfileRead | None = PydanticField(description="Null for a workshop.")
    profile_counts: GroupProfileRead | None = PydanticField(description="A workshop's counts.")
    autonomy: VisitAutonomy | None
    referral: VisitReferral
    recorded_by: uuid.UUID | None
    source: str
    external_id: str | None
    created_at: datetime


# ---- statistics ---------------------------------------------------------------------------------


class VisitStatsRow(OutputModel):
    keys: dict[str, str | None] = PydanticField(
        description="The row's value for each `group_by` dimension (ids, `YYYY-MM`, "
        "`YYYY-Www`, codes)."
    )
    visits: int
    participants: int
    first_visits: int
    total_minutes: int
    share_of_visits: float = PydanticField(
        description="Percent of the rows' visits, to 0.1; the rows add up to exactly 100."
    )
    share_of_participants: float = PydanticField(
        description="Percent of the rows' participants, to 0.1; the rows add up to exactly 100."
    )


class VisitStats(OutputModel):
    from_: date | None = PydanticField(serialization_alias="from")
    to: date | None
    group_by: list[StatsDimension] = PydanticField(max_length=2)
    totals: dict[str, int]
    rows: list[VisitStatsRow] = PydanticField(max_length=REPORT_MAX_ROWS)


class Figure(OutputModel):
    code: str
    value: int
    network_median: float = PydanticField(
        description="The median of the same figure over the network's spaces with visits."
    )


class MonthFigures(OutputModel):
    month: str
    visits: int
    participants: int
    first_visits: int
    total_minutes: int
    network_median_visits: float
    network_median_participants: float


class ActivityReport(OutputModel):
    space_id: uuid.UUID
    year: int
    spaces_in_network: int = PydanticField(description="Spaces with visits that year.")
    totals: list[Figure] = PydanticField(max_length=VOCABULARY_MAX_CODES)
    months: list[MonthFigures] = PydanticField(max_length=12)
    skills: list[Figure] = PydanticField(max_length=NETWORK_MAX_ITEMS)
    modes: list[Figure] = PydanticField(max_length=VOCABULARY_MAX_CODES)
    age_bands: list[Figure] = PydanticField(max_length=VOCABULARY_MAX_CODES)
    genders: list[Figure] = PydanticField(max_length=VOCABULARY_MAX_CODES)
    social_statuses: list[Figure] = PydanticField(max_length=VOCABULARY_MAX_CODES)
    autonomy: list[Figure] = PydanticField(max_length=VOCABULARY_MAX_CODES)
    referrals: list[Figure] = PydanticField(max_length=VOCABULARY_MAX_CODES)
