"""The documents' vocabularies: what a document is (its kind), its status, and the resources a
document may be attached to."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "document_kind",
    "Nature d'un document",
    {
        "loan_agreement": ("Convention de prêt", "Loan agreement"),
        "charter": ("Charte du label ENC", "ENC label charter"),
        "insurance_certificate": ("Attestation d'assurance", "Insurance certificate"),
        "welcome_booklet": ("Livret d'accueil", "Welcome booklet"),
        "development_plan": ("Plan de développement", "Development plan"),
        "meeting_minutes": ("Compte rendu de réunion", "Meeting minutes"),
        "other": ("Autre document", "Other document"),
    },
    english="Kind of document",
)
class DocumentKind(StrEnum):
    loan_agreement = "loan_agreement"
    charter = "charter"
    insurance_certificate = "insurance_certificate"
    welcome_booklet = "welcome_booklet"
    development_plan = "development_plan"
    meeting_minutes = "meeting_minutes"
    other = "other"


@vocabulary(
    "document_status",
    "État d'un document",
    {
        "active": ("En vigueur", "Active"),
        "archived": (
            "Archivé (conservé, plus de nouvelle version)",
            "Archived (kept, no new version)",
        ),
    },
    english="State of a document",
)
class DocumentStatus(StrEnum):
    active = "active"
    archived = "archived"


@vocabulary(
    "document_resource_type",
    "Ressource à laquelle un document est rattaché",
    {
        "loan_agreement": ("Convention de prêt", "Loan agreement"),
        "label_application": ("Demande de label", "Label application"),
        "development_plan": ("Plan de développement", "Development plan"),
        "meeting": ("Réunion", "Meeting"),
    },
    english="Resource a document belongs to",
)
class DocumentResourceType(StrEnum):
    loan_agreement = "loan_agreement"
    label_application = "label_application"
    development_plan = "development_plan"
    meeting = "meeting"


@vocabulary(
    "document_content_type",
    "Format de fichier accepté (reconnu par son contenu)",
    {
        "application/pdf": ("PDF", "PDF"),
        "image/png": ("Image PNG", "PNG image"),
        "image/jpeg": ("Image JPEG", "JPEG image"),
    },
    english="Accepted file format (recognised by its content)",
)
class DocumentContentType(StrEnum):
    pdf = "application/pdf"
    png = "image/png"
    jpeg = "image/jpeg"
