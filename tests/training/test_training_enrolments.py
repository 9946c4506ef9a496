"""Enrolments: who enrols whom, capacity and the waiting list (also under concurrency),
cancellation with promotion, attendance, trained skills and the space's training summary."""

import asyncio
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.core.clock import utcnow
from app.models.training import Enrolment, TrainingSession
from tests.helpers_access import assert_problem, audit_events
from tests.training import test_training
from tests.training.test_training import BASE, new_session

API = "/api/v1"
net = test_training.net  # the same fixture: a network with two training providers


async def enrol(client, account, session_id, user_id, expect=201):
    response = await client.post(
        f"{BASE}/{session_id}/enrolments", json={"user_id": str(user_id)}, headers=account.headers
    )
    assert response.status_code == expect, response.text
    return response.json()


async def start_now(world, session_id) -> None:
    """Pretend the session began an hour ago."""
    async with world.session() as session:
        await session.execute(
            update(TrainingSession)
            .where(TrainingSession.id == uuid.UUID(session_id))
            .values(starts_at=utcnow() - timedelta(hours=1), ends_at=utcnow() + timedelta(hours=2))
        )
        await session.commit()


async def test_who_may_enrol_whom(net, client, world):
    sid = (await new_session(client, net["city"], net))["id"]
    colleague = await world.user("volunteer", association_id=net["a1"].id)
    stranger = await world.user("volunteer", association_id=net["a2"].id)
    mine = await enrol(client, net["vol1"], sid, net["vol1"].id)
    assert mine["status"] == "confirmed" and mine["waitlist_position"] is None
    # A volunteer cannot enrol a colleague it cannot see: an unknown user for it.
    refused = await enrol(client, net["vol1"], sid, colleague.id, expect=422)
    assert refused["errors"][0]["loc"] == ["body", "user_id"]
    await enrol(client, net["assoc1"], sid, colleague.id)
    await enrol(client, net["assoc1"], sid, stranger.id, expect=422)
    await enrol(client, net["city"], sid, stranger.id)
    anis = await enrol(client, net["anis"], sid, net["anis"].id, expect=403)
    assert anis["status"] == 403
    assert_problem(
        await client.post(
            f"{BASE}/{sid}/enrolments", json={"user_id": "x"}, headers=net["city"].headers
        ),
        422,
        "user_id",
    )
    assert_problem(
        await client.post(f"{BASE}/{sid}/enrolments", json={}, headers=net["city"].headers),
        422,
        "user_id",
    )
    again = await enrol(client, net["city"], sid, net["vol1"].id, expect=409)
    assert again["enrolment_id"] == mine["id"]
    actions = [e.action for e in await audit_events(world, resource_type="enrolment")]
    assert actions == ["enrolment.create"] * 3


async def test_capacity_waitlist_and_promotion_in_order(net, client, world):
    sid = (await new_session(client, net["city"], net, capacity=2))["id"]
    people = [await world.user("volunteer", association_id=net["a1"].id) for _ in range(5)]
    made = [await enrol(client, net["city"], sid, p.id) for p in people]
    assert [e["status"] for e in made] == ["confirmed"] * 2 + ["waitlisted"] * 3
    assert [e["waitlist_position"] for e in made] == [None, None, 1, 2, 3]
    read = (await client.get(f"{BASE}/{sid}", headers=net["vol1"].headers)).json()
    assert (read["confirmed_count"], read["waitlisted_count"], read["places_left"]) == (2, 3, 0)
    # Cancelling a waitlisted place promotes nobody; cancelling a confirmed one promotes #1.
    cancelled = await client.post(
        f"{BASE}/{sid}/enrolments/{made[3]['id']}/cancel", headers=net["city"].headers
    )
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    await client.post(
        f"{BASE}/{sid}/enrolments/{made[0]['id']}/cancel", headers=net["assoc1"].headers
    )
    listed = (await client.get(f"{BASE}/{sid}/enrolments", headers=net["city"].headers)).json()
    state = {e["id"]: (e["status"], e["waitlist_position"]) for e in listed["items"]}
    assert state[made[2]["id"]] == ("confirmed", None)
    assert state[made[4]["id"]] == ("waitlisted", 1)
    assert_problem(
        await client.post(
            f"{BASE}/{sid}/enrolments/{made[0]['id']}/cancel", headers=net["city"].headers
        ),
        409,
    )
    # Enrolling again after a cancellation joins the end of the queue.
    back = await enrol(client, net["city"], sid, people[0].id)
    assert back["id"] == made[0]["id"] and back["waitlist_position"] == 2
    # Raising the capacity promotes from the head of the list.
    raised = await client.patch(f"{BASE}/{sid}", json={"capacity": 4}, headers=net["city"].headers)
    assert raised.json()["confirmed_count"] == 4 and raised.json()["waitlisted_count"] == 0
    lowered = await client.patch(f"{BASE}/{sid}", json={"capacity": 3}, headers=net["city"].headers)
    assert_problem(lowered, 409)


