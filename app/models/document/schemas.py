"""Request and response shapes of documents and their versions. An upload is multipart: the
file and these fields (`DocumentCreate`); the response is JSON."""

import uuid
from datetime import datetime

from pydantic import Field as PydanticField
from pydantic import model_validator

from app.models.base import InputModel, OutputModel
from app.models.document.vocab import (
    DocumentContentType,
    DocumentKind,
    DocumentResourceType,
    DocumentStatus,
)
from app.models.validators import ShortText


class DocumentCreate(InputModel):
    """The form fields sent with the file (`multipart/form-data`)."""

    kind: DocumentKind
    title: ShortText
    association_id: uuid.UUID | None = PydanticField(
        default=None,
        description="The association it belongs to (an association user: its own, the "
        "default); left out with no space nor resource, the city's own document.",
    )
    space_id: uuid.UUID | None = PydanticField(
        default=None, description="One of the association's spaces it concerns."
    )
    resource_type: DocumentResourceType | None = PydanticField(
        default=None, description="The resource it is attached to (with `resource_id`)."
    )
    resource_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _resource_pair(self) -> "DocumentCreate":
        if (self.resource_type is None) != (self.resource_id is None):
            raise ValueError("resource_type and resource_id go together")
        return self

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "kind": "insurance_certificate",
                    "title": "Attestation d'assurance 2026 — ENC des Hauts-Champs",
                    "space_id": "0b6f1f1e-1c55-4c1e-9f8a-3a8c2b5d6e70",
                }
            ]
        }
    }


class DocumentVersionRead(OutputModel):
    number: int
    sha256: str = PydanticField(description="SHA-256 of the file's bytes (hex); its ETag.")
    size_bytes: int
    content_type: DocumentContentType = PydanticField(
        description="Recognised from the bytes (magic numbers), never from the name."
    )
    filename: str
    created_by: uuid.UUID | None
    created_at: datetime
    download_url: str

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "number": 1,
                    "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                    "size_bytes": 48213,
                    "content_type": "application/pdf",
                    "filename": "attestation-assurance-2026.pdf",
                    "created_by": "5d2f8c1a-0e4b-4d7e-9a51-6c3b2a1f0e9d",
                    "created_at": "2026-09-01T09:30:00+00:00",
                    "download_url": "/api/v1/documents/"
                    "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f/versions/1/content",
                }
            ]
        }
    }


class DocumentRead(OutputModel):
    id: uuid.UUID
    kind: DocumentKind
    title: str
    association_id: uuid.UUID | None
    space_id: uuid.UUID | None
    resource_type: DocumentResourceType | None
    resource_id: uuid.UUID | None
    status: DocumentStatus
    current_version: DocumentVersionRead
    created_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    download_url: str = PydanticField(description="The current version's bytes.")

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "id": "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                    "kind": "insurance_certificate",
                    "title": "Attestation d'assurance 2026 — ENC des Hauts-Champs",
                    "association_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                    "space_id": "0b6f1f1e-1c55-4c1e-9f8a-3a8c2b5d6e70",
                    "resource_type": None,
                    "resource_id": None,
                    "status": "active",
                    "current_version": DocumentVersionRead.model_config["json_schema_extra"][
                        "examples"
                    ][0],
                    "created_by": "5d2f8c1a-0e4b-4d7e-9a51-6c3b2a1f0e9d",
                    "created_at": "2026-09-01T09:30:00+00:00",
                    "updated_at": "2026-09-01T09:30:00+00:00",
                    "archived_at": None,
                    "download_url": "/api/v1/documents/"
                    "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f/content",
                }
            ]
        }
    }
