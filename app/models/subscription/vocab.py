"""The subscriptions' codes: what a subscription is for, who pays it, and its status (each a
vocabulary with its French labels, served by `/vocabularies`). A connection's type is the
spaces' `connection_type` vocabulary."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "subscription_kind",
    "Type d'abonnement",
    {
        "internet": ("Accès internet", "Internet access"),
        "phone": ("Téléphonie", "Phone"),
        "printing": ("Impression (contrat copieur, consommables)", "Printing"),
        "software": ("Logiciel", "Software"),
        "other": ("Autre abonnement", "Other subscription"),
    },
    english="Kind of subscription",
)
class SubscriptionKind(StrEnum):
    internet = "internet"
    phone = "phone"
    printing = "printing"
    software = "software"
    other = "other"


@vocabulary(
    "subscription_payer",
    "Qui paie l'abonnement",
    {
        "association": ("L'association porteuse", "The host association"),
        "city": ("La ville de Roubaix", "The city of Roubaix"),
        "partner": ("Un partenaire", "A partner"),
    },
    english="Who pays the subscription",
)
class SubscriptionPayer(StrEnum):
    association = "association"
    city = "city"
    partner = "partner"


@vocabulary(
    "subscription_status",
    "État d'un abonnement",
    {
        "planned": ("Commandé, pas encore en service", "Ordered, not yet in service"),
        "active": ("En service", "In service"),
        "out_of_service": ("En panne / interrompu", "Out of service"),
        "ended": ("Terminé (résilié ou remplacé)", "Ended (cancelled or replaced)"),
    },
    english="State of a subscription",
)
class SubscriptionStatus(StrEnum):
    planned = "planned"
    active = "active"
    out_of_service = "out_of_service"
    ended = "ended"


@vocabulary(
    "connection_gap",
    "Pourquoi un lieu n'a pas de connexion internet en service",
    {
        "no_internet_subscription": ("Aucun abonnement internet", "No internet subscription"),
        "planned": (
            "Abonnement commandé, pas encore en service",
            "Subscription not yet in service",
        ),
        "out_of_service": ("Connexion en panne", "Connection out of service"),
    },
    english="Why a place has no internet connection in service",
)
class ConnectionGap(StrEnum):
    no_internet_subscription = "no_internet_subscription"
    planned = "planned"
    out_of_service = "out_of_service"
