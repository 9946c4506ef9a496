from enum import StrEnum


class TicketEventKind(StrEnum):
    ASSIGNED = "assigned"
    COMMENT = "comment"
    CREATED = "created"
    EQUIPMENT_BACK_FROM_REPAIR = "equipment_back_from_repair"
    EQUIPMENT_SENT_TO_REPAIR = "equipment_sent_to_repair"
    PRIORITY_CHANGED = "priority_changed"
    STATUS_CHANGED = "status_changed"

    def __str__(self) -> str:
        return str(self.value)
