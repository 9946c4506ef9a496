"""Insurance certificates: recorded by the space's association from an uploaded document,
confirmed or rejected by the city (pending → confirmed | rejected), a confirmed one sets the
space's premises insurance and is what the label's criterion reads; the city's expiring list;
`insurance.expiring` once per certificate and window; roles and bad input."""

import asyncio
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from app.core.clock import PARIS, today
from app.core.scheduler import Scheduler
from app.models.audit import AuditEvent
from app.models.insurance import InsuranceCertificate
from app.models.outbox import OutboxEvent
from app.services.insurance.expiry import announce_expiring, window_for
from app.services.jobs import INSURANCE_EXPIRY, scheduled_jobs
from tests.insurance.helpers import (
    API,
    CERTIFICATES,
    day,
    decide,
    insured,
    record_certificate,
    upload_document,
)


async def _count(world, model, *where) -> int:
    async with world.session() as session:
        return await session.scalar(select(func.count()).select_from(model).where(*where))


async def _events(world) -> list[dict]:
    async with world.session() as session:
        rows = await session.execute(
            select(OutboxEvent)
            .where(OutboxEvent.event_type == "insurance.expiring")
            .order_by(OutboxEvent.sequence)
        )
        return [e.payload for e in rows.scalars().all()]


async def _run(world, on) -> int:
    async with world.session() as session:
        count = await announce_expiring(session, on)
        await session.commit()
    return count


