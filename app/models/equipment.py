"""Equipment lent by the city (ASSOCLIC, its own purchases), the loan agreements (conventions de
prêt) it is lent under, and the append-only movements that place it."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import WithJsonSchema, model_validator
from sqlalchemy import Column, ForeignKey, Index
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.core.vocabulary import vocabulary
from app.models.base import (
    NETWORK_MAX_ITEMS,
    ArchivableTable,
    InputModel,
    OutputModel,
    TimestampedTable,
    UpdateModel,
    enum_check,
)
from app.models.validators import LongText, ShortText


@vocabulary(
    "equipment_kind",
    "Type de matériel",
    {
        "desktop": ("Ordinateur fixe", "Desktop computer"),
        "laptop": ("Ordinateur portable", "Laptop"),
        "tablet": ("Tablette", "Tablet"),
        "printer": ("Imprimante", "Printer"),
        "scanner": ("Scanner", "Scanner"),
        "screen": ("Écran", "Screen"),
        "router": ("Routeur / box", "Router"),
        "other": ("Autre", "Other"),
    },
)
class EquipmentKind(StrEnum):
    desktop = "desktop"
    laptop = "laptop"
    tablet = "tablet"
    printer = "printer"
    scanner = "scanner"
    screen = "screen"
    router = "router"
    other = "other"


@vocabulary(
    "funding_source",
    "Origine du financement d'un matériel",
    {
        "assoclic": ("Appel à projets ASSOCLIC", "ASSOCLIC call for projects"),
        "city_purchase": ("Achat de la Ville", "City purchase"),
        "donation": ("Don", "Donation"),
        "other": ("Autre", "Other"),
    },
)
class FundingSource(StrEnum):
    assoclic = "assoclic"
    city_purchase = "city_purchase"
    donation = "donation"
    other = "other"


@vocabulary(
    "equipment_status",
    "État d'un matériel",
    {
        "in_stock": ("En stock (Ville)", "In stock (city)"),
        "allocated": ("Affecté à un lieu", "Allocated to a space"),
        "in_repair": ("En réparation", "In repair"),
        "retired": ("Réformé", "Retired"),
        "lost": ("Perdu ou volé", "Lost or stolen"),
    },
)
class EquipmentStatus(StrEnum):
    in_stock = "in_stock"
    allocated = "allocated"
    in_repair = "in_repair"
    retired = "retired"
    lost = "lost"


@vocabulary(
    "movement_kind",
    "Mouvement de matériel",
    {
        "allocate": ("Affectation à un lieu", "Allocate to a space"),
        "transfer": ("Transfert vers un autre lieu", "Transfer to another space"),
        "return_to_stock": ("Retour en stock", "Return to stock"),
        "send_to_repair": ("Envoi en réparation", "Send to repair"),
        "back_from_repair": ("Retour de réparation", "Back from repair"),
        "retire": ("Réforme", "Retire"),
        "declare_lost": ("Déclaration de perte ou de vol", "Declare lost or stolen"),
    },
)
class MovementKind(StrEnum):
    allocate = "allocate"
    transfer = "transfer"
    return_to_stock = "return_to_stock"
    send_to_repair = "send_to_repair"
    back_from_repair = "back_from_repair"
    retire = "retire"
    declare_lost = "declare_lost"


@vocabulary(
    "loan_agreement_status",
    "État d'une convention de prêt",
    {
        "draft": ("Brouillon", "Draft"),
        "pending_signature": ("En attente de signature", "Pending signature"),
        "active": ("En vigueur", "Active"),
        "ended": ("Arrivée à échéance", "Ended"),
        "terminated": ("Résiliée", "Terminated"),
        "declined": ("Refusée", "Declined"),
    },
)
class LoanAgreementStatus(StrEnum):
    draft = "draft"
    pending_signature = "pending_signature"
    active = "active"
    ended = "ended"
    terminated = "terminated"
    declined = "declined"


@vocabulary(
    "equipment_age_band",
    "Ancienneté d'un matériel",
    {
        "under_1": ("Moins d'un an", "Under 1 year"),
        "1_to_3": ("De 1 à 3 ans", "1 to 3 years"),
        "3_to_5": ("De 3 à 5 ans", "3 to 5 years"),
        "5_plus": ("5 ans et plus", "5 years and more"),
        "unknown": ("Date d'acquisition inconnue", "Acquisition date unknown"),
    },
)
class AgeBand(StrEnum):
    under_1 = "under_1"
    one_to_3 = "1_to_3"
    three_to_5 = "3_to_5"
    five_plus = "5_plus"
    unknown = "unknown"


# ---- tables -------------------------------------------------------------------------------------


class LoanAgreement(TimestampedTable, table=True):
    __tablename__ = "loan_agreements"
    __table_args__ = (
        enum_check("status", LoanAgreementStatus, "ck_loan_agreements_status"),
        Index("ix_loan_agreements_association_status", "association_id", "status"),
    )

    association_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("associations.id"), nullable=False, index=True)
    )
    reference: str = Field(max_length=64, unique=True)
    starts_on: date
    ends_on: date = Field(index=True)
    # The stored status; an active agreement past its end date reads as `ended` (see service).
    status: str = Field(default=LoanAgreementStatus.draft, max_length=20, index=True)
    signed_on: date | None = None
    signed_by: str | None = Field(default=None, max_length=200)
    terminated_on: date | None = None
    reason: str | None = Field(default=None, max_length=5000)
    notes: str | None = Field(default=None, max_length=5000)


class Equipment(ArchivableTable, table=True):
    __tablename__ = "equipment"
    __table_args__ = (
        enum_check("kind", EquipmentKind, "ck_equipment_kind"),
        enum_check("funding_source", FundingSource, "ck_equipment_funding_source"),
        enum_check("status", EquipmentStatus, "ck_equipment_status"),
    )

    kind: str = Field(max_length=16, index=True)
    inventory_number: str = Field(max_length=32, unique=True)
    serial_number: str | None = Field(default=None, max_length=100, unique=True)
    brand: str | None = Field(default=None, max_length=100, index=True)
    model: str | None = Field(default=None, max_length=100)
    funding_source: str = Field(max_length=16, index=True)
    acquired_on: date | None = Field(default=None, index=True)
    # Euro cents: exact on both backends without SQLite's lossy Decimal emulation.
    purchase_value_cents: int | None = None
    status: str = Field(default=EquipmentStatus.in_stock, max_length=16, index=True)
    space_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("spaces.id"), index=True)
    )
    # The agreement the item joined when it was allocated: what the agreement covers.
    loan_agreement_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("loan_agreements.id"), index=True)
    )
    notes: str | None = Field(default=None, max_length=5000)


class Movement(SQLModel, table=True):
    """Append-only: a row is written once per move and never updated nor deleted."""

    __tablename__ = "equipment_movements"
    __table_args__ = (
        enum_check("kind", MovementKind, "ck_equipment_movements_kind"),
        Index("ix_equipment_movements_equipment", "equipment_id", "occurred_at", "id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    equipment_id: uuid.UUID = Field(sa_column=Column(ForeignKey("equipment.id"), nullable=False))
    kind: str = Field(max_length=20)
    from_status: str = Field(max_length=16)
    to_status: str = Field(max_length=16)
    from_space_id: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("spaces.id")))
    to_space_id: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("spaces.id")))
    loan_agreement_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("loan_agreements.id"))
    )
    reason: str | None = Field(default=None, max_length=5000)
    actor_user_id: uuid.UUID | None = None
    actor_api_key_id: uuid.UUID | None = None
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


# ---- shapes -------------------------------------------------------------------------------------

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
        default=None, description="Who signed for the association (to activate)."
    )
    signed_on: date | None = PydanticField(
        default=None, description="When it was signed (to activate); default today."
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
