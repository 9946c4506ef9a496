from enum import StrEnum


class SubscriptionPayer(StrEnum):
    ASSOCIATION = "association"
    CITY = "city"
    PARTNER = "partner"

    def __str__(self) -> str:
        return str(self.value)
