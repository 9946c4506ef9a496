from enum import StrEnum


class MeetingStatus(StrEnum):
    CANCELLED = "cancelled"
    HELD = "held"
    MINUTES_PUBLISHED = "minutes_published"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
