from enum import StrEnum


class VisitGender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NOT_STATED = "not_stated"

    def __str__(self) -> str:
        return str(self.value)
