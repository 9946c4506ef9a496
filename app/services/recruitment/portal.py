"""The portal's side of recruitment: open missions as anyone may read them (no credentials),
without personal data (no tutor, no applicant), with the purpose and the retention period of
the application form's data."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import NotFound
from app.models.association import Association
from app.models.recruitment import (
    PRIVACY_PURPOSE,
    JobDescriptionVersion,
    Mission,
    MissionStatus,
    Privacy,
    PublicMission,
    PublicMissions,
    PublicSpace,
)
from app.models.space import Space
from app.services.recruitment import descriptions
from app.services.recruitment.missions import accepted_counts, versions_of

S = MissionStatus
CONTROLLER = "Ville de Roubaix — réseau des Espaces Numériques Citoyens"


def privacy(settings: Settings) -> Privacy:
    return Privacy(
        purpose=PRIVACY_PURPOSE,
        retention_days=settings.application_retention_days,
        controller=CONTROLLER,
    )


def _public_statement():
    return (
        select(Mission, Space, Association.name)
        .join(Space, Space.id == Mission.space_id)
        .join(Association, Association.id == Mission.association_id)
        .where(Mission.status == S.open.value, Space.archived_at.is_(None))
    )


async def _public(session: AsyncSession, settings: Settings, rows) -> list[PublicMission]:
    missions = [row[0] for row in rows]
    versions = await versions_of(session, missions)
    skills = await descriptions.skills_of(session, [v.id for v in versions.values()])
    filled = await accepted_counts(session, [m.id for m in missions])
    shown = []
    for mission, space, association_name in rows:
        version = versions[mission.job_description_version_id]
        shown.append(
            PublicMission(
                id=mission.id,
                title=mission.title,
                kind=version.kind,
                association_name=association_name,
                space_id=space.id,
                space=PublicSpace(
                    id=space.id,
                    name=space.name,
                    neighbourhood=space.neighbourhood,
                    postcode=space.postcode,
                ),
                places=mission.places,
                places_left=max(0, mission.places - filled[mission.id]),
                starts_on=mission.starts_on,
                ends_on=mission.ends_on,
                weekly_hours=mission.weekly_hours,
                schedule=mission.schedule,
                prerequisites=mission.prerequisites,
                purpose=version.purpose,
                tasks=version.tasks,
                skills=skills[version.id],
                trainings=version.trainings,
                privacy=privacy(settings),
            )
        )
    return shown


async def public_missions(
    session: AsyncSession,
    settings: Settings,
    *,
    kind: str | None = None,
    neighbourhood: str | None = None,
) -> PublicMissions:
    statement = _public_statement().order_by(Mission.starts_on, Mission.id)
    if neighbourhood:
        statement = statement.where(Space.neighbourhood == neighbourhood)
    if kind:
        kinds = select(JobDescriptionVersion.id).where(JobDescriptionVersion.kind == kind)
        statement = statement.where(Mission.job_description_version_id.in_(kinds))
    rows = (await session.execute(statement)).all()
    return PublicMissions(items=await _public(session, settings, rows))


async def public_mission(
    session: AsyncSession, settings: Settings, mission_id: uuid.UUID
) -> PublicMission:
    rows = await session.execute(_public_statement().where(Mission.id == mission_id))
    found = await _public(session, settings, rows.all())
    if not found:
        raise NotFound("No such open mission.")
    return found[0]
