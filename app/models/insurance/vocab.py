"""The insurance certificates' vocabulary: where the city stands on one."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "insurance_certificate_status",
    "État d'une attestation d'assurance",
    {
        "pending": ("En attente de vérification par la Ville", "Awaiting the city's check"),
        "confirmed": ("Confirmée par la Ville", "Confirmed by the city"),
        "rejected": ("Refusée par la Ville", "Rejected by the city"),
    },
    english="State of an insurance certificate",
)
class InsuranceCertificateStatus(StrEnum):
    pending = "pending"
    confirmed = "confirmed"
    rejected = "rejected"
