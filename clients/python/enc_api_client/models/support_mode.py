from enum import StrEnum


class SupportMode(StrEnum):
    AUTONOMOUS = "autonomous"
    GROUP_WORKSHOP = "group_workshop"
    INDIVIDUAL = "individual"
    REMOTE = "remote"

    def __str__(self) -> str:
        return str(self.value)
