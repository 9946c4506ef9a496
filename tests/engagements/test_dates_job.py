"""The scheduler's engagement-dates job with two workers running the same pass at once: each
engagement starts (or ends) once, its assignment given (or taken back) once, one event each."""

import asyncio
from datetime import datetime, time

import pytest
from sqlalchemy import func, select

from app.core.actor import SYSTEM
from app.core.clock import PARIS
from app.core.db import create_engine, create_sessionmaker
from app.core.scheduler import Scheduler
from app.models.engagement import EngagementCreate
from app.models.outbox import OutboxEvent
from app.models.user import SpaceAssignment
from app.services.engagements import records
from app.services.jobs import ENGAGEMENT_DATES, scheduled_jobs
from tests.conftest import make_settings
from tests.engagements.helpers import day


@pytest.mark.commits
async def test_two_workers_move_each_engagement_once(world):
    association = await world.association()
    space = await world.space(association.id)
    people = [await world.user("volunteer", association_id=association.id) for _ in range(6)]
    async with world.session() as session:
        for n, person in enumerate(people):
            # three start in two days; three start today and end tomorrow
            starting = n < 3
            data = EngagementCreate(
                user_id=person.id,
                space_id=space.id,
                kind="volunteer",
                starts_on=day(2) if starting else day(),
                ends_on=None if starting else day(1),
                weekly_hours=3,
            )
            await records.create_engagement(session, SYSTEM, data)

    moment = datetime.combine(day(2), time(7), PARIS)
    settings = make_settings()
    engines = [create_engine(settings), create_engine(settings)]
    try:
        schedulers = [
            Scheduler(maker, scheduled_jobs(maker, settings), clock=lambda: moment)
            for maker in (create_sessionmaker(e) for e in engines)
        ]
        results = await asyncio.gather(*(s.run_pass([ENGAGEMENT_DATES]) for s in schedulers))
        again = await asyncio.gather(*(s.run_pass([ENGAGEMENT_DATES]) for s in schedulers))
    finally:
        for engine in engines:
            await engine.dispose()
    assert sum(r[ENGAGEMENT_DATES] for r in results) == 6
    assert [r[ENGAGEMENT_DATES] for r in again] == [0, 0]
    async with world.session() as session:
        held = set(
            (
                await session.execute(
                    select(SpaceAssignment.user_id).where(SpaceAssignment.space_id == space.id)
                )
            ).scalars()
        )
        moves = await session.scalar(
            select(func.count()).where(OutboxEvent.event_type == "engagement.status_changed")
        )
    assert held == {p.id for p in people[:3]}  # the starters hold it, the others gave it back
    assert moves == 6
