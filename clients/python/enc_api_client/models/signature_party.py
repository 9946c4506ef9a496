from enum import StrEnum


class SignatureParty(StrEnum):
    ASSOCIATION = "association"
    CITY = "city"

    def __str__(self) -> str:
        return str(self.value)
