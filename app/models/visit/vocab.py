"""The visits' vocabularies: La Coop de la médiation numérique's codes in English with French
labels, and the column names the profile counts are stored under."""

from enum import StrEnum

from app.core.vocabulary import vocabulary


@vocabulary(
    "visit_mode",
    "Modalité d'accompagnement d'une visite (standard national `modalites_accompagnement`)",
    {
        "free_access": ("En autonomie", "Free access (on one's own)"),
        "individual_support": ("Accompagnement individuel", "One-to-one support"),
        "collective_workshop": ("Dans un atelier collectif", "Group workshop"),
        "remote": ("À distance", "Remote (phone or video)"),
    },
    english="Mode of support of a visit (national standard `modalites_accompagnement`)",
)
class VisitMode(StrEnum):
    free_access = "free_access"
    individual_support = "individual_support"
    collective_workshop = "collective_workshop"
    remote = "remote"


# The same four modes as a space's `support_mode` (what the national standard calls them).
VISIT_MODE_SUPPORT_MODE = {
    "free_access": "autonomous",
    "individual_support": "individual",
    "collective_workshop": "group_workshop",
    "remote": "remote",
}


@vocabulary(
    "visit_age_band",
    "Tranche d'âge d'une personne accompagnée (La Coop)",
    {
        "under_12": ("Moins de 12 ans", "Under 12"),
        "12_17": ("12-17 ans", "12 to 17"),
        "18_24": ("18-24 ans", "18 to 24"),
        "25_39": ("25-39 ans", "25 to 39"),
        "40_59": ("40-59 ans", "40 to 59"),
        "60_69": ("60-69 ans", "60 to 69"),
        "70_plus": ("70 ans et plus", "70 and over"),
        "not_stated": ("Non communiqué", "Not stated"),
    },
    english="Age band of a person supported (La Coop)",
)
class VisitAgeBand(StrEnum):
    under_12 = "under_12"
    from_12_to_17 = "12_17"
    from_18_to_24 = "18_24"
    from_25_to_39 = "25_39"
    from_40_to_59 = "40_59"
    from_60_to_69 = "60_69"
    seventy_plus = "70_plus"
    not_stated = "not_stated"


@vocabulary(
    "visit_gender",
    "Genre d'une personne accompagnée (La Coop)",
    {
        "female": ("Féminin", "Female"),
        "male": ("Masculin", "Male"),
        "not_stated": ("Non communiqué", "Not stated"),
    },
    english="Gender of a person supported (La Coop)",
)
class VisitGender(StrEnum):
    female = "female"
    male = "male"
    not_stated = "not_stated"


@vocabulary(
    "visit_social_status",
    "Statut d'une personne accompagnée (La Coop)",
    {
        "in_education": ("Scolarisé·e", "In education"),
        "unemployed": ("Sans emploi", "Unemployed"),
        "employed": ("En emploi", "Employed"),
        "retired": ("Retraité·e", "Retired"),
        "not_stated": ("Non communiqué ou hétérogène", "Not stated"),
    },
    english="Status of a person supported (La Coop)",
)
class VisitSocialStatus(StrEnum):
    in_education = "in_education"
    unemployed = "unemployed"
    employed = "employed"
    retired = "retired"
    not_stated = "not_stated"


@vocabulary(
    "visit_autonomy",
    "Autonomie de la personne à l'issue de l'accompagnement (La Coop)",
    {
        "fully_assisted": ("Entièrement accompagné·e", "Fully assisted"),
        "partly_autonomous": ("Partiellement autonome", "Partly autonomous"),
        "autonomous": ("Autonome", "Autonomous"),
    },
    english="The person's autonomy at the end of the support (La Coop)",
)
class VisitAutonomy(StrEnum):
    fully_assisted = "fully_assisted"
    partly_autonomous = "partly_autonomous"
    autonomous = "autonomous"


@vocabulary(
    "visit_referral",
    "Orientation de la personne à l'issue de la visite",
    {
        "caf": ("CAF", "CAF (family benefits)"),
        "france_travail": ("France Travail", "France Travail (employment service)"),
        "cpam": ("CPAM (Assurance maladie)", "CPAM (health insurance)"),
        "town_hall": ("Mairie", "Town hall"),
        "social_services": ("Services sociaux (CCAS, département)", "Social services"),
        "other_mediation_place": ("Autre lieu de médiation numérique", "Another mediation place"),
        "other": ("Autre structure", "Other"),
        "none": ("Pas d'orientation", "No referral"),
    },
    english="Where the person was referred at the end of the visit",
)
class VisitReferral(StrEnum):
    caf = "caf"
    france_travail = "france_travail"
    cpam = "cpam"
    town_hall = "town_hall"
    social_services = "social_services"
    other_mediation_place = "other_mediation_place"
    other = "other"
    none = "none"


