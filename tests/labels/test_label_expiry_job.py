"""The scheduler's label-expiry job: `label.expired` once per expired label, even with two
workers running the same pass at once; a label renewed in time expires silently."""

import asyncio
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from app.core.clock import PARIS
from app.core.db import create_engine, create_sessionmaker
from app.core.scheduler import Scheduler
from app.models.label import LabelApplication, LabelCriteriaVersion
from app.models.outbox import OutboxEvent
from app.services.jobs import LABEL_EXPIRY, scheduled_jobs
from app.services.labels.applications import announce_expired
from tests.conftest import make_settings

ON = datetime.now(PARIS).date()


async def approved(world, version, space, valid_until, n: int) -> LabelApplication:
    async with world.session() as session:
        application = LabelApplication(
            space_id=space.id,
            association_id=space.association_id,
            criteria_version_id=version.id,
            criteria_version=version.number,
            status="approved",
            label_number=f"ENC-TEST-{n:04d}",
            valid_from=valid_until - timedelta(days=3 * 365),
            valid_until=valid_until,
        )
        session.add(application)
        await session.commit()
        return application


@pytest.mark.commits
async def test_two_workers_announce_each_expired_label_once(world):
    async with world.session() as session:
        version = LabelCriteriaVersion(number=900, criteria=[])
        session.add(version)
        await session.commit()
    association = await world.association()
    spaces = [await world.space(association.id) for _ in range(5)]
    expired = [
        await approved(world, version, space, ON - timedelta(days=1 + n), n)
        for n, space in enumerate(spaces[:4])
    ]
    # the last space's old label is replaced by a renewal still in force: no announcement
    await approved(world, version, spaces[4], ON - timedelta(days=2), 10)
    await approved(world, version, spaces[4], ON + timedelta(days=300), 11)

    moment = datetime.combine(ON, time(12), PARIS)
    settings = make_settings()
    engines = [create_engine(settings), create_engine(settings)]
    try:
        schedulers = [
            Scheduler(maker, scheduled_jobs(maker, settings), clock=lambda: moment)
            for maker in (create_sessionmaker(e) for e in engines)
        ]
        results = await asyncio.gather(*(s.run_pass([LABEL_EXPIRY]) for s in schedulers))
        again = await asyncio.gather(*(s.run_pass([LABEL_EXPIRY]) for s in schedulers))
    finally:
        for engine in engines:
            await engine.dispose()
    assert sum(r[LABEL_EXPIRY] for r in results) == len(expired)
    assert [r[LABEL_EXPIRY] for r in again] == [0, 0]
    async with world.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent).where(OutboxEvent.event_type == "label.expired")
                )
            )
            .scalars()
            .all()
        )
    announced = sorted(e.payload["application_id"] for e in events)
    assert announced == sorted(str(a.id) for a in expired)


async def test_a_closed_spaces_label_expires_without_an_announcement(world):
    """The label of a space closed before its end date stopped holding at the closure; the job
    marks it expired (so it is not looked at again) but tells no subscriber about it."""
    async with world.session() as session:
        version = LabelCriteriaVersion(number=901, criteria=[])
        session.add(version)
        await session.commit()
    association = await world.association()
    open_space = await world.space(association.id)
    closed_space = await world.space(association.id, status="closed")
    announced_label = await approved(world, version, open_space, ON - timedelta(days=1), 20)
    silent_label = await approved(world, version, closed_space, ON - timedelta(days=1), 21)

    async with world.session() as session:
        assert await announce_expired(session, ON) == 1
        await session.commit()
    async with world.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent).where(OutboxEvent.event_type == "label.expired")
                )
            )
            .scalars()
            .all()
        )
        silent = await session.get(LabelApplication, silent_label.id)
    assert [e.payload["application_id"] for e in events] == [str(announced_label.id)]
    assert silent.expiry_announced_at is not None
