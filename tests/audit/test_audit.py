"""The audit trail: every write and auth event is recorded with its actor, resource, changes,
request id and client address; no secret ever lands in it; only the city reads it, filtered."""

import asyncio
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.core.security import digest
from app.models.audit import AuditEvent
from app.models.user import ApiKey, RefreshToken, User
from tests.factories import PASSWORD
from tests.helpers_access import (
    API,
    assert_problem,
    audit_events,
    key_headers,
    login,
    make_key,
    plain,
)

CLIENT_ADDRESS = "203.0.113.7"  # the conftest client's address
EVENTS = f"{API}/audit-events"


def request_id() -> str:
    return f"test-{secrets.token_hex(8)}"


async def event_of(world, rid: str) -> list[AuditEvent]:
    return await audit_events(world, request_id=rid)


@dataclass
class Write:
    name: str
    method: str
    url: str  # formatted with the world's ids and `{new}` (what the first step created)
    body: dict | None
    action: str
    resource_type: str
    resource: str  # which id the event names: a world key or "new"
    field: str | None = None  # a changed field whose before/after the event must hold
    status: int = 200


NEW_PASSWORD = "une phrase de passe bien longue"

WRITES = [
    Write(
        "create association",
        "POST",
        "/associations",
        {"name": "Centre social Boilly", "rna": "W591234567", "neighbourhood": "Hommelet"},
        "association.create",
        "association",
        "new",
        "name",
        201,
    ),
    Write(
        "update association",
        "PATCH",
        "/associations/{a1}",
        {"neighbourhood": "Pile"},
        "association.update",
        "association",
        "a1",
        "neighbourhood",
    ),
    Write(
        "archive association",
        "POST",
        "/associations/{a3}/archive",
        None,
        "association.archive",
        "association",
        "a3",
        "archived_at",
    ),
    Write(
        "create space",
        "POST",
        "/spaces",
        {
            "association_id": "{a1}",
            "kind": "paic",
            "name": "PAIC Boilly",
            "street": "1 rue Boilly",
            "postcode": "59100",
        },
        "space.create",
        "space",
        "new",
        "name",
        201,
    ),
    Write(
        "update space",
        "PATCH",
        "/spaces/{s1}",
        {"name": "ENC du Pile"},
        "space.update",
        "space",
        "s1",
        "name",
    ),
    Write(
        "transition space",
        "POST",
        "/spaces/{s1}/transitions",
        {"to": "suspended"},
        "space.transition",
        "space",
        "s1",
        "status",
    ),
    Write(
        "archive space",
        "POST",
        "/spaces/{s3}/archive",
        None,
        "space.archive",
        "space",
        "s3",
        "archived_at",
    ),
    Write(
        "create user",
        "POST",
        "/users",
        {
            "email": "nadia@cq-epeule.fr",
            "full_name": "Nadia",
            "role": "volunteer",
            "association_id": "{a1}",
            "space_ids": ["{s1}"],
            "password": NEW_PASSWORD,
        },
        "user.create",
        "user",
        "new",
        "email",
        201,
    ),
    Write(
        "update user",
        "PATCH",
        "/users/{vol1}",
        {"full_name": "Bénévole Renommé"},
        "user.update",
        "user",
        "vol1",
        "full_name",
    ),
    Write(
        "change role",
        "PATCH",
        "/users/{vol1}",
        {"role": "association"},
        "user.role_change",
        "user",
        "vol1",
        "role",
    ),
    Write(
        "archive user",
        "POST",
        "/users/{vol1}/archive",
        None,
        "user.archive",
        "user",
        "vol1",
        "archived_at",
    ),
    Write(
        "anonymise user", "POST", "/users/{vol1}/anonymise", None, "user.anonymise", "user", "vol1"
    ),
    Write(
        "update self",
        "PATCH",
        "/users/me",
        {"full_name": "La Ville"},
        "user.update_self",
        "user",
        "city",
        "full_name",
    ),
    Write(
        "create api key",
        "POST",
        "/api-keys",
        {"name": "Import", "association_id": "{a1}", "scopes": ["spaces:read"]},
        "api_key.create",
        "api_key",
        "new",
        "scopes",
        201,
    ),
    Write(
        "revoke api key",
        "POST",
        "/api-keys/{key}/revoke",
        None,
        "api_key.revoke",
        "api_key",
        "key",
        "revoked_at",
    ),
    Write(
        "create partner",
        "POST",
        "/partners",
        {"name": "Réseau ANIS", "kind": "other"},
        "partner.create",
        "partner",
        "new",
        "name",
        201,
    ),
    Write(
        "update partner",
        "PATCH",
        "/partners/{operator}",
        {"name": "Opérateur Nord"},
        "partner.update",
        "partner",
        "operator",
        "name",
    ),
]


