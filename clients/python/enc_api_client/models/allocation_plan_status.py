from enum import StrEnum


class AllocationPlanStatus(StrEnum):
    DRAFT = "draft"
    EXECUTED = "executed"

    def __str__(self) -> str:
        return str(self.value)
