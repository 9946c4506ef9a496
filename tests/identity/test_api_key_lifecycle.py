"""API keys follow the user answerable for them: suspended while that user is deactivated,
revoked when that user is archived or anonymised unless another active user of the same
association takes them over (audited, one event per key), and revoked when that user's role
changes; `status` shows it on reads."""

import uuid

import pytest

from app.models.user import ApiKey
from tests.helpers_access import API, assert_problem, audit_events, key_headers
from tests.identity.test_api_keys import KEYS, create, stored_key

USERS = f"{API}/users"
PROBE = f"{API}/spaces"  # any route an API key with spaces:read reads


async def key_of(client, who, w) -> tuple[str, str]:
    """A key `who` creates for its association: (raw secret, id)."""
    created = await create(client, who, association_id=str(w["a1"].id))
    return created["secret"], created["id"]


async def works(client, raw: str) -> bool:
    response = await client.get(PROBE, headers=key_headers(raw))
    assert response.status_code in (200, 401), response.text
    return response.status_code == 200


async def status_of(client, w, key_id: str) -> str:
    response = await client.get(f"{KEYS}/{key_id}", headers=w["city"].headers)
    assert response.status_code == 200, response.text
    return response.json()["status"]


async def set_active(client, w, who, active: bool) -> None:
    response = await client.patch(
        f"{USERS}/{who.id}", json={"is_active": active}, headers=w["city"].headers
    )
    assert response.status_code == 200, response.text


async def test_a_new_key_is_active_on_every_read(world, client):
    w = await world.standard()
    created = await create(client, w["assoc1"], association_id=str(w["a1"].id))
    assert created["status"] == "active"
    assert await status_of(client, w, created["id"]) == "active"
    listed = await client.get(KEYS, headers=w["assoc1"].headers)
    assert [k["status"] for k in listed.json()["items"]] == ["active"]


async def test_deactivation_suspends_and_reactivation_restores(world, client):
    w = await world.standard()
    raw, key_id = await key_of(client, w["assoc1"], w)
    assert await works(client, raw)

    await set_active(client, w, w["assoc1"], False)
    response = await client.get(PROBE, headers=key_headers(raw))
    assert_problem(response, 401)
    assert "suspended" in response.json()["detail"]
    assert await status_of(client, w, key_id) == "suspended"
    assert (await stored_key(world, key_id)).revoked_at is None  # nothing stored: computed

    await set_active(client, w, w["assoc1"], True)
    assert await works(client, raw)
    assert await status_of(client, w, key_id) == "active"


async def test_deactivating_one_user_leaves_others_keys_alone(world, client):
    w = await world.standard()
    other = await world.user("association", association_id=w["a1"].id)
    raw_mine, _ = await key_of(client, w["assoc1"], w)
    raw_other, _ = await key_of(client, other, w)
    await set_active(client, w, w["assoc1"], False)
    assert not await works(client, raw_mine)
    assert await works(client, raw_other)


@pytest.mark.parametrize("how", ["archive", "anonymise"])
async def test_leaving_revokes_the_keys_for_good(world, client, how: str):
    w = await world.standard()
    raw, key_id = await key_of(client, w["assoc1"], w)
    raw2, key_id2 = await key_of(client, w["assoc1"], w)
    response = await client.post(f"{USERS}/{w['assoc1'].id}/{how}", headers=w["city"].headers)
    assert response.status_code == 200, response.text
    for secret, kid in ((raw, key_id), (raw2, key_id2)):
        response = await client.get(PROBE, headers=key_headers(secret))
        assert_problem(response, 401)
        assert "revoked" in response.json()["detail"]
        assert await status_of(client, w, kid) == "revoked"
        assert (await stored_key(world, kid)).revoked_at is not None
        events = await audit_events(world, action="api_key.revoke", resource_id=kid)
        assert len(events) == 1
        assert events[0].actor_user_id == w["city"].id
        assert str(w["assoc1"].id) in events[0].changes["reason"]


