from enum import StrEnum


class PartnerKind(StrEnum):
    MAINTENANCE_OPERATOR = "maintenance_operator"
    OTHER = "other"
    TRAINING_PROVIDER = "training_provider"

    def __str__(self) -> str:
        return str(self.value)
