"""Subscriptions of the spaces: recorded in cents with their speeds, kept as periods (a change
of offer is a new period, never an overwrite), corrected in place only for what is not the
contract, ended without deletion; scoped by role; audited; bad input answers 422 with nothing
written."""

import pytest
from sqlalchemy import func, select

from app.models.audit import AuditEvent
from app.models.subscription import Subscription
from tests.subscriptions.helpers import API, SUBSCRIPTIONS, day, ok, subscribe


async def _count(world) -> int:
    async with world.session() as session:
        return await session.scalar(select(func.count()).select_from(Subscription))


async def test_record_read_and_list(net, client):
    created = await subscribe(
        client,
        net["assoc1"],
        net["s1"].id,
        measured_down_kbps=82000,
        measured_up_kbps=4600,
        measured_on=day(-3),
        commitment_ends_on=day(40),
    )
    assert created["line_id"] == created["id"] and created["period_number"] == 1
    assert created["association_id"] == str(net["a1"].id)
    assert created["monthly_cost_incl_vat_cents"] == 3480 and created["is_current"] is True
    assert created["status"] == "active" and created["ended_on"] is None
    response = await client.get(f"{SUBSCRIPTIONS}/{created['id']}", headers=net["city"].headers)
    assert (await ok(response))["measured_down_kbps"] == 82000
    assert response.headers["ETag"]
    listed = await ok(
        await client.get(f"{API}/spaces/{net['s1'].id}/subscriptions", headers=net["vol1"].headers)
    )
    assert [s["id"] for s in listed["items"]] == [created["id"]]
    flat = await ok(
        await client.get(
            SUBSCRIPTIONS,
            params={"provider": "  numericable", "kind": "internet", "payer": "city"},
            headers=net["city"].headers,
        )
    )
    assert [s["id"] for s in flat["items"]] == [created["id"]]
    none = await ok(
        await client.get(SUBSCRIPTIONS, params={"payer": "partner"}, headers=net["city"].headers)
    )
    assert none["items"] == []


