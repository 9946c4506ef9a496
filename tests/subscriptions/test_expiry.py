"""`subscription.expiring`: the scheduler's job announces a commitment's end once per
subscription and notice window (90 then 30 days), never twice, also with two workers at once;
a new commitment end is due again; the event reaches a webhook subscriber."""

import asyncio
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from app.core.clock import PARIS, today
from app.core.scheduler import Scheduler
from app.models.outbox import OutboxEvent
from app.services.jobs import SUBSCRIPTION_EXPIRY, scheduled_jobs
from app.services.subscriptions.expiry import announce_expiring, window_for
from tests.subscriptions.helpers import SUBSCRIPTIONS, day, ok, subscribe


async def _events(world) -> list[dict]:
    async with world.session() as session:
        rows = (
            (
                await session.execute(
                    select(OutboxEvent)
                    .where(OutboxEvent.event_type == "subscription.expiring")
                    .order_by(OutboxEvent.sequence)
                )
            )
            .scalars()
            .all()
        )
    return [e.payload for e in rows]


async def _run(world, on) -> int:
    async with world.session() as session:
        count = await announce_expiring(session, on)
        await session.commit()
    return count


def test_windows():
    assert [window_for(d) for d in (0, 30, 31, 90, 91)] == [30, 30, 90, 90, None]


async def test_once_per_subscription_and_window(net, client, world):
    soon = await subscribe(client, net["assoc1"], net["s1"].id, commitment_ends_on=day(40))
    await subscribe(client, net["city"], net["s2"].id, commitment_ends_on=day(200))  # not yet
    await subscribe(client, net["assoc1"], net["s1b"].id)  # no commitment
    assert await _run(world, today()) == 1
    assert await _run(world, today()) == 0  # the same window: once
    assert await _run(world, today() + timedelta(days=5)) == 0
    assert await _run(world, today() + timedelta(days=15)) == 1  # 25 days left: the 30-day one
    assert await _run(world, today() + timedelta(days=16)) == 0
    events = await _events(world)
    assert [(e["id"], e["window_days"], e["days_left"]) for e in events] == [
        (soon["id"], 90, 40),
        (soon["id"], 30, 25),
    ]
    assert events[0]["monthly_cost_incl_vat_cents"] == 3480
    assert events[0]["commitment_ends_on"] == day(40)
    # a renewed commitment is announced again when its own window comes
    await ok(
        await client.patch(
            f"{SUBSCRIPTIONS}/{soon['id']}",
            json={"commitment_ends_on": day(80)},
            headers=net["assoc1"].headers,
        )
    )
    assert await _run(world, today()) == 1
    assert (await _events(world))[-1]["commitment_ends_on"] == day(80)
    # an ended subscription is not announced
    await ok(
        await client.post(
            f"{SUBSCRIPTIONS}/{soon['id']}/end", json={}, headers=net["assoc1"].headers
        )
    )
    assert await _run(world, today() + timedelta(days=60)) == 0


async def test_through_the_scheduler(net, client, world):
    await subscribe(client, net["assoc1"], net["s1"].id, commitment_ends_on=day(10))
    moment = datetime.combine(today(), time(12), PARIS)
    scheduler = Scheduler(
        world.app.state.sessionmaker,
        scheduled_jobs(world.app.state.sessionmaker, world.app.state.settings),
        clock=lambda: moment,
    )
    assert await scheduler.run_pass([SUBSCRIPTION_EXPIRY]) == {SUBSCRIPTION_EXPIRY: 1}
    assert await scheduler.run_pass([SUBSCRIPTION_EXPIRY]) == {SUBSCRIPTION_EXPIRY: 0}


# Two workers, each with its own connection and transaction: real commits.
@pytest.mark.commits
async def test_two_workers_announce_once(net, client, world):
    created = [
        await subscribe(client, net["assoc1"], net["s1"].id, commitment_ends_on=day(n))
        for n in (5, 50)
    ]
    maker, settings = world.app.state.sessionmaker, world.app.state.settings
    moment = datetime.combine(today(), time(12), PARIS)
    schedulers = [
        Scheduler(maker, scheduled_jobs(maker, settings), clock=lambda: moment) for _ in range(2)
    ]
    results = await asyncio.gather(*(s.run_pass([SUBSCRIPTION_EXPIRY]) for s in schedulers))
    again = await asyncio.gather(*(s.run_pass([SUBSCRIPTION_EXPIRY]) for s in schedulers))
    assert sum(r[SUBSCRIPTION_EXPIRY] for r in results) == 2
    assert [r[SUBSCRIPTION_EXPIRY] for r in again] == [0, 0]
    assert sorted(e["id"] for e in await _events(world)) == sorted(c["id"] for c in created)


# Two callers change the same subscription at once, each in its own transaction.
@pytest.mark.commits
async def test_two_changes_of_offer_at_once_one_wins(net, client, world):
    created = await subscribe(client, net["assoc1"], net["s1"].id)
    url = f"{SUBSCRIPTIONS}/{created['id']}/periods"
    bodies = [
        {"offer": "Fibre A", "starts_on": day(-1)},
        {"offer": "Fibre B", "starts_on": day(-1)},
    ]
    responses = await asyncio.gather(
        *(client.post(url, json=b, headers=net["assoc1"].headers) for b in bodies)
    )
    codes = sorted(r.status_code for r in responses)
    assert codes[0] == 201 and codes[1] in (409, 412), [r.text for r in responses]
    periods = await ok(await client.get(url, headers=net["city"].headers))
    assert [p["period_number"] for p in periods["items"]] == [1, 2]
    assert sum(p["is_current"] for p in periods["items"]) == 1


async def test_the_event_is_a_webhook_event_type(net, client):
    vocabularies = await ok(await client.get("/api/v1/vocabularies"))
    [events] = [v for v in vocabularies if v["name"] == "webhook_event_type"]
    assert "subscription.expiring" in {value["code"] for value in events["values"]}
    body = {"url": "https://93.184.215.14/hook", "event_types": ["subscription.expiring"]}
    created = await ok(
        await client.post("/api/v1/webhooks", json=body, headers=net["city"].headers), 201
    )
    assert created["event_types"] == ["subscription.expiring"]
