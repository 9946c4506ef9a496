from enum import StrEnum


class ApiKeyScope(StrEnum):
    ALLOCATIONREAD = "allocation:read"
    ALLOCATIONWRITE = "allocation:write"
    ASSOCIATIONSREAD = "associations:read"
    DOCUMENTSREAD = "documents:read"
    DOCUMENTSWRITE = "documents:write"
    ENGAGEMENTSREAD = "engagements:read"
    ENGAGEMENTSWRITE = "engagements:write"
    EQUIPMENTIMPORT = "equipment:import"
    EQUIPMENTREAD = "equipment:read"
    LABELSREAD = "labels:read"
    LABELSWRITE = "labels:write"
    MEETINGSREAD = "meetings:read"
    MEETINGSWRITE = "meetings:write"
    PLANSREAD = "plans:read"
    PLANSWRITE = "plans:write"
    RECRUITMENTREAD = "recruitment:read"
    RECRUITMENTWRITE = "recruitment:write"
    SPACESREAD = "spaces:read"
    SPACESWRITE = "spaces:write"
    STATSREAD = "stats:read"
    SUBSCRIPTIONSREAD = "subscriptions:read"
    SUBSCRIPTIONSWRITE = "subscriptions:write"
    TICKETSREAD = "tickets:read"
    TICKETSWRITE = "tickets:write"
    TRAININGREAD = "training:read"
    TRAININGWRITE = "training:write"
    USERSREAD = "users:read"
    VISITSIMPORT = "visits:import"
    VISITSREAD = "visits:read"
    VISITSWRITE = "visits:write"

    def __str__(self) -> str:
        return str(self.value)
