"""Background imports (issue 21 item 2): uploads sent in parts (resumable), and jobs that run
the visits or equipment import on them, queued → running → succeeded | failed | cancelled."""

from app.models.import_job.schemas import (
    ImportJobCreate,
    ImportJobProblem,
    ImportJobRead,
    ImportUploadCreate,
    ImportUploadRead,
)
from app.models.import_job.tables import ImportJob, ImportUpload, ImportUploadPart
from app.models.import_job.vocab import CONTENT_TYPES, ImportJobStatus, ImportKind

__all__ = [
    "CONTENT_TYPES",
    "ImportJob",
    "ImportJobCreate",
    "ImportJobProblem",
    "ImportJobRead",
    "ImportJobStatus",
    "ImportKind",
    "ImportUpload",
    "ImportUploadCreate",
    "ImportUploadPart",
    "ImportUploadRead",
]