async def test_who_may_cancel_an_enrolment(net, client, world):
    sid = (await new_session(client, net["city"], net))["id"]
    mine = await enrol(client, net["vol1"], sid, net["vol1"].id)
    url = f"{BASE}/{sid}/enrolments/{mine['id']}/cancel"
    assert_problem(await client.post(url, headers=net["assoc2"].headers), 404)
    assert_problem(await client.post(url, headers=net["other_anis"].headers), 404)
    assert_problem(await client.post(url, headers=net["anis"].headers), 403)
    done = await client.post(url, headers=net["vol1"].headers)
    assert done.status_code == 200 and done.json()["cancelled_at"]


async def test_no_enrolment_after_start_or_on_cancelled_session(net, client, world):
    started = (await new_session(client, net["city"], net))["id"]
    await start_now(world, started)
    assert_problem(
        await client.post(
            f"{BASE}/{started}/enrolments",
            json={"user_id": str(net["vol1"].id)},
            headers=net["vol1"].headers,
        ),
        409,
    )
    cancelled = (await new_session(client, net["city"], net, space_id=str(net["s2"].id)))["id"]
    await client.post(
        f"{BASE}/{cancelled}/transitions", json={"to": "cancelled"}, headers=net["city"].headers
    )
    assert_problem(
        await client.post(
            f"{BASE}/{cancelled}/enrolments",
            json={"user_id": str(net["vol1"].id)},
            headers=net["vol1"].headers,
        ),
        409,
    )


@pytest.mark.commits
async def test_fifty_simultaneous_enrolments_on_ten_places(net, client, world, backend):
    sid = (await new_session(client, net["city"], net, capacity=10))["id"]
    people = [await world.user("volunteer", association_id=net["a1"].id) for _ in range(50)]
    responses = await asyncio.gather(
        *[
            client.post(
                f"{BASE}/{sid}/enrolments", json={"user_id": str(p.id)}, headers=net["city"].headers
            )
            for p in people
        ]
    )
    assert all(r.status_code == 201 for r in responses), [r.text for r in responses][:3]
    bodies = [r.json() for r in responses]
    confirmed = [b for b in bodies if b["status"] == "confirmed"]
    waitlisted = [b for b in bodies if b["status"] == "waitlisted"]
    assert len(confirmed) == 10 and len(waitlisted) == 40, backend
    assert sorted(b["waitlist_position"] for b in waitlisted) == list(range(1, 41))
    async with world.session() as session:
        rows = (
            (
                await session.execute(
                    select(Enrolment)
                    .where(Enrolment.session_id == uuid.UUID(sid))
                    .order_by(Enrolment.queue_rank)
                )
            )
            .scalars()
            .all()
        )
    # Arrival order is the queue: the ten first are the confirmed, then the list in order.
    assert [r.status for r in rows] == ["confirmed"] * 10 + ["waitlisted"] * 40
    assert [r.queue_rank for r in rows] == list(range(1, 51))
    listed = await client.get(
        f"{BASE}/{sid}/enrolments",
        params={"status": "waitlisted", "limit": 200},
        headers=net["city"].headers,
    )
    assert [e["waitlist_position"] for e in listed.json()["items"]] == list(range(1, 41))


