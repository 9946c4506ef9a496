"""Webhook subscriptions of the city (the Roubaix Numérique portal) and their deliveries.

Every piece of delivery state lives in these rows (what is due, when, claimed by whom until
when), so a dispatcher that dies loses nothing: another one picks the row up when its lease
has run out.
"""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from sqlalchemy import JSON, BigInteger, Column, ForeignKey, Index, Integer, text
from sqlmodel import Field

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.core.vocabulary import vocabulary
from app.models.base import (
    ArchivableTable,
    InputModel,
    OutputModel,
    TimestampedTable,
    UpdateModel,
    enum_check,
)
from app.models.validators import ShortText


@vocabulary(
    "webhook_event_type",
    "Type d'événement notifié par webhook",
    {
        "space.created": ("Lieu créé", "Space created"),
        "space.updated": ("Lieu modifié", "Space updated"),
        "space.archived": ("Lieu archivé", "Space archived"),
        "label.approved": ("Label accordé", "Label approved"),
        "label.expired": ("Label expiré", "Label expired"),
        "ticket.created": ("Ticket de maintenance ouvert", "Maintenance ticket created"),
        "ticket.status_changed": (
            "Ticket de maintenance : changement d'état", "Maintenance ticket status changed"),
        "training_session.created": ("Session de formation créée", "Training session created"),
        "training_session.cancelled": (
            "Session de formation annulée", "Training session cancelled"),
        "meeting.created": ("Réunion programmée", "Meeting scheduled"),
        "meeting.updated": ("Réunion modifiée (date, lieu)", "Meeting changed (time, place)"),
        "meeting.status_changed": ("Réunion : changement d'état", "Meeting status changed"),
        "meeting.minutes_published": (
            "Compte rendu de réunion publié (ou corrigé)",
            "Meeting minutes published (or corrected)"),
        "action.created": ("Action de suivi créée", "Follow-up action created"),
        "action.status_changed": (
            "Action de suivi : changement d'état", "Follow-up action status changed"),
        "subscription.expiring": (
            "Fin d'engagement d'un abonnement proche", "A subscription's commitment ends soon"),
        "document.created": ("Document déposé", "Document uploaded"),
        "document.version_added": (
            "Nouvelle version d'un document", "New version of a document"),
        "document.archived": ("Document archivé", "Document archived"),
        "document.signed": ("Document signé", "Document signed"),
        "insurance.expiring": (
            "Fin de validité d'une attestation d'assurance proche",
            "An insurance certificate ends soon"),
        "engagement.created": ("Engagement enregistré", "Engagement recorded"),
        "engagement.updated": (
            "Engagement modifié (dates, heures, tuteur)",
            "Engagement changed (dates, hours, tutor)"),
        "engagement.status_changed": (
            "Engagement : changement d'état (début, fin, annulation)",
            "Engagement status changed (start, end, cancellation)"),
        "equipment_request.submitted": (
            "Demande de matériel déposée", "Equipment request submitted"),
        "equipment_request.status_changed": (
            "Demande de matériel : changement d'état", "Equipment request status changed"),
        "allocation_plan.executed": (
            "Plan d'affectation exécuté (matériel affecté)", "Allocation plan executed"),
        "mission.opened": ("Mission ouverte aux candidatures", "Mission opened to applications"),
        "mission.status_changed": ("Mission : changement d'état", "Mission status changed"),
        "application.stale": (
            "Candidature sans réponse depuis trop longtemps", "Application left unanswered"),
        "import.finished": (
            "Import en tâche de fond terminé (réussi, échoué ou annulé)",
            "Background import finished (succeeded, failed or cancelled)"),
    },
    english="Type of event notified by webhook",
)
class WebhookEventType(StrEnum):
    space_created = "space.created"
    space_updated = "space.updated"
    space_archived = "space.archived"
    label_approved = "label.approved"
    label_expired = "label.expired"
    ticket_created = "ticket.created"
    ticket_status_changed = "ticket.status_changed"
    training_session_created = "training_session.created"
    training_session_cancelled = "training_session.cancelled"
    meeting_created = "meeting.created"
    meeting_updated = "meeting.updated"
    meeting_status_changed = "meeting.status_changed"
    meeting_minutes_published = "meeting.minutes_published"
    action_created = "action.created"
    action_status_changed = "action.status_changed"
    subscription_expiring = "subscription.expiring"
    document_created = "document.created"
    document_version_added = "document.version_added"
    document_archived = "document.archived"
    document_signed = "document.signed"
    insurance_expiring = "insurance.expiring"
    engagement_created = "engagement.created"
    engagement_updated = "engagement.updated"
    engagement_status_changed = "engagement.status_changed"
    equipment_request_submitted = "equipment_request.submitted"
    equipment_request_status_changed = "equipment_request.status_changed"
    allocation_plan_executed = "allocation_plan.executed"
    mission_opened = "mission.opened"
    mission_status_changed = "mission.status_changed"
    application_stale = "application.stale"
    import_finished = "import.finished"


PING_EVENT = "webhook.ping"


@vocabulary(
    "webhook_status",
    "État d'un abonnement webhook",
    {
        "active": ("Actif", "Active"),
        "disabled": ("Désactivé (après des échecs répétés ou par la ville)",
                     "Disabled (after repeated failures or by the city)"),
    },
    english="State of a webhook subscription",
)
class WebhookStatus(StrEnum):
    active = "active"
    disabled = "disabled"


