"""Partners: the maintenance operator, the training provider (ANIS) and others.

The table exists from the identity work on (partner users belong to one); its full resource and
the operator's service-level contract come with the maintenance issue.
"""

import uuid
from datetime import datetime
from enum import StrEnum

from sqlmodel import Field

from app.core.vocabulary import vocabulary
from app.models.base import ArchivableTable, InputModel, OutputModel, UpdateModel, enum_check
from app.models.validators import Email, Phone, ShortText


@vocabulary(
    "partner_kind",
    "Type de partenaire",
    {
        "maintenance_operator": ("Opérateur de maintenance", "Maintenance operator"),
        "training_provider": ("Organisme de formation", "Training provider"),
        "other": ("Autre partenaire", "Other partner"),
    },
    english="Kind of partner",
)
class PartnerKind(StrEnum):
    maintenance_operator = "maintenance_operator"
    training_provider = "training_provider"
    other = "other"


class Partner(ArchivableTable, table=True):
    __tablename__ = "partners"
    __table_args__ = (enum_check("kind", PartnerKind, "ck_partners_kind"),)

    name: str = Field(max_length=200, unique=True)
    kind: str = Field(max_length=32, index=True)
    contact_email: str | None = Field(default=None, max_length=254)
    contact_phone: str | None = Field(default=None, max_length=20)
    website: str | None = Field(default=None, max_length=300)


class PartnerCreate(InputModel):
    name: ShortText
    kind: PartnerKind
    contact_email: Email | None = None
    contact_phone: Phone | None = None
    website: ShortText | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "name": "ANIS — Association Numérique et Innovation Sociale",
                    "kind": "training_provider",
                    "contact_email": "contact@anis-asso.fr",
                }
            ]
        }
    }


class PartnerUpdate(UpdateModel):
    non_nullable = frozenset({"name", "kind"})
    name: ShortText | None = None
    kind: PartnerKind | None = None
    contact_email: Email | None = None
    contact_phone: Phone | None = None
    website: ShortText | None = None


class PartnerRead(OutputModel):
    id: uuid.UUID
    name: str
    kind: PartnerKind
    contact_email: str | None
    contact_phone: str | None
    website: str | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
