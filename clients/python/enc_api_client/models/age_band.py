from enum import StrEnum


class AgeBand(StrEnum):
    UNDER_1 = "under_1"
    UNKNOWN = "unknown"
    VALUE_1 = "1_to_3"
    VALUE_2 = "3_to_5"
    VALUE_3 = "5_plus"

    def __str__(self) -> str:
        return str(self.value)
