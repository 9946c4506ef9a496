"""Engagements: the Service Civique's bounds, the tutor and the person of the space's
association, the status the dates give, the assignment given and taken back by the scheduler
(without anyone touching the engagement), early end and cancellation, scoping, audit and
webhooks."""

from datetime import timedelta

from sqlalchemy import func, select

from app.models.engagement import Engagement
from app.services.engagements.terms import add_months, service_civique_bounds
from tests.engagements.helpers import (
    API,
    BASE,
    assigned,
    audited,
    body,
    create,
    day,
    events,
    ok,
    run_job,
    service_civique,
)


async def _count(world) -> int:
    async with world.session() as session:
        return await session.scalar(select(func.count()).select_from(Engagement))


def _loc(response) -> list:
    assert response.status_code == 422, response.text
    return [e["loc"] for e in response.json()["errors"]]


def test_service_civique_months_run_to_the_day_before():
    from datetime import date

    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert service_civique_bounds(date(2026, 10, 1)) == (date(2027, 3, 31), date(2027, 9, 30))


async def test_service_civique_bounds_refused_naming_the_field(net, client, world):
    recruit, s1, own = net["recruit"], net["s1"], net["assoc1"]
    start = day(10)
    earliest, latest = service_civique_bounds(start)
    cases = [
        ({"ends_on": (earliest - timedelta(days=1)).isoformat()}, ["body", "ends_on"]),  # < 6 mo
        ({"ends_on": add_months(latest, 1).isoformat()}, ["body", "ends_on"]),  # > 12 months
        ({"ends_on": None}, ["body", "ends_on"]),  # an end date is required
        ({"weekly_hours": 20}, ["body", "weekly_hours"]),
        ({"weekly_hours": 50}, ["body", "weekly_hours"]),
        (
            {"service_civique": {"civic_training": {"on": day(30).isoformat(), "done": True}}},
            ["body", "service_civique", "civic_training", "on"],
        ),
    ]
    for overrides, loc in cases:
        data = service_civique(recruit, s1, starts_on=start.isoformat()) | overrides
        data = {k: v for k, v in data.items() if v is not None}
        response = await client.post(BASE, json=data, headers=own.headers)
        assert loc in _loc(response), (overrides, response.text)
    # a volunteer has no Service Civique terms
    data = body(recruit, s1, service_civique={"contract_reference": "SC-1"})
    assert ["body", "service_civique"] in _loc(
        await client.post(BASE, json=data, headers=own.headers)
    )
    assert await _count(world) == 0  # nothing written

    # the bounds themselves are accepted: 6 months at 24 h, then (later) 12 months at 48 h
    shortest = await create(
        client,
        own,
        service_civique(recruit, s1, starts_on=start.isoformat(), weekly_hours=24)
        | {"ends_on": earliest.isoformat()},
    )
    assert (
        shortest["status"] == "planned" and shortest["service_civique"]["trainings_done"] is False
    )
    after = add_months(start, 7)
    _, longest_end = service_civique_bounds(after)
    longest = await create(
        client,
        own,
        service_civique(recruit, s1, starts_on=after.isoformat(), weekly_hours=48)
        | {"ends_on": longest_end.isoformat()},
    )
    assert longest["weekly_hours"] == 48


