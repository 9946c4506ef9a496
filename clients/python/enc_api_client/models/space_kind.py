from enum import StrEnum


class SpaceKind(StrEnum):
    ENC = "enc"
    PAIC = "paic"

    def __str__(self) -> str:
        return str(self.value)
