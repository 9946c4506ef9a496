from enum import StrEnum


class EngagementStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    ENDED = "ended"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
