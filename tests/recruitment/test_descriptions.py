"""Job descriptions: the city publishes the network's, associations derive their own; editing
a published description writes a new version and missions keep theirs."""

from sqlalchemy import func, select

from app.models.recruitment import JobDescription, JobDescriptionSkill
from tests.recruitment.helpers import (
    DESCRIPTION,
    DESCRIPTIONS,
    MISSIONS,
    ok,
    open_mission,
    published_description,
)


async def test_city_publishes_the_network_description_and_an_association_derives_its_own(
    net, client
):
    city, assoc1, assoc2 = net["city"], net["assoc1"], net["assoc2"]
    draft = await ok(await client.post(DESCRIPTIONS, json=DESCRIPTION, headers=city.headers), 201)
    assert draft["association_id"] is None and draft["status"] == "draft"
    assert draft["allowed_transitions"] == ["published"]
    # a draft of the network is the city's alone
    assert (
        await client.get(f"{DESCRIPTIONS}/{draft['id']}", headers=assoc1.headers)
    ).status_code == 404
    url = f"{DESCRIPTIONS}/{draft['id']}/transitions"
    network = await ok(await client.post(url, json={"to": "published"}, headers=city.headers))
    assert network["content"]["published_at"] is not None
    assert network["content"]["skills"] == [
        {"skill_code": "open-email-address", "level": "trainer"},
        {"skill_code": "read-caf-file", "level": "practitioner"},
    ]
    seen = await ok(await client.get(f"{DESCRIPTIONS}/{network['id']}", headers=assoc1.headers))
    assert seen["allowed_transitions"] == []  # read, not managed
    refused = await client.patch(
        f"{DESCRIPTIONS}/{network['id']}", json={"weekly_hours": 30}, headers=assoc1.headers
    )
    assert refused.status_code == 403

    derived_body = DESCRIPTION | {"derived_from_id": network["id"], "kind": "volunteer"}
    derived = await ok(
        await client.post(DESCRIPTIONS, json=derived_body, headers=assoc1.headers), 201
    )
    assert derived["association_id"] == str(net["a1"].id)
    assert derived["derived_from_id"] == network["id"]
    assert (
        await client.get(f"{DESCRIPTIONS}/{derived['id']}", headers=assoc2.headers)
    ).status_code == 404
    mine = await ok(
        await client.get(DESCRIPTIONS, params={"network": "false"}, headers=assoc2.headers)
    )
    assert mine["items"] == []
    partner = await ok(await client.get(DESCRIPTIONS, headers=net["partner"].headers))
    assert partner["items"] == []
    # an association does not write the network's descriptions, nor another's
    body = DESCRIPTION | {"association_id": str(net["a2"].id)}
    assert (await client.post(DESCRIPTIONS, json=body, headers=assoc1.headers)).status_code == 403
    # deriving from a draft or an association's description is refused
    body = DESCRIPTION | {"derived_from_id": derived["id"]}
    refused = await client.post(DESCRIPTIONS, json=body, headers=assoc2.headers)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "derived_from_id"]


async def test_editing_a_published_description_makes_a_version_and_missions_keep_theirs(
    net, client
):
    city = net["city"]
    description = await published_description(client, city)
    first = await open_mission(client, city, description["id"], net["s1"].id)
    assert first["job_description_version"] == 1

    url = f"{DESCRIPTIONS}/{description['id']}"
    changed = await ok(
        await client.patch(
            url,
            json={
                "weekly_hours": 30,
                "skills": [{"skill_code": "simulate-rsa", "level": "awareness"}],
            },
            headers=city.headers,
        )
    )
    assert changed["current_version"] == 2
    assert changed["content"]["weekly_hours"] == 30
    assert changed["content"]["skills"] == [{"skill_code": "simulate-rsa", "level": "awareness"}]
    assert changed["content"]["published_at"] is not None

    old = await ok(await client.get(f"{url}/versions/1", headers=city.headers))
    assert old["weekly_hours"] == 24 and len(old["skills"]) == 2
    kept = await ok(await client.get(f"{MISSIONS}/{first['id']}", headers=city.headers))
    assert kept["job_description_version"] == 1
    assert kept["job_description_version_id"] == old["id"]
    second = await open_mission(client, city, description["id"], net["s1"].id)
    assert second["job_description_version"] == 2
    assert second["weekly_hours"] == 30  # the description's, by default
    assert (await client.get(f"{url}/versions/3", headers=city.headers)).status_code == 404


async def test_a_draft_is_edited_in_place(net, client, world):
    assoc1 = net["assoc1"]
    draft = await ok(await client.post(DESCRIPTIONS, json=DESCRIPTION, headers=assoc1.headers), 201)
    url = f"{DESCRIPTIONS}/{draft['id']}"
    body = {
        "title": "Animateur multimédia",
        "skills": [{"skill_code": "simulate-rsa", "level": "trainer"}],
    }
    edited = await ok(await client.patch(url, json=body, headers=assoc1.headers))
    assert edited["current_version"] == 1
    assert edited["content"]["title"] == "Animateur multimédia"
    assert edited["content"]["published_at"] is None
    assert edited["content"]["skills"] == [{"skill_code": "simulate-rsa", "level": "trainer"}]
    # a mission is opened under a published description only
    body = {
        "job_description_id": draft["id"],
        "space_id": str(net["s1"].id),
        "starts_on": "2030-01-07",
    }
    refused = await client.post(MISSIONS, json=body, headers=assoc1.headers)
    assert refused.status_code == 422


async def test_an_unknown_skill_is_refused_and_nothing_is_written(net, client, world):
    body = DESCRIPTION | {"skills": [{"skill_code": "juggling", "level": "trainer"}]}
    refused = await client.post(DESCRIPTIONS, json=body, headers=net["city"].headers)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "skills", 0, "skill_code"]
    twice = DESCRIPTION | {"skills": [DESCRIPTION["skills"][0]] * 2}
    assert (
        await client.post(DESCRIPTIONS, json=twice, headers=net["city"].headers)
    ).status_code == 422
    async with world.session() as session:
        assert await session.scalar(select(func.count()).select_from(JobDescription)) == 0
        assert await session.scalar(select(func.count()).select_from(JobDescriptionSkill)) == 0


async def test_an_archived_description_takes_no_mission_and_no_edit(net, client):
    city = net["city"]
    description = await published_description(client, city)
    url = f"{DESCRIPTIONS}/{description['id']}"
    archived = await ok(
        await client.post(f"{url}/transitions", json={"to": "archived"}, headers=city.headers)
    )
    assert archived["status"] == "archived" and archived["archived_at"]
    assert (
        await client.patch(url, json={"weekly_hours": 3}, headers=city.headers)
    ).status_code == 409
    again = await client.post(f"{url}/transitions", json={"to": "published"}, headers=city.headers)
    assert again.status_code == 409
    body = {
        "job_description_id": description["id"],
        "space_id": str(net["s1"].id),
        "starts_on": "2030-01-07",
    }
    assert (await client.post(MISSIONS, json=body, headers=city.headers)).status_code == 422