async def _space(client, account, space_id) -> dict:
    response = await client.get(f"{API}/spaces/{space_id}", headers=account.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def test_record_then_confirm_sets_the_premises_insurance(world, client):
    w = await world.standard()
    created = await record_certificate(
        client, w["assoc1"], w["s1"].id, policy_number="RC-2026-0042", valid_until=day(300)
    )
    assert created["status"] == "pending" and created["document_version"] == 1
    assert created["association_id"] == str(w["a1"].id)
    # pending: the premises are as they were
    assert (await _space(client, w["city"], w["s1"].id))["premises"]["insurance"] is None
    listed = await client.get(
        f"{API}/spaces/{w['s1'].id}/insurance-certificates", headers=w["vol1"].headers
    )
    assert [c["id"] for c in listed.json()["items"]] == [created["id"]]

    confirmed = await decide(client, w["city"], created["id"], "confirm")
    assert confirmed["status"] == "confirmed" and confirmed["decided_at"]
    assert confirmed["decided_by"] == str(w["city"].user.id)
    premises = (await _space(client, w["assoc1"], w["s1"].id))["premises"]
    assert premises["insurance"] == {
        "insurer": "MAIF",
        "policy_number": "RC-2026-0042",
        "valid_until": day(300),
    }
    async with world.session() as session:
        last = await session.scalar(
            select(OutboxEvent)
            .where(OutboxEvent.event_type == "space.updated")
            .order_by(OutboxEvent.sequence.desc())
            .limit(1)
        )
    # the portal hears of the new premises insurance
    assert last.payload["id"] == str(w["s1"].id) and last.payload["changed"] == ["premises"]
    await decide(client, w["city"], created["id"], "confirm", expect=409)  # decided once
    await decide(client, w["city"], created["id"], "reject", expect=409, reason="Trop tard.")
    # an older certificate confirmed later does not replace the one running later
    older = await insured(client, w["assoc1"], w["city"], w["s1"].id, valid_until=day(100))
    assert older["status"] == "confirmed"
    premises = (await _space(client, w["assoc1"], w["s1"].id))["premises"]
    assert premises["insurance"]["valid_until"] == day(300)
    actions = await _count(world, AuditEvent, AuditEvent.resource_type == "insurance_certificate")
    assert actions == 4  # two created, two confirmed


async def test_reject_needs_a_reason_and_leaves_the_premises(world, client):
    w = await world.standard()
    created = await record_certificate(client, w["assoc1"], w["s1"].id)
    await decide(client, w["city"], created["id"], "reject", expect=422)  # no body
    await decide(client, w["city"], created["id"], "reject", expect=422, reason=" ")
    rejected = await decide(
        client, w["city"], created["id"], "reject", reason="Ne couvre pas ces locaux."
    )
    assert rejected["status"] == "rejected"
    assert rejected["rejection_reason"] == "Ne couvre pas ces locaux."
    assert (await _space(client, w["city"], w["s1"].id))["premises"]["insurance"] is None
    await decide(client, w["city"], created["id"], "confirm", expect=409)


async def test_roles(world, client):
    w = await world.standard()
    created = await record_certificate(client, w["assoc1"], w["s1"].id)
    url = f"{CERTIFICATES}/{created['id']}"
    # the association may not decide on its own certificate; a volunteer neither
    await decide(client, w["assoc1"], created["id"], "confirm", expect=403)
    await decide(client, w["vol1"], created["id"], "confirm", expect=403)
    # out of scope: 404
    for account in ("assoc2", "partner"):
        assert (await client.get(url, headers=w[account].headers)).status_code == 404
        await decide(client, w[account], created["id"], "confirm", expect=404)
    assert (await client.get(url, headers=w["vol1"].headers)).status_code == 200
    # another association cannot record one for a space not its own (404), nor a volunteer
    document = await upload_document(
        client, w["assoc2"], "insurance_certificate", space_id=w["s2"].id
    )
    await record_certificate(
        client, w["assoc2"], w["s1"].id, document_id=document["id"], expect=404
    )
    await record_certificate(client, w["vol1"], w["s1"].id, document_id=document["id"], expect=403)
    await record_certificate(
        client, w["partner"], w["s1"].id, document_id=document["id"], expect=404
    )
    # the city records for any space
    await record_certificate(client, w["city"], w["s2"].id, document_id=document["id"])
    # the expiring list is the city's
    expiring = f"{CERTIFICATES}/expiring"
    assert (await client.get(expiring, headers=w["assoc1"].headers)).status_code == 403
    assert (await client.get(expiring, headers=w["city"].headers)).status_code == 200


async def test_bad_input_writes_nothing(world, client):
    w = await world.standard()
    charter = await upload_document(client, w["assoc1"], "charter", space_id=w["s1"].id)
    other_space = await upload_document(
        client, w["assoc1"], "insurance_certificate", space_id=w["s1b"].id
    )
    elsewhere = await upload_document(
        client, w["assoc2"], "insurance_certificate", space_id=w["s2"].id
    )
    space = w["s1"].id
    for document_id in (charter["id"], other_space["id"], elsewhere["id"]):
        refused = await record_certificate(
            client, w["assoc1"], space, document_id=document_id, expect=422
        )
        assert refused["errors"][0]["loc"] == ["body", "document_id"]
    await record_certificate(
        client,
        w["assoc1"],
        space,
        document_id=other_space["id"],
        valid_from=day(10),
        valid_until=day(1),
        expect=422,
    )
    archived = await upload_document(client, w["assoc1"], "insurance_certificate", space_id=space)
    response = await client.post(
        f"{API}/documents/{archived['id']}/archive", headers=w["assoc1"].headers
    )
    assert response.status_code == 200
    await record_certificate(client, w["assoc1"], space, document_id=archived["id"], expect=422)
    assert await _count(world, InsuranceCertificate) == 0


async def test_expiring_list_is_confirmed_ones_soonest_first(world, client):
    w = await world.standard()
    late = await insured(client, w["assoc1"], w["city"], w["s1"].id, valid_until=day(50))
    soon = await insured(client, w["assoc2"], w["city"], w["s2"].id, valid_until=day(10))
    await insured(client, w["assoc1"], w["city"], w["s1b"].id, valid_until=day(120))
    await record_certificate(client, w["assoc1"], w["s1b"].id, valid_until=day(5))  # pending
    response = await client.get(
        f"{CERTIFICATES}/expiring", params={"within_days": 60}, headers=w["city"].headers
    )
    assert [c["id"] for c in response.json()["items"]] == [soon["id"], late["id"]]
    response = await client.get(
        f"{CERTIFICATES}/expiring", params={"within_days": 20}, headers=w["city"].headers
    )
    assert [c["id"] for c in response.json()["items"]] == [soon["id"]]
    bad = await client.get(
        f"{CERTIFICATES}/expiring", params={"within_days": -1}, headers=w["city"].headers
    )
    assert bad.status_code == 422


def test_windows():
    assert [window_for(d) for d in (0, 30, 31, 60, 61)] == [30, 30, 60, 60, None]


async def test_expiring_once_per_certificate_and_window(world, client):
    w = await world.standard()
    soon = await insured(client, w["assoc1"], w["city"], w["s1"].id, valid_until=day(45))
    await insured(client, w["assoc2"], w["city"], w["s2"].id, valid_until=day(200))  # not yet
    await record_certificate(client, w["assoc1"], w["s1b"].id, valid_until=day(10))  # pending
    assert await _run(world, today()) == 1
    assert await _run(world, today()) == 0
    assert await _run(world, today() + timedelta(days=10)) == 0  # 35 days left: same window
    assert await _run(world, today() + timedelta(days=20)) == 1  # 25 left: the 30-day one
    assert await _run(world, today() + timedelta(days=21)) == 0
    events = await _events(world)
    assert [(e["id"], e["window_days"], e["days_left"]) for e in events] == [
        (soon["id"], 60, 45),
        (soon["id"], 30, 25),
    ]
    assert events[0]["space_id"] == str(w["s1"].id)
    assert events[0]["valid_until"] == day(45)


async def test_a_confirmed_renewal_silences_the_ending_certificate(world, client):
    w = await world.standard()
    await insured(client, w["assoc1"], w["city"], w["s1"].id, valid_until=day(20))
    await insured(
        client, w["assoc1"], w["city"], w["s1"].id, valid_from=day(21), valid_until=day(386)
    )
    assert await _run(world, today()) == 0


async def test_through_the_scheduler(world, client):
    w = await world.standard()
    await insured(client, w["assoc1"], w["city"], w["s1"].id, valid_until=day(5))
    moment = datetime.combine(today(), time(12), PARIS)
    scheduler = Scheduler(
        world.app.state.sessionmaker,
        scheduled_jobs(world.app.state.sessionmaker, world.app.state.settings),
        clock=lambda: moment,
    )
    assert await scheduler.run_pass([INSURANCE_EXPIRY]) == {INSURANCE_EXPIRY: 1}
    assert await scheduler.run_pass([INSURANCE_EXPIRY]) == {INSURANCE_EXPIRY: 0}


@pytest.mark.commits
async def test_two_workers_announce_once(world, client):
    w = await world.standard()
    await insured(client, w["assoc1"], w["city"], w["s1"].id, valid_until=day(5))
    await insured(client, w["assoc2"], w["city"], w["s2"].id, valid_until=day(50))
    maker, settings = world.app.state.sessionmaker, world.app.state.settings
    moment = datetime.combine(today(), time(12), PARIS)
    schedulers = [
        Scheduler(maker, scheduled_jobs(maker, settings), clock=lambda: moment) for _ in range(2)
    ]
    results = await asyncio.gather(*(s.run_pass([INSURANCE_EXPIRY]) for s in schedulers))
    again = await asyncio.gather(*(s.run_pass([INSURANCE_EXPIRY]) for s in schedulers))
    assert sum(r[INSURANCE_EXPIRY] for r in results) == 2
    assert [r[INSURANCE_EXPIRY] for r in again] == [0, 0]
