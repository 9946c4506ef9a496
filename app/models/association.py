"""Associations: the legal entities (comités de quartier, centres sociaux …) that run spaces."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import model_validator
from sqlmodel import Field

from app.core.vocabulary import vocabulary
from app.models.base import ArchivableTable, InputModel, OutputModel, UpdateModel, enum_check
from app.models.validators import Email, Phone, Postcode, Rna, ShortText, Siret


@vocabulary(
    "legal_form",
    "Forme juridique d'une association porteuse",
    {
        "association_1901": ("Association loi 1901", "Non-profit association (1901 law)"),
        "social_centre": ("Centre social", "Social centre"),
        "public_body": ("Établissement public", "Public body"),
        "cooperative": ("Coopérative (SCOP, SCIC)", "Cooperative"),
        "other": ("Autre", "Other"),
    },
    english="Legal form of a host association",
)
class LegalForm(StrEnum):
    association_1901 = "association_1901"
    social_centre = "social_centre"
    public_body = "public_body"
    cooperative = "cooperative"
    other = "other"


class Association(ArchivableTable, table=True):
    __tablename__ = "associations"
    __table_args__ = (enum_check("legal_form", LegalForm, "ck_associations_legal_form"),)

    name: str = Field(max_length=200, index=True)
    name_search: str = Field(max_length=200, index=True)
    legal_form: str = Field(max_length=32)
    siret: str | None = Field(default=None, max_length=14, unique=True)
    rna: str | None = Field(default=None, max_length=10, unique=True)
    street: str | None = Field(default=None, max_length=200)
    postcode: str | None = Field(default=None, max_length=5)
    city: str = Field(default="Roubaix", max_length=100)
    neighbourhood: str | None = Field(default=None, max_length=100, index=True)
    contact_email: str | None = Field(default=None, max_length=254)
    contact_phone: str | None = Field(default=None, max_length=20)


class AssociationFields(InputModel):
    legal_form: LegalForm = LegalForm.association_1901
    siret: Siret | None = None
    rna: Rna | None = None
    street: ShortText | None = None
    postcode: Postcode | None = None
    city: ShortText = "Roubaix"
    neighbourhood: ShortText | None = None
    contact_email: Email | None = None
    contact_phone: Phone | None = None


class AssociationCreate(AssociationFields):
    name: ShortText

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "name": "Comité de quartier de l'Epeule",
                    "legal_form": "association_1901",
                    "rna": "W595012345",
                    "street": "12 rue de l'Epeule",
                    "postcode": "59100",
                    "neighbourhood": "Epeule",
                    "contact_email": "contact@cq-epeule.fr",
                    "contact_phone": "03 20 00 00 00",
                }
            ]
        }
    }

    @model_validator(mode="after")
    def _one_identifier(self) -> "AssociationCreate":
        if not self.siret and not self.rna:
            raise ValueError("give the SIRET or the RNA number (the national directory needs one)")
        return self


class AssociationUpdate(UpdateModel):
    non_nullable = frozenset({"name", "legal_form", "city"})

    name: ShortText | None = None
    legal_form: LegalForm | None = None
    siret: Siret | None = None
    rna: Rna | None = None
    street: ShortText | None = None
    postcode: Postcode | None = None
    city: ShortText | None = None
    neighbourhood: ShortText | None = None
    contact_email: Email | None = None
    contact_phone: Phone | None = None

    model_config = {"json_schema_extra": {"examples": [{"contact_phone": "03 20 11 22 33"}]}}


class AssociationRead(OutputModel):
    id: uuid.UUID
    name: str
    legal_form: LegalForm
    siret: str | None
    rna: str | None
    street: str | None
    postcode: str | None
    city: str
    neighbourhood: str | None
    contact_email: str | None
    contact_phone: str | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
