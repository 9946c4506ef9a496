from enum import StrEnum


class LabelCriterionKind(StrEnum):
    AUTOMATIC = "automatic"
    DECLARATIVE = "declarative"

    def __str__(self) -> str:
        return str(self.value)
