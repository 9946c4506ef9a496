from enum import StrEnum


class AllocationLineKind(StrEnum):
    EQUIPMENT = "equipment"
    VOLUNTEER = "volunteer"

    def __str__(self) -> str:
        return str(self.value)
