"""The demo's accompagnateurs: a Service Civique at the ENC des Hauts-Champs within its bounds,
active, tutored; resource persons at two structures; seeding again changes nothing."""

from sqlalchemy import func, select

from app.demo.network import seed_demo
from app.models.engagement import Engagement, ResourcePerson
from app.models.space import Space
from app.models.user import User
from app.services.engagements.terms import service_civique_bounds


async def _counts(app) -> tuple[int, int]:
    async with app.state.sessionmaker() as session:
        engagements = await session.scalar(select(func.count()).select_from(Engagement))
        persons = await session.scalar(select(func.count()).select_from(ResourcePerson))
    return engagements, persons


async def test_demo_service_civique_and_resource_persons(app):
    await seed_demo(app.state.sessionmaker, app.state.settings, app.state.document_storage)
    async with app.state.sessionmaker() as session:
        (engagement,) = (await session.execute(select(Engagement))).scalars().all()
        space = await session.get(Space, engagement.space_id)
        person = await session.get(User, engagement.user_id)
        persons = (await session.execute(select(ResourcePerson))).scalars().all()
    assert engagement.kind == "service_civique" and engagement.status == "active"
    assert space.name == "ENC des Hauts-Champs" and person.email == "benevole@enc-roubaix.example"
    earliest, latest = service_civique_bounds(engagement.starts_on)
    assert earliest <= engagement.ends_on <= latest and 24 <= engagement.weekly_hours <= 48
    assert engagement.tutor_id is not None and engagement.contract_reference
    assert engagement.first_aid_training_done and not engagement.civic_training_done
    assert len({p.association_id for p in persons}) == 2

    await seed_demo(app.state.sessionmaker, app.state.settings, app.state.document_storage)
    assert await _counts(app) == (1, 2)
