"""Recruitment's vocabularies: a job description's kind, status and skill levels; a mission's
status; an application's status and the typed reasons it is declined."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "job_kind",
    "Nature d'un poste d'accompagnateur",
    {
        "volunteer": ("Bénévole", "Volunteer"),
        "service_civique": ("Volontaire en Service Civique", "Service Civique volunteer"),
        "employee": ("Salarié (animateur multimédia)", "Employee (multimedia animator)"),
        "public_writer": ("Écrivain public", "Public writer"),
    },
    english="Kind of accompagnateur position",
)
class JobKind(StrEnum):
    volunteer = "volunteer"
    service_civique = "service_civique"
    employee = "employee"
    public_writer = "public_writer"


@vocabulary(
    "job_description_status",
    "État d'une fiche de poste",
    {
        "draft": ("Brouillon", "Draft"),
        "published": ("Publiée", "Published"),
        "archived": ("Archivée", "Archived"),
    },
    english="State of a job description",
)
class JobDescriptionStatus(StrEnum):
    draft = "draft"
    published = "published"
    archived = "archived"


@vocabulary(
    "skill_level",
    "Niveau attendu sur un savoir",
    {
        "awareness": ("Notions", "Awareness"),
        "practitioner": ("Pratique autonome", "Practises it alone"),
        "trainer": ("Sait le transmettre", "Can pass it on"),
    },
    english="Level expected in a skill",
)
class SkillLevel(StrEnum):
    awareness = "awareness"
    practitioner = "practitioner"
    trainer = "trainer"


@vocabulary(
    "mission_status",
    "État d'une mission",
    {
        "draft": ("Brouillon", "Draft"),
        "open": ("Ouverte aux candidatures", "Open to applications"),
        "filled": ("Pourvue", "Filled"),
        "closed": ("Close", "Closed"),
        "cancelled": ("Annulée", "Cancelled"),
    },
    english="State of a mission",
)
class MissionStatus(StrEnum):
    draft = "draft"
    open = "open"
    filled = "filled"
    closed = "closed"
    cancelled = "cancelled"


@vocabulary(
    "application_status",
    "État d'une candidature",
    {
        "received": ("Reçue", "Received"),
        "contacted": ("Candidat contacté", "Applicant contacted"),
        "interview": ("Entretien", "Interview"),
        "accepted": ("Acceptée", "Accepted"),
        "declined": ("Refusée", "Declined"),
        "withdrawn": ("Retirée par le candidat", "Withdrawn by the applicant"),
    },
    english="State of an application",
)
class ApplicationStatus(StrEnum):
    received = "received"
    contacted = "contacted"
    interview = "interview"
    accepted = "accepted"
    declined = "declined"
    withdrawn = "withdrawn"


@vocabulary(
    "decline_reason",
    "Motif de refus d'une candidature",
    {
        "mission_filled": ("Mission déjà pourvue", "Mission already filled"),
        "profile_mismatch": ("Profil ne correspondant pas", "Profile does not match"),
        "availability_mismatch": ("Disponibilités incompatibles", "Availability does not match"),
        "prerequisites_missing": ("Prérequis non remplis", "Prerequisites not met"),
        "applicant_unreachable": ("Candidat injoignable", "Applicant unreachable"),
        "other": ("Autre motif", "Other reason"),
    },
    english="Reason an application was declined",
)
class DeclineReason(StrEnum):
    mission_filled = "mission_filled"
    profile_mismatch = "profile_mismatch"
    availability_mismatch = "availability_mismatch"
    prerequisites_missing = "prerequisites_missing"
    applicant_unreachable = "applicant_unreachable"
    other = "other"
