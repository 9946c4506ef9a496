"""Equipment's request shapes (items, import rows, movements, loan agreements) and response shapes
(the same, and the equipment statistics)."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import WithJsonSchema, model_validator

from app.models.base import NETWORK_MAX_ITEMS, InputModel, OutputModel, UpdateModel
from app.models.equipment.vocab import (
    AgeBand,
    EquipmentKind,
    EquipmentStatus,
    FundingSource,
    LoanAgreementStatus,
    MovementKind,
)
from app.models.validators import LongText, ShortText

InventoryNumber = PydanticField(
    default=None,
    min_length=1,
    max_length=32,
    pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$",
    description="Unique; generated as `ENC-<year>-<seq>` when left out.",
)
SerialNumber = PydanticField(
    default=None, min_length=1, max_length=100, description="Unique when present."
)
# Euros with cents: read as a number or a decimal string, written as a string ("649.00").
EUROS_TEXT = {"type": "string", "pattern": r"^\d{1,7}(\.\d{1,2})?$", "maxLength": 10}
Euros = Annotated[
    Decimal,
    WithJsonSchema(
        {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1000000}, EUROS_TEXT]},
        mode="validation",
    ),
    WithJsonSchema({**EUROS_TEXT, "pattern": r"^\d{1,7}\.\d{2}$"}, mode="serialization"),
]
PurchaseValue = PydanticField(
    default=None, ge=0, le=Decimal("1000000"), decimal_places=2, description="In euros."
)
Brand = PydanticField(default=None, min_length=1, max_length=100)
Model = PydanticField(default=None, min_length=1, max_length=100)


class EquipmentFields(InputModel):
    serial_number: str | None = SerialNumber
    brand: str | None = Brand
    model: str | None = Model
    acquired_on: date | None = None
    purchase_value: Euros | None = PurchaseValue
    notes: LongText | None = None


EXAMPLE_EQUIPMENT = {
    "kind": "desktop",
    "serial_number": "CZC1234XYZ",
    "brand": "HP",
    "model": "ProDesk 400 G7",
    "funding_source": "assoclic",
    "acquired_on": "2025-09-15",
    "purchase_value": "649.00",
    "notes": "Lot ASSOCLIC 2025, poste n°3",
}


class EquipmentCreate(EquipmentFields):
    kind: EquipmentKind
    funding_source: FundingSource
    inventory_number: str | None = InventoryNumber

    model_config = {"json_schema_extra": {"examples": [EXAMPLE_EQUIPMENT]}}


class EquipmentUpdate(EquipmentFields, UpdateModel):
    non_nullable = frozenset({"kind", "funding_source"})

    kind: EquipmentKind | None = None
    funding_source: FundingSource | None = None

    model_config = {"json_schema_extra": {"examples": [{"notes": "Clavier remplacé"}]}}


class EquipmentImportRow(EquipmentFields):
    """One line of `POST /equipment/import`: the inventory number is the idempotency key."""

    inventory_number: str = PydanticField(
        min_length=1, max_length=32, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$"
    )
    kind: EquipmentKind
    funding_source: FundingSource


class EquipmentRead(OutputModel):
    id: uuid.UUID
    kind: EquipmentKind
    inventory_number: str
    serial_number: str | None
    brand: str | None
    model: str | None
    funding_source: FundingSource
    acquired_on: date | None
    purchase_value: Euros | None
    status: EquipmentStatus
    space_id: uuid.UUID | None
    loan_agreement_id: uuid.UUID | None
    notes: str | None
    allowed_movements: list[MovementKind] = PydanticField(
        max_length=len(MovementKind),
        description="The movements the caller may make with this item now.",
    )
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None


class MovementCreate(InputModel):
    kind: MovementKind
    space_id: uuid.UUID | None = PydanticField(
        default=None, description="The space to allocate or transfer to (those two only)."
    )
    reason: LongText | None = PydanticField(default=None, description="Required to retire.")

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"kind": "allocate", "space_id": "6f1c2b1e-0000-4000-8000-000000000002"},
                {"kind": "transfer", "space_id": "6f1c2b1e-0000-4000-8000-000000000003"},
                {"kind": "return_to_stock"},
                {"kind": "send_to_repair", "reason": "Écran noir au démarrage"},
                {"kind": "retire", "reason": "Carte mère hors service, irréparable"},
                {"kind": "declare_lost", "reason": "Vol signalé le 3 mars (plainte n°1234)"},
            ]
        }
    }


class MovementRead(OutputModel):
    id: uuid.UUID
    equipment_id: uuid.UUID
    kind: MovementKind
    from_status: EquipmentStatus
    to_status: EquipmentStatus
    from_space_id: uuid.UUID | None
    to_space_id: uuid.UUID | None
    loan_agreement_id: uuid.UUID | None
    reason: str | None
    actor_user_id: uuid.UUID | None
    actor_api_key_id: uuid.UUID | None
    occurred_at: datetime


class LoanAgreementFields(InputModel):
    notes: LongText | None = None


class LoanAgreementCreate(LoanAgreementFields):
    association_id: uuid.UUID
    reference: str = PydanticField(min_length=1, max_length=64)
    starts_on: date
    ends_on: date

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "association_id": "6f1c2b1e-0000-4000-8000-000000000001",
                    "reference": "CP-2026-012",
                    "starts_on": "2026-01-01",
                    "ends_on": "2028-12-31",
                    "notes": "Convention de prêt du lot ASSOCLIC 2025",
                }
            ]
        }
    }

    @model_validator(mode="after")
    def _ordered(self) -> "LoanAgreementCreate":
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on must be on or after starts_on")
        return self


class LoanAgreementUpdate(LoanAgreementFields, UpdateModel):
    """Only a draft's terms change; once sent for signature they are fixed."""

    non_nullable = frozenset({"reference", "starts_on", "ends_on"})

    reference: str | None = PydanticField(default=None, min_length=1, max_length=64)
    starts_on: date | None = None
    ends_on: date | None = None

    model_config = {"json_schema_extra": {"examples": [{"ends_on": "2029-06-30"}]}}


