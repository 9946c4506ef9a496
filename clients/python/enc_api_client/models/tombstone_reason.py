from enum import StrEnum


class TombstoneReason(StrEnum):
    ARCHIVED = "archived"
    CANCELLED = "cancelled"
    OUT_OF_SCOPE = "out_of_scope"

    def __str__(self) -> str:
        return str(self.value)
