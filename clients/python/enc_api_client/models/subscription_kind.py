from enum import StrEnum


class SubscriptionKind(StrEnum):
    INTERNET = "internet"
    OTHER = "other"
    PHONE = "phone"
    PRINTING = "printing"
    SOFTWARE = "software"

    def __str__(self) -> str:
        return str(self.value)
