from enum import StrEnum


class ImportKind(StrEnum):
    EQUIPMENT = "equipment"
    VISITS = "visits"

    def __str__(self) -> str:
        return str(self.value)
