from enum import StrEnum


class VisitEquipment(StrEnum):
    COMPUTER = "computer"
    NONE = "none"
    OTHER = "other"
    PHONE = "phone"
    TABLET = "tablet"

    def __str__(self) -> str:
        return str(self.value)
