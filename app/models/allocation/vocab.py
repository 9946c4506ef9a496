"""The allocation's vocabularies: an equipment request's status and priority, an allocation
plan's status, a plan line's kind, and the rules a refused allocation names."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "equipment_request_status",
    "État d'une demande de matériel",
    {
        "submitted": ("Déposée", "Submitted"),
        "under_review": ("En cours d'examen par la Ville", "Under review by the city"),
        "approved": ("Accordée (en tout ou en partie)", "Approved (in full or in part)"),
        "declined": ("Refusée", "Declined"),
        "withdrawn": ("Retirée par l'association", "Withdrawn by the association"),
        "fulfilled": ("Servie (tout le matériel accordé est arrivé)", "Fulfilled"),
    },
    english="State of an equipment request",
)
class RequestStatus(StrEnum):
    submitted = "submitted"
    under_review = "under_review"
    approved = "approved"
    declined = "declined"
    withdrawn = "withdrawn"
    fulfilled = "fulfilled"


@vocabulary(
    "equipment_request_priority",
    "Priorité d'une demande de matériel",
    {
        "low": ("Basse", "Low"),
        "normal": ("Normale", "Normal"),
        "high": ("Haute", "High"),
        "urgent": ("Urgente", "Urgent"),
    },
    english="Priority of an equipment request",
)
class RequestPriority(StrEnum):
    low = "low"
    normal = "normal"
    high = "high"
    urgent = "urgent"


@vocabulary(
    "allocation_plan_status",
    "État d'un plan d'affectation",
    {
        "draft": ("En préparation", "Draft"),
        "executed": ("Exécuté (matériel affecté)", "Executed"),
    },
    english="State of an allocation plan",
)
class AllocationPlanStatus(StrEnum):
    draft = "draft"
    executed = "executed"


@vocabulary(
    "allocation_line_kind",
    "Ligne d'un plan d'affectation",
    {
        "equipment": ("Matériel pour une demande accordée", "Equipment for an approved request"),
        "volunteer": ("Affectation d'un accompagnateur à un lieu", "Volunteer assigned to a space"),
    },
    english="Line of an allocation plan",
)
class AllocationLineKind(StrEnum):
    equipment = "equipment"
    volunteer = "volunteer"


@vocabulary(
    "allocation_refusal",
    "Règle qui refuse une affectation du plan",
    {
        "request_not_approved": ("La demande n'est pas accordée", "The request is not approved"),
        "exceeds_approved": (
            "Plus que la quantité accordée restant à servir",
            "More than the approved quantity left to fulfil",
        ),
        "stock_shortfall": ("Pas assez de matériel en stock", "Not enough items in stock"),
        "not_in_stock": ("Le matériel n'est pas en stock", "The item is not in stock"),
        "wrong_kind": (
            "Le matériel n'est pas du type demandé",
            "The item is not of the kind asked",
        ),
        "wrong_funding_source": (
            "Le matériel n'est pas de l'origine du plan",
            "The item is not of the plan's funding source",
        ),
        "space_closed": ("Le lieu est fermé", "The space is closed"),
        "no_active_agreement": (
            "Pas de convention de prêt en vigueur",
            "No loan agreement in force",
        ),
        "moved_concurrently": (
            "Déplacé par quelqu'un d'autre au même moment",
            "Moved by someone else at the same moment",
        ),
        "volunteer_not_assignable": (
            "Cette personne ne peut pas être affectée à ce lieu",
            "This person cannot be assigned to this space",
        ),
    },
    english="Rule that refuses an allocation of the plan",
)
class AllocationRefusal(StrEnum):
    request_not_approved = "request_not_approved"
    exceeds_approved = "exceeds_approved"
    stock_shortfall = "stock_shortfall"
    not_in_stock = "not_in_stock"
    wrong_kind = "wrong_kind"
    wrong_funding_source = "wrong_funding_source"
    space_closed = "space_closed"
    no_active_agreement = "no_active_agreement"
    moved_concurrently = "moved_concurrently"
    volunteer_not_assignable = "volunteer_not_assignable"
