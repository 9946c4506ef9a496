"""The demo network's training: ANIS sessions on the six savoirs for the accompagnateurs at the
ENC des Hauts-Champs (two already held, attended by the demo volunteer; one to come, where it is
enrolled) and resident workshops in the coming weeks. A step of `app.demo.network.seed_demo`,
idempotent like the others (natural key: the session's title)."""

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM
from app.core.clock import PARIS
from app.models.training import (
    Enrolment,
    EnrolmentCreate,
    EnrolmentStatus,
    EnrolmentUpdate,
    TrainingSession,
    TrainingSessionCreate,
    TrainingSessionTransition,
)
from app.services.training import enrolments
from app.services.training import sessions as training

# (title, skills, audience, space key, days from today, start, end, capacity, volunteer attends)
SESSIONS = (
    (
        "Les six savoirs — module 1 : Pôle emploi et CAF",
        ["update-job-seeker-status", "read-caf-file", "print-attestations"],
        "accompagnateurs",
        "enc-hauts-champs",
        -14,
        "09:30",
        "12:30",
        10,
        True,
    ),
    (
        "Les six savoirs — module 2 : simulations RSA et Allocation Logement",
        ["simulate-rsa", "simulate-housing-benefit"],
        "accompagnateurs",
        "enc-hauts-champs",
        -7,
        "09:30",
        "12:30",
        10,
        True,
    ),
    (
        "Les six savoirs — module 3 : ouvrir et gérer une adresse mél",
        ["open-email-address"],
        "accompagnateurs",
        "enc-hauts-champs",
        10,
        "09:30",
        "12:00",
        10,
        False,
    ),
    (
        "Atelier habitants : créer son adresse mél",
        ["open-email-address"],
        "residents",
        "enc-epeule",
        5,
        "14:00",
        "16:00",
        8,
        False,
    ),
    (
        "Atelier habitants : consulter son dossier CAF et imprimer ses attestations",
        ["read-caf-file", "print-attestations"],
        "residents",
        "enc-hauts-champs",
        12,
        "14:00",
        "16:30",
        8,
        False,
    ),
)


def _at(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=PARIS)


async def seed_training(session: AsyncSession, seeded) -> None:
    today = date.today()
    volunteer_id = seeded.users["volunteer"]
    for title, skills, audience, space, days, start, end, capacity, attended in SESSIONS:
        found = await session.scalar(select(TrainingSession).where(TrainingSession.title == title))
        if found is None:
            day = today + timedelta(days=days)
            data = TrainingSessionCreate(
                title=title,
                skills=skills,
                audience=audience,
                provider_id=seeded.partners["anis"],
                space_id=seeded.spaces[space],
                starts_at=_at(day, start),
                ends_at=_at(day, end),
                capacity=capacity,
            )
            found = await training.get_session(
                session, SYSTEM, (await training.create_session(session, SYSTEM, data)).id
            )
        if days < 0 and found.status == "scheduled":
            await training.transition_session(
                session, SYSTEM, found.id, TrainingSessionTransition(to="completed"), None
            )
        if audience != "accompagnateurs":
            continue
        enrolled = await session.scalar(
            select(Enrolment).where(
                Enrolment.session_id == found.id, Enrolment.user_id == volunteer_id
            )
        )
        if enrolled is not None:
            continue
        if days > 0:
            await enrolments.enrol(session, SYSTEM, found.id, EnrolmentCreate(user_id=volunteer_id))
            continue
        # A session already held: its enrolment is history, recorded as it was.
        enrolment = Enrolment(
            session_id=found.id,
            user_id=volunteer_id,
            status=EnrolmentStatus.confirmed,
            queue_rank=1,
        )
        session.add(enrolment)
        await session.commit()
        if attended:
            await enrolments.mark_attendance(
                session, SYSTEM, found.id, enrolment.id, EnrolmentUpdate(attendance="attended")
            )
