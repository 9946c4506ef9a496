from enum import StrEnum


class ConnectionGap(StrEnum):
    NO_INTERNET_SUBSCRIPTION = "no_internet_subscription"
    OUT_OF_SERVICE = "out_of_service"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
