"""What time does to applications, and the applicant's own data: two scheduler jobs and the
personal-data export.

`flag_stale` emits `application.stale` once for an application left in `received` more than
APPLICATION_STALE_DAYS (the reminder feed reads the same rule live); `anonymise_expired` blanks
the personal data of applications not accepted once APPLICATION_RETENTION_DAYS have passed since
their last move. `export_for` lists a person's applications in its personal-data export."""

from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.recruitment import ApplicationStatus, Mission, MissionApplication
from app.models.user import User
from app.services import outbox

S = ApplicationStatus
PERSONAL = ("full_name", "email", "phone", "availability", "motivation")


async def flag_stale(session: AsyncSession, now: datetime, days: int) -> int:
    """`application.stale` once for each application left in `received` more than `days`
    (the caller commits). Once with any number of workers: the UPDATE that marks it still
    requires it unmarked, and the event is written only when it did."""
    threshold = now - timedelta(days=days)
    rows = await session.execute(
        select(MissionApplication).where(
            MissionApplication.status == S.received.value,
            MissionApplication.created_at < threshold,
            MissionApplication.stale_announced_at.is_(None),
            MissionApplication.anonymised_at.is_(None),
        )
    )
    announced = 0
    for application in rows.scalars().all():
        marked = await session.execute(
            update(MissionApplication)
            .where(
                MissionApplication.id == application.id,
                MissionApplication.stale_announced_at.is_(None),
                MissionApplication.status == S.received.value,
            )
            .values(stale_announced_at=now)
        )
        if marked.rowcount == 1:
            outbox.emit(
                session,
                "application.stale",
                "mission_application",
                application.id,
                {
                    "application_id": application.id,
                    "mission_id": application.mission_id,
                    "association_id": application.association_id,
                    "received_at": application.created_at,
                    "days": days,
                },
            )
            announced += 1
    return announced


async def anonymise_expired(session: AsyncSession, now: datetime, days: int) -> int:
    """Blank the personal data of every application not accepted whose last move is older
    than `days` (one UPDATE, idempotent; the caller commits)."""
    threshold = now - timedelta(days=days)
    result = await session.execute(
        update(MissionApplication)
        .where(
            MissionApplication.status != S.accepted.value,
            MissionApplication.status_changed_at < threshold,
            MissionApplication.anonymised_at.is_(None),
        )
        .values(
            **dict.fromkeys(PERSONAL),
            status_note=None,
            anonymised_at=now,
            updated_at=now,
            version=MissionApplication.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


# ---- the applicant's own data -------------------------------------------------------------------


async def export_for(session: AsyncSession, user: User) -> list[dict]:
    """The applications that carry this person's e-mail or account (the personal-data export)."""
    rows = await session.execute(
        select(MissionApplication, Mission.title)
        .join(Mission, Mission.id == MissionApplication.mission_id)
        .where(or_(MissionApplication.email == user.email, MissionApplication.user_id == user.id))
        .order_by(MissionApplication.created_at)
    )
    return [
        {
            "id": a.id,
            "mission_id": a.mission_id,
            "mission_title": title,
            "full_name": a.full_name,
            "email": a.email,
            "phone": a.phone,
            "availability": a.availability,
            "motivation": a.motivation,
            "status": a.status,
            "received_at": a.created_at,
            "consent_at": a.consent_at,
            "retention_days": a.retention_days,
        }
        for a, title in rows.all()
    ]


async def anonymise_person(session: AsyncSession, user: User, now: datetime) -> int:
    """When a user is anonymised (RGPD erasure), its applications go too, accepted or not
    (found by its account or its e-mail, read before the account is scrubbed)."""
    result = await session.execute(
        update(MissionApplication)
        .where(
            or_(MissionApplication.user_id == user.id, MissionApplication.email == user.email),
            MissionApplication.anonymised_at.is_(None),
        )
        .values(
            **dict.fromkeys(PERSONAL),
            status_note=None,
            anonymised_at=now,
            updated_at=now,
            version=MissionApplication.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0
