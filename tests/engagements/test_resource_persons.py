"""Resource persons: marked by the city or the member's association for skills of the
catalogue, changed, unmarked (kept in the history) and marked again; who may read and write;
bad input refused with nothing written."""

from sqlalchemy import func, select

from app.models.engagement import ResourcePerson
from tests.engagements.helpers import API, audited, ok


def _url(association, user=None) -> str:
    base = f"{API}/associations/{association.id}/resource-persons"
    return base if user is None else f"{base}/{user.id}"


async def test_mark_change_unmark_and_mark_again(net, client, world):
    a1, vol, own = net["a1"], net["vol1"], net["assoc1"]
    body = {"skills": ["print-attestations", "open-email-address"], "note": "A installé l'ENC"}
    marked = await ok(await client.put(_url(a1, vol), json=body, headers=own.headers))
    assert marked["skills"] == ["open-email-address", "print-attestations"]
    assert marked["full_name"] == vol.user.full_name and marked["designated_by"] == str(own.id)
    listed = await ok(await client.get(_url(a1), headers=own.headers))
    assert [p["user_id"] for p in listed["items"]] == [str(vol.id)]
    by_skill = await ok(
        await client.get(_url(a1), params={"skill": "read-caf-file"}, headers=own.headers)
    )
    assert by_skill["items"] == []
    # the same PUT again changes the skills (none: a resource in general)
    changed = await ok(await client.put(_url(a1, vol), json={}, headers=net["city"].headers))
    assert changed["skills"] == [] and changed["id"] == marked["id"]

    response = await client.delete(_url(a1, vol), headers=own.headers)
    assert response.status_code == 204, response.text
    assert (await ok(await client.get(_url(a1), headers=own.headers)))["items"] == []
    assert (await client.delete(_url(a1, vol), headers=own.headers)).status_code == 404
    again = await ok(
        await client.put(_url(a1, vol), json={"skills": ["read-caf-file"]}, headers=own.headers)
    )
    assert again["id"] == marked["id"] and again["skills"] == ["read-caf-file"]
    actions = [
        e.action
        for name in ("mark", "update", "unmark")
        for e in await audited(world, f"resource_person.{name}")
    ]
    assert sorted(actions) == [
        "resource_person.mark",
        "resource_person.mark",
        "resource_person.unmark",
        "resource_person.update",
    ]


async def test_who_may_read_and_mark(net, client):
    a1, vol = net["a1"], net["vol1"]
    await ok(await client.put(_url(a1, vol), json={}, headers=net["assoc1"].headers))
    for account, status in (
        (net["city"], 200),
        (net["assoc1"], 200),
        (vol, 200),  # a volunteer knows who to turn to in its structure
        (net["assoc2"], 404),
        (net["partner"], 404),
    ):
        response = await client.get(_url(a1), headers=account.headers)
        assert response.status_code == status, (account.user.email, response.text)
    for account, status in ((vol, 403), (net["assoc2"], 404), (net["partner"], 404)):
        response = await client.put(_url(a1, vol), json={}, headers=account.headers)
        assert response.status_code == status, (account.user.email, response.text)
        response = await client.delete(_url(a1, vol), headers=account.headers)
        assert response.status_code == status, (account.user.email, response.text)


async def test_bad_input_writes_nothing(net, client, world):
    a1, own = net["a1"], net["assoc1"]
    other = await world.user("volunteer", association_id=net["a2"].id)
    response = await client.put(
        _url(a1, net["vol1"]), json={"skills": ["no-such-skill"]}, headers=own.headers
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["body", "skills", 0]
    for user in (other, net["partner"]):
        response = await client.put(_url(a1, user), json={}, headers=net["city"].headers)
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["loc"] == ["path", "user_id"]
    async with world.session() as session:
        assert await session.scalar(select(func.count()).select_from(ResourcePerson)) == 0
