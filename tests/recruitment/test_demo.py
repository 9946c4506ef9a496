"""The demo's recruitment: the network's accompagnateur numérique description, the city's
Service Civique mission at the ENC des Hauts-Champs and two applications in different states."""

from sqlalchemy import func, select

from app.demo.network import seed_demo
from app.models.recruitment import JobDescription, MissionApplication
from tests.recruitment.helpers import PUBLIC, ok


async def test_the_demo_seeds_the_service_civique_mission_once(app, client):
    await seed_demo(app.state.sessionmaker)
    listed = (await ok(await client.get(PUBLIC)))["items"]
    assert len(listed) == 1
    (mission,) = listed
    assert mission["kind"] == "service_civique"
    assert mission["space"]["name"] == "ENC des Hauts-Champs"
    assert mission["places_left"] == 1 and mission["weekly_hours"] == 24
    assert {s["skill_code"] for s in mission["skills"]} >= {"open-email-address", "read-caf-file"}
    async with app.state.sessionmaker() as session:
        statuses = (await session.execute(select(MissionApplication.status))).scalars().all()
        network = await session.scalar(
            select(func.count())
            .select_from(JobDescription)
            .where(JobDescription.association_id.is_(None), JobDescription.status == "published")
        )
    assert sorted(statuses) == ["interview", "received"]
    assert network == 1
    await seed_demo(app.state.sessionmaker)  # idempotent
    async with app.state.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(MissionApplication)) == 2
