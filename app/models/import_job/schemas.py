"""Request and response shapes of import uploads and import jobs."""

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field as PydanticField

from app.core.imports import ImportMode, ImportReport
from app.models.base import InputModel, OutputModel
from app.models.import_job.vocab import ImportJobStatus, ImportKind

EXAMPLE_UPLOAD = "6f0c1d2e-3a4b-4c5d-8e9f-a0b1c2d3e4f5"
EXAMPLE_JOB = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
EXAMPLE_USER = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"

ContentType = Literal["text/csv", "application/x-ndjson"]


class ImportUploadCreate(InputModel):
    """A file to send in parts: its kind and format, and (if known) its size in bytes."""

    kind: ImportKind
    content_type: ContentType = PydanticField(
        description="`text/csv` (a header row first) or `application/x-ndjson`."
    )
    size: int | None = PydanticField(
        default=None,
        ge=0,
        le=2**40,
        description="The file's size in bytes; the upload may not exceed it.",
    )
    filename: str | None = PydanticField(default=None, max_length=255)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "kind": "visits",
                    "content_type": "text/csv",
                    "size": 1048576,
                    "filename": "visites-2026.csv",
                }
            ]
        }
    }


class ImportUploadRead(OutputModel):
    id: uuid.UUID
    kind: ImportKind
    content_type: ContentType
    filename: str | None
    size: int | None = PydanticField(description="The size announced at creation, if any.")
    received_bytes: int = PydanticField(
        description="Bytes stored so far: the `Upload-Offset` the next part must carry."
    )
    complete: bool = PydanticField(
        description="All the announced bytes are here (always false when no size was given)."
    )
    job_id: uuid.UUID | None = PydanticField(description="The job started on it, if any.")
    created_at: datetime
    updated_at: datetime

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "id": EXAMPLE_UPLOAD,
                    "kind": "visits",
                    "content_type": "text/csv",
                    "filename": "visites-2026.csv",
                    "size": 1048576,
                    "received_bytes": 524288,
                    "complete": False,
                    "job_id": None,
                    "created_at": "2026-12-03T09:00:00Z",
                    "updated_at": "2026-12-03T09:00:05Z",
                }
            ]
        }
    }


class ImportJobCreate(InputModel):
    """A job on a finished upload (`POST /imports/uploads`, then its parts)."""

    kind: ImportKind
    upload_id: uuid.UUID
    mode: ImportMode = ImportMode.all_or_nothing
    dry_run: bool = PydanticField(
        default=False, description="Equipment only: validate and report, write nothing."
    )

    model_config = {
        "json_schema_extra": {
            "examples": [{"kind": "visits", "upload_id": EXAMPLE_UPLOAD, "mode": "partial"}]
        }
    }


class ImportJobProblem(OutputModel):
    """Why a job failed, as the synchronous import would have answered (RFC 9457 fields)."""

    type: str
    title: str
    status: int
    detail: str


class ImportJobRead(OutputModel):
    id: uuid.UUID
    kind: ImportKind
    mode: ImportMode
    dry_run: bool
    status: ImportJobStatus
    upload_id: uuid.UUID
    total_bytes: int = PydanticField(description="The file's size in bytes.")
    bytes_read: int = PydanticField(description="Bytes the import has read so far.")
    rows_read: int = PydanticField(description="Rows read so far (the report's total when done).")
    rows_accepted: int | None = PydanticField(
        description="Valid rows, once the job has finished (null before)."
    )
    rows_rejected: int | None = PydanticField(
        description="Rejected rows, once the job has finished (null before)."
    )
    report: ImportReport | None = PydanticField(
        description="The synchronous import's report, when the job has finished (also for a "
        "job refused all-or-nothing, which wrote nothing)."
    )
    problem: ImportJobProblem | None = PydanticField(description="Why the job failed, if it did.")
    attempts: int = PydanticField(description="Runs started (a runner that died is replaced).")
    allowed_transitions: list[str] = PydanticField(
        max_length=8,
        description="What this caller may do now (`cancelled`: DELETE the job)."
    )
    created_by: uuid.UUID | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    updated_at: datetime

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "id": EXAMPLE_JOB,
                    "kind": "visits",
                    "mode": "partial",
                    "dry_run": False,
                    "status": "succeeded",
                    "upload_id": EXAMPLE_UPLOAD,
                    "total_bytes": 1048576,
                    "bytes_read": 1048576,
                    "rows_read": 5000,
                    "rows_accepted": 4998,
                    "rows_rejected": 2,
                    "report": {
                        "mode": "partial",
                        "dry_run": False,
                        "total_rows": 5000,
                        "valid_rows": 4998,
                        "invalid_rows": 2,
                        "created": 4998,
                        "updated": 0,
                        "unchanged": 0,
                        "errors": [
                            {
                                "row": 12,
                                "field": "mode",
                                "message": "Input should be "
                                "'individual_support' or 'collective_workshop'",
                            }
                        ],
                    },
                    "problem": None,
                    "attempts": 1,
                    "allowed_transitions": [],
                    "created_by": EXAMPLE_USER,
                    "created_at": "2026-12-03T09:00:06Z",
                    "started_at": "2026-12-03T09:00:07Z",
                    "finished_at": "2026-12-03T09:00:19Z",
                    "updated_at": "2026-12-03T09:00:19Z",
                }
            ]
        }
    }
