from enum import StrEnum


class EnrolmentStatus(StrEnum):
    CANCELLED = "cancelled"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"

    def __str__(self) -> str:
        return str(self.value)
