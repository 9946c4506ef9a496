"""The label's vocabularies: criterion kinds, automatic rules, application and label statuses."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "label_criterion_kind",
    "Nature d'un critère du label",
    {
        "automatic": ("Vérifié sur les données", "Checked on live data"),
        "declarative": ("Déclaratif (pièce justificative)", "Declared, with a document"),
    },
    english="Nature of a label criterion",
)
class LabelCriterionKind(StrEnum):
    automatic = "automatic"
    declarative = "declarative"


@vocabulary(
    "label_rule",
    "Règle de calcul d'un critère automatique",
    {
        "dedicated_room": ("Une salle dédiée", "A dedicated room"),
        "weekly_opening_hours": (
            "Heures d'ouverture publiées par semaine (au moins N)",
            "Published opening hours a week (at least N)",
        ),
        "internet_connection": ("Une connexion internet", "An internet connection"),
        "computer_and_printer_networks": (
            "Réseaux informatique et d'impression",
            "Computer and printer networks",
        ),
        "valid_insurance": ("Assurance valide ce jour", "Insurance valid today"),
        "active_loan_agreement": ("Convention de prêt en vigueur", "Loan agreement in force"),
        "operational_workstations": (
            "Postes informatiques opérationnels (au moins N)",
            "Operational workstations (at least N)",
        ),
        "printers": ("Imprimantes en service (au moins N)", "Printers in service (at least N)"),
        "trained_volunteer": (
            "Accompagnateurs affectés formés par l'organisme de formation (au moins N)",
            "Assigned volunteers trained by the training provider (at least N)",
        ),
        "monthly_visits": (
            "Visites comptées chacun des N derniers mois",
            "Visits recorded in each of the last N months",
        ),
        "no_long_breached_ticket": (
            "Aucun ticket de maintenance hors délai depuis plus de N jours",
            "No maintenance ticket breached for more than N days",
        ),
    },
    english="How an automatic label criterion is computed",
)
class LabelRule(StrEnum):
    dedicated_room = "dedicated_room"
    weekly_opening_hours = "weekly_opening_hours"
    internet_connection = "internet_connection"
    computer_and_printer_networks = "computer_and_printer_networks"
    valid_insurance = "valid_insurance"
    active_loan_agreement = "active_loan_agreement"
    operational_workstations = "operational_workstations"
    printers = "printers"
    trained_volunteer = "trained_volunteer"
    monthly_visits = "monthly_visits"
    no_long_breached_ticket = "no_long_breached_ticket"


@vocabulary(
    "label_application_status",
    "État d'une demande de label",
    {
        "draft": ("Brouillon", "Draft"),
        "submitted": ("Déposée", "Submitted"),
        "under_review": ("En cours d'instruction", "Under review"),
        "approved": ("Label accordé", "Approved"),
        "rejected": ("Refusée", "Rejected"),
        "changes_requested": ("Compléments demandés", "Changes requested"),
        "withdrawn": ("Retirée", "Withdrawn"),
    },
    english="State of a label application",
)
class LabelApplicationStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    under_review = "under_review"
    approved = "approved"
    rejected = "rejected"
    changes_requested = "changes_requested"
    withdrawn = "withdrawn"


# An application in one of these is being worked on: a space has at most one at a time.
OPEN_STATUSES = ("draft", "submitted", "under_review", "changes_requested")


@vocabulary(
    "label_status",
    "État du label d'un lieu",
    {
        "none": ("Non labellisé", "Not labelled"),
        "valid": ("Labellisé", "Labelled"),
        "expired": ("Label expiré", "Label expired"),
        "space_closed": ("Lieu fermé", "Space closed"),
    },
    english="State of a space's label",
)
class LabelStatus(StrEnum):
    none = "none"
    valid = "valid"
    expired = "expired"
    space_closed = "space_closed"  # computed on read: the space closed, the label no longer holds
