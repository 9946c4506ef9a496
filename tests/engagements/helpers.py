"""What the engagements tests share: the routes, a body, and a scheduler pass on a given day."""

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.core.clock import PARIS, today
from app.core.scheduler import Scheduler
from app.models.audit import AuditEvent
from app.models.outbox import OutboxEvent
from app.models.user import SpaceAssignment
from app.services.jobs import ENGAGEMENT_DATES, scheduled_jobs

API = "/api/v1"
BASE = f"{API}/engagements"


def day(offset: int = 0) -> date:
    return today() + timedelta(days=offset)


async def ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json() if response.content else {}


def body(user, space, **overrides) -> dict:
    data = {
        "user_id": str(user.id),
        "space_id": str(space.id),
        "kind": "volunteer",
        "starts_on": day().isoformat(),
        "weekly_hours": 4,
    } | overrides
    return {k: v for k, v in data.items() if v is not None}


def service_civique(user, space, months_days: int = 240, **overrides) -> dict:
    terms = {
        "kind": "service_civique",
        "ends_on": day(months_days).isoformat(),
        "weekly_hours": 28,
    }
    return body(user, space, **(terms | overrides))


async def create(client, account, data: dict, status: int = 201) -> dict:
    return await ok(await client.post(BASE, json=data, headers=account.headers), status)


async def run_job(world, on: date) -> int:
    moment = datetime.combine(on, time(6), PARIS)
    maker = world.app.state.sessionmaker
    scheduler = Scheduler(
        maker, scheduled_jobs(maker, world.app.state.settings), clock=lambda: moment
    )
    return (await scheduler.run_pass([ENGAGEMENT_DATES]))[ENGAGEMENT_DATES]


async def assigned(world, user_id, space_id) -> bool:
    async with world.session() as session:
        found = await session.scalar(
            select(SpaceAssignment.user_id).where(
                SpaceAssignment.user_id == user_id, SpaceAssignment.space_id == space_id
            )
        )
    return found is not None


async def events(world, event_type: str) -> list[dict]:
    async with world.session() as session:
        rows = await session.execute(
            select(OutboxEvent)
            .where(OutboxEvent.event_type == event_type)
            .order_by(OutboxEvent.sequence)
        )
        return [e.payload for e in rows.scalars().all()]


async def audited(world, action: str) -> list[AuditEvent]:
    async with world.session() as session:
        rows = await session.execute(select(AuditEvent).where(AuditEvent.action == action))
        return list(rows.scalars().all())
