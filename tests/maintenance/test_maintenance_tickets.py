"""Maintenance tickets: lifecycle, who may move them, SLA deadlines, comments, timeline."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from app.core.clock import utcnow
from app.models.maintenance import MaintenanceTicket, TicketEvent
from app.models.outbox import OutboxEvent

TERMS = {
    "low": {"acknowledge_hours": 16, "resolve_hours": 72},
    "normal": {"acknowledge_hours": 8, "resolve_hours": 36},
    "high": {"acknowledge_hours": 4, "resolve_hours": 16},
    "urgent": {"acknowledge_hours": 1, "resolve_hours": 8},
}
BASE = "/api/v1/maintenance-tickets"


@pytest.fixture
async def net(world, client):
    w = await world.standard()
    response = await client.put(
        f"/api/v1/partners/{w['operator'].id}/maintenance-contract",
        json={"clock": "calendar", "is_network_default": True, "terms": TERMS},
        headers=w["city"].headers,
    )
    assert response.status_code == 200, response.text
    return w


async def open_ticket(client, account, space_id, **extra):
    body = {
        "space_id": str(space_id),
        "category": "printer",
        "title": "Imprimante en panne",
        "description": "Bourrage papier",
        **extra,
    }
    response = await client.post(BASE, json=body, headers=account.headers)
    assert response.status_code == 201, response.text
    return response.json()


async def move(client, account, ticket_id, to, comment=None, expect=200):
    body = {"to": to} | ({"comment": comment} if comment else {})
    response = await client.post(
        f"{BASE}/{ticket_id}/transitions", json=body, headers=account.headers
    )
    assert response.status_code == expect, response.text
    return response.json()


async def test_volunteer_opens_ticket_with_deadlines_and_operator(net, client):
    ticket = await open_ticket(client, net["vol1"], net["s1"].id, priority="high")
    assert ticket["status"] == "new"
    assert ticket["operator_id"] == str(net["operator"].id)
    assert ticket["requester_id"] == str(net["vol1"].id)
    assert ticket["clock"] == "calendar"
    created = ticket["created_at"]
    from datetime import datetime

    c = datetime.fromisoformat(created)
    assert datetime.fromisoformat(ticket["acknowledge_due_at"]) - c == timedelta(hours=4)
    assert datetime.fromisoformat(ticket["resolve_due_at"]) - c == timedelta(hours=16)
    assert ticket["allowed_transitions"] == ["cancelled"]
    assert ticket["breached"] is False


async def test_full_lifecycle_and_timeline(net, client, app):
    ticket = await open_ticket(client, net["assoc1"], net["s1"].id)
    tid = ticket["id"]
    operator = net["partner"]
    read = await client.get(f"{BASE}/{tid}", headers=operator.headers)
    assert read.json()["allowed_transitions"] == ["acknowledged"]
    await move(client, operator, tid, "acknowledged")
    await move(client, operator, tid, "in_progress")
    await move(client, operator, tid, "waiting_parts")
    await move(client, operator, tid, "in_progress")
    resolved = await move(client, operator, tid, "resolved", "Rouleau remplacé")
    assert resolved["solution"] == "Rouleau remplacé"
    assert resolved["resolved_at"] is not None
    closed = await move(client, net["assoc1"], tid, "closed")
    assert closed["status"] == "closed" and closed["closed_at"]
    assert closed["allowed_transitions"] == []

    events = await client.get(f"{BASE}/{tid}/events", headers=net["assoc1"].headers)
    kinds = [(e["kind"], e["to_status"]) for e in events.json()["items"]]
    assert kinds == [
        ("created", "new"),
        ("status_changed", "acknowledged"),
        ("status_changed", "in_progress"),
        ("status_changed", "waiting_parts"),
        ("status_changed", "in_progress"),
        ("status_changed", "resolved"),
        ("status_changed", "closed"),
    ]
    async with app.state.sessionmaker() as session:
        types = (
            (
                await session.execute(
                    select(OutboxEvent.event_type)
                    .where(OutboxEvent.resource_id == tid)
                    .order_by(OutboxEvent.sequence)
                )
            )
            .scalars()
            .all()
        )
    assert types == ["ticket.created"] + ["ticket.status_changed"] * 6


@pytest.mark.parametrize(
    ("status_path", "to"),
    [
        ([], "in_progress"),
        ([], "resolved"),
        ([], "closed"),
        ([], "waiting_parts"),
        (["acknowledged"], "resolved"),
        (["acknowledged"], "waiting_requester"),
        (["acknowledged", "in_progress"], "cancelled"),
        (["acknowledged", "in_progress"], "new"),
    ],
)
async def test_illegal_moves_are_409_listing_allowed(net, client, status_path, to):
    tid = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    for step in status_path:
        await move(client, net["city"], tid, step)
    response = await client.post(
        f"{BASE}/{tid}/transitions", json={"to": to}, headers=net["city"].headers
    )
    assert response.status_code == 409
    problem = response.json()
    assert problem["status"] == 409
    assert isinstance(problem["allowed_transitions"], list)
    assert to not in problem["allowed_transitions"]


async def test_who_may_move_what(net, client):
    tid = (await open_ticket(client, net["vol1"], net["s1"].id))["id"]
    # The requester side cannot acknowledge; the operator cannot cancel: the moves exist, for
    # others (403).
    await move(client, net["assoc1"], tid, "acknowledged", expect=403)
    await move(client, net["partner"], tid, "cancelled", expect=403)
    await move(client, net["partner"], tid, "acknowledged")
    await move(client, net["partner"], tid, "in_progress")
    await move(client, net["partner"], tid, "resolved", "OK")
    # The operator cannot confirm its own solution.
    await move(client, net["partner"], tid, "closed", expect=403)
    # Refusing the solution needs a reason.
    await move(client, net["vol1"], tid, "in_progress", expect=422)
    reopened = await move(client, net["vol1"], tid, "in_progress", "Toujours en panne")
    assert reopened["resolved_at"] is None and reopened["solution"] is None


async def test_resolution_requires_solution_text(net, client):
    tid = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    await move(client, net["partner"], tid, "acknowledged")
    await move(client, net["partner"], tid, "in_progress")
    response = await client.post(
        f"{BASE}/{tid}/transitions", json={"to": "resolved"}, headers=net["partner"].headers
    )
    assert response.status_code == 422
    assert "reason" in response.json()["detail"]
    assert response.json()["errors"][0]["loc"] == ["body", "comment"]


async def test_cancel_by_requester(net, client):
    tid = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    cancelled = await move(client, net["vol1"], tid, "cancelled")
    assert cancelled["status"] == "cancelled" and cancelled["cancelled_at"]


async def test_waiting_requester_pauses_resolve_clock(net, client, app):
    tid = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    await move(client, net["partner"], tid, "acknowledged")
    await move(client, net["partner"], tid, "in_progress")
    paused = await move(client, net["partner"], tid, "waiting_requester")
    assert paused["sla_paused"] is True
    due_before = paused["resolve_due_at"]
    # Pretend the pause began three hours ago.
    async with app.state.sessionmaker() as session:
        await session.execute(
            update(MaintenanceTicket)
            .where(MaintenanceTicket.id == uuid.UUID(tid))
            .values(paused_at=utcnow() - timedelta(hours=3))
        )
        await session.commit()
    resumed = await move(client, net["vol1"], tid, "in_progress")
    from datetime import datetime

    shift = datetime.fromisoformat(resumed["resolve_due_at"]) - datetime.fromisoformat(due_before)
    assert timedelta(hours=2, minutes=59) < shift < timedelta(hours=3, minutes=1)
    assert resumed["sla_paused"] is False


async def test_priority_change_recomputes_deadlines_and_is_operator_or_city(net, client):
    ticket = await open_ticket(client, net["assoc1"], net["s1"].id, priority="low")
    tid = ticket["id"]
    response = await client.patch(
        f"{BASE}/{tid}", json={"priority": "urgent"}, headers=net["assoc1"].headers
    )
    assert response.status_code == 403
    response = await client.patch(
        f"{BASE}/{tid}", json={"priority": "urgent"}, headers=net["partner"].headers
    )
    assert response.status_code == 200, response.text
    from datetime import datetime

    body = response.json()
    c = datetime.fromisoformat(body["created_at"])
    assert datetime.fromisoformat(body["resolve_due_at"]) - c == timedelta(hours=8)
    events = (await client.get(f"{BASE}/{tid}/events", headers=net["city"].headers)).json()
    assert any(
        e["kind"] == "priority_changed" and e["data"] == {"from": "low", "to": "urgent"}
        for e in events["items"]
    )


async def test_assignee_must_be_operator_user(net, client, world):
    tid = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    bad = await client.patch(
        f"{BASE}/{tid}", json={"assignee_id": str(net["vol1"].id)}, headers=net["partner"].headers
    )
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["loc"] == ["body", "assignee_id"]
    good = await client.patch(
        f"{BASE}/{tid}",
        json={"assignee_id": str(net["partner"].id)},
        headers=net["partner"].headers,
    )
    assert good.status_code == 200 and good.json()["assignee_id"] == str(net["partner"].id)


async def test_internal_comments_hidden_from_requesters(net, client):
    tid = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    public = await client.post(
        f"{BASE}/{tid}/comments", json={"body": "On passe jeudi"}, headers=net["partner"].headers
    )
    assert public.status_code == 201
    internal = await client.post(
        f"{BASE}/{tid}/comments",
        json={"body": "Client difficile", "internal": True},
        headers=net["partner"].headers,
    )
    assert internal.status_code == 201
    refused = await client.post(
        f"{BASE}/{tid}/comments",
        json={"body": "x", "internal": True},
        headers=net["assoc1"].headers,
    )
    assert refused.status_code == 403
    seen_by_requester = (
        await client.get(f"{BASE}/{tid}/events", headers=net["vol1"].headers)
    ).json()["items"]
    seen_by_city = (await client.get(f"{BASE}/{tid}/events", headers=net["city"].headers)).json()[
        "items"
    ]
    assert [e["body"] for e in seen_by_requester if e["kind"] == "comment"] == ["On passe jeudi"]
    assert len([e for e in seen_by_city if e["kind"] == "comment"]) == 2


async def test_scoping_of_tickets(net, client, world):
    t1 = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    t2 = (await open_ticket(client, net["assoc2"], net["s2"].id))["id"]
    other_operator = await world.partner("maintenance_operator")
    stranger = await world.user("partner", partner_id=other_operator.id)
    lists = {}
    for name, account in (
        ("city", net["city"]),
        ("assoc1", net["assoc1"]),
        ("vol1", net["vol1"]),
        ("partner", net["partner"]),
        ("stranger", stranger),
    ):
        response = await client.get(BASE, headers=account.headers)
        assert response.status_code == 200
        lists[name] = {item["id"] for item in response.json()["items"]}
    assert lists["city"] == {t1, t2}
    assert lists["assoc1"] == {t1}
    assert lists["vol1"] == {t1}
    assert lists["partner"] == {t1, t2}
    assert lists["stranger"] == set()
    assert (await client.get(f"{BASE}/{t2}", headers=net["assoc1"].headers)).status_code == 404
    assert (await client.get(f"{BASE}/{t1}", headers=stranger.headers)).status_code == 404


async def test_bad_input_writes_nothing(net, client, app):
    cases = [
        ({"space_id": "not-a-uuid"}, "space_id"),
        ({"category": "coffee"}, "category"),
        ({"priority": "asap"}, "priority"),
        ({"title": ""}, "title"),
        ({"description": ""}, "description"),
        ({"colour": "red"}, "colour"),
    ]
    for override, field in cases:
        body = {
            "space_id": str(net["s1"].id),
            "category": "printer",
            "title": "t",
            "description": "d",
            **override,
        }
        response = await client.post(BASE, json=body, headers=net["assoc1"].headers)
        assert response.status_code == 422, (field, response.text)
        assert any(field in e["loc"] for e in response.json()["errors"]), field
    # A space outside the caller's scope is an unknown space.
    body = {"space_id": str(net["s2"].id), "category": "printer", "title": "t", "description": "d"}
    response = await client.post(BASE, json=body, headers=net["assoc1"].headers)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "space_id"]
    async with app.state.sessionmaker() as session:
        assert (await session.execute(select(func.count(MaintenanceTicket.id)))).scalar() == 0
        assert (await session.execute(select(func.count(TicketEvent.id)))).scalar() == 0


async def test_no_operator_contracted_is_409(world, client):
    w = await world.standard()
    body = {"space_id": str(w["s1"].id), "category": "printer", "title": "t", "description": "d"}
    response = await client.post(BASE, json=body, headers=w["assoc1"].headers)
    assert response.status_code == 409
    assert "operator" in response.json()["detail"]


async def test_space_own_operator_wins_over_default(net, client, world):
    own = await world.partner("maintenance_operator")
    put = await client.put(
        f"/api/v1/partners/{own.id}/maintenance-contract",
        json={"clock": "business", "terms": TERMS},
        headers=net["city"].headers,
    )
    assert put.status_code == 200
    refused = await client.patch(
        f"/api/v1/spaces/{net['s1'].id}",
        json={"maintenance_operator_id": str(own.id)},
        headers=net["assoc1"].headers,
    )
    assert refused.status_code == 403
    set_ = await client.patch(
        f"/api/v1/spaces/{net['s1'].id}",
        json={"maintenance_operator_id": str(own.id)},
        headers=net["city"].headers,
    )
    assert set_.status_code == 200, set_.text
    ticket = await open_ticket(client, net["assoc1"], net["s1"].id)
    assert ticket["operator_id"] == str(own.id) and ticket["clock"] == "business"


async def test_breached_filter_and_due_before(net, client, app):
    late = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    fresh = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    async with app.state.sessionmaker() as session:
        await session.execute(
            update(MaintenanceTicket)
            .where(MaintenanceTicket.id == uuid.UUID(late))
            .values(acknowledge_due_at=utcnow() - timedelta(hours=1))
        )
        await session.commit()
    breached = await client.get(BASE, params={"breached": "true"}, headers=net["city"].headers)
    assert [t["id"] for t in breached.json()["items"]] == [late]
    assert breached.json()["items"][0]["acknowledge_breached"] is True
    ok = await client.get(BASE, params={"breached": "false"}, headers=net["city"].headers)
    assert [t["id"] for t in ok.json()["items"]] == [fresh]
    soon = (utcnow() + timedelta(hours=9)).isoformat()
    due = await client.get(BASE, params={"due_before": soon}, headers=net["city"].headers)
    assert {t["id"] for t in due.json()["items"]} == {late, fresh}


async def test_resolved_ticket_closes_itself_after_n_days(net, client, app):
    tid = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    await move(client, net["partner"], tid, "acknowledged")
    await move(client, net["partner"], tid, "in_progress")
    await move(client, net["partner"], tid, "resolved", "Réparé")
    async with app.state.sessionmaker() as session:
        await session.execute(
            update(MaintenanceTicket)
            .where(MaintenanceTicket.id == uuid.UUID(tid))
            .values(resolved_at=utcnow() - timedelta(days=8))
        )
        await session.commit()
    read = (await client.get(f"{BASE}/{tid}", headers=net["vol1"].headers)).json()
    assert read["status"] == "closed"
    # Too late to reopen.
    await move(client, net["vol1"], tid, "in_progress", "Encore en panne", expect=409)


async def test_maintenance_stats(net, client, app):
    t1 = (await open_ticket(client, net["assoc1"], net["s1"].id))["id"]
    await open_ticket(client, net["assoc2"], net["s2"].id)
    await move(client, net["partner"], t1, "acknowledged")
    await move(client, net["partner"], t1, "in_progress")
    await move(client, net["partner"], t1, "resolved", "OK")
    now = utcnow()
    params = {
        "from": (now - timedelta(days=1)).isoformat(),
        "to": (now + timedelta(days=1)).isoformat(),
        "group_by": "operator",
    }
    rows = (
        await client.get("/api/v1/stats/maintenance", params=params, headers=net["city"].headers)
    ).json()
    assert len(rows) == 1
    row = rows[0]
    assert row["operator_id"] == str(net["operator"].id)
    assert row["opened"] == 2 and row["resolved"] == 1
    assert row["breached"] == 0 and row["breach_rate"] == 0
    assert row["resolve_hours_median"] is not None and row["resolve_hours_median"] < 0.1
    scoped = (
        await client.get(
            "/api/v1/stats/maintenance",
            params=params | {"group_by": "space"},
            headers=net["assoc1"].headers,
        )
    ).json()
    assert [r["space_id"] for r in scoped] == [str(net["s1"].id)]
    bad = await client.get(
        "/api/v1/stats/maintenance",
        params=params | {"group_by": "colour"},
        headers=net["city"].headers,
    )
    assert bad.status_code == 422


async def test_ticket_sends_equipment_to_repair_and_resolution_brings_it_back(net, client):
    from tests.equipment.test_equipment import API, active_agreement, new_item
    from tests.equipment.test_equipment import move as move_item

    city = net["city"]
    await active_agreement(client, city, net["a1"].id)
    item = await new_item(client, city)
    allocated = await move_item(
        client, city, item["id"], kind="allocate", space_id=str(net["s1"].id)
    )
    assert allocated.status_code == 201, allocated.text
    elsewhere = await new_item(client, city)
    refused = await client.post(
        BASE,
        json={
            "space_id": str(net["s1"].id),
            "equipment_id": elsewhere["id"],
            "category": "hardware",
            "title": "Écran noir",
            "description": "Ne démarre plus",
        },
        headers=net["vol1"].headers,
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "equipment_id"]

    ticket = await open_ticket(
        client, net["vol1"], net["s1"].id, equipment_id=item["id"], category="hardware"
    )
    tid = ticket["id"]
    path = f"{BASE}/{tid}/equipment-repair"
    assert (await client.post(path, headers=net["vol1"].headers)).status_code == 403
    sent = await client.post(path, headers=net["partner"].headers)
    assert sent.status_code == 200, sent.text
    assert sent.json()["equipment_in_repair"] is True
    read = (await client.get(f"{API}/equipment/{item['id']}", headers=city.headers)).json()
    assert read["status"] == "in_repair"
    assert (await client.post(path, headers=net["partner"].headers)).status_code == 409

    await move(client, net["partner"], tid, "acknowledged")
    await move(client, net["partner"], tid, "in_progress")
    resolved = await move(client, net["partner"], tid, "resolved", "Carte mère changée")
    assert resolved["equipment_in_repair"] is False
    read = (await client.get(f"{API}/equipment/{item['id']}", headers=city.headers)).json()
    assert read["status"] == "allocated" and read["space_id"] == str(net["s1"].id)
    history = (
        await client.get(f"{API}/equipment/{item['id']}/movements", headers=city.headers)
    ).json()["items"]
    assert [m["kind"] for m in history] == ["allocate", "send_to_repair", "back_from_repair"]
    events = (await client.get(f"{BASE}/{tid}/events", headers=city.headers)).json()["items"]
    kinds = [e["kind"] for e in events]
    assert "equipment_sent_to_repair" in kinds and "equipment_back_from_repair" in kinds


async def test_a_move_for_another_side_is_403_and_no_move_is_409(net, client):
    tid = (await open_ticket(client, net["vol1"], net["s1"].id))["id"]
    url = f"{BASE}/{tid}/transitions"
    # `resolved` exists from in_progress, for the operator and the city: not from `new`
    missing = await client.post(
        url, json={"to": "resolved", "comment": "x"}, headers=net["partner"].headers
    )
    assert missing.status_code == 409, missing.text
    assert missing.json()["allowed_transitions"] == ["acknowledged"]
    await move(client, net["partner"], tid, "acknowledged")
    await move(client, net["partner"], tid, "in_progress")
    refused = await client.post(
        url, json={"to": "resolved", "comment": "x"}, headers=net["vol1"].headers
    )
    assert refused.status_code == 403, refused.text
    assert "operator" in refused.json()["detail"] and "city" in refused.json()["detail"]
    assert refused.json()["allowed_transitions"] == []
    read = await client.get(f"{BASE}/{tid}", headers=net["vol1"].headers)
    assert read.json()["status"] == "in_progress"