def fill(value, ids: dict):
    if isinstance(value, str):
        return value.format(**ids)
    if isinstance(value, list):
        return [fill(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, ids) for k, v in value.items()}
    return value


@pytest.mark.parametrize("write", WRITES, ids=[w.name for w in WRITES])
async def test_every_write_is_audited(world, client, write: Write):
    w = await world.standard()
    a3 = await world.association()
    s3 = await world.space(w["a1"].id, status="planned")
    _, key = await make_key(world, association_id=w["a1"].id)
    ids = {name: str(w[name].id) for name in ("a1", "a2", "s1", "s2", "vol1", "operator", "city")}
    ids |= {"a3": str(a3.id), "s3": str(s3.id), "key": str(key.id)}
    rid = request_id()
    response = await client.request(
        write.method,
        API + fill(write.url, ids),
        json=fill(write.body, ids),
        headers={**w["city"].headers, "X-Request-ID": rid},
    )
    assert response.status_code == write.status, response.text
    assert response.headers["x-request-id"] == rid
    events = [e for e in await event_of(world, rid) if e.action == write.action]
    assert len(events) == 1, [e.action for e in await event_of(world, rid)]
    event = events[0]
    resource_id = response.json()["id"] if write.resource == "new" else ids[write.resource]
    assert event.resource_type == write.resource_type
    assert event.resource_id == resource_id
    assert event.actor_user_id == w["city"].id and event.actor_api_key_id is None
    assert event.client_address == CLIENT_ADDRESS
    assert event.occurred_at is not None
    if write.field:
        change = event.changes[write.field]
        if write.resource == "new":  # a creation records what was given
            assert change is not None
        else:
            assert set(change) == {"before", "after"}, change
            assert change["before"] != change["after"]
    assert NEW_PASSWORD not in plain(event.changes)


async def test_refused_writes_leave_no_event(world, client):
    w = await world.standard()
    attempts = [
        (w["vol1"], "PATCH", f"/associations/{w['a1'].id}", {"neighbourhood": "Pile"}),  # 403
        (w["assoc2"], "PATCH", f"/spaces/{w['s1'].id}", {"name": "X"}),  # 404
        (w["city"], "POST", "/users", {"email": "x"}),  # 422
        (w["city"], "PATCH", f"/spaces/{w['s1'].id}", {"name": ""}),  # 422
    ]
    for account, method, url, body in attempts:
        rid = request_id()
        response = await client.request(
            method, API + url, json=body, headers={**account.headers, "X-Request-ID": rid}
        )
        assert response.status_code in (403, 404, 422), response.text
        assert await event_of(world, rid) == []


async def test_a_key_write_names_the_key_as_actor(world, client):
    w = await world.standard()
    raw, key = await make_key(world, association_id=w["a1"].id, scopes=["spaces:write"])
    rid = request_id()
    response = await client.patch(
        f"{API}/spaces/{w['s1'].id}",
        json={"name": "Par script"},
        headers={**key_headers(raw), "X-Request-ID": rid},
    )
    assert response.status_code == 200, response.text
    [event] = await event_of(world, rid)
    assert event.actor_api_key_id == key.id and event.actor_user_id is None
    assert event.changes["name"]["after"] == "Par script"


# ---- authentication events ----------------------------------------------------------------------


async def test_login_ok_and_failed_are_audited(world, client):
    account = await world.user("city")
    rid_ok, rid_bad, rid_unknown = request_id(), request_id(), request_id()
    assert (
        await login(client, account.user.email, PASSWORD, headers={"X-Request-ID": rid_ok})
    ).status_code == 200
    assert (
        await login(
            client, account.user.email, "mauvais mot de passe", headers={"X-Request-ID": rid_bad}
        )
    ).status_code == 401
    assert (
        await login(
            client,
            "inconnu@example.org",
            "mauvais mot de passe",
            headers={"X-Request-ID": rid_unknown},
        )
    ).status_code == 401
    [ok] = await event_of(world, rid_ok)
    assert ok.action == "auth.login" and ok.actor_user_id == account.id
    assert ok.resource_type == "user" and ok.resource_id == str(account.id)
    assert ok.client_address == CLIENT_ADDRESS
    [bad] = await event_of(world, rid_bad)
    assert bad.action == "auth.login_failed" and bad.resource_id == str(account.id)
    assert bad.actor_user_id is None and bad.client_address == CLIENT_ADDRESS
    [unknown] = await event_of(world, rid_unknown)
    assert unknown.action == "auth.login_failed" and unknown.resource_id is None
    assert unknown.changes == {"email": "inconnu@example.org"}
    for event in (ok, bad, unknown):
        assert "mauvais mot de passe" not in plain(event.changes)


