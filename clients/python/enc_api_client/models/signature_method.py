from enum import StrEnum


class SignatureMethod(StrEnum):
    SCAN = "scan"
    TYPED = "typed"

    def __str__(self) -> str:
        return str(self.value)
