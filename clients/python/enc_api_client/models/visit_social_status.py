from enum import StrEnum


class VisitSocialStatus(StrEnum):
    EMPLOYED = "employed"
    IN_EDUCATION = "in_education"
    NOT_STATED = "not_stated"
    RETIRED = "retired"
    UNEMPLOYED = "unemployed"

    def __str__(self) -> str:
        return str(self.value)