async def test_person_tutor_and_space_are_the_association_s(net, client, world):
    recruit, s1, own = net["recruit"], net["s1"], net["assoc1"]
    other_member = await world.user("volunteer", association_id=net["a2"].id)
    cases = [
        (body(other_member, s1), ["body", "user_id"]),
        (body(net["partner"], s1), ["body", "user_id"]),
        (body(recruit, net["s2"]), ["body", "space_id"]),  # another association's space
        (body(recruit, s1, tutor_id=str(other_member.id)), ["body", "tutor_id"]),
        (body(recruit, s1, tutor_id=str(recruit.id)), ["body", "tutor_id"]),
        (body(recruit, s1, ends_on=day(-1).isoformat()), ["body", "ends_on"]),
    ]
    for data, loc in cases:
        assert loc in _loc(await client.post(BASE, json=data, headers=own.headers)), data
    assert await _count(world) == 0

    made = await create(client, own, body(recruit, s1, tutor_id=str(net["tutor"].id)))
    assert made["tutor_id"] == str(net["tutor"].id) and made["association_id"] == str(net["a1"].id)
    # one engagement at a time per person and space
    again = await client.post(
        BASE, json=body(recruit, s1, starts_on=day(5).isoformat()), headers=own.headers
    )
    assert again.status_code == 409, again.text
    # the city records one too; a volunteer and a partner may not
    assert (
        await client.post(BASE, json=body(recruit, net["s1b"]), headers=net["vol1"].headers)
    ).status_code == 403
    assert (
        await client.post(BASE, json=body(recruit, net["s1b"]), headers=net["partner"].headers)
    ).status_code == 403
    await create(client, net["city"], body(recruit, net["s1b"]))


async def test_an_engagement_ends_its_assignment_on_its_end_date_by_itself(
    net, client, world, monkeypatch
):
    recruit, s1, own = net["recruit"], net["s1"], net["assoc1"]
    data = service_civique(recruit, s1, months_days=0, tutor_id=str(net["tutor"].id))
    start = day()
    last = service_civique_bounds(start)[0]
    data |= {"starts_on": start.isoformat(), "ends_on": last.isoformat()}
    made = await create(client, own, data)
    # starting today: active at once, and the recruit is assigned to the space
    assert made["status"] == "active" and made["assigned_at"] is not None
    assert await assigned(world, recruit.id, s1.id)
    user = await ok(await client.get(f"{API}/users/{recruit.id}", headers=own.headers))
    assert user["space_ids"] == [str(s1.id)]
    space = await client.get(f"{API}/spaces/{s1.id}", headers=recruit.headers)
    assert space.status_code == 200  # the volunteer reads its space now
    assert await run_job(world, start) == 0  # nothing to do yet

    # the day after the last day: reads show it ended, but write nothing
    after = last + timedelta(days=1)
    monkeypatch.setattr("app.services.engagements.records.today", lambda: after)
    read = await ok(await client.get(f"{BASE}/{made['id']}", headers=own.headers))
    assert read["status"] == "ended" and read["unassigned_at"] is None
    assert await assigned(world, recruit.id, s1.id)  # reads never write

    # the scheduler writes the end down and ends the assignment, once
    assert await run_job(world, after) == 1
    assert await run_job(world, after) == 0
    assert not await assigned(world, recruit.id, s1.id)
    read = await ok(await client.get(f"{BASE}/{made['id']}", headers=own.headers))
    assert read["status"] == "ended" and read["unassigned_at"] is not None
    assert read["ended_at"] is not None and read["allowed_transitions"] == []
    user = await ok(await client.get(f"{API}/users/{recruit.id}", headers=own.headers))
    assert user["space_ids"] == []
    # the volunteer's access to the space went with it, at once (the caller cache forgot it)
    space = await client.get(f"{API}/spaces/{s1.id}", headers=recruit.headers)
    assert space.status_code == 404
    changed = await events(world, "engagement.status_changed")
    assert [(e["previous"], e["status"], e["automatic"]) for e in changed] == [
        ("active", "ended", True)
    ]
    assert "user_id" not in changed[0]  # no person in a webhook
    unassign = await audited(world, "engagement.unassign")
    assert len(unassign) == 1 and unassign[0].changes["assignment_ended"] is True
    # an ended engagement no longer changes
    response = await client.patch(
        f"{BASE}/{made['id']}", json={"weekly_hours": 30}, headers=own.headers
    )
    assert response.status_code == 409, response.text


