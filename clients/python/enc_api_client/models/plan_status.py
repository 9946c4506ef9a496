from enum import StrEnum


class PlanStatus(StrEnum):
    AGREED = "agreed"
    CLOSED = "closed"
    DRAFT = "draft"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
