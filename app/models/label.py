"""The ENC label (Charte du label ENC): a versioned catalogue of criteria, applications made
under one version, the result of each criterion per application, and the label an approval
grants. The label's own status (valid or expired) is never stored: it is read from its dates."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import StringConstraints, model_validator
from sqlalchemy import JSON, Column, ForeignKey, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.core.vocabulary import vocabulary
from app.models.base import InputModel, OutputModel, TimestampedTable, enum_check
from app.models.validators import LongText, ShortText

MAX_CRITERIA = 50  # in one version of the charter


@vocabulary(
    "label_criterion_kind",
    "Nature d'un critère du label",
    {
        "automatic": ("Vérifié sur les données", "Checked on live data"),
        "declarative": ("Déclaratif (pièce justificative)", "Declared, with a document"),
    },
)
class LabelCriterionKind(StrEnum):
    automatic = "automatic"
    declarative = "declarative"


@vocabulary(
    "label_rule",
    "Règle de calcul d'un critère automatique",
    {
        "dedicated_room": ("Une salle dédiée", "A dedicated room"),
        "weekly_opening_hours": (
            "Heures d'ouverture publiées par semaine (au moins N)",
            "Published opening hours a week (at least N)",
        ),
        "internet_connection": ("Une connexion internet", "An internet connection"),
        "computer_and_printer_networks": (
            "Réseaux informatique et d'impression",
            "Computer and printer networks",
        ),
        "valid_insurance": ("Assurance valide ce jour", "Insurance valid today"),
        "active_loan_agreement": ("Convention de prêt en vigueur", "Loan agreement in force"),
        "operational_workstations": (
            "Postes informatiques opérationnels (au moins N)",
            "Operational workstations (at least N)",
        ),
        "printers": ("Imprimantes en service (au moins N)", "Printers in service (at least N)"),
        "trained_volunteer": (
            "Accompagnateurs affectés formés par l'organisme de formation (au moins N)",
            "Assigned volunteers trained by the training provider (at least N)",
        ),
        "monthly_visits": (
            "Visites comptées chacun des N derniers mois",
            "Visits recorded in each of the last N months",
        ),
        "no_long_breached_ticket": (
            "Aucun ticket de maintenance hors délai depuis plus de N jours",
            "No maintenance ticket breached for more than N days",
        ),
    },
)
class LabelRule(StrEnum):
    dedicated_room = "dedicated_room"
    weekly_opening_hours = "weekly_opening_hours"
    internet_connection = "internet_connection"
    computer_and_printer_networks = "computer_and_printer_networks"
    valid_insurance = "valid_insurance"
    active_loan_agreement = "active_loan_agreement"
    operational_workstations = "operational_workstations"
    printers = "printers"
    trained_volunteer = "trained_volunteer"
    monthly_visits = "monthly_visits"
    no_long_breached_ticket = "no_long_breached_ticket"


@vocabulary(
    "label_application_status",
    "État d'une demande de label",
    {
        "draft": ("Brouillon", "Draft"),
        "submitted": ("Déposée", "Submitted"),
        "under_review": ("En cours d'instruction", "Under review"),
        "approved": ("Label accordé", "Approved"),
        "rejected": ("Refusée", "Rejected"),
        "changes_requested": ("Compléments demandés", "Changes requested"),
        "withdrawn": ("Retirée", "Withdrawn"),
    },
)
class LabelApplicationStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    under_review = "under_review"
    approved = "approved"
    rejected = "rejected"
    changes_requested = "changes_requested"
    withdrawn = "withdrawn"


# An application in one of these is being worked on: a space has at most one at a time.
OPEN_STATUSES = ("draft", "submitted", "under_review", "changes_requested")
_OPEN = "status IN ('draft', 'submitted', 'under_review', 'changes_requested')"


@vocabulary(
    "label_status",
    "État du label d'un lieu",
    {
        "none": ("Non labellisé", "Not labelled"),
        "valid": ("Labellisé", "Labelled"),
        "expired": ("Label expiré", "Label expired"),
        "space_closed": ("Lieu fermé", "Space closed"),
    },
)
class LabelStatus(StrEnum):
    none = "none"
    valid = "valid"
    expired = "expired"
    space_closed = "space_closed"  # computed on read: the space closed, the label no longer holds


CriterionCode = Annotated[
    str, StringConstraints(min_length=2, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")
]

# ---- tables -------------------------------------------------------------------------------------


class LabelCriteriaVersion(SQLModel, table=True):
    """One published version of the catalogue; never changed once published."""

    __tablename__ = "label_criteria_versions"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    number: int = Field(unique=True)
    criteria: list = Field(sa_column=Column(JSON, nullable=False))
    note: str | None = Field(default=None, max_length=5000)
    published_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            ForeignKey("users.id", name="fk_label_criteria_versions_published_by"), nullable=True
        ),
    )
    published_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class LabelApplication(TimestampedTable, table=True):
    __tablename__ = "label_applications"
    __table_args__ = (
        enum_check("status", LabelApplicationStatus, "ck_label_applications_status"),
        # one application being worked on per space, even under concurrent requests
        Index(
            "uq_label_applications_open_space",
            "space_id",
            unique=True,
            sqlite_where=text(_OPEN),
            postgresql_where=text(_OPEN),
        ),
        Index("ix_label_applications_valid_until", "valid_until"),
    )

    space_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("spaces.id", name="fk_label_applications_space_id"),
            nullable=False,
            index=True,
        )
    )
    association_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("associations.id", name="fk_label_applications_association_id"),
            nullable=False,
            index=True,
        )
    )
    criteria_version_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("label_criteria_versions.id", name="fk_label_applications_criteria_version"),
            nullable=False,
        )
    )
    criteria_version: int
    status: str = Field(default=LabelApplicationStatus.draft, max_length=20, index=True)
    submitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    decision_comment: str | None = Field(default=None, max_length=5000)
    label_number: str | None = Field(default=None, max_length=32, unique=True)
    valid_from: date | None = None
    valid_until: date | None = None
    # When `label.expired` was announced for this label (the worker's sweep).
    expiry_announced_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class LabelCriterionResult(SQLModel, table=True):
    """Where one application stands on one criterion: measured, attested, waived, reviewed."""

    __tablename__ = "label_criterion_results"
    __table_args__ = (
        UniqueConstraint("application_id", "code", name="uq_label_criterion_results_code"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("label_applications.id", name="fk_label_criterion_results_application"),
            nullable=False,
            index=True,
        )
    )
    code: str = Field(max_length=64)
    met: bool | None = None
    measured: float | None = None
    threshold: float | None = None
    detail: str | None = Field(default=None, max_length=500)
    evaluated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    document_reference: str | None = Field(default=None, max_length=200)
    attested_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_label_criterion_results_attested_by")),
    )
    attested_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    waiver_reason: str | None = Field(default=None, max_length=2000)
    waived_by: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_label_criterion_results_waived_by")),
    )
    waived_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    review_comment: str | None = Field(default=None, max_length=2000)


class LabelApplicationEvent(SQLModel, table=True):
    """Append-only: every status change of an application, with who and why."""

    __tablename__ = "label_application_events"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    application_id: uuid.UUID = Field(
        sa_column=Column(
            ForeignKey("label_applications.id", name="fk_label_application_events_application"),
            nullable=False,
            index=True,
        )
    )
    from_status: str | None = Field(default=None, max_length=20)
    to_status: str = Field(max_length=20)
    actor_user_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(ForeignKey("users.id", name="fk_label_application_events_actor")),
    )
    actor_api_key_id: uuid.UUID | None = None
    comment: str | None = Field(default=None, max_length=5000)
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


# ---- the catalogue ------------------------------------------------------------------------------


class LabelCriterionSpec(InputModel):
    code: CriterionCode
    title: ShortText
    description: LongText | None = None
    mandatory: bool = True
    kind: LabelCriterionKind
    rule: LabelRule | None = PydanticField(
        default=None, description="For an automatic criterion: the rule computed on live data."
    )
    threshold: float | None = PydanticField(
        default=None,
        ge=0,
        le=10_000,
        description="The rule's N (hours, items, volunteers, months, days); the rule's default "
        "when left out.",
    )

    @model_validator(mode="after")
    def _rule_matches_kind(self) -> "LabelCriterionSpec":
        if self.kind == LabelCriterionKind.automatic and self.rule is None:
            raise ValueError("an automatic criterion names its rule")
        if self.kind == LabelCriterionKind.declarative and (
            self.rule is not None or self.threshold is not None
        ):
            raise ValueError("a declarative criterion has no rule and no threshold")
        return self


class LabelCriteriaPublish(InputModel):
    criteria: list[LabelCriterionSpec] = PydanticField(
        min_length=1, max_length=MAX_CRITERIA
    )
    note: LongText | None = None

    @model_validator(mode="after")
    def _unique_codes(self) -> "LabelCriteriaPublish":
        codes = [c.code for c in self.criteria]
        repeated = sorted({c for c in codes if codes.count(c) > 1})
        if repeated:
            raise ValueError(f"criterion codes repeat: {', '.join(repeated)}")
        return self

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "note": "Seuil d'ouverture porté à 12 h",
                    "criteria": [
                        {
                            "code": "opening_hours",
                            "title": "Au moins 12 heures d'ouverture par semaine",
                            "mandatory": True,
                            "kind": "automatic",
                            "rule": "weekly_opening_hours",
                            "threshold": 12,
                        },
                        {
                            "code": "charter_signed",
                            "title": "Charte du label signée",
                            "mandatory": True,
                            "kind": "declarative",
                        },
                    ],
                }
            ]
        }
    }


class LabelCriterionRead(OutputModel):
    code: str
    title: str
    description: str | None
    mandatory: bool
    kind: LabelCriterionKind
    rule: LabelRule | None
    threshold: float | None


class LabelCriteriaVersionRead(OutputModel):
    number: int
    criteria: list[LabelCriterionRead] = PydanticField(max_length=MAX_CRITERIA)
    note: str | None
    published_at: datetime


# ---- applications -------------------------------------------------------------------------------


class LabelApplicationCreate(InputModel):
    space_id: uuid.UUID

    model_config = {
        "json_schema_extra": {"examples": [{"space_id": "6f1c2b1e-0000-4000-8000-000000000002"}]}
    }


class LabelApplicationTransition(InputModel):
    to: LabelApplicationStatus
    comment: LongText | None = PydanticField(
        default=None, description="Why; required to reject or to ask for changes."
    )
    criteria_comments: dict[CriterionCode, Annotated[str, StringConstraints(max_length=2000)]] = (
        PydanticField(
            default_factory=dict,
            max_length=50,
            description="The reviewer's comment per criterion code (city, with a decision).",
        )
    )
    valid_until: date | None = PydanticField(
        default=None, description="On approval: the label's end (default: two years)."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"to": "submitted"},
                {"to": "under_review"},
                {
                    "to": "changes_requested",
                    "comment": "Merci de joindre le livret d'accueil.",
                    "criteria_comments": {"welcome_booklet": "Document manquant"},
                },
                {"to": "approved", "comment": "Conforme à la charte."},
            ]
        }
    }


class LabelAttestation(InputModel):
    document_reference: ShortText = PydanticField(
        description="Where the document is (reference, file name or address)."
    )

    model_config = {
        "json_schema_extra": {"examples": [{"document_reference": "GED-2026-0142 charte signée"}]}
    }


class LabelWaiver(InputModel):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=2000)]

    model_config = {
        "json_schema_extra": {
            "examples": [{"reason": "Salle dédiée en travaux, livraison prévue en mars."}]
        }
    }


class LabelRead(OutputModel):
    status: LabelStatus
    label_number: str | None = None
    application_id: uuid.UUID | None = None
    valid_from: date | None = None
    valid_until: date | None = None


class LabelCriterionResultRead(OutputModel):
    code: str
    title: str
    kind: LabelCriterionKind
    mandatory: bool
    rule: LabelRule | None
    threshold: float | None
    met: bool | None = PydanticField(
        description="Automatic: the last evaluation's answer; declarative: attested or not."
    )
    measured: float | None
    detail: str | None
    evaluated_at: datetime | None
    document_reference: str | None
    attested_at: datetime | None
    waived: bool
    waiver_reason: str | None
    review_comment: str | None
    satisfied: bool = PydanticField(description="Met, attested or waived.")


class LabelApplicationRead(OutputModel):
    id: uuid.UUID
    space_id: uuid.UUID
    association_id: uuid.UUID
    criteria_version: int
    status: LabelApplicationStatus
    allowed_transitions: list[LabelApplicationStatus] = PydanticField(
        max_length=len(LabelApplicationStatus)
    )
    criteria: list[LabelCriterionResultRead] = PydanticField(max_length=MAX_CRITERIA)
    unmet_mandatory: list[str] = PydanticField(
        max_length=MAX_CRITERIA,
        description="Mandatory criteria neither met, attested nor waived."
    )
    submitted_at: datetime | None
    decided_at: datetime | None
    decision_comment: str | None
    label: LabelRead | None = PydanticField(description="The label this approval granted.")
    created_at: datetime
    updated_at: datetime


class LabelApplicationEventRead(OutputModel):
    id: uuid.UUID
    from_status: LabelApplicationStatus | None
    to_status: LabelApplicationStatus
    actor_user_id: uuid.UUID | None
    actor_api_key_id: uuid.UUID | None
    comment: str | None
    occurred_at: datetime
