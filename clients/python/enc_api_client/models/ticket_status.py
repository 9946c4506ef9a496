from enum import StrEnum


class TicketStatus(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    IN_PROGRESS = "in_progress"
    NEW = "new"
    RESOLVED = "resolved"
    WAITING_PARTS = "waiting_parts"
    WAITING_REQUESTER = "waiting_requester"

    def __str__(self) -> str:
        return str(self.value)