async def test_a_planned_engagement_starts_and_assigns_on_its_first_day(net, client, world):
    recruit, s1, own = net["recruit"], net["s1"], net["assoc1"]
    made = await create(client, own, body(recruit, s1, starts_on=day(3).isoformat()))
    assert made["status"] == "planned" and made["allowed_transitions"] == ["cancelled"]
    assert not await assigned(world, recruit.id, s1.id)
    planned = await ok(await client.get(BASE, params={"status": "planned"}, headers=own.headers))
    assert [e["id"] for e in planned["items"]] == [made["id"]]
    assert await run_job(world, day(2)) == 0
    assert await run_job(world, day(3)) == 1
    assert await run_job(world, day(3)) == 0
    assert await assigned(world, recruit.id, s1.id)
    started = await events(world, "engagement.status_changed")
    assert [(e["previous"], e["status"]) for e in started] == [("planned", "active")]


async def test_consecutive_engagements_keep_the_assignment(net, client, world):
    """The first ends the day before the second starts: the assignment is not lost between."""
    recruit, s1, own = net["recruit"], net["s1"], net["assoc1"]
    first = await create(client, own, body(recruit, s1, ends_on=day(9).isoformat()))
    await create(client, own, body(recruit, s1, starts_on=day(10).isoformat()))
    assert await run_job(world, day(10)) == 2
    assert await assigned(world, recruit.id, s1.id)
    (unassign,) = await audited(world, "engagement.unassign")
    assert unassign.resource_id == first["id"] and unassign.changes["assignment_ended"] is False


async def test_ending_early_and_cancelling_need_a_reason(net, client, world):
    recruit, s1, own = net["recruit"], net["s1"], net["assoc1"]
    active = await create(client, own, body(recruit, s1, ends_on=day(100).isoformat()))
    url = f"{BASE}/{active['id']}/transitions"
    response = await client.post(url, json={"to": "ended"}, headers=own.headers)
    assert ["body", "reason"] in _loc(response)
    response = await client.post(url, json={"to": "cancelled", "reason": "x"}, headers=own.headers)
    assert response.status_code == 409 and response.json()["allowed_transitions"] == ["ended"]
    response = await client.post(
        url, json={"to": "ended", "reason": "Départ"}, headers=net["vol1"].headers
    )
    assert response.status_code == 404  # not its engagement: not even seen
    ended = await ok(
        await client.post(
            url, json={"to": "ended", "reason": "Départ du quartier"}, headers=own.headers
        )
    )
    assert ended["status"] == "ended" and ended["ends_on"] == day().isoformat()
    assert ended["end_reason"] == "Départ du quartier"
    assert not await assigned(world, recruit.id, s1.id)  # at once, in the same transaction

    planned = await create(client, own, body(recruit, s1, starts_on=day(30).isoformat()))
    cancelled = await ok(
        await client.post(
            f"{BASE}/{planned['id']}/transitions",
            json={"to": "cancelled", "reason": "Engagement reporté"},
            headers=net["city"].headers,
        )
    )
    assert cancelled["status"] == "cancelled" and cancelled["cancelled_at"] is not None
    assert await run_job(world, day(30)) == 0  # a cancelled one never starts
    transitions = await audited(world, "engagement.transition")
    assert sorted(e.changes["status"]["after"] for e in transitions) == ["cancelled", "ended"]


async def test_changes_keep_the_rules(net, client, world):
    recruit, s1, own = net["recruit"], net["s1"], net["assoc1"]
    made = await create(client, own, service_civique(recruit, s1))
    url = f"{BASE}/{made['id']}"
    for change, loc in (
        ({"weekly_hours": 20}, ["body", "weekly_hours"]),
        ({"ends_on": day(400).isoformat()}, ["body", "ends_on"]),
        ({"ends_on": None}, ["body", "ends_on"]),
        ({"tutor_id": str(net["vol1"].id), "weekly_hours": 61}, ["body", "weekly_hours"]),
    ):
        assert loc in _loc(await client.patch(url, json=change, headers=own.headers)), change
    # under way, its first day stays
    response = await client.patch(url, json={"starts_on": day(1).isoformat()}, headers=own.headers)
    assert response.status_code == 409, response.text
    terms = {
        "contract_reference": "SC-059-26-00042",
        "civic_training": {"on": day(-1).isoformat(), "done": True},
        "first_aid_training": {"on": day().isoformat(), "done": True},
    }
    changed = await ok(
        await client.patch(
            url,
            json={"service_civique": terms, "tutor_id": str(net["vol1"].id)},
            headers=own.headers,
        )
    )
    assert changed["service_civique"]["trainings_done"] is True
    assert changed["service_civique"]["contract_reference"] == "SC-059-26-00042"
    assert changed["weekly_hours"] == 28  # untouched
    assert len(await events(world, "engagement.updated")) == 1
    assert len(await audited(world, "engagement.update")) == 1
    # a volunteer may not change it, even as its tutor
    response = await client.patch(url, json={"weekly_hours": 30}, headers=net["vol1"].headers)
    assert response.status_code == 403, response.text


