"""Training sessions: scheduling, validation, overlap in a space, lifecycle, outbox and audit,
the calendar with its filters, the iCalendar export and the public workshops calendar."""

import uuid
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from sqlalchemy import func, select

from app.core.clock import utcnow
from app.models.outbox import OutboxEvent
from app.models.training import TrainingSession
from tests.helpers_access import assert_problem, audit_events

API = "/api/v1"
BASE = f"{API}/training-sessions"


def slot(days: float = 7, hours: float = 3) -> tuple[str, str]:
    start = (utcnow() + timedelta(days=days)).replace(microsecond=0)
    return start.isoformat(), (start + timedelta(hours=hours)).isoformat()


async def new_session(client, account, w, *, expect=201, **overrides):
    starts, ends = slot()
    body = {
        "title": "Les six savoirs — module 1",
        "skills": ["update-job-seeker-status", "read-caf-file"],
        "audience": "accompagnateurs",
        "provider_id": str(w["trainer"].id),
        "space_id": str(w["s1"].id),
        "starts_at": starts,
        "ends_at": ends,
        "capacity": 10,
        **overrides,
    }
    body = {k: v for k, v in body.items() if v is not None}
    response = await client.post(BASE, json=body, headers=account.headers)
    assert response.status_code == expect, response.text
    return response.json()


@pytest.fixture
async def net(world):
    w = await world.standard()
    w["anis"] = await world.user("partner", partner_id=w["trainer"].id)
    w["other_trainer"] = await world.partner("training_provider")
    w["other_anis"] = await world.user("partner", partner_id=w["other_trainer"].id)
    return w


async def test_city_schedules_session_with_skills_place_and_counts(net, client, world):
    created = await new_session(client, net["city"], net)
    assert created["status"] == "scheduled"
    assert [s["code"] for s in created["skills"]] == ["read-caf-file", "update-job-seeker-status"]
    assert created["place"]["space_id"] == str(net["s1"].id)
    assert created["place"]["space_name"] and created["place"]["address"]
    assert created["provider_id"] == str(net["trainer"].id)
    assert created["capacity"] == 10 and created["places_left"] == 10
    assert created["confirmed_count"] == 0 and created["waitlisted_count"] == 0
    assert created["allowed_transitions"] == ["cancelled", "completed"]
    async with world.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent.event_type).where(OutboxEvent.resource_id == created["id"])
                )
            )
            .scalars()
            .all()
        )
    assert events == ["training_session.created"]
    actions = [e.action for e in await audit_events(world, resource_type="training_session")]
    assert actions == ["training_session.create"]


async def test_provider_schedules_its_own_sessions_only(net, client):
    own = await new_session(
        client, net["anis"], net, provider_id=None, venue="Maison des associations", space_id=None
    )
    assert own["provider_id"] == str(net["trainer"].id)
    assert own["place"] == {
        "space_id": None,
        "space_name": None,
        "venue": "Maison des associations",
        "address": "Maison des associations",
    }
    other = await new_session(
        client, net["anis"], net, provider_id=str(net["other_trainer"].id), expect=403
    )
    assert other["status"] == 403
    for who in ("assoc1", "vol1", "partner"):
        await new_session(client, net[who], net, expect=403)


def _cases(net):
    starts, ends = slot()
    return [
        ({"title": ""}, "title"),
        ({"skills": []}, "skills"),
        ({"skills": ["not-a-skill"]}, "skills"),
        ({"skills": ["Bad_Code"]}, "skills"),
        ({"audience": "everyone"}, "audience"),
        ({"provider_id": str(net["operator"].id)}, "provider_id"),
        ({"provider_id": "nope"}, "provider_id"),
        ({"space_id": str(uuid.uuid4())}, "space_id"),
        ({"venue": "Salle des fêtes"}, "venue"),
        ({"starts_at": starts.replace("+00:00", "")}, "starts_at"),
        ({"ends_at": ends.replace("+00:00", "")}, "ends_at"),
        ({"ends_at": starts}, "ends_at"),
        ({"capacity": 0}, "capacity"),
        ({"capacity": "ten"}, "capacity"),
        ({"colour": "red"}, "colour"),
    ]


async def test_bad_input_on_every_field_is_422_and_writes_nothing(net, client, world):
    for override, field in _cases(net):
        response = await client.post(
            BASE,
            json={
                "title": "t",
                "skills": ["read-caf-file"],
                "audience": "residents",
                "provider_id": str(net["trainer"].id),
                "space_id": str(net["s1"].id),
                "starts_at": slot()[0],
                "ends_at": slot()[1],
                "capacity": 5,
                **override,
            },
            headers=net["city"].headers,
        )
        assert_problem(response, 422, field)
    no_place = {"space_id": None}
    await new_session(client, net["city"], net, expect=422, **no_place)
    async with world.session() as session:
        assert (await session.scalar(select(func.count(TrainingSession.id)))) == 0


