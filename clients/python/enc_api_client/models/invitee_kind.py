from enum import StrEnum


class InviteeKind(StrEnum):
    ASSOCIATION = "association"
    PARTNER = "partner"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
