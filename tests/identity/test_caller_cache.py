"""The caller cache (issue 15, item 3): a change to a caller's access is refused AT ONCE by the
process that makes it and within CALLER_CACHE_SECONDS by the others.

Two app instances on the same database stand for two processes (or replicas): instance A (the
suite's app) makes each change through the API; instance B had the caller cached before it.
B's cache runs on a clock the test moves: B may still serve the old caller until its entry
expires (asserted here only to show that the cache was in use), and refuses once the bound
has passed. Nothing here waits on the real clock."""

import uuid
from dataclasses import dataclass

import httpx
import pytest
from pydantic import ValidationError
from sqlalchemy import event

from app.main import create_app
from tests.conftest import make_settings
from tests.factories import PASSWORD
from tests.helpers_access import API, audit_events, key_headers, login

USERS = f"{API}/users"
KEYS = f"{API}/api-keys"
PROBE = f"{API}/spaces"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Instance:
    app: object
    client: httpx.AsyncClient
    clock: Clock

    @property
    def bound(self) -> float:
        return self.app.state.settings.caller_cache_seconds

    def past_the_bound(self) -> None:
        self.clock.now += self.bound + 0.001


@pytest.fixture
async def other():
    """Instance B: a second app on the same database, with its own caller cache."""
    second = create_app(make_settings())
    clock = Clock()
    second.state.caller_cache.clock = clock
    transport = httpx.ASGITransport(app=second, client=("203.0.113.8", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield Instance(second, http, clock)
    await second.state.engine.dispose()


async def status(client: httpx.AsyncClient, path: str, headers: dict) -> int:
    return (await client.get(path, headers=headers)).status_code


async def refused_at_once_here_and_within_the_bound_there(
    client, other: Instance, headers: dict, *, path: str = PROBE, refusal: int = 401
) -> None:
    """Call after the change: A refuses now; B serves its cached caller until the bound, then
    refuses too."""
    assert await status(client, path, headers) == refusal
    assert await status(other.client, path, headers) == 200  # cached in B: allowed
    other.past_the_bound()
    assert await status(other.client, path, headers) == refusal


async def served_by_both(client, other: Instance, headers: dict, path: str = PROBE) -> None:
    for _ in range(2):  # the second one from each cache
        assert await status(client, path, headers) == 200
        assert await status(other.client, path, headers) == 200
    assert len(other.app.state.caller_cache) >= 1


async def patch_user(client, w, who, body: dict) -> None:
    response = await client.patch(f"{USERS}/{who.id}", json=body, headers=w["city"].headers)
    assert response.status_code == 200, response.text


async def logged_in(client, email: str) -> dict:
    response = await login(client, email, PASSWORD)
    assert response.status_code == 200, response.text
    return response.json()


def bearer(pair: dict) -> dict:
    return {"Authorization": f"Bearer {pair['access_token']}"}


@pytest.mark.commits
async def test_logout(world, client, other):
    w = await world.standard()
    pair = await logged_in(client, w["assoc1"].user.email)
    await served_by_both(client, other, bearer(pair))
    response = await client.post(f"{API}/auth/logout", headers=bearer(pair))
    assert response.status_code == 204, response.text
    await refused_at_once_here_and_within_the_bound_there(client, other, bearer(pair))


@pytest.mark.commits
async def test_refresh_token_reuse_ends_the_family(world, client, other):
    w = await world.standard()
    first = await logged_in(client, w["assoc1"].user.email)
    await served_by_both(client, other, bearer(first))
    rotated = await client.post(
        f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    assert rotated.status_code == 200, rotated.text
    reused = await client.post(
        f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    assert reused.status_code == 401, reused.text
    await refused_at_once_here_and_within_the_bound_there(client, other, bearer(first))


@pytest.mark.commits
async def test_api_key_revocation(world, client, other):
    w = await world.standard()
    created = await client.post(
        KEYS,
        json={"name": "Script", "association_id": str(w["a1"].id), "scopes": ["spaces:read"]},
        headers=w["assoc1"].headers,
    )
    assert created.status_code == 201, created.text
    headers = key_headers(created.json()["secret"])
    await served_by_both(client, other, headers)
    response = await client.post(f"{KEYS}/{created.json()['id']}/revoke", headers=w["city"].headers)
    assert response.status_code == 200, response.text
    await refused_at_once_here_and_within_the_bound_there(client, other, headers)


@pytest.mark.commits
@pytest.mark.parametrize("change", ["deactivate", "archive", "anonymise", "role"])
async def test_user_changes_end_the_tokens_and_the_keys(world, client, other, change):
    """Deactivation, archive, anonymisation and a role change refuse the user's tokens, and
    the keys that user answers for (suspended, revoked, revoked, revoked)."""
    w = await world.standard()
    who = w["assoc1"]
    created = await client.post(
        KEYS,
        json={"name": "Script", "association_id": str(w["a1"].id), "scopes": ["spaces:read"]},
        headers=who.headers,
    )
    assert created.status_code == 201, created.text
    key = key_headers(created.json()["secret"])
    await served_by_both(client, other, who.headers)
    await served_by_both(client, other, key)
    if change == "deactivate":
        await patch_user(client, w, who, {"is_active": False})
    elif change == "role":
        await patch_user(client, w, who, {"role": "volunteer"})
    else:
        response = await client.post(f"{USERS}/{who.id}/{change}", headers=w["city"].headers)
        assert response.status_code == 200, response.text
    assert await status(client, PROBE, who.headers) == 401
    assert await status(client, PROBE, key) == 401
    assert await status(other.client, PROBE, who.headers) == 200  # cached in B: allowed
    other.past_the_bound()
    assert await status(other.client, PROBE, who.headers) == 401
    assert await status(other.client, PROBE, key) == 401


@pytest.mark.commits
async def test_space_assignment_change(world, client, other):
    w = await world.standard()
    volunteer = await world.user(
        "volunteer", association_id=w["a1"].id, space_ids=[w["s1"].id, w["s1b"].id]
    )
    path = f"{API}/spaces/{w['s1b'].id}"
    await served_by_both(client, other, volunteer.headers, path)
    await patch_user(client, w, volunteer, {"space_ids": [str(w["s1"].id)]})
    await refused_at_once_here_and_within_the_bound_there(
        client, other, volunteer.headers, path=path, refusal=404
    )
    assert await status(other.client, f"{API}/spaces/{w['s1'].id}", volunteer.headers) == 200


@pytest.mark.commits
async def test_association_archive_ends_its_keys(world, client, other):
    """The association a key belongs to leaves (archived): its keys stop."""
    w = await world.standard()
    leaving = await world.association()
    created = await client.post(
        KEYS,
        json={"name": "Script", "association_id": str(leaving.id), "scopes": ["spaces:read"]},
        headers=w["city"].headers,
    )
    assert created.status_code == 201, created.text
    headers = key_headers(created.json()["secret"])
    await served_by_both(client, other, headers)
    response = await client.post(
        f"{API}/associations/{leaving.id}/archive", headers=w["city"].headers
    )
    assert response.status_code == 200, response.text
    await refused_at_once_here_and_within_the_bound_there(client, other, headers)


@pytest.mark.commits
async def test_a_cached_caller_still_goes_through_the_policy(world, client, other):
    """The cache holds who the caller is, not what it may do: a cached key is refused the
    scopes it lacks, a cached volunteer the spaces it is not assigned to, on every request."""
    w = await world.standard()
    created = await client.post(
        KEYS,
        json={"name": "Script", "association_id": str(w["a1"].id), "scopes": ["spaces:read"]},
        headers=w["assoc1"].headers,
    )
    key = key_headers(created.json()["secret"])
    volunteer = w["vol1"]
    for instance in (client, other.client):
        for _ in range(2):
            assert await status(instance, PROBE, key) == 200
            assert await status(instance, f"{API}/associations", key) == 403  # no such scope
            assert await status(instance, f"{API}/spaces/{w['s1'].id}", volunteer.headers) == 200
            assert await status(instance, f"{API}/spaces/{w['s2'].id}", volunteer.headers) == 404
            assert await status(instance, f"{API}/audit-events", volunteer.headers) == 403


@pytest.mark.commits
async def test_a_cached_caller_carries_each_requests_id(world, client):
    """A hit gives the actor this request's id and address (the audit trail's), not those of
    the request that filled the cache."""
    w = await world.standard()
    seen = []
    for n in range(2):
        request_id = f"cache-test-{n}-{uuid.uuid4().hex[:8]}"
        response = await client.patch(
            f"{USERS}/me",
            json={"full_name": f"Nom {n}"},
            headers={**w["assoc1"].headers, "X-Request-ID": request_id},
        )
        assert response.status_code == 200, response.text
        seen.append(request_id)
    events = await audit_events(world, action="user.update_self")
    assert sorted(e.request_id for e in events) == sorted(seen)


def _caller_queries(app) -> list[str]:
    found: list[str] = []

    def on_statement(_conn, _cursor, statement, _params, _context, _many):
        if "FROM users" in statement or "FROM api_keys" in statement:
            found.append(statement)

    event.listen(app.state.engine.sync_engine, "before_cursor_execute", on_statement)
    return found


@pytest.mark.commits
@pytest.mark.parametrize("seconds", [0, 5])
async def test_a_disabled_cache_queries_each_time(world, seconds):
    """CALLER_CACHE_SECONDS=0: the caller is queried on every request; 5: once."""
    w = await world.standard()
    instance = create_app(make_settings(caller_cache_seconds=seconds))
    queries = _caller_queries(instance)
    transport = httpx.ASGITransport(app=instance, client=("203.0.113.9", 50000))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            for _ in range(3):
                assert await status(http, PROBE, w["city"].headers) == 200
    finally:
        await instance.state.engine.dispose()
    assert len(queries) == (3 if seconds == 0 else 1), queries
    assert len(instance.state.caller_cache) == (0 if seconds == 0 else 1)


def test_the_bound_is_at_most_five_seconds():
    for wrong in (-1, 5.5, 60):
        with pytest.raises(ValidationError):
            make_settings(caller_cache_seconds=wrong)
    assert make_settings().caller_cache_seconds == 5


def test_a_resolution_that_overlapped_a_change_is_not_stored():
    """A request that read the caller while a change was committing (it started before the
    change was applied) cannot put the old caller back in the cache."""
    from app.core.actor import Actor
    from app.services.identity.caller_cache import CallerCache, Changes

    clock = Clock()
    cache = CallerCache(5, clock=clock)
    user_id = uuid.uuid4()
    actor = Actor(kind="user", role="city", user_id=user_id, request_id="r1")
    started = cache.generation
    cache.forget(Changes(users={user_id}))  # the change commits meanwhile
    cache.put("t1", started, actor, user_id=user_id)
    assert cache.get("t1", "r2", None) is None
    cache.put("t1", cache.generation, actor, user_id=user_id)
    entry, hit = cache.get("t1", "r2", "198.51.100.1")
    assert hit.request_id == "r2" and hit.client_address == "198.51.100.1"
    assert hit.user_id == user_id and entry.actor.request_id is None
    clock.now += 5
    assert cache.get("t1", "r3", None) is None  # expired at the bound
