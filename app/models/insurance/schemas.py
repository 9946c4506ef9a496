"""Request and response shapes of insurance certificates."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import StringConstraints, model_validator

from app.models.base import InputModel, OutputModel
from app.models.insurance.vocab import InsuranceCertificateStatus
from app.models.validators import ShortText

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=2000)]

EXAMPLE_ID = "3e1d2c4b-5a69-4f7e-8d9c-0b1a2f3e4d5c"
EXAMPLE_DOCUMENT = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"


class InsuranceCertificateCreate(InputModel):
    """What the certificate says, with the uploaded document it is read from (`POST
    /documents` with kind `insurance_certificate` and this space first)."""

    document_id: uuid.UUID = PydanticField(
        description="An active document of kind `insurance_certificate` of this space."
    )
    insurer: ShortText
    policy_number: ShortText
    valid_from: date
    valid_until: date

    @model_validator(mode="after")
    def _validity(self) -> "InsuranceCertificateCreate":
        if self.valid_until < self.valid_from:
            raise ValueError("valid_until is before valid_from")
        return self

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "document_id": EXAMPLE_DOCUMENT,
                    "insurer": "MAIF",
                    "policy_number": "RC-2026-0042",
                    "valid_from": "2026-07-01",
                    "valid_until": "2027-06-30",
                }
            ]
        }
    }


class InsuranceCertificateRejection(InputModel):
    reason: Reason

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"reason": "L'attestation ne couvre pas les locaux de la rue Jean Moulin."}
            ]
        }
    }


class InsuranceCertificateRead(OutputModel):
    id: uuid.UUID
    space_id: uuid.UUID
    association_id: uuid.UUID
    document_id: uuid.UUID
    document_version: int = PydanticField(description="The document's version it was read from.")
    insurer: str
    policy_number: str
    valid_from: date
    valid_until: date
    status: InsuranceCertificateStatus
    rejection_reason: str | None
    decided_by: uuid.UUID | None
    decided_at: datetime | None
    created_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "id": EXAMPLE_ID,
                    "space_id": "0b6f1f1e-1c55-4c1e-9f8a-3a8c2b5d6e70",
                    "association_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                    "document_id": EXAMPLE_DOCUMENT,
                    "document_version": 1,
                    "insurer": "MAIF",
                    "policy_number": "RC-2026-0042",
                    "valid_from": "2026-07-01",
                    "valid_until": "2027-06-30",
                    "status": "confirmed",
                    "rejection_reason": None,
                    "decided_by": "5d2f8c1a-0e4b-4d7e-9a51-6c3b2a1f0e9d",
                    "decided_at": "2026-07-03T10:00:00+00:00",
                    "created_by": "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
                    "created_at": "2026-07-02T08:30:00+00:00",
                    "updated_at": "2026-07-03T10:00:00+00:00",
                }
            ]
        }
    }
