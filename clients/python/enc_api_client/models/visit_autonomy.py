from enum import StrEnum


class VisitAutonomy(StrEnum):
    AUTONOMOUS = "autonomous"
    FULLY_ASSISTED = "fully_assisted"
    PARTLY_AUTONOMOUS = "partly_autonomous"

    def __str__(self) -> str:
        return str(self.value)
