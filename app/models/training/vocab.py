"""Training's fixed codes: the six seeded savoirs (with their stable ids) and the vocabularies of
audiences, session and enrolment statuses, attendance."""

import uuid
from enum import StrEnum

from app.core.vocabulary import vocabulary

# The six savoirs of the collective action with ANIS: stable codes, seeded by migration 0004.
SEED_SKILLS: dict[str, tuple[str, str]] = {
    "update-job-seeker-status": (
        "Actualiser sa situation de demandeur d'emploi (ex-ASSEDIC)",
        "Update one's job-seeker status (formerly ASSEDIC)",
    ),
    "read-caf-file": ("Lire son dossier CAF", "Read one's CAF (family benefits) file"),
    "simulate-rsa": ("Faire une simulation RSA", "Simulate RSA (minimum income) entitlement"),
    "simulate-housing-benefit": (
        "Faire une simulation d'Allocation Logement",
        "Simulate housing benefit entitlement",
    ),
    "print-attestations": (
        "Imprimer ses attestations ASSEDIC et CAF",
        "Print job-seeker and CAF attestations",
    ),
    "open-email-address": ("Ouvrir une adresse mél", "Open an e-mail address"),
}
SKILL_NAMESPACE = uuid.UUID("7c0f4e1a-5b1d-4d59-9a53-e2c1a0e5b6d1")


def seed_skill_id(code: str) -> uuid.UUID:
    """The same id for a seeded skill in every database (migration, demo, tests)."""
    return uuid.uuid5(SKILL_NAMESPACE, code)


@vocabulary(
    "training_audience",
    "Public d'une session de formation",
    {
        "accompagnateurs": (
            "Accompagnateurs (bénévoles, animateurs, salariés des espaces)",
            "Digital mediators (volunteers and staff of the spaces)",
        ),
        "residents": ("Habitants (atelier grand public)", "Residents (public workshop)"),
    },
    english="Audience of a training session",
)
class TrainingAudience(StrEnum):
    accompagnateurs = "accompagnateurs"
    residents = "residents"


@vocabulary(
    "training_session_status",
    "État d'une session de formation",
    {
        "scheduled": ("Programmée", "Scheduled"),
        "cancelled": ("Annulée", "Cancelled"),
        "completed": ("Réalisée", "Completed"),
    },
    english="State of a training session",
)
class TrainingSessionStatus(StrEnum):
    scheduled = "scheduled"
    cancelled = "cancelled"
    completed = "completed"


@vocabulary(
    "enrolment_status",
    "État d'une inscription à une formation",
    {
        "confirmed": ("Inscription confirmée", "Confirmed"),
        "waitlisted": ("Sur liste d'attente", "Waitlisted"),
        "cancelled": ("Inscription annulée", "Cancelled"),
    },
    english="State of an enrolment in a training session",
)
class EnrolmentStatus(StrEnum):
    confirmed = "confirmed"
    waitlisted = "waitlisted"
    cancelled = "cancelled"


@vocabulary(
    "attendance",
    "Présence à une session de formation",
    {
        "attended": ("Présent·e", "Attended"),
        "absent": ("Absent·e", "Absent"),
    },
    english="Attendance at a training session",
)
class Attendance(StrEnum):
    attended = "attended"
    absent = "absent"
