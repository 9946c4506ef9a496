from enum import StrEnum


class SpaceStatus(StrEnum):
    CLOSED = "closed"
    INSTALLING = "installing"
    OPEN = "open"
    PLANNED = "planned"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