async def test_archive_then_anonymise_revokes_once(world, client):
    w = await world.standard()
    _, key_id = await key_of(client, w["assoc1"], w)
    for how in ("archive", "anonymise"):
        response = await client.post(f"{USERS}/{w['assoc1'].id}/{how}", headers=w["city"].headers)
        assert response.status_code == 200, response.text
    assert len(await audit_events(world, action="api_key.revoke", resource_id=key_id)) == 1


@pytest.mark.parametrize("how", ["archive", "anonymise"])
async def test_leaving_hands_the_keys_to_a_colleague(world, client, how: str):
    w = await world.standard()
    heir = await world.user("association", association_id=w["a1"].id)
    raw, key_id = await key_of(client, w["assoc1"], w)
    raw2, key_id2 = await key_of(client, w["assoc1"], w)
    response = await client.post(
        f"{USERS}/{w['assoc1'].id}/{how}",
        params={"transfer_api_keys_to": str(heir.id)},
        headers=w["city"].headers,
    )
    assert response.status_code == 200, response.text
    for secret, kid in ((raw, key_id), (raw2, key_id2)):
        assert await works(client, secret)
        assert await status_of(client, w, kid) == "active"
        stored = await stored_key(world, kid)
        assert stored.created_by == heir.id and stored.revoked_at is None
        events = await audit_events(world, action="api_key.transfer", resource_id=kid)
        assert len(events) == 1
        assert events[0].changes["answerable_user_id"] == {
            "before": str(w["assoc1"].id),
            "after": str(heir.id),
        }
    assert await audit_events(world, action="api_key.revoke") == []
    # From now on the heir's state governs the keys.
    await set_active(client, w, heir, False)
    assert not await works(client, raw)
    assert await status_of(client, w, key_id) == "suspended"


async def test_an_association_hands_its_own_members_keys_over(world, client):
    w = await world.standard()
    leaving = await world.user("association", association_id=w["a1"].id)
    raw, _ = await key_of(client, leaving, w)
    response = await client.post(
        f"{USERS}/{leaving.id}/archive",
        params={"transfer_api_keys_to": str(w["assoc1"].id)},
        headers=w["assoc1"].headers,
    )
    assert response.status_code == 200, response.text
    assert await works(client, raw)


async def test_a_city_users_keys_go_to_another_city_user(world, client):
    w = await world.standard()
    leaving, heir = await world.user("city"), await world.user("city")
    created = await create(client, leaving, partner_id=str(w["operator"].id))
    response = await client.post(
        f"{USERS}/{leaving.id}/archive",
        params={"transfer_api_keys_to": str(heir.id)},
        headers=w["city"].headers,
    )
    assert response.status_code == 200, response.text
    assert (await stored_key(world, created["id"])).created_by == heir.id


BAD_HEIRS = ["unknown", "inactive", "archived", "other_association", "same", "volunteer"]


@pytest.mark.parametrize("how", ["archive", "anonymise"])
@pytest.mark.parametrize("bad", BAD_HEIRS)
async def test_a_bad_heir_is_refused_and_nothing_changes(world, client, how: str, bad: str):
    w = await world.standard()
    raw, key_id = await key_of(client, w["assoc1"], w)
    heirs = {
        "unknown": uuid.uuid4(),
        "inactive": (
            await world.user("association", association_id=w["a1"].id, is_active=False)
        ).id,
        "other_association": w["assoc2"].id,
        "same": w["assoc1"].id,
        "volunteer": w["vol1"].id,
    }
    if bad == "archived":
        gone = await world.user("association", association_id=w["a1"].id)
        await client.post(f"{USERS}/{gone.id}/archive", headers=w["city"].headers)
        heirs["archived"] = gone.id
    response = await client.post(
        f"{USERS}/{w['assoc1'].id}/{how}",
        params={"transfer_api_keys_to": str(heirs[bad])},
        headers=w["city"].headers,
    )
    body = assert_problem(response, 422)
    assert ["query", "transfer_api_keys_to"] in [e["loc"] for e in body["errors"]], body
    assert await works(client, raw)
    stored = await stored_key(world, key_id)
    assert stored.revoked_at is None and stored.created_by == w["assoc1"].id
    user = await client.get(f"{USERS}/{w['assoc1'].id}", headers=w["city"].headers)
    assert user.json()["archived_at"] is None
    assert await audit_events(world, resource_type="api_key", action="api_key.transfer") == []


