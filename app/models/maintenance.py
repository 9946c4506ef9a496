"""Maintenance: the operator's contract (SLA per priority), tickets and their timeline."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from pydantic import model_validator
from sqlalchemy import JSON, Column, ForeignKey, Index
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.core.vocabulary import vocabulary
from app.models.base import InputModel, OutputModel, TimestampedTable, UpdateModel, enum_check
from app.models.validators import LongText, ShortText


@vocabulary(
    "ticket_priority",
    "Priorité d'un ticket de maintenance",
    {
        "low": ("Basse", "Low"),
        "normal": ("Normale", "Normal"),
        "high": ("Haute", "High"),
        "urgent": ("Urgente", "Urgent"),
    },
    english="Priority of a maintenance ticket",
)
class TicketPriority(StrEnum):
    low = "low"
    normal = "normal"
    high = "high"
    urgent = "urgent"


@vocabulary(
    "ticket_category",
    "Catégorie d'un ticket de maintenance",
    {
        "hardware": ("Matériel informatique", "Hardware"),
        "printer": ("Imprimante", "Printer"),
        "network_internet": ("Réseau / connexion internet", "Network / internet"),
        "software": ("Logiciel", "Software"),
        "account": ("Compte / accès", "Account / access"),
        "other": ("Autre", "Other"),
    },
    english="Category of a maintenance ticket",
)
class TicketCategory(StrEnum):
    hardware = "hardware"
    printer = "printer"
    network_internet = "network_internet"
    software = "software"
    account = "account"
    other = "other"


@vocabulary(
    "ticket_status",
    "État d'un ticket de maintenance",
    {
        "new": ("Nouveau", "New"),
        "acknowledged": ("Pris en compte", "Acknowledged"),
        "in_progress": ("En cours", "In progress"),
        "waiting_requester": ("En attente du demandeur", "Waiting for requester"),
        "waiting_parts": ("En attente de pièces", "Waiting for parts"),
        "resolved": ("Résolu", "Resolved"),
        "closed": ("Clos", "Closed"),
        "cancelled": ("Annulé", "Cancelled"),
    },
    english="State of a maintenance ticket",
)
class TicketStatus(StrEnum):
    new = "new"
    acknowledged = "acknowledged"
    in_progress = "in_progress"
    waiting_requester = "waiting_requester"
    waiting_parts = "waiting_parts"
    resolved = "resolved"
    closed = "closed"
    cancelled = "cancelled"


@vocabulary(
    "sla_clock",
    "Décompte des délais contractuels",
    {
        "business": (
            "Heures ouvrées (lun.–ven. 9 h–18 h, hors jours fériés)",
            "Business hours (Mon–Fri 9:00–18:00, public holidays excluded)",
        ),
        "calendar": ("Heures calendaires", "Calendar hours"),
    },
    english="Countdown of the contractual response times",
)
class SlaClock(StrEnum):
    business = "business"
    calendar = "calendar"


@vocabulary(
    "ticket_event_kind",
    "Événement d'un ticket",
    {
        "created": ("Création", "Created"),
        "status_changed": ("Changement d'état", "Status changed"),
        "assigned": ("Affectation", "Assigned"),
        "priority_changed": ("Changement de priorité", "Priority changed"),
        "comment": ("Commentaire", "Comment"),
        "equipment_sent_to_repair": ("Matériel envoyé en réparation", "Equipment sent to repair"),
        "equipment_back_from_repair": (
            "Matériel revenu de réparation",
            "Equipment back from repair",
        ),
    },
    english="Event on a ticket",
)
class TicketEventKind(StrEnum):
    created = "created"
    status_changed = "status_changed"
    assigned = "assigned"
    priority_changed = "priority_changed"
    comment = "comment"
    equipment_sent_to_repair = "equipment_sent_to_repair"
    equipment_back_from_repair = "equipment_back_from_repair"


class MaintenanceContract(TimestampedTable, table=True):
    """An operator's contracted response times, one pair per priority."""

    __tablename__ = "maintenance_contracts"
    __table_args__ = (enum_check("clock", SlaClock, "ck_maintenance_contracts_clock"),)

    partner_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("partners.id"), nullable=False, unique=True)
    )
    clock: str = Field(default=SlaClock.business, max_length=16)
    # The operator every space without its own contracted operator uses (one at most).
    is_network_default: bool = False
    terms: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class MaintenanceTicket(TimestampedTable, table=True):
    __tablename__ = "maintenance_tickets"
    __table_args__ = (
        enum_check("status", TicketStatus, "ck_maintenance_tickets_status"),
        enum_check("priority", TicketPriority, "ck_maintenance_tickets_priority"),
        enum_check("category", TicketCategory, "ck_maintenance_tickets_category"),
        Index("ix_maintenance_tickets_operator_status", "operator_id", "status"),
        Index("ix_maintenance_tickets_space_created", "space_id", "created_at"),
    )

    space_id: uuid.UUID = Field(sa_column=Column(ForeignKey("spaces.id"), nullable=False))
    association_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("associations.id"), nullable=False, index=True)
    )
    equipment_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("equipment.id"), index=True)
    )
    operator_id: uuid.UUID = Field(sa_column=Column(ForeignKey("partners.id"), nullable=False))
    requester_id: uuid.UUID | None = Field(
        default=None, sa_column=Column(ForeignKey("users.id"), index=True)
    )
    assignee_id: uuid.UUID | None = Field(default=None, sa_column=Column(ForeignKey("users.id")))
    category: str = Field(max_length=32)
    title: str = Field(max_length=200)
    description: str = Field(max_length=5000)
    priority: str = Field(max_length=16)
    status: str = Field(default=TicketStatus.new, max_length=24, index=True)
    solution: str | None = Field(default=None, max_length=5000)
    clock: str = Field(default=SlaClock.business, max_length=16)
    acknowledge_hours: float
    resolve_hours: float
    acknowledge_due_at: datetime = Field(sa_type=UTCDateTime, index=True)
    resolve_due_at: datetime = Field(sa_type=UTCDateTime, index=True)
    acknowledged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # While waiting for the requester the resolve clock stops: when it started, and how much
    # clock time all pauses so far took (added to the resolve deadline).
    paused_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    paused_seconds: float = 0
    equipment_in_repair: bool = False