@vocabulary(
    "visit_equipment",
    "Matériel utilisé pendant une visite",
    {
        "computer": ("Ordinateur", "Computer"),
        "phone": ("Téléphone", "Phone"),
        "tablet": ("Tablette", "Tablet"),
        "other": ("Autre matériel", "Other"),
        "none": ("Pas de matériel", "None"),
    },
    english="Equipment used during a visit",
)
class VisitEquipment(StrEnum):
    computer = "computer"
    phone = "phone"
    tablet = "tablet"
    other = "other"
    none = "none"


@vocabulary(
    "visit_duration_band",
    "Durée d'une visite",
    {
        "under_30": ("Moins de 30 min", "Under 30 min"),
        "30_60": ("30 min à 1 h", "30 to 60 min"),
        "60_120": ("1 h à 2 h", "1 to 2 hours"),
        "120_plus": ("2 h et plus", "2 hours and more"),
    },
    english="Duration of a visit",
)
class DurationBand(StrEnum):
    under_30 = "under_30"
    from_30_to_60 = "30_60"
    from_60_to_120 = "60_120"
    over_120 = "120_plus"


@vocabulary(
    "coop_theme",
    "Thématique d'accompagnement de La Coop de la médiation numérique",
    {
        "email": ("E-mail", "E-mail"),
        "employment_training": ("Travail - Formation", "Work - Training"),
        "social_health": ("Social - Santé", "Social welfare - Health"),
        "housing": ("Logement", "Housing"),
        "family_schooling": ("Famille - Scolarité", "Family - Schooling"),
        "money_taxes": ("Argent - Impôts", "Money - Taxes"),
    },
    english="Support theme of La Coop de la médiation numérique",
)
class CoopTheme(StrEnum):
    email = "email"
    employment_training = "employment_training"
    social_health = "social_health"
    housing = "housing"
    family_schooling = "family_schooling"
    money_taxes = "money_taxes"


# La Coop's own identifiers of these themes (its `thematiques` / démarches administratives).
COOP_THEME_IDS = {
    "email": "Email",
    "employment_training": "TravailFormation",
    "social_health": "SocialSante",
    "housing": "Logement",
    "family_schooling": "FamilleScolarite",
    "money_taxes": "ArgentImpots",
}

# The six savoirs → the Coop theme a visit on that skill is counted under nationally.
SKILL_COOP_THEMES: dict[str, CoopTheme] = {
    "update-job-seeker-status": CoopTheme.employment_training,
    "read-caf-file": CoopTheme.social_health,
    "simulate-rsa": CoopTheme.social_health,
    "simulate-housing-benefit": CoopTheme.housing,
    "print-attestations": CoopTheme.employment_training,
    "open-email-address": CoopTheme.email,
}

_THEME_LABELS = {
    "email": ("E-mail", "E-mail"),
    "employment_training": ("Travail - Formation", "Work - Training"),
    "social_health": ("Social - Santé", "Social welfare - Health"),
    "housing": ("Logement", "Housing"),
}
SkillCoopTheme = vocabulary(
    "skill_coop_theme",
    "Thématique de La Coop sous laquelle chacun des six savoirs est compté (code du savoir → "
    "libellé de la thématique ; codes des thématiques : vocabulaire `coop_theme`)",
    {skill: _THEME_LABELS[theme.value] for skill, theme in SKILL_COOP_THEMES.items()},
    english="The La Coop theme under which each of the six savoirs is counted (skill code → "
    "theme label; theme codes: the `coop_theme` vocabulary)",
)(StrEnum("SkillCoopTheme", {code.replace("-", "_"): code for code in SKILL_COOP_THEMES}))


@vocabulary(
    "visit_stats_dimension",
    "Axe de regroupement des statistiques de visites",
    {
        "space": ("Lieu", "Space"),
        "association": ("Association", "Association"),
        "month": ("Mois", "Month"),
        "week": ("Semaine (ISO)", "ISO week"),
        "skill": ("Savoir", "Skill"),
        "mode": ("Modalité", "Mode"),
        "age_band": ("Tranche d'âge", "Age band"),
        "social_status": ("Statut", "Social status"),
        "autonomy": ("Autonomie", "Autonomy"),
        "duration_band": ("Durée", "Duration"),
    },
    english="Grouping axis of the visit statistics",
)
class StatsDimension(StrEnum):
    space = "space"
    association = "association"
    month = "month"
    week = "week"
    skill = "skill"
    mode = "mode"
    age_band = "age_band"
    social_status = "social_status"
    autonomy = "autonomy"
    duration_band = "duration_band"


AGE_BANDS = [band.value for band in VisitAgeBand]
GENDERS = [gender.value for gender in VisitGender]
SOCIAL_STATUSES = [status.value for status in VisitSocialStatus]
EQUIPMENT = ("computer", "phone", "tablet", "other")


def age_column(band: str) -> str:
    return "age_" + band


def gender_column(gender: str) -> str:
    return "gender_" + gender


def status_column(status: str) -> str:
    return "status_" + status
