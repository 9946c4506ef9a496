from enum import StrEnum


class StatsDimension(StrEnum):
    AGE_BAND = "age_band"
    ASSOCIATION = "association"
    AUTONOMY = "autonomy"
    DURATION_BAND = "duration_band"
    MODE = "mode"
    MONTH = "month"
    SKILL = "skill"
    SOCIAL_STATUS = "social_status"
    SPACE = "space"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