class TicketEvent(SQLModel, table=True):
    """The append-only timeline of a ticket."""

    __tablename__ = "maintenance_ticket_events"
    __table_args__ = (Index("ix_ticket_events_ticket", "ticket_id", "occurred_at"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    ticket_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("maintenance_tickets.id"), nullable=False)
    )
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    actor_user_id: uuid.UUID | None = None
    kind: str = Field(max_length=32)
    internal: bool = False
    from_status: str | None = Field(default=None, max_length=24)
    to_status: str | None = Field(default=None, max_length=24)
    body: str | None = Field(default=None, max_length=5000)
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


# ---- request and response shapes -------------------------------------------------------------


class SlaTerm(InputModel):
    acknowledge_hours: float = PydanticField(gt=0, le=24 * 90)
    resolve_hours: float = PydanticField(gt=0, le=24 * 365)

    @model_validator(mode="after")
    def _ack_first(self) -> "SlaTerm":
        if self.resolve_hours < self.acknowledge_hours:
            raise ValueError("resolve_hours cannot be shorter than acknowledge_hours")
        return self


class ContractTerms(InputModel):
    low: SlaTerm
    normal: SlaTerm
    high: SlaTerm
    urgent: SlaTerm


class MaintenanceContractWrite(InputModel):
    clock: SlaClock = SlaClock.business
    is_network_default: bool = False
    terms: ContractTerms

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "clock": "business",
                    "is_network_default": True,
                    "terms": {
                        "low": {"acknowledge_hours": 16, "resolve_hours": 72},
                        "normal": {"acknowledge_hours": 8, "resolve_hours": 36},
                        "high": {"acknowledge_hours": 4, "resolve_hours": 16},
                        "urgent": {"acknowledge_hours": 1, "resolve_hours": 8},
                    },
                }
            ]
        }
    }


