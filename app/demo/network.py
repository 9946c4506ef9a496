"""The demo network: Roubaix's ENC and PAIC as the 2011 field report describes them.

Source: the report "Méthodologie d'accompagnement pour le lancement d'espaces numériques sur
Roubaix" (Forum des usages coopératifs, 2018; situation of July 2011). The seven associations,
the five ENC installed by the Comité de quartier des Hauts-Champs – Petites-Haies, Trois Ponts
delayed by urban renovation, Numericable connections except at Cul de Four, ANIS and the
Médiathèque as partners. Street names are real; house numbers, inauguration dates (except the
Epeule's), RNA/SIRET numbers, phone numbers, e-mail domains, the PAIC and the maintenance
company are made up.

Everything is created through the services, acting as the system (role city), so the demo obeys
the same rules and leaves the same audit trail as the API. Seeding is idempotent: each resource
is looked up by its natural key first (RNA/SIRET, name, e-mail) and only missing ones are made.

To extend it (equipment, tickets, training …), add a `seed_<kind>(session, seeded)` function
that reads and fills `Seeded`, and append it to `STEPS`.
"""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.actor import SYSTEM
from app.demo import allocation as demo_allocation
from app.demo import documents as demo_documents
from app.demo import engagements as demo_engagements
from app.demo import labels as demo_labels
from app.demo import meetings as demo_meetings
from app.demo import operations as demo_operations
from app.demo import plans as demo_plans
from app.demo import recruitment as demo_recruitment
from app.demo import subscriptions as demo_subscriptions
from app.demo import training as demo_training
from app.demo import visits as demo_visits
from app.models.association import Association, AssociationCreate
from app.models.partner import Partner, PartnerCreate
from app.models.space import Space, SpaceCreate, SpaceStatus, SpaceTransition
from app.models.user import User, UserCreate
from app.services.identity import users
from app.services.organisations import associations, partners
from app.services.spaces import records as spaces

ACTOR = SYSTEM


DOCS_URL = "http://127.0.0.1:8000/docs"

S = SpaceStatus
LIFECYCLE = (S.planned, S.installing, S.open)  # the path the demo's spaces walk


@dataclass
class Seeded:
    """Ids of the demo's resources by their demo key, filled step by step."""

    partners: dict[str, uuid.UUID] = field(default_factory=dict)
    associations: dict[str, uuid.UUID] = field(default_factory=dict)
    spaces: dict[str, uuid.UUID] = field(default_factory=dict)
    users: dict[str, uuid.UUID] = field(default_factory=dict)
    logins: list[dict[str, str]] = field(default_factory=list)
    # where the demo's documents go (the app's storage; by default the one settings choose)
    settings: Any = None
    storage: Any = None


# ---- dates that stay in the future whenever the demo is seeded ---------------------------------


def _insurance_until(today: date) -> date:
    return date(today.year + 1, 6, 30)


def _christmas_closure(today: date) -> dict[str, Any]:
    year = today.year if today <= date(today.year, 12, 23) else today.year + 1
    return {
        "from": date(year, 12, 24).isoformat(),
        "to": date(year + 1, 1, 2).isoformat(),
        "reason": "Fermeture de fin d'année (Noël et jour de l'An)",
    }


# ---- partners --------------------------------------------------------------------------------

PARTNERS: dict[str, dict[str, Any]] = {
    # The report names it Association Nord Internet Solidaire; it was renamed Association
    # Numérique et Innovation Sociale in 2011, keeping the acronym.
    "anis": {
        "name": "ANIS — Association Numérique et Innovation Sociale (ex-Nord Internet Solidaire)",
        "kind": "training_provider",
        "contact_email": "formation@anis-nord.example",
        "contact_phone": "03 20 45 18 60",
    },
    # "l'opérateur retenu" for maintenance and technical support; the company is fictitious.
    "operator": {
        "name": "Versant Nord Maintenance",
        "kind": "maintenance_operator",
        "contact_email": "support@versant-nord-maintenance.example",
        "contact_phone": "03 20 27 64 90",
        "website": "https://versant-nord-maintenance.example",
    },
    "mediatheque": {
        "name": "Médiathèque de Roubaix",
        "kind": "other",
        "contact_email": "mediatheque@ville-roubaix.example",
    },
}


async def seed_partners(session: AsyncSession, seeded: Seeded) -> None:
    for key, values in PARTNERS.items():
        found = await session.scalar(select(Partner.id).where(Partner.name == values["name"]))
        if found is None:
            found = (await partners.create_partner(session, ACTOR, PartnerCreate(**values))).id
        seeded.partners[key] = found


