from enum import StrEnum


class LabelStatus(StrEnum):
    EXPIRED = "expired"
    NONE = "none"
    SPACE_CLOSED = "space_closed"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
