"""The label's request and response shapes: the criteria catalogue, applications (transitions,
attestations, waivers) and the label as a space shows it."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import StringConstraints, model_validator

from app.models.base import InputModel, OutputModel
from app.models.label.vocab import (
    LabelApplicationStatus,
    LabelCriterionKind,
    LabelRule,
    LabelStatus,
)
from app.models.validators import LongText, ShortText

MAX_CRITERIA = 50  # in one version of the charter
CriterionCode = Annotated[
    str, StringConstraints(min_length=2, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")
]


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
    criteria: list[LabelCriterionSpec] = PydanticField(min_length=1, max_length=MAX_CRITERIA)
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
    """A declarative criterion is met by a document, not by a word: the uploaded document
    (`POST /documents`) that proves it, of the criterion's kind where it has one (a `charter`
    for `charter_signed`, a `welcome_booklet`, a `development_plan`), of the application's
    space or association, active."""

    document_id: uuid.UUID = PydanticField(description="The uploaded document that proves it.")
    document_reference: ShortText | None = PydanticField(
        default=None, description="An optional note: the paper's own reference or filing place."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "document_id": "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                    "document_reference": "GED-2026-0142 charte signée",
                }
            ]
        }
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
    document_id: uuid.UUID | None = PydanticField(
        description="Declarative criteria: the document that satisfied it (active, of the "
        "criterion's kind, of the space or its association)."
    )
    document_version: int | None = PydanticField(
        description="That document's version at the last evaluation or attestation."
    )
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
        max_length=MAX_CRITERIA, description="Mandatory criteria neither met, attested nor waived."
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