@pytest.mark.parametrize(
    ("change", "loc"),
    [
        ({"monthly_cost_incl_vat_cents": 2899}, None),  # incl. VAT below excl. VAT
        ({"monthly_cost_excl_vat_cents": -1}, "monthly_cost_excl_vat_cents"),
        ({"monthly_cost_incl_vat_cents": 34.8}, "monthly_cost_incl_vat_cents"),  # no floats
        ({"connection_type": None}, None),  # an internet subscription names its type
        ({"measured_down_kbps": 1000}, None),  # a measure without its date
        ({"status": "ended"}, None),
        ({"payer": "mairie"}, "payer"),
        ({"commitment_ends_on": day(-500)}, "commitment_ends_on"),  # before it started
        ({"measured_down_kbps": 1000, "measured_on": day(2)}, "measured_on"),  # not yet
    ],
)
async def test_bad_input_is_422_and_writes_nothing(net, client, world, change, loc):
    before = await _count(world)
    body = {
        "kind": "internet",
        "provider": "Numericable",
        "offer": "Box",
        "connection_type": "cable",
        "monthly_cost_excl_vat_cents": 2900,
        "monthly_cost_incl_vat_cents": 3480,
        "payer": "city",
        "started_on": day(-400),
    } | change
    body = {k: v for k, v in body.items() if v is not None}
    response = await client.post(
        f"{API}/spaces/{net['s1'].id}/subscriptions", json=body, headers=net["assoc1"].headers
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    if loc:
        assert loc in {str(part) for e in response.json()["errors"] for part in e["loc"]}
    assert await _count(world) == before


async def test_a_change_of_offer_is_a_new_period_never_an_overwrite(net, client, world):
    first = await subscribe(client, net["assoc1"], net["s1"].id, commitment_ends_on=day(40))
    url = f"{SUBSCRIPTIONS}/{first['id']}/periods"
    change = {
        "starts_on": day(-10),
        "offer": "Fibre pro 500 Mbit/s",
        "connection_type": "fibre",
        "advertised_down_kbps": 500000,
        "monthly_cost_excl_vat_cents": 3500,
        "monthly_cost_incl_vat_cents": 4200,
        "commitment_ends_on": day(700),
    }
    second = await ok(await client.post(url, json=change, headers=net["assoc1"].headers), 201)
    assert second["line_id"] == first["id"] and second["period_number"] == 2
    assert second["provider"] == "Numericable" and second["payer"] == "city"  # carried over
    assert second["started_on"] == day(-10) and second["status"] == "active"
    old = await ok(await client.get(f"{SUBSCRIPTIONS}/{first['id']}", headers=net["city"].headers))
    assert old["ended_on"] == day(-11) and old["status"] == "ended" and not old["is_current"]
    assert old["offer"] == "Box pro 100 Mbit/s" and old["monthly_cost_incl_vat_cents"] == 3480
    periods = await ok(await client.get(url, headers=net["vol1"].headers))
    assert [(p["period_number"], p["offer"]) for p in periods["items"]] == [
        (1, "Box pro 100 Mbit/s"),
        (2, "Fibre pro 500 Mbit/s"),
    ]
    # the same history from the new period's id; the space's list shows the running one
    again = await ok(
        await client.get(f"{SUBSCRIPTIONS}/{second['id']}/periods", headers=net["city"].headers)
    )
    assert [p["id"] for p in again["items"]] == [first["id"], second["id"]]
    current = await ok(
        await client.get(f"{API}/spaces/{net['s1'].id}/subscriptions", headers=net["city"].headers)
    )
    assert [s["id"] for s in current["items"]] == [second["id"]]
    # an ended period changes no more; a change that changes nothing is refused
    stale = await client.post(url, json={"offer": "Autre"}, headers=net["assoc1"].headers)
    assert stale.status_code == 409
    patch = await client.patch(
        f"{SUBSCRIPTIONS}/{first['id']}", json={"notes": "x"}, headers=net["assoc1"].headers
    )
    assert patch.status_code == 409
    same = await client.post(
        f"{SUBSCRIPTIONS}/{second['id']}/periods",
        json={"offer": "Fibre pro 500 Mbit/s"},
        headers=net["assoc1"].headers,
    )
    assert same.status_code == 422
    early = await client.post(
        f"{SUBSCRIPTIONS}/{second['id']}/periods",
        json={"offer": "Fibre 1 Gbit/s", "starts_on": day(-10)},
        headers=net["assoc1"].headers,
    )
    assert early.status_code == 422
    cheaper = await client.post(
        f"{SUBSCRIPTIONS}/{second['id']}/periods",
        json={"monthly_cost_incl_vat_cents": 3400},  # below the carried 3500 excl. VAT
        headers=net["assoc1"].headers,
    )
    assert cheaper.status_code == 422
    assert await _count(world) == 2
    async with world.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action).where(AuditEvent.resource_type == "subscription")
                )
            )
            .scalars()
            .all()
        )
    assert sorted(actions) == ["subscription.change_offer", "subscription.create"]


async def test_corrections_in_place_and_the_end(net, client, world):
    created = await subscribe(client, net["assoc1"], net["s1"].id)
    url = f"{SUBSCRIPTIONS}/{created['id']}"
    tag = (await client.get(url, headers=net["assoc1"].headers)).headers["ETag"]
    measured = await ok(
        await client.patch(
            url,
            json={
                "measured_down_kbps": 64000,
                "measured_up_kbps": 4200,
                "measured_on": day(0),
                "status": "out_of_service",
            },
            headers=net["assoc1"].headers | {"If-Match": tag},
        )
    )
    assert measured["measured_down_kbps"] == 64000 and measured["status"] == "out_of_service"
    stale = await client.patch(
        url, json={"notes": "x"}, headers=net["assoc1"].headers | {"If-Match": tag}
    )
    assert stale.status_code == 412
    for body in (
        {"measured_down_kbps": 1},  # without its date
        {"status": "ended"},  # ended by /end
        {"status": None},
        {"offer": "Autre"},  # the contract is a new period
        {"measured_on": day(3), "measured_down_kbps": 1},  # not measured yet
    ):
        response = await client.patch(url, json=body, headers=net["assoc1"].headers)
        assert response.status_code == 422, (body, response.text)
    ended = await ok(
        await client.post(
            f"{url}/end",
            json={"ended_on": day(0), "reason": "Mutualisé."},
            headers=net["city"].headers,
        )
    )
    assert ended["status"] == "ended" and ended["ended_on"] == day(0)
    assert ended["end_reason"] == "Mutualisé."
    assert (
        await client.post(f"{url}/end", json={}, headers=net["city"].headers)
    ).status_code == 409
    assert await _count(world) == 1  # nothing deleted
    async with world.session() as session:
        audited = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.changes).where(
                    AuditEvent.resource_id == created["id"]
                )
            )
        ).all()
    assert [a for a, _ in audited].count("subscription.update") == 1
    assert "subscription.end" in [a for a, _ in audited]