# ---- associations ----------------------------------------------------------------------------

ASSOCIATIONS: dict[str, dict[str, Any]] = {
    "hauts-champs": {
        "name": "Comité de quartier des Hauts-Champs – Petites-Haies",
        "legal_form": "association_1901",
        "rna": "W595004217",
        "street": "27 rue Michelet",
        "postcode": "59100",
        "neighbourhood": "Hauts-Champs",
        "contact_email": "contact@cq-hautschamps.example",
        "contact_phone": "03 20 75 41 08",
    },
    "epeule": {
        "name": "Comité de quartier de l'Epeule",
        "legal_form": "association_1901",
        "rna": "W595003186",
        "street": "112 rue de l'Epeule",
        "postcode": "59100",
        "neighbourhood": "Epeule",
        "contact_email": "contact@cq-epeule.example",
        "contact_phone": "03 20 36 52 14",
    },
    "nouveau-roubaix": {
        "name": "Comité de quartier du Nouveau Roubaix",
        "legal_form": "association_1901",
        "rna": "W595002954",
        "street": "41 boulevard de Fourmies",
        "postcode": "59100",
        "neighbourhood": "Nouveau Roubaix",
        "contact_email": "contact@cq-nouveauroubaix.example",
        "contact_phone": "03 20 70 83 26",
    },
    "cul-de-four": {
        "name": "Comité de quartier du Cul de Four",
        "legal_form": "association_1901",
        "rna": "W595005733",
        "street": "58 boulevard de Beaurepaire",
        "postcode": "59100",
        "neighbourhood": "Cul de Four",
        "contact_email": "contact@cq-culdefour.example",
        "contact_phone": "03 20 24 67 39",
    },
    "trois-ponts": {
        "name": "Centre Social des Trois Ponts",
        "legal_form": "social_centre",
        "siret": "77512314400013",
        "street": "9 avenue Kennedy",
        "postcode": "59100",
        "neighbourhood": "Trois Ponts",
        "contact_email": "accueil@cs-troisponts.example",
        "contact_phone": "03 20 89 31 57",
    },
    "secours-populaire": {
        "name": "Comité local du Secours Populaire",
        "legal_form": "association_1901",
        "siret": "77522469400015",
        "street": "64 rue Jules Guesde",
        "postcode": "59100",
        "neighbourhood": "Moulin-Potennerie",
        "contact_email": "roubaix@secourspop-nord.example",
        "contact_phone": "03 20 11 74 92",
    },
    "servir": {
        "name": "Association SERVIR",
        "legal_form": "association_1901",
        "rna": "W595006841",
        "street": "35 rue de l'Alma",
        "postcode": "59100",
        "neighbourhood": "Alma",
        "contact_email": "contact@servir-roubaix.example",
        "contact_phone": "03 20 66 28 45",
    },
}


async def seed_associations(session: AsyncSession, seeded: Seeded) -> None:
    for key, values in ASSOCIATIONS.items():
        keys = []
        if values.get("rna"):
            keys.append(Association.rna == values["rna"])
        if values.get("siret"):
            keys.append(Association.siret == values["siret"])
        found = await session.scalar(select(Association.id).where(or_(*keys)))
        if found is None:
            data = AssociationCreate(**values)
            found = (await associations.create_association(session, ACTOR, data)).id
        seeded.associations[key] = found


# ---- spaces ----------------------------------------------------------------------------------


def _slot(weekday: str, opens: str, closes: str) -> dict[str, str]:
    return {"weekday": weekday, "opens": opens, "closes": closes}


def _premises(
    today: date,
    policy_number: str | None,
    *,
    internet: bool = True,
    dedicated_room: bool = True,
    printer_network: bool = True,
    wheelchair_accessible: bool = True,
) -> dict[str, Any]:
    """The first step's checklist: premises, computer and printer networks, connection,
    insurance. The new connections of 2011 are Numericable cable."""
    return {
        "dedicated_room": dedicated_room,
        "computer_network": dedicated_room,
        "printer_network": printer_network and dedicated_room,
        "internet": {"provider": "Numericable", "connection_type": "cable"} if internet else None,
        "insurance": {
            "insurer": "Mutuelle Associative du Nord",
            "policy_number": policy_number,
            "valid_until": _insurance_until(today).isoformat(),
        }
        if policy_number
        else None,
        "wheelchair_accessible": wheelchair_accessible,
    }


