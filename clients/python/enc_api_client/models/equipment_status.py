from enum import StrEnum


class EquipmentStatus(StrEnum):
    ALLOCATED = "allocated"
    IN_REPAIR = "in_repair"
    IN_STOCK = "in_stock"
    LOST = "lost"
    RETIRED = "retired"

    def __str__(self) -> str:
        return str(self.value)
