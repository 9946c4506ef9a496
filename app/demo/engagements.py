"""The demo's accompagnateurs (issue 18): the Service Civique the city recruits first (the
field report's conclusion: "un premier recrutement d'un volontaire en engagement de Service
Civique par la municipalité"), placed at the ENC des Hauts-Champs — the demo volunteer, for
eight months at 28 h a week, tutored by the association, its first-aid training done and its
civic training planned — and the *personnes ressources* each structure identified, at two of
them (Hauts-Champs and the Epeule). A step of `app.demo.network.seed_demo`, idempotent: a
person already engaged, or already marked, is left alone. Everything goes through the
engagements' services, as the city."""

import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM
from app.core.clock import today
from app.models.engagement import (
    Engagement,
    EngagementCreate,
    ResourcePerson,
    ResourcePersonPut,
)
from app.models.user import User, UserCreate
from app.services.engagements import records as engagements
from app.services.engagements import resource_persons
from app.services.engagements.terms import add_months
from app.services.identity import users

# The Epeule's resource person has no demo login (the printed logins stay the five roles).
EPEULE_RESOURCE = {
    "email": "ressource@cq-epeule.example",
    "full_name": "Personne ressource du Comité de quartier de l'Epeule",
    "role": "volunteer",
}


async def _service_civique(session: AsyncSession, seeded) -> None:
    volunteer, tutor = seeded.users.get("volunteer"), seeded.users.get("association")
    space = seeded.spaces.get("enc-hauts-champs")
    if volunteer is None or space is None:
        return
    if await session.scalar(select(Engagement.id).where(Engagement.user_id == volunteer)):
        return
    starts_on = today().replace(day=1)
    data = EngagementCreate.model_validate(
        {
            "user_id": volunteer,
            "space_id": space,
            "kind": "service_civique",
            "starts_on": starts_on,
            "ends_on": add_months(starts_on, 8) - timedelta(days=1),
            "weekly_hours": 28,
            "tutor_id": tutor,
            "service_civique": {
                "contract_reference": f"SC-059-{starts_on:%y}-00001",
                "first_aid_training": {"on": starts_on, "done": True},
                "civic_training": {"on": add_months(starts_on, 2), "done": False},
            },
            "notes": "Premier poste : l'accompagnement des premières expériences numériques.",
        }
    )
    await engagements.create_engagement(session, SYSTEM, data)


async def _epeule_member(session: AsyncSession, seeded) -> object | None:
    association = seeded.associations.get("epeule")
    space = seeded.spaces.get("enc-epeule")
    if association is None:
        return None
    found = await session.scalar(select(User.id).where(User.email == EPEULE_RESOURCE["email"]))
    if found is None:
        data = UserCreate(
            **EPEULE_RESOURCE,
            association_id=association,
            space_ids=[space] if space else [],
            password=secrets.token_urlsafe(24),
        )
        found = (await users.create_user(session, SYSTEM, data)).id
    return found


async def _mark(session: AsyncSession, association, user, skills: list[str]) -> None:
    if association is None or user is None:
        return
    if await session.scalar(
        select(ResourcePerson.id).where(
            ResourcePerson.association_id == association, ResourcePerson.user_id == user
        )
    ):
        return
    await resource_persons.mark(
        session, SYSTEM, association, user, ResourcePersonPut(skills=skills)
    )


async def seed_engagements(session: AsyncSession, seeded) -> None:
    await _service_civique(session, seeded)
    await _mark(
        session,
        seeded.associations.get("hauts-champs"),
        seeded.users.get("volunteer"),
        ["open-email-address", "print-attestations"],
    )
    await _mark(
        session,
        seeded.associations.get("epeule"),
        await _epeule_member(session, seeded),
        ["read-caf-file", "simulate-rsa"],
    )
