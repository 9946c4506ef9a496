"""Insurance certificates of the spaces (issue 19 item 5): an uploaded document of kind
`insurance_certificate` and what it says, pending until the city confirms or rejects it; a
confirmed one sets the space's premises insurance and backs the label's insurance criterion."""

from app.models.insurance.schemas import (
    InsuranceCertificateCreate,
    InsuranceCertificateRead,
    InsuranceCertificateRejection,
)
from app.models.insurance.tables import InsuranceCertificate
from app.models.insurance.vocab import InsuranceCertificateStatus

__all__ = [
    "InsuranceCertificate",
    "InsuranceCertificateCreate",
    "InsuranceCertificateRead",
    "InsuranceCertificateRejection",
    "InsuranceCertificateStatus",
]
