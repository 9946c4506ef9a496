"""Development plans: one per association and period, the lifecycle, live indicators moved by
data posted through the API, baselines frozen at agreement, versions kept, scoping, audit."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models.audit import AuditEvent

API = "/api/v1"
BASE = f"{API}/development-plans"
PLAN = {
    "period": "2026-2027",
    "title": "Plan de développement 2026-2027",
    "objectives": [
        {
            "title": "Accueillir 200 visites par mois",
            "indicator": "visits_per_month",
            "target": 200,
        },
        {"title": "Deux partenariats avec les écoles", "target": 2, "unit": "partenariats"},
    ],
}


async def _ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


@pytest.fixture
async def net(world):
    return await world.standard()


async def _visit(client, account, space_id, n: int = 1) -> None:
    for _ in range(n):
        body = {
            "space_id": str(space_id),
            "occurred_at": datetime.now(UTC).isoformat(),
            "duration_minutes": 30,
            "mode": "free_access",
        }
        await _ok(await client.post(f"{API}/visits", json=body, headers=account.headers), 201)


async def _create(client, account, body=PLAN) -> dict:
    return await _ok(await client.post(BASE, json=body, headers=account.headers), 201)


async def _move(client, account, plan_id, to, reason=None, status=200) -> dict:
    body = {"to": to} | ({"reason": reason} if reason else {})
    response = await client.post(
        f"{BASE}/{plan_id}/transitions", json=body, headers=account.headers
    )
    return await _ok(response, status)


async def test_lifecycle_baseline_frozen_and_indicator_live(net, client):
    own, city = net["assoc1"], net["city"]
    plan = await _create(client, own)
    assert plan["status"] == "draft" and plan["allowed_transitions"] == ["submitted"]
    visits, declared = plan["objectives"]
    assert visits["kind"] == "indicator" and visits["current"] == 0
    assert visits["unit"] == "visites / mois" and visits["indicator_label"].startswith("Visites")
    assert declared["kind"] == "declarative" and declared["current"] is None

    await _visit(client, own, net["s1"].id, 3)
    plan = await _ok(await client.get(f"{BASE}/{plan['id']}", headers=own.headers))
    assert plan["objectives"][0]["current"] == 3  # live, before any agreement
    assert plan["objectives"][0]["baseline"] is None

    # only the city agrees; the association submits
    await _move(client, own, plan["id"], "submitted")
    await _move(client, own, plan["id"], "agreed", status=403)
    agreed = await _move(client, city, plan["id"], "agreed")
    assert agreed["status"] == "agreed" and agreed["agreed_version"] == 1
    assert agreed["objectives"][0]["baseline"] == 3 and agreed["objectives"][0]["trend"] == "stable"

    await _visit(client, own, net["s1b"].id, 2)  # another space of the same association
    await _visit(client, net["assoc2"], net["s2"].id, 5)  # another association: not counted
    now = await _ok(await client.get(f"{BASE}/{plan['id']}", headers=city.headers))
    objective = now["objectives"][0]
    assert (objective["baseline"], objective["current"], objective["trend"]) == (3, 5, "improving")
    assert objective["met"] is False

    # a declarative objective is reported, with who and when; an indicator is not
    url = f"{BASE}/{plan['id']}/objectives"
    reported = await _ok(
        await client.put(f"{url}/{declared['id']}/report", json={"value": 1}, headers=own.headers)
    )
    assert reported["objectives"][1]["current"] == 1
    assert reported["objectives"][1]["reported_by"] == str(own.id)
    assert reported["plan_version"] == 1  # a report is not a change of the plan
    response = await client.put(
        f"{url}/{visits['id']}/report", json={"value": 9}, headers=own.headers
    )
    assert response.status_code == 409

    closed = await _move(client, city, plan["id"], "closed")
    assert closed["status"] == "closed" and closed["allowed_transitions"] == []


async def test_change_after_agreement_makes_a_new_version(net, client, world):
    own, city = net["assoc1"], net["city"]
    plan = await _create(client, own)
    await _visit(client, own, net["s1"].id, 2)
    await _move(client, own, plan["id"], "submitted")
    # submitted: waits for the city, nothing changes
    response = await client.patch(
        f"{BASE}/{plan['id']}", json={"title": "Autre"}, headers=own.headers
    )
    assert response.status_code == 409
    await _move(client, city, plan["id"], "agreed")

    url = f"{BASE}/{plan['id']}/objectives"
    body = {
        "title": "Ouvrir 30 heures par semaine",
        "indicator": "hours_open_per_week",
        "target": 30,
    }
    revised = await _ok(await client.post(url, json=body, headers=own.headers), 201)
    assert (revised["status"], revised["plan_version"], revised["agreed_version"]) == (
        "draft",
        2,
        1,
    )
    assert revised["objectives"][0]["baseline"] == 2  # kept from the first agreement
    assert revised["objectives"][2]["baseline"] is None

    kept = await _ok(await client.get(f"{BASE}/{plan['id']}/versions/1", headers=city.headers))
    assert [o["title"] for o in kept["objectives"]] == [o["title"] for o in PLAN["objectives"]]
    assert kept["objectives"][0]["baseline"] == 2

    # the city sends it back once, with a reason; then agrees version 2
    await _move(client, own, plan["id"], "submitted")
    await _move(client, city, plan["id"], "draft", status=422)
    back = await _move(client, city, plan["id"], "draft", reason="Préciser la cible")
    assert back["return_reason"] == "Préciser la cible"
    await _ok(
        await client.patch(
            f"{url}/{revised['objectives'][2]['id']}", json={"target": 25}, headers=own.headers
        )
    )
    await _move(client, own, plan["id"], "submitted")
    second = await _move(client, city, plan["id"], "agreed")
    assert second["agreed_version"] == 2 and second["objectives"][2]["baseline"] is not None
    versions = await _ok(await client.get(f"{BASE}/{plan['id']}/versions", headers=own.headers))
    assert [v["number"] for v in versions["items"]] == [1, 2]
    assert len(versions["items"][0]["objectives"]) == 2
    assert versions["items"][1]["objectives"][2]["target"] == 25

    async with world.session() as session:
        actions = set(
            (
                await session.execute(
                    select(AuditEvent.action).where(AuditEvent.resource_type == "development_plan")
                )
            )
            .scalars()
            .all()
        )
    assert {
        "development_plan.create",
        "development_plan.transition",
        "development_plan.revise",
        "development_plan.objective_add",
        "development_plan.objective_update",
    } <= actions


async def test_one_plan_a_period_and_valid_periods(net, client):
    own = net["assoc1"]
    await _create(client, own)
    response = await client.post(BASE, json=PLAN, headers=own.headers)
    assert response.status_code == 409
    for period in ("2027-2026", "2026-2040", "2026"):
        response = await client.post(BASE, json=PLAN | {"period": period}, headers=own.headers)
        assert response.status_code == 422, period
    await _create(client, net["assoc2"])  # another association, same period: fine
    empty = await _create(client, own, {"period": "2028-2029", "title": "Vide"})
    await _move(client, own, empty["id"], "submitted", status=409)  # no objective yet


async def test_scoping(net, client):
    own, other, city = net["assoc1"], net["assoc2"], net["city"]
    plan = await _create(client, own)
    for account in (other, net["vol1"], net["partner"]):
        response = await client.get(f"{BASE}/{plan['id']}", headers=account.headers)
        assert response.status_code == 404
        listed = await _ok(await client.get(BASE, headers=account.headers))
        assert plan["id"] not in {p["id"] for p in listed["items"]}
    listed = await _ok(await client.get(BASE, headers=city.headers))
    assert plan["id"] in {p["id"] for p in listed["items"]}
    # the city does not write an association's plan; it agrees it
    response = await client.patch(f"{BASE}/{plan['id']}", json={"title": "X"}, headers=city.headers)
    assert response.status_code == 403
    response = await client.post(BASE, json=PLAN | {"period": "2030-2031"}, headers=city.headers)
    assert response.status_code == 403
    response = await client.post(
        BASE, json=PLAN | {"association_id": str(net["a2"].id)}, headers=own.headers
    )
    assert response.status_code == 422


async def test_indicators_of_the_registry(net, client):
    """Every indicator gives a number for a fresh association; hours open per week reads the
    spaces' published hours."""
    own = net["assoc1"]
    codes = [
        "visits_per_month",
        "residents_trained_on_skill",
        "hours_open_per_week",
        "volunteers_trained",
        "tickets_breached",
        "equipment_in_service",
    ]
    body = {
        "period": "2026-2027",
        "title": "Tous les indicateurs",
        "objectives": [{"title": c, "indicator": c, "target": 1} for c in codes],
    }
    plan = await _create(client, own, body)
    assert [o["current"] for o in plan["objectives"]] == [0, 0, 0, 0, 0, 0]
    hours = [{"weekday": "monday", "opens": "09:00", "closes": "12:00"}]
    await _ok(
        await client.patch(
            f"{API}/spaces/{net['s1'].id}", json={"opening_hours": hours}, headers=own.headers
        )
    )
    plan = await _ok(await client.get(f"{BASE}/{plan['id']}", headers=own.headers))
    assert plan["objectives"][2]["current"] == 3
    vocabularies = await _ok(await client.get(f"{API}/vocabularies"))
    registry = (
        next(v for v in vocabularies if v["name"] == "plan_indicator")
        if isinstance(vocabularies, list)
        else None
    )
    assert registry is None or {v["code"] for v in registry["values"]} == set(codes)
    _ = timedelta
