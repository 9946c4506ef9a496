from enum import StrEnum


class SubscriptionStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    OUT_OF_SERVICE = "out_of_service"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