async def test_sessions_in_one_space_may_not_overlap(net, client):
    first = await new_session(client, net["city"], net, title="Module 1")
    start = datetime.fromisoformat(first["starts_at"])
    overlapping = await new_session(
        client,
        net["anis"],
        net,
        provider_id=None,
        title="Module 2",
        starts_at=(start + timedelta(hours=1)).isoformat(),
        ends_at=(start + timedelta(hours=5)).isoformat(),
        expect=409,
    )
    assert overlapping["conflicting_session_id"] == first["id"]
    assert "Module 1" in overlapping["detail"]
    # Back to back is fine; another space or an outside venue too.
    await new_session(
        client,
        net["city"],
        net,
        starts_at=first["ends_at"],
        ends_at=(datetime.fromisoformat(first["ends_at"]) + timedelta(hours=2)).isoformat(),
    )
    await new_session(client, net["city"], net, space_id=str(net["s2"].id))
    await new_session(client, net["city"], net, space_id=None, venue="Médiathèque")
    # A cancelled session frees its slot.
    await client.post(
        f"{BASE}/{first['id']}/transitions", json={"to": "cancelled"}, headers=net["city"].headers
    )
    await new_session(
        client,
        net["city"],
        net,
        title="Module 1 bis",
        starts_at=first["starts_at"],
        ends_at=first["ends_at"],
    )


async def test_moving_a_session_onto_another_is_409(net, client):
    first = await new_session(client, net["city"], net)
    later_start, later_end = slot(days=9)
    second = await new_session(client, net["city"], net, starts_at=later_start, ends_at=later_end)
    moved = await client.patch(
        f"{BASE}/{second['id']}",
        json={"starts_at": first["starts_at"], "ends_at": first["ends_at"]},
        headers=net["city"].headers,
    )
    assert_problem(moved, 409)
    assert moved.json()["conflicting_session_id"] == first["id"]


@pytest.mark.commits
async def test_concurrent_scheduling_in_one_space_gives_one_session(net, client, world):
    import asyncio

    starts, ends = slot(days=20)
    responses = await asyncio.gather(
        *[
            client.post(
                BASE,
                headers=net["city"].headers,
                json={
                    "title": f"Séance {n}",
                    "skills": ["simulate-rsa"],
                    "audience": "residents",
                    "provider_id": str(net["trainer"].id),
                    "space_id": str(net["s1"].id),
                    "starts_at": starts,
                    "ends_at": ends,
                    "capacity": 5,
                },
            )
            for n in range(8)
        ]
    )
    assert sorted(r.status_code for r in responses) == [201] + [409] * 7