@dataclass(frozen=True)
class DemoSpace:
    key: str
    association: str
    status: SpaceStatus
    values: Callable[[date], dict[str, Any]]  # the SpaceCreate body, minus association_id


DEMO_SPACES: tuple[DemoSpace, ...] = (
    DemoSpace(
        "enc-hauts-champs",
        "hauts-champs",
        S.open,
        lambda today: {
            "kind": "enc",
            "name": "ENC des Hauts-Champs",
            "street": "27 rue Michelet",
            "postcode": "59100",
            "neighbourhood": "Hauts-Champs",
            "latitude": 50.6781,
            "longitude": 3.1962,
            "inaugurated_on": "2011-03-12",
            "description": "Espace de médiation numérique du comité, porteur du projet « Les "
            "Espaces Numériques Citoyens Roubaisiens » : écrivain public, médiation "
            "administrative et numérique, ateliers pour les habitants du quartier.",
            "premises": _premises(today, "RC-ENC-2011-001"),
            "opening_hours": [
                _slot("monday", "14:00", "18:00"),
                _slot("tuesday", "09:00", "12:00"),
                _slot("tuesday", "14:00", "18:00"),
                _slot("thursday", "14:00", "18:00"),
                _slot("friday", "09:00", "12:00"),
            ],
            "exceptional_closures": [_christmas_closure(today)],
        },
    ),
    DemoSpace(
        "enc-epeule",
        "epeule",
        S.open,
        lambda today: {
            "kind": "enc",
            "name": "ENC de l'Epeule",
            "street": "112 rue de l'Epeule",
            "postcode": "59100",
            "neighbourhood": "Epeule",
            "latitude": 50.6884,
            "longitude": 3.1656,
            "inaugurated_on": "2011-04-01",
            "description": "Première association à lancer le service (2009) ; l'espace a été "
            "inauguré en avril 2011. Son analyse par les services de la ville a servi "
            "d'exemple aux autres ENC.",
            "premises": _premises(today, "RC-ENC-2011-002"),
            "opening_hours": [
                _slot("monday", "14:00", "17:30"),
                _slot("wednesday", "09:00", "12:00"),
                _slot("wednesday", "14:00", "18:00"),
                _slot("friday", "14:00", "18:00"),
                _slot("saturday", "09:00", "12:00"),
            ],
            "exceptional_closures": [_christmas_closure(today)],
        },
    ),
    DemoSpace(
        "enc-nouveau-roubaix",
        "nouveau-roubaix",
        S.open,
        lambda today: {
            "kind": "enc",
            "name": "ENC du Nouveau Roubaix",
            "street": "41 boulevard de Fourmies",
            "postcode": "59100",
            "neighbourhood": "Nouveau Roubaix",
            "latitude": 50.6792,
            "longitude": 3.1689,
            "inaugurated_on": "2011-05-20",
            "description": "Locaux déjà adaptés ; un réaménagement de la salle de permanence "
            "de l'écrivain public est envisagé.",
            "premises": _premises(today, "RC-ENC-2011-003", wheelchair_accessible=False),
            "opening_hours": [
                _slot("tuesday", "14:00", "18:00"),
                _slot("wednesday", "14:00", "18:00"),
                _slot("thursday", "09:00", "12:00"),
                _slot("friday", "14:00", "17:00"),
            ],
            "exceptional_closures": [_christmas_closure(today)],
        },
    ),
    DemoSpace(
        "enc-cul-de-four",
        "cul-de-four",
        S.installing,
        lambda today: {
            "kind": "enc",
            "name": "ENC du Cul de Four",
            "street": "58 boulevard de Beaurepaire",
            "postcode": "59100",
            "neighbourhood": "Cul de Four",
            "latitude": 50.6987,
            "longitude": 3.1926,
            "description": "Travaux d'aménagement réalisés ; le quartier ne peut pas encore "
            "bénéficier d'une connexion Numericable.",
            "premises": _premises(today, "RC-ENC-2011-004", internet=False),
            "opening_hours": [
                _slot("tuesday", "14:00", "17:30"),
                _slot("thursday", "14:00", "17:30"),
                _slot("saturday", "09:00", "12:00"),
            ],
            "exceptional_closures": [_christmas_closure(today)],
        },
    ),
    DemoSpace(
        "enc-trois-ponts",
        "trois-ponts",
        S.planned,
        lambda today: {
            "kind": "enc",
            "name": "ENC des Trois Ponts",
            "street": "9 avenue Kennedy",
            "postcode": "59100",
            "neighbourhood": "Trois Ponts",
            "latitude": 50.6833,
            "longitude": 3.1984,
            "description": "Installation reportée à cause de l'opération de rénovation urbaine "
            "du quartier : pas encore de local affecté, d'horaires ni de connexion.",
            "premises": _premises(today, None, internet=False, dedicated_room=False),
        },
    ),
    DemoSpace(
        "enc-secours-populaire",
        "secours-populaire",
        S.open,
        lambda today: {
            "kind": "enc",
            "name": "ENC du Secours Populaire",
            "street": "64 rue Jules Guesde",
            "postcode": "59100",
            "neighbourhood": "Moulin-Potennerie",
            "latitude": 50.6846,
            "longitude": 3.1822,
            "inaugurated_on": "2011-06-08",
            "description": "Travaux d'aménagement réalisés pour l'ENC ; les écrivains publics "
            "sont associés à la démarche.",
            "premises": _premises(today, "RC-ENC-2011-006"),
            "opening_hours": [
                _slot("monday", "09:00", "12:00"),
                _slot("tuesday", "14:00", "17:00"),
                _slot("thursday", "09:00", "12:00"),
                _slot("friday", "14:00", "17:00"),
            ],
            "exceptional_closures": [_christmas_closure(today)],
        },
    ),
    DemoSpace(
        "enc-servir",
        "servir",
        S.open,
        lambda today: {
            "kind": "enc",
            "name": "ENC de l'association SERVIR",
            "street": "35 rue de l'Alma",
            "postcode": "59100",
            "neighbourhood": "Alma",
            "latitude": 50.6968,
            "longitude": 3.1752,
            "inaugurated_on": "2011-09-17",
            "description": "Aménagement réalisé lors du déménagement de l'association dans des "
            "locaux rénovés.",
            "premises": _premises(today, "RC-ENC-2011-007"),
            "opening_hours": [
                _slot("monday", "14:00", "18:00"),
                _slot("wednesday", "14:00", "18:00"),
                _slot("friday", "14:00", "18:00"),
                _slot("saturday", "10:00", "12:00"),
            ],
            "exceptional_closures": [_christmas_closure(today)],
        },
    ),
    DemoSpace(
        "paic-petites-haies",
        "hauts-champs",
        S.open,
        lambda today: {
            "kind": "paic",
            "name": "PAIC des Petites-Haies",
            "street": "15 avenue Motte",
            "postcode": "59100",
            "neighbourhood": "Petites-Haies",
            "latitude": 50.6809,
            "longitude": 3.1918,
            "inaugurated_on": "2012-01-14",
            "description": "Point d'accès à l'Internet citoyen en accès accompagné, relais de "
            "l'ENC des Hauts-Champs.",
            "premises": _premises(today, "RC-PAIC-2011-011", dedicated_room=False),
            "opening_hours": [
                _slot("wednesday", "14:00", "18:00"),
                _slot("thursday", "16:00", "19:00"),
                _slot("saturday", "09:00", "12:00"),
            ],
            "exceptional_closures": [_christmas_closure(today)],
        },
    ),
    DemoSpace(
        "paic-trichon",
        "epeule",
        S.open,
        lambda today: {
            "kind": "paic",
            "name": "PAIC du Trichon",
            "street": "8 rue du Trichon",
            "postcode": "59100",
            "neighbourhood": "Epeule",
            "latitude": 50.6921,
            "longitude": 3.1738,
            "inaugurated_on": "2012-02-04",
            "description": "Point d'accès à l'Internet citoyen : postes en libre accès, relais "
            "de l'ENC de l'Epeule.",
            "premises": _premises(today, "RC-PAIC-2011-012", dedicated_room=False),
            "opening_hours": [
                _slot("tuesday", "09:00", "12:00"),
                _slot("thursday", "14:00", "17:00"),
                _slot("saturday", "14:00", "18:00"),
            ],
            "exceptional_closures": [_christmas_closure(today)],
        },
    ),
)


