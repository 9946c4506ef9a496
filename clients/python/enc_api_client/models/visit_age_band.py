from enum import StrEnum


class VisitAgeBand(StrEnum):
    NOT_STATED = "not_stated"
    UNDER_12 = "under_12"
    VALUE_1 = "12_17"
    VALUE_2 = "18_24"
    VALUE_3 = "25_39"
    VALUE_4 = "40_59"
    VALUE_5 = "60_69"
    VALUE_6 = "70_plus"

    def __str__(self) -> str:
        return str(self.value)
