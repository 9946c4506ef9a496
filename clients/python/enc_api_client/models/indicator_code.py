from enum import StrEnum


class IndicatorCode(StrEnum):
    EQUIPMENT_IN_SERVICE = "equipment_in_service"
    HOURS_OPEN_PER_WEEK = "hours_open_per_week"
    RESIDENTS_TRAINED_ON_SKILL = "residents_trained_on_skill"
    TICKETS_BREACHED = "tickets_breached"
    VISITS_PER_MONTH = "visits_per_month"
    VOLUNTEERS_TRAINED = "volunteers_trained"

    def __str__(self) -> str:
        return str(self.value)
