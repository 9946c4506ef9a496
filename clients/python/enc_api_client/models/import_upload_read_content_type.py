from enum import StrEnum


class ImportUploadReadContentType(StrEnum):
    APPLICATIONX_NDJSON = "application/x-ndjson"
    TEXTCSV = "text/csv"

    def __str__(self) -> str:
        return str(self.value)
