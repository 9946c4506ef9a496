from enum import StrEnum


class ApplicationStatus(StrEnum):
    ACCEPTED = "accepted"
    CONTACTED = "contacted"
    DECLINED = "declined"
    INTERVIEW = "interview"
    RECEIVED = "received"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
