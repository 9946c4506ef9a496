"""The demo's recruitment: the network's *fiche de poste* of an *accompagnateur numérique*
(the field report's third step: "établir une fiche de poste pour des accompagnateurs qui
interviendraient pour susciter et appuyer les initiatives des personnes et des groupes et
permettraient de lever les inhibitions culturelles face aux technologies de l'information et de
la communication"), published by the city; the first Service Civique mission the conclusion
announces, opened by the city at the ENC des Hauts-Champs; and two applications sent through
the public form, one received, one at the interview. A step of `app.demo.network.seed_demo`,
idempotent: a network description with this title is left alone. Everything goes through the
recruitment services, as the city."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM
from app.core.clock import today
from app.core.config import get_settings
from app.core.ratelimit import DatabaseCounters
from app.models.platform import RateLimitCounter
from app.models.recruitment import (
    ApplicationTransition,
    JobDescription,
    JobDescriptionCreate,
    JobDescriptionTransition,
    JobDescriptionVersion,
    MissionApplication,
    MissionCreate,
    MissionTransition,
    PublicApplicationCreate,
)
from app.services.identity.auth import RequestContext
from app.services.recruitment import applications, descriptions, missions

TITLE = "Accompagnateur numérique"
DESCRIPTION = {
    "kind": "service_civique",
    "title": TITLE,
    "purpose": "Susciter et appuyer les initiatives des personnes et des groupes, et permettre "
    "de lever les inhibitions culturelles face aux technologies de l'information et de la "
    "communication ; mettre l'accent sur l'accompagnement des premières expériences et "
    "l'acquisition de compétences de base.",
    "tasks": [
        "Accueillir les habitants à l'ENC et les orienter",
        "Accompagner les premières démarches en ligne (CAF, Pôle emploi, attestations)",
        "Animer des ateliers d'initiation en petit groupe",
        "Tenir l'outil de comptabilisation des visites",
    ],
    "skills": [
        {"skill_code": "open-email-address", "level": "trainer"},
        {"skill_code": "update-job-seeker-status", "level": "practitioner"},
        {"skill_code": "read-caf-file", "level": "practitioner"},
        {"skill_code": "print-attestations", "level": "practitioner"},
        {"skill_code": "simulate-rsa", "level": "awareness"},
        {"skill_code": "simulate-housing-benefit", "level": "awareness"},
    ],
    "trainings": ["Les six savoirs (ANIS)", "Formation civique et citoyenne", "PSC1"],
    "weekly_hours": 24,
}
APPLICANTS = (
    {
        "full_name": "Yanis Demo",
        "email": "yanis.demo@example.org",
        "availability": "Du lundi au vendredi, l'après-midi",
        "motivation": "J'aide déjà ma famille à faire ses démarches en ligne.",
        "consent": True,
    },
    {
        "full_name": "Chloé Demo",
        "email": "chloe.demo@example.org",
        "phone": "06 00 00 00 00",
        "availability": "Tous les jours sauf le samedi",
        "motivation": "Je termine un BTS SIO et je veux être utile au quartier.",
        "consent": True,
    },
)


async def seed_recruitment(session: AsyncSession, seeded) -> None:
    space_id = seeded.spaces.get("enc-hauts-champs")
    if space_id is None or await session.scalar(
        select(JobDescription.id)
        .join(JobDescriptionVersion, JobDescriptionVersion.job_description_id == JobDescription.id)
        .where(JobDescription.association_id.is_(None), JobDescriptionVersion.title == TITLE)
    ):
        return
    created = await descriptions.create_description(
        session, SYSTEM, JobDescriptionCreate.model_validate(DESCRIPTION)
    )
    await descriptions.transition(
        session, SYSTEM, created.id, JobDescriptionTransition(to="published"), None
    )
    start = date(today().year + 1, 1, 4)
    mission = await missions.create_mission(
        session,
        SYSTEM,
        MissionCreate(
            job_description_id=created.id,
            space_id=space_id,
            title="Service Civique : accompagnateur numérique à l'ENC des Hauts-Champs",
            places=1,
            starts_on=start,
            ends_on=date(start.year, 8, 31),
            schedule="Du mardi au vendredi, 13 h 30 – 19 h 30",
            prerequisites="Avoir entre 16 et 25 ans (30 ans en situation de handicap)",
        ),
    )
    await missions.transition(session, SYSTEM, mission.id, MissionTransition(to="open"), None)
    settings = get_settings()
    counters = DatabaseCounters(RateLimitCounter)
    ctx = RequestContext(request_id="demo-seed", client_address=None)
    for body in APPLICANTS:
        await applications.apply(
            session, settings, counters, ctx, mission.id, PublicApplicationCreate(**body)
        )
    chloe = await session.scalar(
        select(MissionApplication.id).where(MissionApplication.email == APPLICANTS[1]["email"])
    )
    for step in ("contacted", "interview"):
        await applications.transition(
            session, settings, SYSTEM, mission.id, chloe, ApplicationTransition(to=step), None
        )