async def test_who_sees_an_engagement(net, client, world):
    recruit, s1, own = net["recruit"], net["s1"], net["assoc1"]
    made = await create(client, own, body(recruit, s1, tutor_id=str(net["vol1"].id)))
    url = f"{BASE}/{made['id']}"
    stranger = await world.user("volunteer", association_id=net["a1"].id, space_ids=[s1.id])
    for account, status in (
        (net["city"], 200),
        (own, 200),
        (recruit, 200),  # its own
        (net["vol1"], 200),  # its tutor
        (stranger, 404),  # another volunteer of the same space
        (net["assoc2"], 404),
        (net["partner"], 404),
    ):
        response = await client.get(url, headers=account.headers)
        assert response.status_code == status, (account.user.email, response.text)
    created = await events(world, "engagement.created")
    assert [(e["id"], e["status"]) for e in created] == [(made["id"], "active")]
    assert "user_id" not in created[0] and "tutor_id" not in created[0]
    mine = await ok(await client.get(BASE, headers=recruit.headers))
    assert [e["id"] for e in mine["items"]] == [made["id"]]
    assert (await ok(await client.get(BASE, headers=net["assoc2"].headers)))["items"] == []
    by_space = await ok(
        await client.get(
            BASE, params={"space_id": str(s1.id), "kind": "volunteer"}, headers=net["city"].headers
        )
    )
    assert [e["id"] for e in by_space["items"]] == [made["id"]]
    none = await ok(await client.get(BASE, params={"status": "ended"}, headers=own.headers))
    assert none["items"] == []


async def test_the_person_finds_its_engagement_in_its_export(net, client):
    recruit, own = net["recruit"], net["assoc1"]
    made = await create(client, own, service_civique(recruit, net["s1"]))
    await ok(
        await client.put(
            f"{API}/associations/{net['a1'].id}/resource-persons/{recruit.id}",
            json={"skills": ["read-caf-file"]},
            headers=own.headers,
        )
    )
    export = await ok(await client.get(f"{API}/users/me/export", headers=recruit.headers))
    (mine,) = export["engagements"]
    assert mine["id"] == made["id"] and mine["kind"] == "service_civique"
    assert mine["service_civique"]["trainings_done"] is False
    assert [m["association_id"] for m in export["resource_person_of"]] == [str(net["a1"].id)]
    other = await ok(await client.get(f"{API}/users/me/export", headers=net["vol1"].headers))
    assert other["engagements"] == [] and other["resource_person_of"] == []


async def test_vocabularies_and_webhook_subscriptions_know_engagements(net, client):
    vocabularies = await ok(await client.get(f"{API}/vocabularies"))
    named = (
        {v["name"]: v for v in vocabularies}
        if isinstance(vocabularies, list)
        else {name: v for name, v in vocabularies.items()}
    )
    assert "engagement_kind" in named and "engagement_status" in named
    body = {
        "url": "https://93.184.215.14/hook",
        "event_types": ["engagement.created", "engagement.updated", "engagement.status_changed"],
    }
    hook = await ok(
        await client.post(f"{API}/webhooks", json=body, headers=net["city"].headers), 201
    )
    assert sorted(hook["event_types"]) == sorted(body["event_types"])
