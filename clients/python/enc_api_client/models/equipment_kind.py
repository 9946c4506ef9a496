from enum import StrEnum


class EquipmentKind(StrEnum):
    DESKTOP = "desktop"
    LAPTOP = "laptop"
    OTHER = "other"
    PRINTER = "printer"
    ROUTER = "router"
    SCANNER = "scanner"
    SCREEN = "screen"
    TABLET = "tablet"

    def __str__(self) -> str:
        return str(self.value)