async def test_roles_and_scopes(net, client):
    created = await subscribe(client, net["city"], net["s1"].id)
    url = f"{SUBSCRIPTIONS}/{created['id']}"
    # the other association and the volunteer of another space: not found
    for account in ("assoc2", "vol1b", "partner"):
        response = await client.get(url, headers=net[account].headers)
        assert response.status_code == 404, account
        listed = await ok(await client.get(SUBSCRIPTIONS, headers=net[account].headers))
        assert listed["items"] == []
    # the volunteer of S1 reads, never writes
    assert (await client.get(url, headers=net["vol1"].headers)).status_code == 200
    patch = await client.patch(url, json={"notes": "x"}, headers=net["vol1"].headers)
    assert patch.status_code == 403
    post = await client.post(
        f"{API}/spaces/{net['s1'].id}/subscriptions",
        json={
            "kind": "phone",
            "provider": "Orange",
            "offer": "Ligne fixe",
            "payer": "association",
            "monthly_cost_excl_vat_cents": 1500,
            "monthly_cost_incl_vat_cents": 1800,
        },
        headers=net["vol1"].headers,
    )
    assert post.status_code == 403
    # another association's space is not found to A1
    response = await client.post(
        f"{API}/spaces/{net['s2'].id}/subscriptions",
        json={
            "kind": "phone",
            "provider": "Orange",
            "offer": "Ligne fixe",
            "payer": "association",
            "monthly_cost_excl_vat_cents": 1500,
            "monthly_cost_incl_vat_cents": 1800,
        },
        headers=net["assoc1"].headers,
    )
    assert response.status_code == 404


async def test_closed_space_takes_no_subscription(net, client, world):
    closed = await world.space(net["a1"].id, status="closed")
    await subscribe(client, net["assoc1"], closed.id, expect=409)


async def test_expiring_within_days(net, client):
    soon = await subscribe(client, net["assoc1"], net["s1"].id, commitment_ends_on=day(20))
    later = await subscribe(client, net["city"], net["s2"].id, commitment_ends_on=day(70))
    await subscribe(client, net["assoc1"], net["s1b"].id, commitment_ends_on=day(-5))  # past
    await subscribe(client, net["assoc1"], net["s1b"].id)  # no commitment
    url = f"{SUBSCRIPTIONS}/expiring"
    got = await ok(await client.get(url, params={"within_days": 90}, headers=net["city"].headers))
    assert [s["id"] for s in got["items"]] == [soon["id"], later["id"]]
    got = await ok(await client.get(url, params={"within_days": 30}, headers=net["city"].headers))
    assert [s["id"] for s in got["items"]] == [soon["id"]]
    mine = await ok(await client.get(url, headers=net["assoc1"].headers))
    assert [s["id"] for s in mine["items"]] == [soon["id"]]
    bad = await client.get(url, params={"within_days": -1}, headers=net["city"].headers)
    assert bad.status_code == 422


def test_a_change_of_offer_refuses_null_for_every_column_a_period_always_has():
    """A field left out is carried over; sent as null it would reach a NOT NULL column (a 500
    the schema fuzzing found): refused at its place instead."""
    from app.models.subscription import Subscription
    from app.models.subscription.schemas import SubscriptionChange

    columns = {c.name: c for c in Subscription.__table__.columns}
    always = {name for name in SubscriptionChange.model_fields
              if name in columns and not columns[name].nullable}
    assert always == SubscriptionChange.non_nullable
