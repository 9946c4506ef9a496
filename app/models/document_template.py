"""The clause templates of the generated documents (convention de prêt, charte du label, bon de
remise): versioned, edited by the city, never overwritten. Editing publishes version N + 1.

Which version a document is rendered with is not stored on the document: it is the version in
force at the document's own date (the agreement's or the application's creation, the movement's
time), i.e. the latest published at or before that instant (version 1 for anything older than
the first version). A version published later never changes a document drawn up before it, so a
document's bytes stay the same for as long as its data does."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from pydantic import model_validator
from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.core.vocabulary import vocabulary
from app.models.base import InputModel, OutputModel, enum_check
from app.models.validators import LongText, ShortText

MAX_CLAUSES = 40


@vocabulary(
    "document_template_kind",
    "Modèle de document généré",
    {
        "loan_agreement": ("Convention de prêt", "Loan agreement"),
        "charter": ("Charte du label ENC", "ENC label charter"),
        "handover_receipt": ("Bon de remise de matériel", "Equipment hand-over receipt"),
    },
    english="Template of a generated document",
)
class DocumentTemplateKind(StrEnum):
    loan_agreement = "loan_agreement"
    charter = "charter"
    handover_receipt = "handover_receipt"


class DocumentTemplate(SQLModel, table=True):
    """One published version of one kind's clauses; never changed once published."""

    __tablename__ = "document_templates"
    __table_args__ = (
        enum_check("kind", DocumentTemplateKind, "ck_document_templates_kind"),
        UniqueConstraint("kind", "version", name="uq_document_templates_kind_version"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    kind: str = Field(max_length=20, index=True)
    version: int
    title: str = Field(max_length=200)
    clauses: list = Field(sa_column=Column(JSON, nullable=False))
    note: str | None = Field(default=None, max_length=5000)
    # The user who published it (the audit trail has the rest). No foreign key: a seeded row
    # must not go with the users table (PostgreSQL's TRUNCATE … CASCADE in the tests' clean-up).
    published_by: uuid.UUID | None = None
    published_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class TemplateClause(InputModel):
    title: ShortText
    text: LongText = PydanticField(min_length=1)


EXAMPLE_TEMPLATE = {
    "title": "Convention de prêt de matériel informatique",
    "note": "Article 5 : déclaration de vol sous 48 heures",
    "clauses": [
        {
            "title": "Objet",
            "text": "La Ville met à disposition de l'association, à titre gratuit, le matériel "
            "informatique désigné ci-dessous pour l'accueil du public de son espace.",
        },
        {
            "title": "Perte et vol",
            "text": "Toute perte ou tout vol est déclaré à la Ville sous 48 heures, avec le "
            "récépissé de la plainte.",
        },
    ],
}


class DocumentTemplatePublish(InputModel):
    title: ShortText
    clauses: list[TemplateClause] = PydanticField(min_length=1, max_length=MAX_CLAUSES)
    note: LongText | None = None

    model_config = {"json_schema_extra": {"examples": [EXAMPLE_TEMPLATE]}}

    @model_validator(mode="after")
    def _distinct_titles(self) -> "DocumentTemplatePublish":
        titles = [clause.title for clause in self.clauses]
        repeated = sorted({t for t in titles if titles.count(t) > 1})
        if repeated:
            raise ValueError(f"clause titles repeat: {', '.join(repeated)}")
        return self


class TemplateClauseRead(OutputModel):
    title: str
    text: str


class DocumentTemplateRead(OutputModel):
    kind: DocumentTemplateKind
    version: int
    title: str
    clauses: list[TemplateClauseRead] = PydanticField(max_length=MAX_CLAUSES)
    note: str | None
    published_at: datetime

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "kind": "loan_agreement",
                    "version": 2,
                    **EXAMPLE_TEMPLATE,
                    "published_at": "2026-12-03T09:00:00Z",
                }
            ]
        }
    }
