"""API keys: who creates them for whom, shown once and stored hashed, scopes narrowing the
owner's reach, revocation, expiry, last use, and what keys may never do."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from app.core.clock import utcnow
from app.models.association import Association
from app.models.user import ApiKey, User
from tests.helpers_access import (
    API,
    assert_problem,
    audit_events,
    count_rows,
    forget_direct_writes,
    key_headers,
    make_key,
    plain,
)

KEYS = f"{API}/api-keys"


def key_body(**fields) -> dict:
    body = {"name": "Import des visites", "scopes": ["spaces:read"]}
    body.update(fields)
    return body


async def create(client, who, **fields) -> dict:
    response = await client.post(KEYS, json=key_body(**fields), headers=who.headers)
    assert response.status_code == 201, response.text
    return response.json()


async def stored_key(world, key_id) -> ApiKey:
    async with world.session() as session:
        return await session.get(ApiKey, uuid.UUID(str(key_id)))


# ---- creating -----------------------------------------------------------------------------------


async def test_city_creates_for_an_association_and_for_a_partner(world, client):
    w = await world.standard()
    for owner in ({"association_id": str(w["a1"].id)}, {"partner_id": str(w["operator"].id)}):
        response = await client.post(KEYS, json=key_body(**owner), headers=w["city"].headers)
        assert response.status_code == 201, response.text
        created = response.json()
        assert response.headers["location"] == f"{KEYS}/{created['id']}"
        key_field, value = next(iter(owner.items()))
        assert created[key_field] == value
        assert created["secret"].startswith(f"enc_{created['prefix']}_")
        assert response.headers["cache-control"] == "no-store"
        assert len(created["secret"]) > 40 and created["scopes"] == ["spaces:read"]


async def test_association_creates_for_itself_only(world, client):
    w = await world.standard()
    manager = w["assoc1"]
    own = await create(client, manager, association_id=str(w["a1"].id))
    assert own["association_id"] == str(w["a1"].id)
    before = await count_rows(world, ApiKey)
    for owner in ({"association_id": str(w["a2"].id)}, {"partner_id": str(w["operator"].id)}):
        response = await client.post(KEYS, json=key_body(**owner), headers=manager.headers)
        assert_problem(response, 403)
    assert await count_rows(world, ApiKey) == before


@pytest.mark.parametrize("who", ["vol1", "partner"])
async def test_volunteers_and_partners_create_no_keys(world, client, who: str):
    w = await world.standard()
    owner = (
        {"association_id": str(w["a1"].id)}
        if who == "vol1"
        else {"partner_id": str(w["operator"].id)}
    )
    assert_problem(await client.post(KEYS, json=key_body(**owner), headers=w[who].headers), 403)
    assert await count_rows(world, ApiKey) == 0


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({}, "association_id"),
        ({"association_id": "A", "partner_id": "P"}, "association_id"),
        ({"association_id": str(uuid.uuid4())}, "association_id"),
        ({"partner_id": str(uuid.uuid4())}, "partner_id"),
        ({"association_id": "A", "scopes": []}, "scopes"),
        ({"association_id": "A", "scopes": ["admin:all"]}, "scopes"),
        ({"association_id": "A", "expires_at": "2020-01-01T00:00:00Z"}, "expires_at"),
        ({"association_id": "A", "expires_at": "demain"}, "expires_at"),
        ({"association_id": "A", "name": ""}, "name"),
        ({"association_id": "A", "secret": "enc_mine_mine"}, "secret"),
        ({"association_id": "A", "prefix": "abcd"}, "prefix"),
    ],
    ids=[
        "no-owner",
        "two-owners",
        "unknown-association",
        "unknown-partner",
        "no-scope",
        "unknown-scope",
        "past-expiry",
        "bad-expiry",
        "empty-name",
        "chosen-secret",
        "chosen-prefix",
    ],
)
async def test_bad_key_input(world, client, fields: dict, field: str):
    w = await world.standard()
    refs = {"A": str(w["a1"].id), "P": str(w["operator"].id)}
    body = key_body(**{k: refs.get(v, v) if isinstance(v, str) else v for k, v in fields.items()})
    assert_problem(await client.post(KEYS, json=body, headers=w["city"].headers), 422, field)
    assert await count_rows(world, ApiKey) == 0


async def test_no_key_for_an_archived_association(world, client):
    w = await world.standard()
    async with world.session() as session:
        await session.execute(
            update(Association).where(Association.id == w["a2"].id).values(archived_at=utcnow())
        )
        await session.commit()
    forget_direct_writes(world)
    response = await client.post(
        KEYS, json=key_body(association_id=str(w["a2"].id)), headers=w["city"].headers
    )
    assert_problem(response, 422, "association_id")


# ---- the secret: shown once, stored hashed ------------------------------------------------------


async def test_secret_is_shown_once_and_stored_hashed(world, client):
    w = await world.standard()
    created = await create(client, w["assoc1"], association_id=str(w["a1"].id))
    secret = created["secret"]
    read = await client.get(f"{KEYS}/{created['id']}", headers=w["assoc1"].headers)
    assert read.status_code == 200
    assert "secret" not in read.json() and secret not in read.text
    assert read.json()["prefix"] == created["prefix"]
    listed = await client.get(KEYS, headers=w["city"].headers)
    assert listed.status_code == 200 and secret not in listed.text
    assert [k["prefix"] for k in listed.json()["items"]] == [created["prefix"]]
    row = await stored_key(world, created["id"])
    columns = plain(row.model_dump())
    assert secret not in columns and secret.split("_")[-1] not in columns
    assert row.secret_hash != secret and len(row.secret_hash) == 64
    assert row.prefix == created["prefix"] and created["prefix"] in secret
    assert row.created_by == w["assoc1"].id


# ---- using a key --------------------------------------------------------------------------------


async def test_key_acts_with_its_owner_scope_narrowed_to_its_scopes(world, client):
    w = await world.standard()
    reader = (await create(client, w["city"], association_id=str(w["a1"].id)))["secret"]
    response = await client.get(f"{API}/spaces", headers=key_headers(reader))
    assert response.status_code == 200, response.text
    assert {s["id"] for s in response.json()["items"]} == {str(w["s1"].id), str(w["s1b"].id)}
    own = await client.get(f"{API}/spaces/{w['s1'].id}", headers=key_headers(reader))
    assert own.status_code == 200
    assert own.json()["allowed_transitions"] == []  # a read-only key may move nothing
    assert_problem(await client.get(f"{API}/spaces/{w['s2'].id}", headers=key_headers(reader)), 404)
    # the owner may edit its spaces, a read-only key may not
    patch = {"name": "Renommé par un script"}
    assert_problem(
        await client.patch(f"{API}/spaces/{w['s1'].id}", json=patch, headers=key_headers(reader)),
        403,
    )
    # nor read what its scopes do not cover
    assert_problem(await client.get(f"{API}/associations", headers=key_headers(reader)), 403)
    assert_problem(await client.get(f"{API}/users", headers=key_headers(reader)), 403)


async def test_key_with_a_write_scope_writes_in_its_owner_scope_and_is_audited(world, client):
    w = await world.standard()
    created = await create(
        client, w["assoc1"], association_id=str(w["a1"].id), scopes=["spaces:write"]
    )
    headers = key_headers(created["secret"])
    patch = {"name": "Renommé par un script"}
    response = await client.patch(f"{API}/spaces/{w['s1'].id}", json=patch, headers=headers)
    assert response.status_code == 200, response.text
    assert_problem(
        await client.patch(f"{API}/spaces/{w['s2'].id}", json=patch, headers=headers), 404
    )
    events = await audit_events(world, action="space.update")
    assert len(events) == 1
    assert events[0].actor_api_key_id == uuid.UUID(created["id"])
    assert events[0].actor_user_id is None


async def test_partner_key_sees_what_its_partner_sees(world, client):
    w = await world.standard()
    created = await create(
        client, w["city"], partner_id=str(w["operator"].id), scopes=["spaces:read", "users:read"]
    )
    headers = key_headers(created["secret"])
    spaces = await client.get(f"{API}/spaces", headers=headers)
    assert spaces.status_code == 200 and spaces.json()["items"] == []
    assert_problem(await client.get(f"{API}/spaces/{w['s1'].id}", headers=headers), 404)
    users = await client.get(f"{API}/users", headers=headers)
    assert users.status_code == 200 and users.json()["items"] == []


async def test_last_used_at_is_recorded(world, client):
    w = await world.standard()
    created = await create(client, w["city"], association_id=str(w["a1"].id))
    assert created["last_used_at"] is None
    before = utcnow()
    assert (await client.get(f"{API}/spaces", headers=key_headers(created["secret"]))).is_success
    read = await client.get(f"{KEYS}/{created['id']}", headers=w["city"].headers)
    used = datetime.fromisoformat(read.json()["last_used_at"])
    assert before - timedelta(seconds=1) <= used.astimezone(UTC) <= utcnow()


async def test_revoked_key_is_refused(world, client):
    w = await world.standard()
    created = await create(client, w["assoc1"], association_id=str(w["a1"].id))
    headers = key_headers(created["secret"])
    assert (await client.get(f"{API}/spaces", headers=headers)).status_code == 200
    revoked = await client.post(f"{KEYS}/{created['id']}/revoke", headers=w["assoc1"].headers)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    body = assert_problem(await client.get(f"{API}/spaces", headers=headers), 401)
    assert "revoked" in body["detail"]
    assert_problem(
        await client.post(f"{KEYS}/{created['id']}/revoke", headers=w["city"].headers), 409
    )
    # hidden from the list unless asked for
    listed = await client.get(KEYS, headers=w["assoc1"].headers)
    assert listed.json()["items"] == []
    listed = await client.get(KEYS, params={"include_revoked": "true"}, headers=w["assoc1"].headers)
    assert [k["id"] for k in listed.json()["items"]] == [created["id"]]
    actions = [e.action for e in await audit_events(world, resource_type="api_key")]
    assert actions == ["api_key.create", "api_key.revoke"]


async def test_another_association_cannot_revoke(world, client):
    w = await world.standard()
    created = await create(client, w["assoc1"], association_id=str(w["a1"].id))
    for who in ("assoc2", "vol1", "partner"):
        response = await client.post(f"{KEYS}/{created['id']}/revoke", headers=w[who].headers)
        assert_problem(response, 404)
    assert (await stored_key(world, created["id"])).revoked_at is None


async def test_expired_key_is_refused(world, client):
    w = await world.standard()
    soon = (utcnow() + timedelta(hours=1)).isoformat()
    created = await create(client, w["city"], association_id=str(w["a1"].id), expires_at=soon)
    headers = key_headers(created["secret"])
    assert (await client.get(f"{API}/spaces", headers=headers)).status_code == 200
    async with world.session() as session:
        await session.execute(update(ApiKey).values(expires_at=utcnow() - timedelta(seconds=1)))
        await session.commit()
    forget_direct_writes(world)
    body = assert_problem(await client.get(f"{API}/spaces", headers=headers), 401)
    assert "expired" in body["detail"]
    assert response_has_bearer_challenge(await client.get(f"{API}/spaces", headers=headers))


def response_has_bearer_challenge(response) -> bool:
    return response.headers.get("www-authenticate", "").lower().startswith("bearer")


async def test_key_of_an_archived_owner_is_refused(world, client):
    w = await world.standard()
    raw, _ = await make_key(world, association_id=w["a2"].id)
    assert (await client.get(f"{API}/spaces", headers=key_headers(raw))).status_code == 200
    async with world.session() as session:
        await session.execute(
            update(Association).where(Association.id == w["a2"].id).values(archived_at=utcnow())
        )
        await session.commit()
    forget_direct_writes(world)
    assert_problem(await client.get(f"{API}/spaces", headers=key_headers(raw)), 401)


@pytest.mark.parametrize(
    "raw",
    ["", "nope", "enc_", "enc__secret", "enc_prefix_", "enc_unknown1_" + "x" * 43],
    ids=["empty", "garbage", "prefix-only", "no-prefix", "no-secret", "unknown-prefix"],
)
async def test_malformed_or_unknown_key_is_refused(client, raw: str):
    response = await client.get(f"{API}/spaces", headers={"X-API-Key": raw})
    assert_problem(response, 401)
    assert response_has_bearer_challenge(response)


async def test_right_prefix_wrong_secret_is_refused(world, client):
    w = await world.standard()
    raw, key = await make_key(world, association_id=w["a1"].id)
    forged = f"enc_{key.prefix}_{'A' * 43}"
    assert_problem(await client.get(f"{API}/spaces", headers=key_headers(forged)), 401)
    assert (await client.get(f"{API}/spaces", headers=key_headers(raw))).status_code == 200


# ---- what keys never do -------------------------------------------------------------------------


async def test_keys_manage_neither_keys_nor_users(world, client):
    w = await world.standard()
    raw, key = await make_key(world, association_id=w["a1"].id)  # every scope there is
    headers = key_headers(raw)
    keys_before, users_before = await count_rows(world, ApiKey), await count_rows(world, User)
    attempts = [
        ("POST", KEYS, key_body(association_id=str(w["a1"].id))),
        ("GET", KEYS, None),
        ("GET", f"{KEYS}/{key.id}", None),
        ("POST", f"{KEYS}/{key.id}/revoke", None),
        (
            "POST",
            f"{API}/users",
            {
                "email": "script@example.org",
                "full_name": "Script",
                "role": "volunteer",
                "association_id": str(w["a1"].id),
                "password": "une phrase de passe bien longue",
            },
        ),
        ("PATCH", f"{API}/users/{w['vol1'].id}", {"full_name": "Changé par un script"}),
        ("POST", f"{API}/users/{w['vol1'].id}/archive", None),
        ("GET", f"{API}/users/me", None),
        ("POST", f"{API}/auth/logout", None),
    ]
    for method, url, body in attempts:
        response = await client.request(method, url, json=body, headers=headers)
        assert_problem(response, 403)
    assert await count_rows(world, ApiKey) == keys_before
    assert await count_rows(world, User) == users_before
    assert (await stored_key(world, key.id)).revoked_at is None


async def test_an_idempotent_retry_does_not_keep_the_secret_in_clear(world, client):
    from sqlalchemy import select

    from app.models.platform import IdempotencyRecord

    w = await world.standard()
    headers = {**w["city"].headers, "Idempotency-Key": "create-key-once"}
    body = key_body(association_id=str(w["a1"].id))
    created = await client.post(KEYS, json=body, headers=headers)
    assert created.status_code == 201, created.text
    async with world.session() as session:
        stored = (await session.execute(select(IdempotencyRecord.response_body))).scalars().all()
    assert not any(created.json()["secret"].encode() in (b or b"") for b in stored)
    # The retry creates no second key and says where the first one is.
    retry = await client.post(KEYS, json=body, headers=headers)
    assert retry.status_code == 409, retry.text
    assert retry.json()["location"] == f"/api/v1/api-keys/{created.json()['id']}"
    assert retry.json()["first_status"] == 201
    listed = await client.get(KEYS, headers=w["city"].headers)
    assert [k["id"] for k in listed.json()["items"]] == [created.json()["id"]]
