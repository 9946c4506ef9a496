"""Visits (the outil de comptabilisation): anonymous by design — no name, no free text about the
person, only codes and counts — in the vocabularies of La Coop de la médiation numérique (the
national activity tool), so that Roubaix's figures compare with the rest of France.

Everything the statistics group on is a plain column: a visit's profile is stored as counts per
category (a one-to-one visit is a count of 1 in its categories; a workshop gives its counts and
what they leave out is `not_stated`), equipment as booleans, the Paris-local day and ISO week as
columns, skills in `visit_skills`. `visit_daily_counts` is a rollup per space and local day,
written in the same transaction as the visits it counts (the month × space statistics read it).
"""

import os
import time
import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AwareDatetime,
    BeforeValidator,
    StringConstraints,
    ValidationInfo,
    field_validator,
)
from pydantic import Field as PydanticField
from sqlalchemy import Column, ForeignKey, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.core.vocabulary import VOCABULARY_MAX_CODES, vocabulary
from app.models.base import (
    NETWORK_MAX_ITEMS,
    REPORT_MAX_ROWS,
    InputModel,
    OutputModel,
    enum_check,
)
from app.models.validators import Postcode


def uuid7() -> uuid.UUID:
    """Time-ordered ids (RFC 9562 v7): a million imported rows append to the primary key's
    index instead of splitting random pages."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    value = (value & ~(0xF << 76)) | (0x7 << 76)
    value = (value & ~(0x3 << 62)) | (0x2 << 62)
    return uuid.UUID(int=value)


# ---- vocabularies (La Coop de la médiation numérique's codes in English; French labels) --------


@vocabulary(
    "visit_mode",
    "Modalité d'accompagnement d'une visite (standard national `modalites_accompagnement`)",
    {
        "free_access": ("En autonomie", "Free access (on one's own)"),
        "individual_support": ("Accompagnement individuel", "One-to-one support"),
        "collective_workshop": ("Dans un atelier collectif", "Group workshop"),
        "remote": ("À distance", "Remote (phone or video)"),
    },
)
class VisitMode(StrEnum):
    free_access = "free_access"
    individual_support = "individual_support"
    collective_workshop = "collective_workshop"
    remote = "remote"


# The same four modes as a space's `support_mode` (what the national standard calls them).
VISIT_MODE_SUPPORT_MODE = {
    "free_access": "autonomous",
    "individual_support": "individual",
    "collective_workshop": "group_workshop",
    "remote": "remote",
}


@vocabulary(
    "visit_age_band",
    "Tranche d'âge d'une personne accompagnée (La Coop)",
    {
        "under_12": ("Moins de 12 ans", "Under 12"),
        "12_17": ("12-17 ans", "12 to 17"),
        "18_24": ("18-24 ans", "18 to 24"),
        "25_39": ("25-39 ans", "25 to 39"),
        "40_59": ("40-59 ans", "40 to 59"),
        "60_69": ("60-69 ans", "60 to 69"),
        "70_plus": ("70 ans et plus", "70 and over"),
        "not_stated": ("Non communiqué", "Not stated"),
    },
)
class VisitAgeBand(StrEnum):
    under_12 = "under_12"
    from_12_to_17 = "12_17"
    from_18_to_24 = "18_24"
    from_25_to_39 = "25_39"
    from_40_to_59 = "40_59"
    from_60_to_69 = "60_69"
    seventy_plus = "70_plus"
    not_stated = "not_stated"


@vocabulary(
    "visit_gender",
    "Genre d'une personne accompagnée (La Coop)",
    {
        "female": ("Féminin", "Female"),
        "male": ("Masculin", "Male"),
        "not_stated": ("Non communiqué", "Not stated"),
    },
)
class VisitGender(StrEnum):
    female = "female"
    male = "male"
    not_stated = "not_stated"


@vocabulary(
    "visit_social_status",
    "Statut d'une personne accompagnée (La Coop)",
    {
        "in_education": ("Scolarisé·e", "In education"),
        "unemployed": ("Sans emploi", "Unemployed"),
        "employed": ("En emploi", "Employed"),
        "retired": ("Retraité·e", "Retired"),
        "not_stated": ("Non communiqué ou hétérogène", "Not stated"),
    },
)
class VisitSocialStatus(StrEnum):
    in_education = "in_education"
    unemployed = "unemployed"
    employed = "employed"
    retired = "retired"
    not_stated = "not_stated"


@vocabulary(
    "visit_autonomy",
    "Autonomie de la personne à l'issue de l'accompagnement (La Coop)",
    {
        "fully_assisted": ("Entièrement accompagné·e", "Fully assisted"),
        "partly_autonomous": ("Partiellement autonome", "Partly autonomous"),
        "autonomous": ("Autonome", "Autonomous"),
    },
)
class VisitAutonomy(StrEnum):
    fully_assisted = "fully_assisted"
    partly_autonomous = "partly_autonomous"
    autonomous = "autonomous"


@vocabulary(
    "visit_referral",
    "Orientation de la personne à l'issue de la visite",
    {
        "caf": ("CAF", "CAF (family benefits)"),
        "france_travail": ("France Travail", "France Travail (employment service)"),
        "cpam": ("CPAM (Assurance maladie)", "CPAM (health insurance)"),
        "town_hall": ("Mairie", "Town hall"),
        "social_services": ("Services sociaux (CCAS, département)", "Social services"),
        "other_mediation_place": ("Autre lieu de médiation numérique", "Another mediation place"),
        "other": ("Autre structure", "Other"),
        "none": ("Pas d'orientation", "No referral"),
    },
)
class VisitReferral(StrEnum):
    caf = "caf"
    france_travail = "france_travail"
    cpam = "cpam"
    town_hall = "town_hall"
    social_services = "social_services"
    other_mediation_place = "other_mediation_place"
    other = "other"
    none = "none"


@vocabulary(
    "visit_equipment",
    "Matériel utilisé pendant une visite",
    {
        "computer": ("Ordinateur", "Computer"),
        "phone": ("Téléphone", "Phone"),
        "tablet": ("Tablette", "Tablet"),
        "other": ("Autre matériel", "Other"),
        "none": ("Pas de matériel", "None"),
    },
)
class VisitEquipment(StrEnum):
    computer = "computer"
    phone = "phone"
    tablet = "tablet"
    other = "other"
    none = "none"


@vocabulary(
    "visit_duration_band",
    "Durée d'une visite",
    {
        "under_30": ("Moins de 30 min", "Under 30 min"),
        "30_60": ("30 min à 1 h", "30 to 60 min"),
        "60_120": ("1 h à 2 h", "1 to 2 hours"),
        "120_plus": ("2 h et plus", "2 hours and more"),
    },
)
class DurationBand(StrEnum):
    under_30 = "under_30"
    from_30_to_60 = "30_60"
    from_60_to_120 = "60_120"
    over_120 = "120_plus"


@vocabulary(
    "coop_theme",
    "Thématique d'accompagnement de La Coop de la médiation numérique",
    {
        "email": ("E-mail", "E-mail"),
        "employment_training": ("Travail - Formation", "Work - Training"),
        "social_health": ("Social - Santé", "Social welfare - Health"),
        "housing": ("Logement", "Housing"),
        "family_schooling": ("Famille - Scolarité", "Family - Schooling"),
        "money_taxes": ("Argent - Impôts", "Money - Taxes"),
    },
)
class CoopTheme(StrEnum):
    email = "email"
    employment_training = "employment_training"
    social_health = "social_health"
    housing = "housing"
    family_schooling = "family_schooling"
    money_taxes = "money_taxes"


# La Coop's own identifiers of these themes (its `thematiques` / démarches administratives).
COOP_THEME_IDS = {
    "email": "Email",
    "employment_training": "TravailFormation",
    "social_health": "SocialSante",
    "housing": "Logement",
    "family_schooling": "FamilleScolarite",
    "money_taxes": "ArgentImpots",
}

# The six savoirs → the Coop theme a visit on that skill is counted under nationally.
SKILL_COOP_THEMES: dict[str, CoopTheme] = {
    "update-job-seeker-status": CoopTheme.employment_training,
    "read-caf-file": CoopTheme.social_health,
    "simulate-rsa": CoopTheme.social_health,
    "simulate-housing-benefit": CoopTheme.housing,
    "print-attestations": CoopTheme.employment_training,
    "open-email-address": CoopTheme.email,
}

_THEME_LABELS = {
    "email": ("E-mail", "E-mail"),
    "employment_training": ("Travail - Formation", "Work - Training"),
    "social_health": ("Social - Santé", "Social welfare - Health"),
    "housing": ("Logement", "Housing"),
}
SkillCoopTheme = vocabulary(
    "skill_coop_theme",
    "Thématique de La Coop sous laquelle chacun des six savoirs est compté (code du savoir → "
    "libellé de la thématique ; codes des thématiques : vocabulaire `coop_theme`)",
    {skill: _THEME_LABELS[theme.value] for skill, theme in SKILL_COOP_THEMES.items()},
)(StrEnum("SkillCoopTheme", {code.replace("-", "_"): code for code in SKILL_COOP_THEMES}))


@vocabulary(
    "visit_stats_dimension",
    "Axe de regroupement des statistiques de visites",
    {
        "space": ("Lieu", "Space"),
        "association": ("Association", "Association"),
        "month": ("Mois", "Month"),
        "week": ("Semaine (ISO)", "ISO week"),
        "skill": ("Savoir", "Skill"),
        "mode": ("Modalité", "Mode"),
        "age_band": ("Tranche d'âge", "Age band"),
        "social_status": ("Statut", "Social status"),
        "autonomy": ("Autonomie", "Autonomy"),
        "duration_band": ("Durée", "Duration"),
    },
)
class StatsDimension(StrEnum):
    space = "space"
    association = "association"
    month = "month"
    week = "week"
    skill = "skill"
    mode = "mode"
    age_band = "age_band"
    social_status = "social_status"
    autonomy = "autonomy"
    duration_band = "duration_band"


AGE_BANDS = [band.value for band in VisitAgeBand]
GENDERS = [gender.value for gender in VisitGender]
SOCIAL_STATUSES = [status.value for status in VisitSocialStatus]
EQUIPMENT = ("computer", "phone", "tablet", "other")


def age_column(band: str) -> str:
    return "age_" + band


def gender_column(gender: str) -> str:
    return "gender_" + gender


def status_column(status: str) -> str:
    return "status_" + status


# ---- tables -------------------------------------------------------------------------------------


class Visit(SQLModel, table=True):
    """Append-only: a visit is counted, not edited (a wrong one is re-imported or deleted)."""

    __tablename__ = "visits"
    __table_args__ = (
        enum_check("mode", VisitMode, "ck_visits_mode"),
        enum_check("autonomy", VisitAutonomy, "ck_visits_autonomy"),
        enum_check("referral", VisitReferral, "ck_visits_referral"),
        UniqueConstraint("source", "external_id", name="uq_visits_source_external_id"),
        Index("ix_visits_occurred_at_id", "occurred_at", "id"),
        Index("ix_visits_space_occurred_at", "space_id", "occurred_at"),
        Index("ix_visits_association_occurred_at", "association_id", "occurred_at"),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    space_id: uuid.UUID = Field(sa_column=Column(ForeignKey("spaces.id"), nullable=False))
    # Denormalised from the space (which never changes association): scoping and grouping in SQL.
    association_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("associations.id"), nullable=False)
    )
    occurred_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    local_day: date = Field(nullable=False)  # in Europe/Paris: months and weeks as people say
    iso_week: str = Field(max_length=8, nullable=False)  # "2026-W07"
    duration_minutes: int
    mode: str = Field(max_length=24)
    participants: int = 1
    used_computer: bool = False
    used_phone: bool = False
    used_tablet: bool = False
    used_other: bool = False
    age_under_12: int = 0
    age_12_17: int = 0
    age_18_24: int = 0
    age_25_39: int = 0
    age_40_59: int = 0
    age_60_69: int = 0
    age_70_plus: int = 0
    age_not_stated: int = 0
    gender_female: int = 0
    gender_male: int = 0
    gender_not_stated: int = 0
    status_in_education: int = 0
    status_unemployed: int = 0
    status_employed: int = 0
    status_retired: int = 0
    status_not_stated: int = 0
    first_visits: int = 0
    postcode: str | None = Field(default=None, max_length=5)
    autonomy: str | None = Field(default=None, max_length=20)
    referral: str = Field(default=VisitReferral.none, max_length=24)
    recorded_by: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))
    source: str = Field(max_length=64)  # "app" or "api_key:<id>"
    external_id: str | None = Field(default=None, max_length=100)


class VisitSkill(SQLModel, table=True):
    __tablename__ = "visit_skills"

    visit_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    )
    skill_code: str = Field(
        sa_column=Column(ForeignKey("skills.code"), primary_key=True, index=True)
    )


class VisitDailyCount(SQLModel, table=True):
    """Visits per space and Paris-local day, kept in the visits' own transaction."""

    __tablename__ = "visit_daily_counts"
    __table_args__ = (Index("ix_visit_daily_counts_day", "local_day"),)

    space_id: uuid.UUID = Field(sa_column=Column(ForeignKey("spaces.id"), primary_key=True))
    local_day: date = Field(primary_key=True)
    association_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("associations.id"), nullable=False, index=True)
    )
    iso_week: str = Field(max_length=8)
    visits: int = 0
    participants: int = 0
    first_visits: int = 0
    total_minutes: int = 0


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
    def _individual(cls, value: IndividualProfile | None, info: ValidationInfo):  # noqa: ANN206
        if value is not None and _is_workshop(info):
            raise ValueError("a collective workshop gives `profile_counts`, not one profile")
        return value

    @field_validator("profile_counts")
    @classmethod
    def _group(cls, value: GroupProfile | None, info: ValidationInfo):  # noqa: ANN206
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
                    "profile": {"age_band": "40_59", "gender": "female",
                                "social_status": "unemployed", "postcode": "59100",
                                "first_visit": True},
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
            raise ValueError("a collective workshop gives counts (age_bands, genders, "
                             "social_statuses, first_visits), not one person's profile")
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
            age_bands=self.age_bands or {}, genders=self.genders or {},
            social_statuses=self.social_statuses or {}, first_visits=self.first_visits or 0,
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
