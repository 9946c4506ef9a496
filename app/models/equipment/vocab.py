"""The equipment's vocabularies: kinds, funding sources, statuses, movements, agreement statuses
and age bands."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "equipment_kind",
    "Type de matériel",
    {
        "desktop": ("Ordinateur fixe", "Desktop computer"),
        "laptop": ("Ordinateur portable", "Laptop"),
        "tablet": ("Tablette", "Tablet"),
        "printer": ("Imprimante", "Printer"),
        "scanner": ("Scanner", "Scanner"),
        "screen": ("Écran", "Screen"),
        "router": ("Routeur / box", "Router"),
        "other": ("Autre", "Other"),
    },
    english="Kind of equipment",
)
class EquipmentKind(StrEnum):
    desktop = "desktop"
    laptop = "laptop"
    tablet = "tablet"
    printer = "printer"
    scanner = "scanner"
    screen = "screen"
    router = "router"
    other = "other"


@vocabulary(
    "funding_source",
    "Origine du financement d'un matériel",
    {
        "assoclic": ("Appel à projets ASSOCLIC", "ASSOCLIC call for projects"),
        "city_purchase": ("Achat de la Ville", "City purchase"),
        "donation": ("Don", "Donation"),
        "other": ("Autre", "Other"),
    },
    english="Where the funding of an item of equipment came from",
)
class FundingSource(StrEnum):
    assoclic = "assoclic"
    city_purchase = "city_purchase"
    donation = "donation"
    other = "other"


@vocabulary(
    "equipment_status",
    "État d'un matériel",
    {
        "in_stock": ("En stock (Ville)", "In stock (city)"),
        "allocated": ("Affecté à un lieu", "Allocated to a space"),
        "in_repair": ("En réparation", "In repair"),
        "retired": ("Réformé", "Retired"),
        "lost": ("Perdu ou volé", "Lost or stolen"),
    },
    english="State of an item of equipment",
)
class EquipmentStatus(StrEnum):
    in_stock = "in_stock"
    allocated = "allocated"
    in_repair = "in_repair"
    retired = "retired"
    lost = "lost"


@vocabulary(
    "movement_kind",
    "Mouvement de matériel",
    {
        "allocate": ("Affectation à un lieu", "Allocate to a space"),
        "transfer": ("Transfert vers un autre lieu", "Transfer to another space"),
        "return_to_stock": ("Retour en stock", "Return to stock"),
        "send_to_repair": ("Envoi en réparation", "Send to repair"),
        "back_from_repair": ("Retour de réparation", "Back from repair"),
        "retire": ("Réforme", "Retire"),
        "declare_lost": ("Déclaration de perte ou de vol", "Declare lost or stolen"),
    },
    english="Movement of equipment",
)
class MovementKind(StrEnum):
    allocate = "allocate"
    transfer = "transfer"
    return_to_stock = "return_to_stock"
    send_to_repair = "send_to_repair"
    back_from_repair = "back_from_repair"
    retire = "retire"
    declare_lost = "declare_lost"


@vocabulary(
    "loan_agreement_status",
    "État d'une convention de prêt",
    {
        "draft": ("Brouillon", "Draft"),
        "pending_signature": ("En attente de signature", "Pending signature"),
        "active": ("En vigueur", "Active"),
        "ended": ("Arrivée à échéance", "Ended"),
        "terminated": ("Résiliée", "Terminated"),
        "declined": ("Refusée", "Declined"),
    },
    english="State of a loan agreement",
)
class LoanAgreementStatus(StrEnum):
    draft = "draft"
    pending_signature = "pending_signature"
    active = "active"
    ended = "ended"
    terminated = "terminated"
    declined = "declined"


@vocabulary(
    "equipment_age_band",
    "Ancienneté d'un matériel",
    {
        "under_1": ("Moins d'un an", "Under 1 year"),
        "1_to_3": ("De 1 à 3 ans", "1 to 3 years"),
        "3_to_5": ("De 3 à 5 ans", "3 to 5 years"),
        "5_plus": ("5 ans et plus", "5 years and more"),
        "unknown": ("Date d'acquisition inconnue", "Acquisition date unknown"),
    },
    english="Age of an item of equipment",
)
class AgeBand(StrEnum):
    under_1 = "under_1"
    one_to_3 = "1_to_3"
    three_to_5 = "3_to_5"
    five_plus = "5_plus"
    unknown = "unknown"
