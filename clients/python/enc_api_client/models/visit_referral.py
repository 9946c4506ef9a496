from enum import StrEnum


class VisitReferral(StrEnum):
    CAF = "caf"
    CPAM = "cpam"
    FRANCE_TRAVAIL = "france_travail"
    NONE = "none"
    OTHER = "other"
    OTHER_MEDIATION_PLACE = "other_mediation_place"
    SOCIAL_SERVICES = "social_services"
    TOWN_HALL = "town_hall"

    def __str__(self) -> str:
        return str(self.value)