class MaintenanceContractRead(OutputModel):
    partner_id: uuid.UUID
    clock: SlaClock
    is_network_default: bool
    terms: ContractTerms
    updated_at: datetime


class TicketCreate(InputModel):
    space_id: uuid.UUID
    equipment_id: uuid.UUID | None = None
    category: TicketCategory
    title: ShortText
    description: LongText = PydanticField(min_length=1)
    priority: TicketPriority = TicketPriority.normal

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "space_id": "6f1c2b1e-0000-4000-8000-000000000002",
                    "category": "printer",
                    "title": "L'imprimante n'imprime plus les attestations CAF",
                    "description": "Bourrage papier répété depuis lundi, voyant orange fixe.",
                    "priority": "high",
                }
            ]
        }
    }


class TicketUpdate(UpdateModel):
    non_nullable = frozenset({"title", "description", "priority"})
    title: ShortText | None = None
    description: LongText | None = None
    priority: TicketPriority | None = None
    assignee_id: uuid.UUID | None = None

    model_config = {"json_schema_extra": {"examples": [{"priority": "urgent"}]}}


class TicketTransition(InputModel):
    to: TicketStatus
    comment: LongText | None = PydanticField(
        default=None,
        description="Required for `resolved` (the solution) and to refuse a "
        "solution (back to `in_progress`).",
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "to": "resolved",
                    "comment": "Rouleau d'entraînement remplacé, test d'impression OK.",
                }
            ]
        }
    }


class TicketCommentCreate(InputModel):
    body: LongText = PydanticField(min_length=1)
    internal: bool = PydanticField(
        default=False, description="Seen only by the operator and the city."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"body": "Pièce commandée chez le fournisseur, livraison jeudi.", "internal": False}
            ]
        }
    }


class TicketSpace(OutputModel):
    id: uuid.UUID
    name: str
    street: str
    postcode: str
    city: str


class TicketRead(OutputModel):
    id: uuid.UUID
    space_id: uuid.UUID
    space: TicketSpace
    association_id: uuid.UUID
    equipment_id: uuid.UUID | None
    operator_id: uuid.UUID
    requester_id: uuid.UUID | None
    assignee_id: uuid.UUID | None
    category: TicketCategory
    title: str
    description: str
    priority: TicketPriority
    status: TicketStatus
    allowed_transitions: list[TicketStatus] = PydanticField(max_length=len(TicketStatus))
    solution: str | None
    clock: SlaClock
    acknowledge_due_at: datetime
    resolve_due_at: datetime
    acknowledged_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    cancelled_at: datetime | None
    sla_paused: bool
    acknowledge_breached: bool
    resolve_breached: bool
    breached: bool
    equipment_in_repair: bool
    created_at: datetime
    updated_at: datetime


class TicketEventRead(OutputModel):
    id: uuid.UUID
    ticket_id: uuid.UUID
    occurred_at: datetime
    actor_user_id: uuid.UUID | None
    kind: TicketEventKind
    internal: bool
    from_status: TicketStatus | None
    to_status: TicketStatus | None
    body: str | None
    data: dict


# ---- statistics ---------------------------------------------------------------------------------


# One row of `/stats/maintenance`: the `group_by` keys present, null for the others.
class MaintenanceStatsRow(OutputModel):
    operator_id: str | None = None
    space_id: str | None = None
    month: str | None = None
    opened: int
    resolved: int
    acknowledge_hours_median: float | None
    acknowledge_hours_p90: float | None
    resolve_hours_median: float | None
    resolve_hours_p90: float | None
    breached: int
    breach_rate: float | None
