"""The import jobs' vocabulary: what is imported, and where a job stands."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "import_kind",
    "Ce qu'importe un import en masse",
    {
        "visits": ("Visites (outil de comptabilisation)", "Visits (the counting tool)"),
        "equipment": ("Inventaire du matériel", "Equipment inventory"),
    },
    english="What a bulk import loads",
)
class ImportKind(StrEnum):
    visits = "visits"
    equipment = "equipment"


@vocabulary(
    "import_job_status",
    "État d'un import en tâche de fond",
    {
        "queued": ("En attente d'un exécutant", "Waiting for a runner"),
        "running": ("En cours", "Running"),
        "succeeded": ("Terminé (rapport disponible)", "Finished (report available)"),
        "failed": ("Échoué (rien n'a été écrit)", "Failed (nothing was written)"),
        "cancelled": ("Annulé (rien n'a été écrit)", "Cancelled (nothing was written)"),
    },
    english="State of a background import",
)
class ImportJobStatus(StrEnum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"
    cancelled = "cancelled"


# The formats an upload may hold (media types, not a vocabulary: clients send them as such).
CONTENT_TYPES = ("text/csv", "application/x-ndjson")
