"""The spaces' vocabularies: kinds, statuses, weekdays, connection types, and what the national
standard of digital-mediation places needs."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "space_kind",
    "Type de lieu",
    {
        "enc": ("Espace Numérique Citoyen (ENC)", "Citizen digital space (anchor)"),
        "paic": ("Point d'Accès à l'Internet Citoyen (PAIC)", "Citizen internet access point"),
    },
    english="Kind of place",
)
class SpaceKind(StrEnum):
    enc = "enc"
    paic = "paic"


@vocabulary(
    "space_status",
    "État d'un lieu",
    {
        "planned": ("En projet", "Planned"),
        "installing": ("En cours d'installation", "Being installed"),
        "open": ("Ouvert", "Open"),
        "suspended": ("Suspendu", "Suspended"),
        "closed": ("Fermé définitivement", "Closed"),
    },
    english="State of a place",
)
class SpaceStatus(StrEnum):
    planned = "planned"
    installing = "installing"
    open = "open"
    suspended = "suspended"
    closed = "closed"


@vocabulary(
    "weekday",
    "Jour de la semaine",
    {
        "monday": ("lundi", "Monday"),
        "tuesday": ("mardi", "Tuesday"),
        "wednesday": ("mercredi", "Wednesday"),
        "thursday": ("jeudi", "Thursday"),
        "friday": ("vendredi", "Friday"),
        "saturday": ("samedi", "Saturday"),
        "sunday": ("dimanche", "Sunday"),
    },
    english="Day of the week",
)
class Weekday(StrEnum):
    monday = "monday"
    tuesday = "tuesday"
    wednesday = "wednesday"
    thursday = "thursday"
    friday = "friday"
    saturday = "saturday"
    sunday = "sunday"


WEEKDAY_ORDER = list(Weekday)


@vocabulary(
    "connection_type",
    "Type de connexion internet",
    {
        "adsl": ("ADSL", "ADSL"),
        "vdsl": ("VDSL", "VDSL"),
        "cable": ("Câble", "Cable"),
        "fibre": ("Fibre optique", "Fibre"),
        "mobile": ("4G / 5G", "Mobile (4G/5G)"),
        "satellite": ("Satellite", "Satellite"),
        "other": ("Autre", "Other"),
    },
    english="Kind of internet connection",
)
class ConnectionType(StrEnum):
    adsl = "adsl"
    vdsl = "vdsl"
    cable = "cable"
    fibre = "fibre"
    mobile = "mobile"
    satellite = "satellite"
    other = "other"


# ---- what the national standard of digital-mediation places needs (schema v1.0.1) --------------
# Codes are stable English; the French labels ARE the standard's values (`services`,
# `modalites_acces`, `modalites_accompagnement`), so the export maps code -> label_fr.


@vocabulary(
    "mediation_service",
    "Service de médiation numérique (standard national)",
    {
        "administrative_procedures": (
            "Aide aux démarches administratives",
            "Help with administrative procedures",
        ),
        "everyday_digital_tools": (
            "Maîtrise des outils numériques du quotidien",
            "Everyday digital tools",
        ),
        "employment_through_digital": (
            "Insertion professionnelle via le numérique",
            "Finding work through digital tools",
        ),
        "safe_digital_use": ("Utilisation sécurisée du numérique", "Safe use of digital tools"),
        "parenting_and_education": (
            "Parentalité et éducation avec le numérique",
            "Parenting and education with digital",
        ),
        "digital_leisure_and_creation": (
            "Loisirs et créations numériques",
            "Digital leisure and creation",
        ),
        "understanding_digital_world": (
            "Compréhension du monde numérique",
            "Understanding the digital world",
        ),
        "internet_and_equipment_access": (
            "Accès internet et matériel informatique",
            "Internet and computer access",
        ),
        "affordable_equipment": (
            "Acquisition de matériel informatique à prix solidaire",
            "Affordable computer equipment",
        ),
    },
    english="Digital-mediation service (national standard)",
)
class MediationService(StrEnum):
    administrative_procedures = "administrative_procedures"
    everyday_digital_tools = "everyday_digital_tools"
    employment_through_digital = "employment_through_digital"
    safe_digital_use = "safe_digital_use"
    parenting_and_education = "parenting_and_education"
    digital_leisure_and_creation = "digital_leisure_and_creation"
    understanding_digital_world = "understanding_digital_world"
    internet_and_equipment_access = "internet_and_equipment_access"
    affordable_equipment = "affordable_equipment"


@vocabulary(
    "access_mode",
    "Modalité d'accès à un lieu (standard national)",
    {
        "walk_in": ("Se présenter", "Walk in"),
        "phone": ("Téléphoner", "Phone"),
        "email": ("Contacter par mail", "E-mail"),
        "online_booking": ("Prendre un RDV en ligne", "Book online"),
        "no_public": ("Ce lieu n'accueille pas de public", "Not open to the public"),
        "referral_email": (
            "Envoyer un mail avec une fiche de prescription",
            "E-mail a referral form",
        ),
    },
    english="How a place can be accessed (national standard)",
)
class AccessMode(StrEnum):
    walk_in = "walk_in"
    phone = "phone"
    email = "email"
    online_booking = "online_booking"
    no_public = "no_public"
    referral_email = "referral_email"


@vocabulary(
    "support_mode",
    "Modalité d'accompagnement (standard national)",
    {
        "autonomous": ("En autonomie", "On one's own"),
        "individual": ("Accompagnement individuel", "One-to-one support"),
        "group_workshop": ("Dans un atelier collectif", "Group workshop"),
        "remote": ("À distance", "Remote (phone or video)"),
    },
    english="Mode of support (national standard)",
)
class SupportMode(StrEnum):
    autonomous = "autonomous"
    individual = "individual"
    group_workshop = "group_workshop"
    remote = "remote"


ROUBAIX_INSEE = "59512"