async def test_an_association_cannot_name_a_user_it_cannot_see(world, client):
    w = await world.standard()
    leaving = await world.user("association", association_id=w["a1"].id)
    response = await client.post(
        f"{USERS}/{leaving.id}/archive",
        params={"transfer_api_keys_to": str(w["assoc2"].id)},
        headers=w["assoc1"].headers,
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["loc"] == ["query", "transfer_api_keys_to"]
    assert "No such user" in body["errors"][0]["msg"]


async def test_a_malformed_heir_id_is_422_naming_the_parameter(world, client):
    w = await world.standard()
    response = await client.post(
        f"{USERS}/{w['assoc1'].id}/archive",
        params={"transfer_api_keys_to": "nobody"},
        headers=w["city"].headers,
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["loc"] == ["query", "transfer_api_keys_to"]


async def test_keys_without_a_known_creator_and_expired_keys(world, client):
    """Keys made outside the API (no creator) stay as they are; expiry wins over suspension."""
    from datetime import timedelta

    from app.core.clock import utcnow
    from tests.helpers_access import make_key

    w = await world.standard()
    raw, orphan = await make_key(world, association_id=w["a1"].id)
    assert await works(client, raw)
    assert await status_of(client, w, str(orphan.id)) == "active"
    _, old = await make_key(
        world, association_id=w["a1"].id, expires_at=utcnow() - timedelta(minutes=1)
    )
    async with world.session() as session:
        row = await session.get(ApiKey, old.id)
        row.created_by = w["assoc1"].id
        await session.commit()
    await set_active(client, w, w["assoc1"], False)
    assert await status_of(client, w, str(old.id)) == "expired"
    _, revoked = await make_key(world, association_id=w["a1"].id, revoked=True)
    assert await status_of(client, w, str(revoked.id)) == "revoked"


async def test_a_role_change_revokes_the_keys_for_good(world, client):
    """A key works with the powers of the role its issuer had: when that user's role changes
    (here an association manager becomes a volunteer, who may not hold keys), the keys that
    user answers for are revoked, audited with the reason, and stay revoked if the role comes
    back. Keys of other users of the association are untouched."""
    w = await world.standard()
    raw, key_id = await key_of(client, w["assoc1"], w)
    other = await world.user("association", association_id=w["a1"].id)
    raw_other, other_id = await key_of(client, other, w)
    assert await works(client, raw)

    response = await client.patch(
        f"{USERS}/{w['assoc1'].id}", json={"role": "volunteer"}, headers=w["city"].headers
    )
    assert response.status_code == 200, response.text
    response = await client.get(PROBE, headers=key_headers(raw))
    assert_problem(response, 401)
    assert "revoked" in response.json()["detail"]
    assert await status_of(client, w, key_id) == "revoked"
    events = await audit_events(world, action="api_key.revoke", resource_id=key_id)
    assert len(events) == 1 and events[0].actor_user_id == w["city"].id
    reason = events[0].changes["reason"]
    assert str(w["assoc1"].id) in reason and "association to volunteer" in reason
    assert await works(client, raw_other) and await status_of(client, w, other_id) == "active"

    response = await client.patch(
        f"{USERS}/{w['assoc1'].id}", json={"role": "association"}, headers=w["city"].headers
    )
    assert response.status_code == 200, response.text
    assert not await works(client, raw)
    assert await status_of(client, w, key_id) == "revoked"


async def test_an_update_without_a_role_change_keeps_the_keys(world, client):
    w = await world.standard()
    raw, key_id = await key_of(client, w["assoc1"], w)
    for body in ({"full_name": "Nouveau nom"}, {"role": "association"}):
        response = await client.patch(
            f"{USERS}/{w['assoc1'].id}", json=body, headers=w["city"].headers
        )
        assert response.status_code == 200, response.text
    assert await works(client, raw) and await status_of(client, w, key_id) == "active"
    assert not await audit_events(world, action="api_key.revoke", resource_id=key_id)