@vocabulary(
    "webhook_delivery_status",
    "État d'un envoi de webhook",
    {
        "pending": ("En attente (ou nouvel essai prévu)", "Pending (or retry scheduled)"),
        "succeeded": ("Reçu (réponse 2xx)", "Delivered (2xx answer)"),
        "failed": ("Échoué (essai unique : ping)", "Failed (single attempt: ping)"),
    },
    english="State of a webhook delivery",
)
class WebhookDeliveryStatus(StrEnum):
    pending = "pending"
    succeeded = "succeeded"
    failed = "failed"


class WebhookSubscription(ArchivableTable, table=True):
    __tablename__ = "webhook_subscriptions"
    __table_args__ = (enum_check("status", WebhookStatus, "ck_webhook_subscriptions_status"),)

    url: str = Field(max_length=2000)
    description: str | None = Field(default=None, max_length=200)
    event_types: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Needed in clear to sign (HMAC); shown once at creation, never returned again.
    secret: str = Field(max_length=100)
    status: str = Field(default=WebhookStatus.active, max_length=16, index=True)
    consecutive_failures: int = Field(default=0, nullable=False)
    disabled_reason: str | None = Field(default=None, max_length=500)
    disabled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_success_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_failure_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Outbox events up to this sequence have been fanned out to this subscription (events after
    # it are checked one by one, so one that commits late is not skipped).
    outbox_watermark: int = Field(
        default=0, sa_column=Column(BigInteger().with_variant(Integer, "sqlite"), nullable=False)
    )


class WebhookDelivery(TimestampedTable, table=True):
    """One message to one subscription: an outbox event, a redelivery of one, or a ping."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        enum_check("status", WebhookDeliveryStatus, "ck_webhook_deliveries_status"),
        # An event is fanned out once per subscription (redeliveries are separate rows).
        Index(
            "uq_webhook_deliveries_subscription_event",
            "subscription_id",
            "event_id",
            unique=True,
            sqlite_where=text("redelivery_of IS NULL AND event_id IS NOT NULL"),
            postgresql_where=text("redelivery_of IS NULL AND event_id IS NOT NULL"),
        ),
        Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
        Index("ix_webhook_deliveries_order", "subscription_id", "resource_key", "event_sequence"),
        Index("ix_webhook_deliveries_log", "subscription_id", "created_at"),
    )

    subscription_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("webhook_subscriptions.id"), nullable=False)
    )
    event_id: uuid.UUID | None = None
    event_sequence: int | None = Field(
        default=None, sa_column=Column(BigInteger().with_variant(Integer, "sqlite"))
    )
    event_type: str = Field(max_length=64)
    resource_key: str | None = Field(default=None, max_length=140)
    # The `webhook-id` header: the same for every attempt and redelivery of one event, so
    # receivers can deduplicate.
    message_id: str = Field(max_length=64)
    body: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=WebhookDeliveryStatus.pending, max_length=16)
    attempts: int = Field(default=0, nullable=False)
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # A dispatcher holds the row until then; past it, the row is anybody's again.
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_status_code: int | None = None
    last_error: str | None = Field(default=None, max_length=500)
    last_duration_ms: int | None = None
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    redelivery_of: uuid.UUID | None = None


# ---- shapes ------------------------------------------------------------------------------------


class WebhookCreate(InputModel):
    url: str = PydanticField(
        min_length=8, max_length=2000,
        description="Where to POST events: https (http only outside production); private, "
        "loopback and link-local addresses are refused.",
    )
    event_types: list[WebhookEventType] = PydanticField(
        min_length=1, max_length=len(WebhookEventType)
    )
    description: ShortText | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "url": "https://portail.ville-roubaix.fr/hooks/enc",
                    "event_types": ["space.created", "space.updated", "space.archived"],
                    "description": "Portail Roubaix Numérique",
                }
            ]
        }
    }


class WebhookUpdate(UpdateModel):
    non_nullable = frozenset({"url", "event_types", "status"})

    url: str | None = PydanticField(default=None, min_length=8, max_length=2000)
    event_types: list[WebhookEventType] | None = PydanticField(
        default=None, min_length=1, max_length=len(WebhookEventType))
    description: ShortText | None = None
    status: WebhookStatus | None = PydanticField(
        default=None, description="`active` re-enables a disabled subscription (its pending "
        "deliveries resume, in order); `disabled` pauses it.")

    model_config = {"json_schema_extra": {"examples": [{"status": "active"}]}}


class WebhookRead(OutputModel):
    id: uuid.UUID
    url: str
    description: str | None
    event_types: list[WebhookEventType] = PydanticField(max_length=len(WebhookEventType))
    status: WebhookStatus
    consecutive_failures: int
    disabled_reason: str | None
    disabled_at: datetime | None
    last_success_at: datetime | None
    last_failure_at: datetime | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None


class WebhookCreated(WebhookRead):
    secret: str = PydanticField(
        description="The signing secret (`whsec_…`, Standard Webhooks). Shown once: keep it now."
    )


class WebhookDeliveryRead(OutputModel):
    id: uuid.UUID
    subscription_id: uuid.UUID
    message_id: str
    event_id: uuid.UUID | None
    event_type: str
    status: WebhookDeliveryStatus
    attempts: int
    next_attempt_at: datetime | None
    last_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None
    last_duration_ms: int | None
    delivered_at: datetime | None
    redelivery_of: uuid.UUID | None
    created_at: datetime


class WebhookPingResult(OutputModel):
    delivery: WebhookDeliveryRead
    ok: bool
