from enum import StrEnum


class FundingSource(StrEnum):
    ASSOCLIC = "assoclic"
    CITY_PURCHASE = "city_purchase"
    DONATION = "donation"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
