from enum import StrEnum


class MovementKind(StrEnum):
    ALLOCATE = "allocate"
    BACK_FROM_REPAIR = "back_from_repair"
    DECLARE_LOST = "declare_lost"
    RETIRE = "retire"
    RETURN_TO_STOCK = "return_to_stock"
    SEND_TO_REPAIR = "send_to_repair"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