async def test_update_session_rules(net, client):
    created = await new_session(client, net["anis"], net, provider_id=None)
    sid = created["id"]
    patched = await client.patch(
        f"{BASE}/{sid}",
        json={"title": "Module 1 (nouvelle date)", "skills": ["simulate-rsa"], "capacity": 12},
        headers=net["anis"].headers,
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert [s["code"] for s in body["skills"]] == ["simulate-rsa"] and body["capacity"] == 12
    to_venue = await client.patch(
        f"{BASE}/{sid}", json={"venue": "CCAS"}, headers=net["city"].headers
    )
    assert to_venue.status_code == 200 and to_venue.json()["place"]["space_id"] is None
    assert_problem(
        await client.patch(f"{BASE}/{sid}", json={"venue": None}, headers=net["city"].headers),
        422,
        "venue",
    )
    assert_problem(
        await client.patch(
            f"{BASE}/{sid}", json={"ends_at": created["starts_at"]}, headers=net["city"].headers
        ),
        422,
        "ends_at",
    )
    assert_problem(
        await client.patch(f"{BASE}/{sid}", json={"skills": []}, headers=net["city"].headers),
        422,
        "skills",
    )
    assert_problem(
        await client.patch(f"{BASE}/{sid}", json={"title": "x"}, headers=net["assoc1"].headers), 403
    )
    assert_problem(
        await client.patch(f"{BASE}/{sid}", json={"title": "x"}, headers=net["other_anis"].headers),
        404,
    )
    stale = await client.patch(
        f"{BASE}/{sid}", json={"title": "y"}, headers={**net["city"].headers, "If-Match": '"stale"'}
    )
    assert_problem(stale, 412)


async def test_lifecycle_cancel_and_complete(net, client, world):
    created = await new_session(client, net["city"], net)
    sid = created["id"]
    assert_problem(
        await client.post(
            f"{BASE}/{sid}/transitions", json={"to": "cancelled"}, headers=net["vol1"].headers
        ),
        403,
    )
    early = await client.post(
        f"{BASE}/{sid}/transitions", json={"to": "completed"}, headers=net["anis"].headers
    )
    assert_problem(early, 409)
    cancelled = await client.post(
        f"{BASE}/{sid}/transitions",
        json={"to": "cancelled", "reason": "Formatrice malade"},
        headers=net["anis"].headers,
    )
    assert cancelled.status_code == 200, cancelled.text
    body = cancelled.json()
    assert body["status"] == "cancelled" and body["cancel_reason"] == "Formatrice malade"
    assert body["allowed_transitions"] == []
    again = await client.post(
        f"{BASE}/{sid}/transitions", json={"to": "completed"}, headers=net["city"].headers
    )
    assert_problem(again, 409)
    assert again.json()["allowed_transitions"] == []
    assert_problem(
        await client.patch(f"{BASE}/{sid}", json={"title": "x"}, headers=net["city"].headers), 409
    )
    async with world.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent.event_type)
                    .where(OutboxEvent.resource_id == sid)
                    .order_by(OutboxEvent.sequence)
                )
            )
            .scalars()
            .all()
        )
    assert events == ["training_session.created", "training_session.cancelled"]
    past_start, past_end = slot(days=-2)
    past = await new_session(client, net["city"], net, starts_at=past_start, ends_at=past_end)
    done = await client.post(
        f"{BASE}/{past['id']}/transitions", json={"to": "completed"}, headers=net["city"].headers
    )
    assert done.status_code == 200 and done.json()["completed_at"]


async def test_who_sees_which_sessions(net, client):
    mine = await new_session(client, net["anis"], net, provider_id=None)
    theirs = await new_session(
        client, net["other_anis"], net, provider_id=None, space_id=str(net["s2"].id)
    )
    seen = {}
    for who in ("city", "assoc1", "assoc2", "vol1", "anis", "other_anis", "partner"):
        response = await client.get(BASE, headers=net[who].headers)
        assert response.status_code == 200
        seen[who] = {s["id"] for s in response.json()["items"]}
    both = {mine["id"], theirs["id"]}
    assert seen["city"] == seen["assoc1"] == seen["assoc2"] == seen["vol1"] == both
    assert seen["anis"] == {mine["id"]} and seen["other_anis"] == {theirs["id"]}
    assert seen["partner"] == set()
    assert_problem(await client.get(f"{BASE}/{theirs['id']}", headers=net["anis"].headers), 404)
    assert_problem(await client.get(f"{BASE}/{mine['id']}", headers=net["partner"].headers), 404)
    read = await client.get(f"{BASE}/{mine['id']}", headers=net["vol1"].headers)
    assert read.status_code == 200 and read.json()["allowed_transitions"] == []
    assert (
        await client.get(
            f"{BASE}/{mine['id']}",
            headers={**net["vol1"].headers, "If-None-Match": read.headers["etag"]},
        )
    ).status_code == 304


async def test_calendar_filters_and_pagination(net, client):
    s1 = await new_session(client, net["city"], net, starts_at=slot(3)[0], ends_at=slot(3)[1])
    s2 = await new_session(
        client,
        net["city"],
        net,
        audience="residents",
        skills=["simulate-rsa"],
        starts_at=slot(10)[0],
        ends_at=slot(10)[1],
        space_id=str(net["s2"].id),
    )
    s3 = await new_session(
        client,
        net["other_anis"],
        net,
        provider_id=None,
        venue="CCAS",
        space_id=None,
        starts_at=slot(20)[0],
        ends_at=slot(20)[1],
    )

    async def ids(**params):
        response = await client.get(BASE, params=params, headers=net["city"].headers)
        assert response.status_code == 200, response.text
        return [s["id"] for s in response.json()["items"]]

    assert await ids() == [s1["id"], s2["id"], s3["id"]]
    assert await ids(**{"from": slot(5)[0]}) == [s2["id"], s3["id"]]
    assert await ids(**{"to": slot(15)[0]}) == [s1["id"], s2["id"]]
    assert await ids(space_id=str(net["s2"].id)) == [s2["id"]]
    assert await ids(skill="simulate-rsa") == [s2["id"]]
    assert await ids(skill="read-caf-file") == [s1["id"], s3["id"]]
    assert await ids(audience="residents") == [s2["id"]]
    assert await ids(provider_id=str(net["other_trainer"].id)) == [s3["id"]]
    assert await ids(status="cancelled") == []
    page = await client.get(BASE, params={"limit": 2}, headers=net["city"].headers)
    assert len(page.json()["items"]) == 2 and page.json()["next_cursor"]
    nxt = await client.get(
        BASE, params={"limit": 2, "cursor": page.json()["next_cursor"]}, headers=net["city"].headers
    )
    assert [s["id"] for s in nxt.json()["items"]] == [s3["id"]]
    assert_problem(
        await client.get(BASE, params={"audience": "all"}, headers=net["city"].headers),
        422,
        "audience",
    )
    assert_problem(
        await client.get(BASE, params={"from": "yesterday"}, headers=net["city"].headers),
        422,
        "from",
    )


