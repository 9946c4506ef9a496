"""Follow-up actions attached to a development plan's objective: only an objective of the owner
association's own plan, listable by objective, and an objective that actions serve cannot be
removed from a draft (nothing is left pointing at nothing)."""

import pytest

from app.core.clock import today
from tests.helpers_access import assert_problem

API = "/api/v1"


@pytest.fixture
async def net(world):
    return await world.standard()


async def _objective(client, account) -> tuple[str, str]:
    body = {
        "period": f"{today().year}-{today().year + 1}",
        "title": "Plan",
        "objectives": [{"title": "Ouvrir 20 h", "indicator": "hours_open_per_week", "target": 20}],
    }
    response = await client.post(f"{API}/development-plans", json=body, headers=account.headers)
    assert response.status_code == 201, response.text
    plan = response.json()
    return plan["id"], plan["objectives"][0]["id"]


async def test_an_action_serves_an_objective_of_its_owners_plan(net, client):
    city, a1, a2 = net["city"], net["a1"], net["a2"]
    plan_id, objective_id = await _objective(client, net["assoc1"])
    action = {"title": "Ouvrir le samedi matin", "objective_id": objective_id}

    # another association's action cannot serve A1's objective (an unknown reference, 422)
    other = await client.post(
        f"{API}/actions", json=action | {"owner_association_id": str(a2.id)}, headers=city.headers
    )
    assert_problem(other, 422)
    assert other.json()["errors"][0]["loc"] == ["body", "objective_id"]
    # nor can the other association, which does not see A1's plan, name it at all
    hidden = await client.post(f"{API}/actions", json=action, headers=net["assoc2"].headers)
    assert_problem(hidden, 422)

    made = await client.post(
        f"{API}/actions", json=action | {"owner_association_id": str(a1.id)}, headers=city.headers
    )
    assert made.status_code == 201, made.text
    assert made.json()["objective_id"] == objective_id
    free = await client.post(
        f"{API}/actions",
        json={"title": "Sans objectif", "owner_association_id": str(a1.id)},
        headers=city.headers,
    )
    assert free.status_code == 201 and free.json()["objective_id"] is None

    listed = await client.get(
        f"{API}/actions", params={"objective_id": objective_id}, headers=net["assoc1"].headers
    )
    assert [a["id"] for a in listed.json()["items"]] == [made.json()["id"]]

    # attaching later through PATCH follows the same rule
    attached = await client.patch(
        f"{API}/actions/{free.json()['id']}",
        json={"objective_id": objective_id},
        headers=city.headers,
    )
    assert attached.status_code == 200 and attached.json()["objective_id"] == objective_id

    removed = await client.delete(
        f"{API}/development-plans/{plan_id}/objectives/{objective_id}",
        headers=net["assoc1"].headers,
    )
    assert_problem(removed, 409)
    assert "2 follow-up action(s)" in removed.json()["detail"]


async def test_an_objective_names_a_skill_of_the_catalogue(net, client):
    """An unknown skill would leave its indicator at 0 for ever: 422, and nothing is written."""
    account = net["assoc1"]
    objective = {
        "title": "Former 10 habitants",
        "indicator": "residents_trained_on_skill",
        "skill_code": "no-such-skill",
        "target": 10,
    }
    body = {
        "period": f"{today().year}-{today().year + 1}",
        "title": "Plan",
        "objectives": [objective],
    }
    refused = await client.post(f"{API}/development-plans", json=body, headers=account.headers)
    assert_problem(refused, 422)
    assert refused.json()["errors"][0]["loc"] == ["body", "objectives", 0, "skill_code"]
    listed = await client.get(f"{API}/development-plans", headers=account.headers)
    assert listed.json()["items"] == []

    plan_id, _ = await _objective(client, account)
    added = await client.post(
        f"{API}/development-plans/{plan_id}/objectives", json=objective, headers=account.headers
    )
    assert_problem(added, 422)
    assert added.json()["errors"][0]["loc"] == ["body", "skill_code"]
    plan = (await client.get(f"{API}/development-plans/{plan_id}", headers=account.headers)).json()
    assert len(plan["objectives"]) == 1
    known = objective | {"skill_code": "read-caf-file"}
    ok = await client.post(
        f"{API}/development-plans/{plan_id}/objectives", json=known, headers=account.headers
    )
    assert ok.status_code == 201, ok.text