async def test_attendance_and_trained_skills(net, client, world):
    session_ = await new_session(
        client, net["anis"], net, provider_id=None, skills=["read-caf-file", "simulate-rsa"]
    )
    sid = session_["id"]
    other = await world.user("volunteer", association_id=net["a1"].id, space_ids=[net["s1"].id])
    e1 = await enrol(client, net["vol1"], sid, net["vol1"].id)
    e2 = await enrol(client, net["city"], sid, other.id)
    url = f"{BASE}/{sid}/enrolments/{e1['id']}"
    early = await client.patch(url, json={"attendance": "attended"}, headers=net["anis"].headers)
    assert_problem(early, 409)
    await start_now(world, sid)
    assert_problem(
        await client.patch(url, json={"attendance": "attended"}, headers=net["vol1"].headers), 403
    )
    assert_problem(
        await client.patch(url, json={"attendance": "attended"}, headers=net["other_anis"].headers),
        404,
    )
    assert_problem(
        await client.patch(url, json={"attendance": "present"}, headers=net["anis"].headers),
        422,
        "attendance",
    )
    marked = await client.patch(url, json={"attendance": "attended"}, headers=net["anis"].headers)
    assert marked.status_code == 200 and marked.json()["attendance"] == "attended"
    bulk = await client.post(
        f"{BASE}/{sid}/attendance",
        headers=net["city"].headers,
        json={"marks": [{"enrolment_id": e2["id"], "attendance": "absent"}]},
    )
    assert bulk.status_code == 200 and bulk.json()[0]["attendance"] == "absent"
    unknown = await client.post(
        f"{BASE}/{sid}/attendance",
        headers=net["city"].headers,
        json={
            "marks": [
                {"enrolment_id": e2["id"], "attendance": "attended"},
                {"enrolment_id": str(uuid.uuid4()), "attendance": "attended"},
            ]
        },
    )
    body = assert_problem(unknown, 422)
    assert body["errors"][0]["loc"] == ["body", "marks", 1, "enrolment_id"]
    # All or nothing: the first mark of the refused batch was not written.
    check = (await client.get(f"{BASE}/{sid}/enrolments", headers=net["city"].headers)).json()
    assert {e["id"]: e["attendance"] for e in check["items"]}[e2["id"]] == "absent"

    skills = await client.get(f"{API}/users/{net['vol1'].id}/skills", headers=net["vol1"].headers)
    assert skills.status_code == 200, skills.text
    assert [s["code"] for s in skills.json()] == ["read-caf-file", "simulate-rsa"]
    assert skills.json()[0]["session_id"] == sid and skills.json()[0]["trained_at"]
    assert (
        await client.get(f"{API}/users/{other.id}/skills", headers=net["city"].headers)
    ).json() == []
    assert_problem(
        await client.get(f"{API}/users/{net['vol1'].id}/skills", headers=net["assoc2"].headers), 404
    )
    assert_problem(
        await client.get(f"{API}/users/{net['vol1'].id}/skills", headers=net["anis"].headers), 404
    )

    summary = await client.get(
        f"{API}/spaces/{net['s1'].id}/training-summary", headers=net["assoc1"].headers
    )
    assert summary.status_code == 200, summary.text
    data = summary.json()
    assert data["assigned_volunteers"] == 2 and data["trained_volunteers"] == 1
    covered = {s["code"]: s["trained_volunteers"] for s in data["skills"]}
    assert covered["read-caf-file"] == 1 and covered["open-email-address"] == 0
    assert data["skills_covered"] == 2 and data["seed_skills_covered"] == 2
    assert_problem(
        await client.get(
            f"{API}/spaces/{net['s1'].id}/training-summary", headers=net["assoc2"].headers
        ),
        404,
    )


async def test_enrolment_visibility(net, client, world):
    sid = (await new_session(client, net["anis"], net, provider_id=None))["id"]
    member = await world.user("volunteer", association_id=net["a2"].id)
    await enrol(client, net["vol1"], sid, net["vol1"].id)
    await enrol(client, net["assoc2"], sid, member.id)

    async def seen(who):
        response = await client.get(f"{BASE}/{sid}/enrolments", headers=net[who].headers)
        if response.status_code != 200:
            return response.status_code
        return {e["user_id"] for e in response.json()["items"]}

    both = {str(net["vol1"].id), str(member.id)}
    assert await seen("city") == both and await seen("anis") == both
    assert await seen("assoc1") == {str(net["vol1"].id)}
    assert await seen("assoc2") == {str(member.id)}
    assert await seen("vol1") == {str(net["vol1"].id)}
    assert await seen("other_anis") == 404 and await seen("partner") == 404
