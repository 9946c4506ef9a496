"""Engagements' codes: who the person is at the space (kind) and where the engagement stands
(status); each a vocabulary with its French labels, served by `/vocabularies`."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "engagement_kind",
    "Type d'engagement d'un accompagnateur dans un lieu",
    {
        "volunteer": ("Bénévole", "Volunteer"),
        "service_civique": ("Volontaire en Service Civique", "Service Civique volunteer"),
        "employee": ("Salarié", "Employee"),
        "public_writer": ("Écrivain public", "Public writer"),
    },
    english="Kind of engagement of an accompagnateur at a space",
)
class EngagementKind(StrEnum):
    volunteer = "volunteer"
    service_civique = "service_civique"
    employee = "employee"
    public_writer = "public_writer"


@vocabulary(
    "engagement_status",
    "État d'un engagement",
    {
        "planned": ("Prévu (pas encore commencé)", "Planned (not started yet)"),
        "active": ("En cours", "Active"),
        "ended": ("Terminé", "Ended"),
        "cancelled": ("Annulé avant d'avoir commencé", "Cancelled before it started"),
    },
    english="State of an engagement",
)
class EngagementStatus(StrEnum):
    planned = "planned"
    active = "active"
    ended = "ended"
    cancelled = "cancelled"
