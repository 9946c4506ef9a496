"""Equipment requests: an association asks for its spaces, the city reviews (under review,
approved in full or in part, declined with a reason), the association withdraws; scoping,
audit, webhooks, bad input."""

import pytest
from sqlalchemy import select

from app.models.audit import AuditEvent
from app.models.outbox import OutboxEvent
from tests.allocation.helpers import REQUESTS, ask, ok, review


@pytest.fixture
async def net(world):
    return await world.standard()


async def test_lifecycle_approved_in_part(net, client, world):
    city, member = net["city"], net["assoc1"]
    request = await ask(client, member, net["s1"].id, quantity=4, priority="high")
    assert request["status"] == "submitted" and request["association_id"] == str(net["a1"].id)
    assert request["allowed_transitions"] == ["withdrawn"]
    assert request["fulfilled_quantity"] == 0 and request["requested_by"] == str(member.id)

    seen = await ok(await client.get(f"{REQUESTS}/{request['id']}", headers=city.headers))
    assert seen["allowed_transitions"] == ["under_review", "approved", "declined"]
    await review(client, city, request["id"], "under_review")
    done = await review(client, city, request["id"], "approved", approved_quantity=2, reason="2 PC")
    assert done["status"] == "approved" and done["approved_quantity"] == 2
    assert done["reviewed_by"] == str(city.id) and done["decision_reason"] == "2 PC"
    # nobody makes the last move by hand: only an executed plan fulfils a request
    await review(client, city, request["id"], "fulfilled", status=403)
    await review(client, member, request["id"], "withdrawn", status=409)

    async with world.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action).where(AuditEvent.resource_id == request["id"])
                )
            )
            .scalars()
            .all()
        )
        events = (
            (
                await session.execute(
                    select(OutboxEvent.event_type).where(OutboxEvent.resource_id == request["id"])
                )
            )
            .scalars()
            .all()
        )
    assert actions.count("equipment_request.transition") == 2
    assert "equipment_request.create" in actions
    assert events.count("equipment_request.submitted") == 1
    assert events.count("equipment_request.status_changed") == 2


async def test_approval_in_full_by_default_and_never_above_the_ask(net, client):
    city, member = net["city"], net["assoc1"]
    request = await ask(client, member, net["s1"].id, quantity=3)
    response = await client.post(
        f"{REQUESTS}/{request['id']}/transitions",
        json={"to": "approved", "approved_quantity": 5},
        headers=city.headers,
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "approved_quantity"]
    full = await review(client, city, request["id"], "approved")
    assert full["approved_quantity"] == 3


async def test_decline_needs_a_reason_and_withdraw_is_the_association_s(net, client):
    city, member = net["city"], net["assoc1"]
    request = await ask(client, member, net["s1"].id)
    await review(client, city, request["id"], "declined", status=422)
    declined = await review(client, city, request["id"], "declined", reason="Déjà équipé.")
    assert declined["status"] == "declined" and declined["allowed_transitions"] == []

    other = await ask(client, member, net["s1b"].id)
    await review(client, city, other["id"], "withdrawn", status=403)
    gone = await review(client, member, other["id"], "withdrawn")
    assert gone["status"] == "withdrawn"


async def test_scoping_each_association_its_own(net, client):
    member, other = net["assoc1"], net["assoc2"]
    mine = await ask(client, member, net["s1"].id)
    await ask(client, other, net["s2"].id)
    for who, count in ((net["city"], 2), (member, 1), (other, 1)):
        page = await ok(await client.get(REQUESTS, headers=who.headers))
        assert len(page["items"]) == count
    for who in (other, net["vol1"], net["partner"]):
        response = await client.get(f"{REQUESTS}/{mine['id']}", headers=who.headers)
        assert response.status_code == 404
    filtered = await ok(
        await client.get(
            REQUESTS, params={"space_id": str(net["s2"].id)}, headers=net["city"].headers
        )
    )
    assert [r["space_id"] for r in filtered["items"]] == [str(net["s2"].id)]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"quantity": 0}, "quantity"),
        ({"quantity": 501}, "quantity"),
        ({"kind": "spaceship"}, "kind"),
        ({"justification": ""}, "justification"),
        ({"priority": "tomorrow"}, "priority"),
        ({"status": "approved"}, "status"),
    ],
)
async def test_bad_input_is_422_and_writes_nothing(net, client, change, field):
    member = net["assoc1"]
    body = {
        "space_id": str(net["s1"].id),
        "kind": "desktop",
        "quantity": 1,
        "justification": "Poste d'accueil",
    } | change
    response = await client.post(REQUESTS, json=body, headers=member.headers)
    assert response.status_code == 422, response.text
    assert any(field in e["loc"] for e in response.json()["errors"])
    assert (await ok(await client.get(REQUESTS, headers=member.headers)))["items"] == []


async def test_only_own_open_spaces(net, client, world):
    member = net["assoc1"]
    body = {"kind": "desktop", "quantity": 1, "justification": "Poste"}
    response = await client.post(
        REQUESTS, json=body | {"space_id": str(net["s2"].id)}, headers=member.headers
    )
    assert response.status_code == 422 and response.json()["errors"][0]["loc"] == [
        "body",
        "space_id",
    ]
    closed = await world.space(net["a1"].id, status="closed")
    response = await client.post(
        REQUESTS, json=body | {"space_id": str(closed.id)}, headers=member.headers
    )
    assert response.status_code == 422
    # the city reviews, it does not ask
    response = await client.post(
        REQUESTS, json=body | {"space_id": str(net["s1"].id)}, headers=net["city"].headers
    )
    assert response.status_code == 403
