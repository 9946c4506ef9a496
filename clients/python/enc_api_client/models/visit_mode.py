from enum import StrEnum


class VisitMode(StrEnum):
    COLLECTIVE_WORKSHOP = "collective_workshop"
    FREE_ACCESS = "free_access"
    INDIVIDUAL_SUPPORT = "individual_support"
    REMOTE = "remote"

    def __str__(self) -> str:
        return str(self.value)