async def _walk_to(session: AsyncSession, space_id: uuid.UUID, target: SpaceStatus) -> None:
    """Move a demo space along planned → installing → open up to `target`, one transition at a
    time; a space someone moved elsewhere (suspended, closed) is left alone."""
    space = await session.get(Space, space_id)
    if space is None or space.archived_at is not None or space.status not in LIFECYCLE:
        return
    for status in LIFECYCLE[LIFECYCLE.index(space.status) + 1 : LIFECYCLE.index(target) + 1]:
        await spaces.transition_space(session, ACTOR, space_id, SpaceTransition(to=status), None)


async def seed_spaces(session: AsyncSession, seeded: Seeded) -> None:
    today = date.today()
    for demo in DEMO_SPACES:
        values = demo.values(today)
        association_id = seeded.associations[demo.association]
        found = await session.scalar(
            select(Space.id).where(
                Space.association_id == association_id, Space.name == values["name"]
            )
        )
        if found is None:
            data = SpaceCreate(association_id=association_id, **values)
            found = (await spaces.create_space(session, ACTOR, data)).id
        await _walk_to(session, found, demo.status)
        seeded.spaces[demo.key] = found


# ---- users -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoLogin:
    key: str
    email: str
    password: str  # checked by app.services.identity.passwords (not the e-mail, not the name …)
    role: str
    full_name: str
    who: str
    association: str | None = None
    partner: str | None = None
    spaces: tuple[str, ...] = ()


DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin(
        "city",
        "ville@enc-roubaix.example",
        "demo-grand-place-2026",
        "city",
        "Mission e-démocratie — Ville de Roubaix",
        "the city: sees and manages everything",
    ),
    DemoLogin(
        "association",
        "hauts-champs@enc-roubaix.example",
        "demo-association-2026",
        "association",
        "Comité de quartier des Hauts-Champs – Petites-Haies",
        "the Hauts-Champs association: its profile, spaces and volunteers",
        association="hauts-champs",
    ),
    DemoLogin(
        "volunteer",
        "benevole@enc-roubaix.example",
        "demo-mediation-2026",
        "volunteer",
        "Accompagnateur de l'ENC des Hauts-Champs",
        "a volunteer of Hauts-Champs, assigned to the ENC des Hauts-Champs",
        association="hauts-champs",
        spaces=("enc-hauts-champs",),
    ),
    DemoLogin(
        "operator",
        "operateur@enc-roubaix.example",
        "demo-depannage-2026",
        "partner",
        "Support technique — Versant Nord Maintenance",
        "the maintenance operator",
        partner="operator",
    ),
    DemoLogin(
        "anis",
        "anis@enc-roubaix.example",
        "demo-atelier-2026",
        "partner",
        "Formation — ANIS",
        "the training provider (ANIS)",
        partner="anis",
    ),
)


async def seed_users(session: AsyncSession, seeded: Seeded) -> None:
    for demo in DEMO_LOGINS:
        found = await session.scalar(select(User.id).where(User.email == demo.email.casefold()))
        if found is None:
            data = UserCreate(
                email=demo.email,
                full_name=demo.full_name,
                role=demo.role,
                password=demo.password,
                association_id=seeded.associations[demo.association] if demo.association else None,
                partner_id=seeded.partners[demo.partner] if demo.partner else None,
                space_ids=[seeded.spaces[key] for key in demo.spaces],
            )
            found = (await users.create_user(session, ACTOR, data)).id
        seeded.users[demo.key] = found
        seeded.logins.append(
            {"email": demo.email, "password": demo.password, "role": demo.role, "who": demo.who}
        )


# ---- the whole demo --------------------------------------------------------------------------

Step = Callable[[AsyncSession, Seeded], Awaitable[None]]
STEPS: tuple[Step, ...] = (
    seed_partners,
    seed_associations,
    seed_spaces,
    seed_users,
    demo_operations.seed_loans,
    demo_operations.seed_equipment,
    demo_operations.seed_maintenance,
    demo_training.seed_training,
    demo_visits.seed_visits,
    demo_labels.seed_labels,
    demo_meetings.seed_meetings,
    demo_plans.seed_plans,
    demo_subscriptions.seed_subscriptions,
    demo_engagements.seed_engagements,
    demo_allocation.seed_allocation,
    demo_recruitment.seed_recruitment,
    demo_documents.seed_signed_agreement,
)


async def seed_demo(
    session_maker: async_sessionmaker[AsyncSession], settings=None, storage=None
) -> list[dict[str, str]]:
    """Create whatever of the demo network is missing; return the demo logins
    (`email`, `password`, `role`, `who`). Its documents go to `storage` (by default the one
    `settings` choose, by default the environment's)."""
    from app.core.config import get_settings
    from app.services.documents.storage import make_storage

    settings = settings or get_settings()
    seeded = Seeded(settings=settings, storage=storage or make_storage(settings))
    async with session_maker() as session:
        for step in STEPS:
            await step(session, seeded)
    return seeded.logins
