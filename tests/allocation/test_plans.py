"""Allocation plans: the stock and shortfall of a draft, execution through the equipment rules
(all or nothing, a refusal names the item and the rule), twice moves nothing twice, requests
fulfilled as their items arrive, volunteers assigned from a date, scoping, audit, webhooks."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from app.core.clock import today
from app.models.allocation import AllocationLine
from app.models.audit import AuditEvent
from app.models.equipment import Movement
from app.models.outbox import OutboxEvent
from app.services.allocation.assignments import assign_due
from tests.allocation.helpers import PLANS, REQUESTS, approved, execute, ok, plan, stock
from tests.equipment.test_equipment import API, active_agreement, move


@pytest.fixture
async def net(world, client):
    w = await world.standard()
    await active_agreement(client, w["city"], w["a1"].id)
    await active_agreement(client, w["city"], w["a2"].id)
    return w


async def _item(client, city, item_id) -> dict:
    return await ok(await client.get(f"{API}/equipment/{item_id}", headers=city.headers))


async def _movements(world) -> int:
    async with world.session() as session:
        return await session.scalar(select(func.count()).select_from(Movement))


async def test_execute_allocates_the_stock_and_fulfils_the_requests(net, client, world):
    city = net["city"]
    r1 = await approved(client, city, net["assoc1"], net["s1"].id, quantity=2)
    r2 = await approved(client, city, net["assoc2"], net["s2"].id, quantity=4, approve=3)
    items = await stock(client, city, 5)
    (other,) = await stock(client, city, 1, funding_source="city_purchase")
    draft = await plan(
        client,
        city,
        [{"request_id": r1["id"]}, {"request_id": r2["id"]}],
        funding_source="assoclic",
    )
    assert draft["status"] == "draft" and [line["quantity"] for line in draft["lines"]] == [2, 3]
    assert draft["stock"] == [{"kind": "desktop", "needed": 5, "in_stock": 5, "shortfall": 0}]

    done = await ok(await execute(client, city, draft["id"]))
    assert done["status"] == "executed" and done["moved_count"] == 5 and done["stock"] == []
    assert done["executed_by"] == str(city.id)
    moved = [i for line in done["lines"] for i in line["equipment_ids"]]
    assert sorted(moved) == sorted(i["id"] for i in items)
    for line, space in zip(done["lines"], (net["s1"], net["s2"]), strict=True):
        for item_id in line["equipment_ids"]:
            read = await _item(client, city, item_id)
            assert (read["status"], read["space_id"]) == ("allocated", str(space.id))
            assert read["loan_agreement_id"]
            history = await ok(
                await client.get(f"{API}/equipment/{item_id}/movements", headers=city.headers)
            )
            assert [m["kind"] for m in history["items"]] == ["allocate"]
            assert history["items"][0]["actor_user_id"] == str(city.id)
    assert (await _item(client, city, other["id"]))["status"] == "in_stock"

    for request, quantity in ((r1, 2), (r2, 3)):
        read = await ok(await client.get(f"{REQUESTS}/{request['id']}", headers=city.headers))
        assert read["status"] == "fulfilled" and read["fulfilled_quantity"] == quantity
        assert read["fulfilled_at"]
    # the association sees what arrived on its request, not the city's plan
    mine = await ok(await client.get(f"{REQUESTS}/{r1['id']}", headers=net["assoc1"].headers))
    assert mine["fulfilled_quantity"] == 2
    response = await client.get(f"{PLANS}/{draft['id']}", headers=net["assoc1"].headers)
    assert response.status_code == 404

    async with world.session() as session:
        actions = (await session.execute(select(AuditEvent.action))).scalars().all()
        events = (await session.execute(select(OutboxEvent.event_type))).scalars().all()
    assert actions.count("equipment.allocate") == 5
    assert actions.count("allocation_plan.execute") == 1
    assert actions.count("equipment_request.fulfil") == 2
    assert events.count("allocation_plan.executed") == 1


async def test_executed_twice_moves_nothing_twice(net, client, world):
    city = net["city"]
    request = await approved(client, city, net["assoc1"], net["s1"].id, quantity=2)
    await stock(client, city, 4)
    draft = await plan(client, city, [{"request_id": request["id"]}])
    first = await ok(await execute(client, city, draft["id"]))
    count = await _movements(world)
    again = await ok(await execute(client, city, draft["id"]))
    assert again["status"] == "executed" and again["moved_count"] == 2
    assert again["lines"] == first["lines"] and again["executed_at"] == first["executed_at"]
    assert await _movements(world) == count == 2
    read = await ok(await client.get(f"{REQUESTS}/{request['id']}", headers=city.headers))
    assert read["fulfilled_quantity"] == 2
    # an executed plan no longer changes
    response = await client.post(
        f"{PLANS}/{draft['id']}/lines", json={"request_id": request["id"]}, headers=city.headers
    )
    assert response.status_code in (409, 422)


async def test_one_impossible_line_moves_nothing(net, client, world):
    city = net["city"]
    a3 = await world.association()
    s3 = await world.space(a3.id)
    member3 = await world.user("association", association_id=a3.id)
    ok_request = await approved(client, city, net["assoc1"], net["s1"].id, quantity=2)
    no_agreement = await approved(client, city, member3, s3.id, quantity=1)
    items = await stock(client, city, 3)
    draft = await plan(
        client, city, [{"request_id": ok_request["id"]}, {"request_id": no_agreement["id"]}]
    )
    response = await execute(client, city, draft["id"])
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["type"].endswith("validation") and "nothing was moved" in problem["detail"]
    (error,) = problem["errors"]
    assert error["type"] == "no_active_agreement" and error["loc"] == ["lines", 2]
    assert error["line_id"] == draft["lines"][1]["id"]
    assert await _movements(world) == 0
    for item in items:
        assert (await _item(client, city, item["id"]))["status"] == "in_stock"
    read = await ok(await client.get(f"{PLANS}/{draft['id']}", headers=city.headers))
    assert read["status"] == "draft" and read["moved_count"] == 0
    request = await ok(await client.get(f"{REQUESTS}/{ok_request['id']}", headers=city.headers))
    assert request["status"] == "approved" and request["fulfilled_quantity"] == 0

    # once the line goes, the rest of the plan executes
    url = f"{PLANS}/{draft['id']}/lines/{draft['lines'][1]['id']}"
    assert (await client.delete(url, headers=city.headers)).status_code == 204
    assert (await ok(await execute(client, city, draft["id"])))["moved_count"] == 2


async def test_a_refused_item_is_named_with_its_rule(net, client):
    city = net["city"]
    request = await approved(client, city, net["assoc1"], net["s1"].id, quantity=2)
    picked = await stock(client, city, 2)
    draft = await plan(
        client, city, [{"request_id": request["id"], "equipment_ids": [i["id"] for i in picked]}]
    )
    # one of the picked items leaves the stock before the plan runs
    moved = await move(client, city, picked[1]["id"], kind="send_to_repair", reason="écran")
    assert moved.status_code == 201
    response = await execute(client, city, draft["id"])
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["type"] == "not_in_stock"
    assert error["equipment_id"] == picked[1]["id"]
    assert error["inventory_number"] == picked[1]["inventory_number"]
    assert (await _item(client, city, picked[0]["id"]))["status"] == "in_stock"


async def test_shortfall_per_kind_is_shown_and_refuses_execution(net, client):
    city = net["city"]
    laptops = await approved(client, city, net["assoc1"], net["s1"].id, quantity=3, kind="laptop")
    await stock(client, city, 1, kind="laptop")
    await stock(client, city, 2, kind="laptop", funding_source="donation")
    draft = await plan(client, city, [{"request_id": laptops["id"]}], funding_source="assoclic")
    assert draft["stock"] == [{"kind": "laptop", "needed": 3, "in_stock": 1, "shortfall": 2}]
    response = await execute(client, city, draft["id"])
    assert response.status_code == 422
    assert [e["type"] for e in response.json()["errors"]] == ["stock_shortfall"]


async def test_partial_plans_fulfil_a_request_as_its_items_arrive(net, client):
    city = net["city"]
    request = await approved(client, city, net["assoc1"], net["s1"].id, quantity=3)
    await stock(client, city, 3)
    first = await plan(client, city, [{"request_id": request["id"], "quantity": 2}])
    await ok(await execute(client, city, first["id"]))
    read = await ok(await client.get(f"{REQUESTS}/{request['id']}", headers=city.headers))
    assert (read["status"], read["fulfilled_quantity"]) == ("approved", 2)
    # more than is left to fulfil is refused at the line, nothing written
    too_many = await client.post(
        PLANS,
        json={"title": "Reliquat", "lines": [{"request_id": request["id"], "quantity": 2}]},
        headers=city.headers,
    )
    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["loc"] == ["body", "lines", 0, "quantity"]
    assert too_many.json()["errors"][0]["type"] == "exceeds_approved"
    second = await plan(client, city, [{"request_id": request["id"]}])
    assert second["lines"][0]["quantity"] == 1
    await ok(await execute(client, city, second["id"]))
    read = await ok(await client.get(f"{REQUESTS}/{request['id']}", headers=city.headers))
    assert (read["status"], read["fulfilled_quantity"]) == ("fulfilled", 3)


async def test_only_approved_requests_are_planned(net, client):
    city = net["city"]
    response = await client.post(
        f"{REQUESTS}",
        json={
            "space_id": str(net["s1"].id),
            "kind": "printer",
            "quantity": 1,
            "justification": "Attestations CAF",
        },
        headers=net["assoc1"].headers,
    )
    submitted = await ok(response, 201)
    response = await client.post(
        PLANS,
        json={"title": "Trop tôt", "lines": [{"request_id": submitted["id"]}]},
        headers=city.headers,
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["type"] == "request_not_approved"
    assert (await ok(await client.get(PLANS, headers=city.headers)))["items"] == []


async def test_volunteer_lines_assign_from_their_date(net, client, world):
    city, a1 = net["city"], net["a1"]
    helper = await world.user("volunteer", association_id=a1.id, space_ids=[net["s1"].id])
    later = await world.user("volunteer", association_id=a1.id)
    outsider = await world.user("volunteer", association_id=net["a2"].id)
    response = await client.post(
        PLANS,
        json={
            "title": "Moyens humains",
            "lines": [{"user_id": str(outsider.id), "space_id": str(net["s1b"].id)}],
        },
        headers=city.headers,
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["type"] == "volunteer_not_assignable"
    future = (today() + timedelta(days=10)).isoformat()
    draft = await plan(
        client,
        city,
        [
            {"user_id": str(helper.id), "space_id": str(net["s1b"].id)},
            {"user_id": str(later.id), "space_id": str(net["s1"].id), "starts_on": future},
        ],
    )
    done = await ok(await execute(client, city, draft["id"]))
    assert done["lines"][0]["assigned_at"] and done["lines"][1]["assigned_at"] is None
    user = await ok(await client.get(f"{API}/users/{helper.id}", headers=city.headers))
    assert set(user["space_ids"]) == {str(net["s1"].id), str(net["s1b"].id)}
    user = await ok(await client.get(f"{API}/users/{later.id}", headers=city.headers))
    assert user["space_ids"] == []

    async with world.session() as session:  # the day comes: the job assigns, once
        await session.execute(
            update(AllocationLine)
            .where(AllocationLine.id == uuid.UUID(done["lines"][1]["id"]))
            .values(starts_on=today())
        )
        await session.commit()
    async with world.session() as session:
        assert await assign_due(session) == 1
    async with world.session() as session:
        assert await assign_due(session) == 0
    user = await ok(await client.get(f"{API}/users/{later.id}", headers=city.headers))
    assert user["space_ids"] == [str(net["s1"].id)]


async def test_only_the_city_plans_and_executes(net, client):
    city = net["city"]
    request = await approved(client, city, net["assoc1"], net["s1"].id, quantity=1)
    for who in (net["assoc1"], net["vol1"], net["partner"]):
        response = await client.post(
            PLANS,
            json={"title": "Plan", "lines": [{"request_id": request["id"]}]},
            headers=who.headers,
        )
        assert response.status_code == 403, who
    await stock(client, city, 1)
    draft = await plan(client, city, [{"request_id": request["id"]}])
    for who in (net["assoc1"], net["assoc2"], net["vol1"], net["partner"]):
        assert (await execute(client, who, draft["id"])).status_code == 404
        page = await ok(await client.get(PLANS, headers=who.headers))
        assert page["items"] == []


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ({}, "lines"),
        ({"request_id": "not-a-uuid"}, "request_id"),
        ({"request_id": str(uuid.uuid4()), "quantity": 0}, "quantity"),
        ({"request_id": str(uuid.uuid4()), "user_id": str(uuid.uuid4())}, "lines"),
        ({"user_id": str(uuid.uuid4())}, "lines"),
    ],
)
async def test_bad_lines_are_422_and_write_nothing(net, client, line, field):
    city = net["city"]
    response = await client.post(
        PLANS, json={"title": "Plan", "lines": [line]}, headers=city.headers
    )
    assert response.status_code == 422, response.text
    assert any(field in e["loc"] for e in response.json()["errors"]), response.json()
    assert (await ok(await client.get(PLANS, headers=city.headers)))["items"] == []


@pytest.mark.commits
async def test_two_callers_executing_at_once_move_each_item_once(net, client, world):
    import asyncio

    city = net["city"]
    for _ in range(2):
        request = await approved(client, city, net["assoc1"], net["s1"].id, quantity=3)
        await stock(client, city, 3)
        draft = await plan(client, city, [{"request_id": request["id"]}])
        before = await _movements(world)
        responses = await asyncio.gather(
            execute(client, city, draft["id"]), execute(client, city, draft["id"])
        )
        assert [r.status_code for r in responses] == [200, 200], [r.text for r in responses]
        assert all(r.json()["moved_count"] == 3 for r in responses)
        assert await _movements(world) == before + 3
        read = await ok(await client.get(f"{REQUESTS}/{request['id']}", headers=city.headers))
        assert read["fulfilled_quantity"] == 3


@pytest.mark.commits
async def test_two_plans_for_the_same_item_one_wins(net, client, world):
    import asyncio

    city = net["city"]
    (item,) = await stock(client, city, 1)
    drafts = []
    for member, space in ((net["assoc1"], net["s1"]), (net["assoc2"], net["s2"])):
        request = await approved(client, city, member, space.id, quantity=1)
        drafts.append(
            await plan(client, city, [{"request_id": request["id"], "equipment_ids": [item["id"]]}])
        )
    responses = await asyncio.gather(*(execute(client, city, d["id"]) for d in drafts))
    codes = sorted(r.status_code for r in responses)
    assert codes[0] == 200 and codes[1] in (409, 422), [r.text for r in responses]
    assert await _movements(world) == 1
    read = await _item(client, city, item["id"])
    winner = next(r for r in responses if r.status_code == 200).json()
    assert read["space_id"] == winner["lines"][0]["space_id"]
