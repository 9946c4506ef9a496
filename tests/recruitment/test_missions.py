"""Missions: the status machine, who opens them where, and the public list without personal
data."""

from sqlalchemy import select

from app.models.outbox import OutboxEvent
from tests.recruitment.helpers import (
    MISSIONS,
    PUBLIC,
    applicant,
    apply,
    ok,
    open_mission,
    published_description,
)


async def test_the_mission_status_machine(net, client, world):
    city, assoc1 = net["city"], net["assoc1"]
    description = await published_description(client, city)
    body = {
        "job_description_id": description["id"],
        "space_id": str(net["s1"].id),
        "places": 2,
        "starts_on": "2030-01-07",
        "tutor_id": str(net["vol1"].id),
    }
    mission = await ok(await client.post(MISSIONS, json=body, headers=assoc1.headers), 201)
    assert mission["status"] == "draft"
    assert mission["association_id"] == str(net["a1"].id)
    assert mission["allowed_transitions"] == ["open", "cancelled"]
    url = f"{MISSIONS}/{mission['id']}/transitions"
    # the tutor reads the mission but does not move it
    tutor = await client.post(url, json={"to": "open"}, headers=net["vol1"].headers)
    assert tutor.status_code == 403
    cancel = await client.post(url, json={"to": "cancelled"}, headers=assoc1.headers)
    assert cancel.status_code == 422
    assert cancel.json()["errors"][0]["loc"] == ["body", "reason"]
    closing = await client.post(url, json={"to": "closed"}, headers=assoc1.headers)
    assert closing.status_code == 409
    assert closing.json()["allowed_transitions"] == ["open", "cancelled"]
    opened = await ok(await client.post(url, json={"to": "open"}, headers=assoc1.headers))
    assert opened["status"] == "open" and opened["opened_at"]
    filled = await ok(await client.post(url, json={"to": "filled"}, headers=city.headers))
    assert filled["allowed_transitions"] == ["open", "closed"]
    closed = await ok(await client.post(url, json={"to": "closed"}, headers=assoc1.headers))
    assert closed["closed_at"]
    refused = await client.patch(
        f"{MISSIONS}/{mission['id']}", json={"places": 3}, headers=assoc1.headers
    )
    assert refused.status_code == 409
    async with world.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent.event_type).where(OutboxEvent.resource_id == mission["id"])
                )
            )
            .scalars()
            .all()
        )
    assert sorted(events) == ["mission.opened"] + ["mission.status_changed"] * 3


async def test_who_opens_missions_where(net, client):
    city, assoc1, assoc2 = net["city"], net["assoc1"], net["assoc2"]
    network = await published_description(client, city)
    own = await published_description(client, assoc1, title="Écrivain public", kind="public_writer")
    body = {
        "job_description_id": network["id"],
        "space_id": str(net["s2"].id),
        "starts_on": "2030-01-07",
    }
    # A1 cannot open at A2's space (not in its scope: unknown), the city can
    assert (await client.post(MISSIONS, json=body, headers=assoc1.headers)).status_code == 422
    await ok(await client.post(MISSIONS, json=body, headers=city.headers), 201)
    # A2 cannot use A1's own description (not found in its scope)
    body |= {"job_description_id": own["id"]}
    assert (await client.post(MISSIONS, json=body, headers=assoc2.headers)).status_code == 422
    # a tutor is a user of the space's association
    body = {
        "job_description_id": network["id"],
        "space_id": str(net["s1"].id),
        "starts_on": "2030-01-07",
        "tutor_id": str(net["assoc2"].id),
    }
    refused = await client.post(MISSIONS, json=body, headers=assoc1.headers)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "tutor_id"]
    ends_first = body | {"tutor_id": None, "ends_on": "2029-12-31"}
    assert (await client.post(MISSIONS, json=ends_first, headers=assoc1.headers)).status_code == 422
    # partners and volunteers do not open missions
    body.pop("tutor_id")
    assert (
        await client.post(MISSIONS, json=body, headers=net["partner"].headers)
    ).status_code == 403
    assert (await client.post(MISSIONS, json=body, headers=net["vol1"].headers)).status_code == 403


async def test_open_missions_are_public_without_personal_data(net, client):
    city = net["city"]
    description = await published_description(client, city)
    mission = await open_mission(
        client, city, description["id"], net["s1"].id, tutor_id=str(net["vol1"].id)
    )
    await ok(
        await client.post(
            MISSIONS,
            json={
                "job_description_id": description["id"],
                "space_id": str(net["s1"].id),
                "starts_on": "2030-01-07",
            },
            headers=city.headers,
        ),
        201,
    )  # a draft: not public
    await apply(client, mission["id"], applicant(1))
    listed = await ok(await client.get(PUBLIC))
    assert [m["id"] for m in listed["items"]] == [mission["id"]]
    shown = listed["items"][0]
    assert shown["kind"] == "service_civique"
    assert shown["space"]["id"] == str(net["s1"].id)
    assert shown["places_left"] == 1
    assert shown["privacy"]["retention_days"] == 730
    assert shown["skills"][0]["skill_code"] == "open-email-address"
    text = str(listed)
    for personal in ("tutor", str(net["vol1"].id), net["vol1"].user.email, "candidate1", "Inès"):
        assert personal not in text
    one = await ok(await client.get(f"{PUBLIC}/{mission['id']}"))
    assert one == shown
    filtered = await ok(await client.get(PUBLIC, params={"kind": "volunteer"}))
    assert filtered["items"] == []
    url = f"{MISSIONS}/{mission['id']}/transitions"
    await ok(await client.post(url, json={"to": "closed"}, headers=city.headers))
    assert (await client.get(f"{PUBLIC}/{mission['id']}")).status_code == 404
    assert (await ok(await client.get(PUBLIC)))["items"] == []
    assert (
        await client.post(f"{PUBLIC}/{mission['id']}/applications", json=applicant(2))
    ).status_code == 404


async def test_the_vocabularies_scopes_and_webhook_events_are_registered(client):
    vocabularies = {v["name"]: v for v in (await ok(await client.get("/api/v1/vocabularies")))}
    codes = {name: {v["code"] for v in vocabularies[name]["values"]} for name in vocabularies}
    assert codes["job_kind"] == {"volunteer", "service_civique", "employee", "public_writer"}
    assert codes["mission_status"] == {"draft", "open", "filled", "closed", "cancelled"}
    assert "mission_filled" in codes["decline_reason"]
    assert {"recruitment:read", "recruitment:write"} <= codes["api_key_scope"]
    assert {"application.stale", "mission.opened"} <= codes["webhook_event_type"]