def _calendar(response):
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    raw = response.content
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    return icalendar.Calendar.from_ical(raw)


async def test_icalendar_export_parses_with_stable_uids(net, client):
    long_title = "Atelier « démarches » ; CAF, Pôle emploi\\RSA — " + "é" * 60
    one = await new_session(
        client,
        net["city"],
        net,
        title=long_title[:200],
        description="Ligne 1\nLigne 2, avec virgule; et point-virgule",
    )
    two = await new_session(
        client,
        net["city"],
        net,
        space_id=None,
        venue="CCAS, salle 2",
        starts_at=slot(9)[0],
        ends_at=slot(9)[1],
    )
    await client.post(
        f"{BASE}/{two['id']}/transitions", json={"to": "cancelled"}, headers=net["city"].headers
    )
    for url in (f"{BASE}.ics", f"{BASE}?format=ics"):
        calendar = _calendar(await client.get(url, headers=net["vol1"].headers))
        events = calendar.walk("VEVENT")
        assert [str(e["UID"]) for e in events] == [
            f"{one['id']}@enc-roubaix",
            f"{two['id']}@enc-roubaix",
        ]
        first, second = events
        assert str(first["SUMMARY"]) == long_title[:200]
        assert "Ligne 1\nLigne 2, avec virgule; et point-virgule" in str(first["DESCRIPTION"])
        start = first.decoded("DTSTART")
        assert start.tzinfo is not None and start.utcoffset() == timedelta(0)
        assert start == datetime.fromisoformat(one["starts_at"]).astimezone(UTC)
        assert first.decoded("DTEND") == datetime.fromisoformat(one["ends_at"]).astimezone(UTC)
        assert str(first["STATUS"]) == "CONFIRMED"
        assert str(second["STATUS"]) == "CANCELLED"
        assert str(second["LOCATION"]) == "CCAS, salle 2"
    filtered = _calendar(
        await client.get(f"{BASE}.ics", params={"status": "cancelled"}, headers=net["city"].headers)
    )
    assert [str(e["UID"]) for e in filtered.walk("VEVENT")] == [f"{two['id']}@enc-roubaix"]
    assert (await client.get(f"{BASE}.ics")).status_code == 401


async def test_public_calendar_of_resident_workshops(net, client, world):
    staff = await new_session(client, net["city"], net)
    workshop = await new_session(
        client,
        net["city"],
        net,
        audience="residents",
        title="Atelier : créer son adresse mél",
        skills=["open-email-address"],
        starts_at=slot(4)[0],
        ends_at=slot(4)[1],
    )
    await client.post(
        f"{BASE}/{workshop['id']}/enrolments",
        json={"user_id": str(net["vol1"].id)},
        headers=net["vol1"].headers,
    )
    listed = await client.get(f"{API}/public/training-sessions")
    assert listed.status_code == 200, listed.text
    items = listed.json()["items"]
    assert [i["id"] for i in items] == [workshop["id"]]
    text = listed.text
    assert str(net["vol1"].id) not in text and net["vol1"].user.full_name not in text
    assert "enrol" not in text and "user" not in text
    assert items[0]["places_left"] == 9
    calendar = _calendar(await client.get(f"{API}/public/training-sessions.ics"))
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [f"{workshop['id']}@enc-roubaix"]
    assert staff["id"] not in listed.text


async def test_a_move_for_the_session_side_is_403_and_no_move_is_409(net, client):
    created = await new_session(client, net["city"], net)
    url = f"{BASE}/{created['id']}/transitions"
    refused = await client.post(url, json={"to": "cancelled"}, headers=net["assoc1"].headers)
    assert_problem(refused, 403)
    missing = await client.post(url, json={"to": "scheduled"}, headers=net["anis"].headers)
    assert_problem(missing, 409)
    assert missing.json()["allowed_transitions"] == ["cancelled", "completed"]