class LoanAgreementTransition(InputModel):
    to: LoanAgreementStatus
    reason: LongText | None = PydanticField(
        default=None, description="Required to terminate or decline."
    )
    signed_by: ShortText | None = PydanticField(
        default=None,
        description="Who signed for the association (to activate); default the name on the "
        "association's signature of the agreement's document.",
    )
    signed_on: date | None = PydanticField(
        default=None,
        description="When it was signed (to activate); default the date of the later of the "
        "two signatures (the city's and the association's).",
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"to": "pending_signature"},
                {"to": "active", "signed_by": "Mme Martin, présidente", "signed_on": "2026-01-05"},
                {"to": "terminated", "reason": "Fermeture de l'ENC"},
            ]
        }
    }


class LoanAgreementRead(OutputModel):
    id: uuid.UUID
    association_id: uuid.UUID
    reference: str
    starts_on: date
    ends_on: date
    status: LoanAgreementStatus = PydanticField(
        description="Effective status: an active agreement past its end date reads `ended`."
    )
    allowed_transitions: list[LoanAgreementStatus] = PydanticField(
        max_length=len(LoanAgreementStatus)
    )
    signed_on: date | None
    signed_by: str | None
    terminated_on: date | None
    reason: str | None
    notes: str | None
    equipment_count: int = PydanticField(
        description="Items allocated under this agreement now (allocated or in repair)."
    )
    created_at: datetime
    updated_at: datetime


class CountsByKindStatus(OutputModel):
    total: int
    by_kind: dict[EquipmentKind, int]
    by_status: dict[EquipmentStatus, int]


class SpaceEquipmentSummary(CountsByKindStatus):
    space_id: uuid.UUID
    operational_workstations: int = PydanticField(
        description="Desktops and laptops allocated here (not in repair)."
    )
    printers: int = PydanticField(description="Printers allocated here (not in repair).")


class SpaceEquipmentStats(CountsByKindStatus):
    space_id: uuid.UUID
    space_name: str


class AssociationEquipmentStats(CountsByKindStatus):
    association_id: uuid.UUID
    association_name: str
    spaces: list[SpaceEquipmentStats] = PydanticField(max_length=NETWORK_MAX_ITEMS)


class RenewalCandidate(OutputModel):
    id: uuid.UUID
    inventory_number: str
    kind: EquipmentKind
    status: EquipmentStatus
    acquired_on: date
    space_id: uuid.UUID | None


class EquipmentStats(OutputModel):
    as_of: date
    older_than_years: int
    totals: CountsByKindStatus
    at_no_space: CountsByKindStatus = PydanticField(
        description="Items at no space: in the city's stock, in repair from it, retired, lost."
    )
    associations: list[AssociationEquipmentStats] = PydanticField(max_length=NETWORK_MAX_ITEMS)
    age_distribution: dict[AgeBand, int] = PydanticField(
        description="Items in service (not retired nor lost) by age since acquisition."
    )
    to_renew_count: int
    to_renew: list[RenewalCandidate] = PydanticField(
        max_length=200,  # RENEWAL_LIST_LIMIT
        description="In-service items acquired at least `older_than_years` ago, oldest first "
        "(the first 200).",
    )
