from enum import StrEnum


class LegalForm(StrEnum):
    ASSOCIATION_1901 = "association_1901"
    COOPERATIVE = "cooperative"
    OTHER = "other"
    PUBLIC_BODY = "public_body"
    SOCIAL_CENTRE = "social_centre"

    def __str__(self) -> str:
        return str(self.value)
