from enum import StrEnum


class Role(StrEnum):
    ASSOCIATION = "association"
    CITY = "city"
    PARTNER = "partner"
    VOLUNTEER = "volunteer"

    def __str__(self) -> str:
        return str(self.value)