async def test_logout_and_refresh_reuse_are_audited(world, client):
    account = await world.user("city")
    pair = (await login(client, account.user.email, PASSWORD)).json()
    second = await client.post(f"{API}/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert second.status_code == 200
    rid = request_id()
    reuse = await client.post(
        f"{API}/auth/refresh",
        json={"refresh_token": pair["refresh_token"]},
        headers={"X-Request-ID": rid},
    )
    assert reuse.status_code == 401
    [event] = await event_of(world, rid)
    assert event.action == "auth.refresh_reuse" and event.resource_id == str(account.id)
    assert event.client_address == CLIENT_ADDRESS
    other = (await login(client, account.user.email, PASSWORD)).json()
    rid = request_id()
    out = await client.post(
        f"{API}/auth/logout",
        headers={"Authorization": f"Bearer {other['access_token']}", "X-Request-ID": rid},
    )
    assert out.status_code == 204
    [event] = await event_of(world, rid)
    assert event.action == "auth.logout" and event.actor_user_id == account.id


# ---- no secret, ever ----------------------------------------------------------------------------


async def test_no_secret_ever_reaches_the_trail(world, client):
    w = await world.standard()
    city = w["city"]
    secrets_seen: set[str] = {PASSWORD}
    first_password = "une première phrase de passe"
    second_password = "une seconde phrase de passe"
    secrets_seen |= {first_password, second_password}
    created = await client.post(
        f"{API}/users",
        headers=city.headers,
        json={
            "email": "secret.keeper@example.org",
            "full_name": "Gardienne",
            "role": "association",
            "association_id": str(w["a1"].id),
            "password": first_password,
        },
    )
    assert created.status_code == 201
    pair = (await login(client, "secret.keeper@example.org", first_password)).json()
    secrets_seen |= {pair["access_token"], pair["refresh_token"]}
    headers = {"Authorization": f"Bearer {pair['access_token']}"}
    changed = await client.patch(
        f"{API}/users/me",
        headers=headers,
        json={"password": second_password, "current_password": first_password},
    )
    assert changed.status_code == 200, changed.text
    await login(client, "secret.keeper@example.org", "un essai avec un mauvais secret")
    secrets_seen.add("un essai avec un mauvais secret")
    pair = (await login(client, "secret.keeper@example.org", second_password)).json()
    rotated = (
        await client.post(f"{API}/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    ).json()
    await client.post(f"{API}/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    secrets_seen |= {pair["refresh_token"], rotated["refresh_token"], rotated["access_token"]}
    key = await client.post(
        f"{API}/api-keys",
        headers=city.headers,
        json={"name": "Import", "association_id": str(w["a1"].id), "scopes": ["spaces:read"]},
    )
    secret = key.json()["secret"]
    secrets_seen |= {secret, digest(secret)}
    await client.get(f"{API}/spaces", headers=key_headers(secret))
    await client.post(f"{API}/api-keys/{key.json()['id']}/revoke", headers=city.headers)
    # ...and the hashes as stored
    async with world.session() as session:
        secrets_seen |= set((await session.execute(select(User.password_hash))).scalars())
        secrets_seen |= set((await session.execute(select(RefreshToken.token_hash))).scalars())
        secrets_seen |= set((await session.execute(select(ApiKey.secret_hash))).scalars())
    events = await audit_events(world)
    assert {
        "user.create",
        "auth.login",
        "auth.login_failed",
        "user.update_self",
        "auth.refresh_reuse",
        "api_key.create",
        "api_key.revoke",
    } <= {e.action for e in events}
    trail = plain(
        [{"action": e.action, "changes": e.changes, "resource_id": e.resource_id} for e in events]
    )
    leaked = [s[:12] + "…" for s in secrets_seen if s in trail]
    assert not leaked, leaked
    # the password change is recorded as a change, redacted
    [update_self] = [e for e in events if e.action == "user.update_self"]
    assert (
        "password_hash" not in update_self.changes
        or update_self.changes["password_hash"] == "[redacted]"
    )
    listed = await client.get(EVENTS, params={"limit": 200}, headers=city.headers)
    assert listed.status_code == 200
    assert not [s for s in secrets_seen if s in listed.text]


# ---- reading the trail --------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["assoc1", "vol1", "partner"])
async def test_only_the_city_reads_the_trail(world, client, who: str):
    w = await world.standard()
    assert_problem(await client.get(EVENTS, headers=w[who].headers), 403)


async def test_keys_and_anonymous_do_not_read_the_trail(world, client):
    w = await world.standard()
    raw, _ = await make_key(world, association_id=w["a1"].id)
    assert_problem(await client.get(EVENTS, headers=key_headers(raw)), 403)
    assert_problem(await client.get(EVENTS), 401)


async def test_the_trail_is_read_only(world, client):
    w = await world.standard()
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        response = await client.request(method, EVENTS, json={}, headers=w["city"].headers)
        assert response.status_code == 405, (method, response.text)


async def listed(client, city, **params) -> list[dict]:
    response = await client.get(EVENTS, params={"limit": 200, **params}, headers=city.headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def test_filters(world, client):
    w = await world.standard()
    city, manager = w["city"], w["assoc1"]
    raw, key = await make_key(world, association_id=w["a1"].id, scopes=["spaces:write"])
    await client.patch(
        f"{API}/associations/{w['a1'].id}", json={"neighbourhood": "Pile"}, headers=manager.headers
    )
    await asyncio.sleep(0.02)
    marker = datetime.now(UTC)
    await asyncio.sleep(0.02)
    await client.patch(
        f"{API}/spaces/{w['s1'].id}", json={"name": "Par script"}, headers=key_headers(raw)
    )
    await client.patch(
        f"{API}/spaces/{w['s1b'].id}", json={"name": "Par la ville"}, headers=city.headers
    )

    by_manager = await listed(client, city, actor_user_id=str(manager.id))
    assert [e["action"] for e in by_manager] == ["association.update"]
    by_key = await listed(client, city, actor_api_key_id=str(key.id))
    assert [(e["action"], e["resource_id"]) for e in by_key] == [("space.update", str(w["s1"].id))]
    spaces = await listed(client, city, resource_type="space", action="space.update")
    assert {e["resource_id"] for e in spaces} == {str(w["s1"].id), str(w["s1b"].id)}
    one = await listed(
        client, city, resource_type="space", resource_id=str(w["s1b"].id), action="space.update"
    )
    assert [e["actor_user_id"] for e in one] == [str(city.id)]
    after = await listed(client, city, **{"from": marker.isoformat()})
    assert {e["action"] for e in after} == {"space.update"} and len(after) == 2
    before = await listed(client, city, **{"to": marker.isoformat()})
    assert "association.update" in {e["action"] for e in before}
    assert "space.update" not in {e["action"] for e in before}
    # newest first by default, each event whole
    everything = await listed(client, city)
    times = [e["occurred_at"] for e in everything]
    assert times == sorted(times, reverse=True)
    assert set(everything[0]) >= {
        "id",
        "occurred_at",
        "actor_user_id",
        "actor_api_key_id",
        "action",
        "resource_type",
        "resource_id",
        "changes",
        "request_id",
        "client_address",
    }
    assert await listed(client, city, action="nothing.like.this") == []


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("actor_user_id", "nope"),
        ("from", "hier"),
        ("to", "2026-13-01"),
        ("action", "x" * 65),
        ("resource_id", "x" * 65),
    ],
)
async def test_bad_filters(world, client, param: str, value: str):
    w = await world.standard()
    assert_problem(
        await client.get(EVENTS, params={param: value}, headers=w["city"].headers), 422, param
    )


async def test_request_id_is_generated_when_absent_and_recorded(world, client):
    w = await world.standard()
    response = await client.patch(
        f"{API}/spaces/{w['s1'].id}", json={"name": "Sans identifiant"}, headers=w["city"].headers
    )
    assert response.status_code == 200
    rid = response.headers["x-request-id"]
    assert rid
    [event] = await event_of(world, rid)
    assert event.resource_id == str(w["s1"].id)
    # a request id that is not a safe token is replaced, not stored
    bad = "bad id\twith spaces"
    response = await client.patch(
        f"{API}/spaces/{w['s1'].id}",
        json={"name": "Encore"},
        headers={**w["city"].headers, "X-Request-ID": bad},
    )
    assert response.status_code == 200 and response.headers["x-request-id"] != bad
    assert await event_of(world, bad) == []


async def test_audit_event_ids_are_unique_uuids(world, client):
    w = await world.standard()
    for name in ("Un", "Deux", "Trois"):
        await client.patch(
            f"{API}/spaces/{w['s1'].id}", json={"name": name}, headers=w["city"].headers
        )
    events = await audit_events(world, resource_id=str(w["s1"].id), action="space.update")
    assert [e.changes["name"]["after"] for e in events] == ["Un", "Deux", "Trois"]
    assert len({e.id for e in events}) == len(events) == 3
    assert all(isinstance(e.id, uuid.UUID) for e in events)
