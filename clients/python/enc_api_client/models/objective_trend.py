from enum import StrEnum


class ObjectiveTrend(StrEnum):
    IMPROVING = "improving"
    STABLE = "stable"
    UNKNOWN = "unknown"
    WORSENING = "worsening"

    def __str__(self) -> str:
        return str(self.value)
