from enum import StrEnum


class ListTrainingSessionsFormat(StrEnum):
    CSV = "csv"
    ICS = "ics"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
