"""Tokens: every attack answers 401 problem+json with `WWW-Authenticate: Bearer`; login,
refresh rotation and reuse, logout and revocation; login throttling and request rate limits
(database and Redis counters, shared by two app instances)."""

import asyncio
import base64
import json
import os
import secrets
import socket
import time
import uuid
from datetime import timedelta

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwt
from sqlalchemy import update

from app.core.clock import utcnow
from app.core.security import create_access_token
from app.main import create_app
from app.models.user import RefreshToken, User
from app.services.identity import auth as auth_service
from tests.conftest import make_settings
from tests.factories import PASSWORD
from tests.helpers_access import (
    API,
    assert_problem,
    audit_events,
    count_rows,
    forget_direct_writes,
    login,
)

ME = f"{API}/users/me"
NEW_PASSWORD = "une longue phrase de passe pour Roubaix"


def assert_unauthorized(response: httpx.Response) -> dict:
    body = assert_problem(response, 401)
    assert response.headers["www-authenticate"].split()[0].lower() == "bearer", response.headers
    return body


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def claims_for(settings, user_id: uuid.UUID, **overrides) -> dict:
    precise = time.time()
    now = int(precise)
    claims = {
        "sub": str(user_id),
        "role": "city",
        "jti": uuid.uuid4().hex,
        "iat": now,
        "iat_precise": precise,
        "nbf": now,
        "exp": now + 600,
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def forge(settings, user_id: uuid.UUID, *, algorithm: str = "HS256", key=None, **claims) -> str:
    return jwt.encode(
        claims_for(settings, user_id, **claims),
        key if key is not None else settings.secret_key,
        algorithm=algorithm,
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# ---- attacks on the access token ----------------------------------------------------------------


async def test_forged_token_with_the_right_key_and_claims_is_accepted(app, world, client):
    """The control for the attacks below: the forging helper makes valid tokens."""
    account = await world.user("city")
    response = await client.get(ME, headers=bearer(forge(app.state.settings, account.id)))
    assert response.status_code == 200, response.text
    assert response.json()["id"] == str(account.id)
    by_hand = hs256_by_hand(
        claims_for(app.state.settings, account.id), app.state.settings.secret_key
    )
    assert (await client.get(ME, headers=bearer(by_hand))).status_code == 200


async def test_no_token(client):
    body = assert_unauthorized(await client.get(ME))
    assert "token" in body["detail"].lower() or "authentication" in body["detail"].lower()


@pytest.mark.parametrize(
    "token",
    ["not-a-jwt", "a.b.c", "e30.e30.", "....", "Bearer", "é" * 10],
    ids=["garbage", "three-parts", "empty-signature", "dots", "word", "non-ascii"],
)
async def test_malformed_token(client, token: str):
    header = f"Bearer {token}".encode("latin-1")
    assert_unauthorized(await client.get(ME, headers={"Authorization": header}))


async def test_malformed_header_json(client):
    for header in (b"[]", b"null", b'{"alg": ["HS256"]}', b'{"alg": 5}'):
        token = f"{b64(header)}.{b64(b'{}')}.{b64(b'sig')}"
        assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_alg_none_is_refused(app, world, client):
    account = await world.user("city")
    claims = claims_for(app.state.settings, account.id)
    for alg in ("none", "None", "NONE"):
        header = b64(json.dumps({"alg": alg, "typ": "JWT"}).encode())
        token = f"{header}.{b64(json.dumps(claims).encode())}."
        assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_another_hmac_algorithm_is_refused(app, world, client):
    account = await world.user("city")
    settings = app.state.settings
    for algorithm in ("HS512", "HS384"):
        token = forge(settings, account.id, algorithm=algorithm)
        assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_rs256_token_is_refused_when_hs256_is_configured(app, world, client):
    account = await world.user("city")
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    token = forge(app.state.settings, account.id, algorithm="RS256", key=pem)
    assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_bad_signature_is_refused(app, world, client):
    account = await world.user("city")
    settings = app.state.settings
    other_secret = forge(settings, account.id, key=secrets.token_urlsafe(48))
    assert_unauthorized(await client.get(ME, headers=bearer(other_secret)))
    good = forge(settings, account.id)
    head, payload, signature = good.split(".")
    flipped = signature[:-2] + ("AA" if signature[-2:] != "AA" else "BB")
    assert_unauthorized(await client.get(ME, headers=bearer(f"{head}.{payload}.{flipped}")))
    # the payload of another user under a valid signature of this one
    intruder = b64(json.dumps(claims_for(settings, uuid.uuid4())).encode())
    assert_unauthorized(await client.get(ME, headers=bearer(f"{head}.{intruder}.{signature}")))


async def test_expired_token_is_refused(app, world, client):
    account = await world.user("city")
    settings = app.state.settings
    token, _ = create_access_token(
        settings, subject=account.id, claims={"role": "city"}, now=utcnow() - timedelta(hours=1)
    )
    assert_unauthorized(await client.get(ME, headers=bearer(token)))
    now = int(time.time())
    just_expired = forge(settings, account.id, nbf=now - 60, exp=now - 1)
    assert_unauthorized(await client.get(ME, headers=bearer(just_expired)))


async def test_not_yet_valid_token_is_refused(app, world, client):
    account = await world.user("city")
    settings = app.state.settings
    later = int(time.time()) + 3600
    token, _ = create_access_token(
        settings, subject=account.id, claims={"role": "city"}, now=utcnow() + timedelta(hours=1)
    )
    assert_unauthorized(await client.get(ME, headers=bearer(token)))
    assert_unauthorized(
        await client.get(ME, headers=bearer(forge(settings, account.id, nbf=later)))
    )
    # nbf now but issued in the future: would survive a revocation made before `iat`
    future_iat = forge(settings, account.id, iat=later, iat_precise=later, exp=later + 600)
    assert_unauthorized(await client.get(ME, headers=bearer(future_iat)))


async def test_wrong_issuer_or_audience_is_refused(app, world, client):
    account = await world.user("city")
    settings = app.state.settings
    for claims in ({"iss": "someone-else"}, {"aud": "another-api"}, {"aud": ["another-api"]}):
        token = forge(settings, account.id, **claims)
        assert_unauthorized(await client.get(ME, headers=bearer(token)))


async def test_missing_or_mistyped_claims_are_refused(app, world, client):
    account = await world.user("city")
    settings = app.state.settings
    for claims in (
        {"exp": None},
        {"iat": None, "iat_precise": None},
        {"nbf": None},
        {"jti": None},
        {"iss": None},
        {"aud": None},
        {"sub": "not-a-uuid"},
        {"sid": 12},
        {"iat": "soon", "iat_precise": None},
        {"iat_precise": "soon"},
    ):
        token = forge(settings, account.id, **claims)
        response = await client.get(ME, headers=bearer(token))
        assert response.status_code == 401, (claims, response.text)
        assert_unauthorized(response)


async def test_unknown_user_is_refused(app, client):
    token = forge(app.state.settings, uuid.uuid4())
    body = assert_unauthorized(await client.get(ME, headers=bearer(token)))
    assert "unknown" in body["detail"].lower() or "active" in body["detail"].lower()


async def test_deactivated_user_is_refused(world, client):
    account = await world.user(
        "association", association_id=(await world.association()).id, is_active=False
    )
    assert_unauthorized(await client.get(ME, headers=account.headers))


async def test_archived_user_is_refused(world, client):
    account = await world.user("city")
    assert (await client.get(ME, headers=account.headers)).status_code == 200
    async with world.session() as session:
        await session.execute(
            update(User).where(User.id == account.id).values(archived_at=utcnow())
        )
        await session.commit()
    forget_direct_writes(world)
    assert_unauthorized(await client.get(ME, headers=account.headers))


async def test_a_token_attack_on_a_write_writes_nothing(app, world, client):
    account = await world.user("city")
    token = forge(app.state.settings, account.id, algorithm="HS512")
    body = {"name": "Partenaire pirate", "kind": "other"}
    assert_unauthorized(await client.post(f"{API}/partners", json=body, headers=bearer(token)))
    from app.models.partner import Partner

    assert await count_rows(world, Partner) == 0


# ---- logging in ---------------------------------------------------------------------------------


async def make_real_user(world, client, **fields) -> dict:
    """A user created through the API by the city, with a password of its own."""
    city = await world.user("city")
    association = await world.association()
    body = {
        "email": f"karima.{secrets.token_hex(3)}@cq-epeule.fr",
        "full_name": "Karima Benali",
        "role": "association",
        "association_id": str(association.id),
        "password": NEW_PASSWORD,
        **fields,
    }
    response = await client.post(f"{API}/users", json=body, headers=city.headers)
    assert response.status_code == 201, response.text
    return {**response.json(), "city": city, "association_id": association.id}


async def member(world) -> dict:
    """A user stored with the shared factory password (hashed once per run: cheap)."""
    city = await world.user("city")
    association = await world.association()
    # a fresh e-mail every run: Redis keeps failure counters across runs (15 min)
    email = f"membre.{secrets.token_hex(6)}@example.org"
    account = await world.user("association", association_id=association.id, email=email)
    return {
        "id": str(account.id),
        "email": account.user.email,
        "city": city,
        "association_id": association.id,
        "password": PASSWORD,
    }


async def test_login_returns_a_token_pair_that_works(app, world, client):
    user = await make_real_user(world, client)
    response = await login(client, user["email"].upper(), NEW_PASSWORD)  # e-mail in any case
    assert response.status_code == 200, response.text
    pair = response.json()
    assert response.headers["cache-control"] == "no-store"  # RFC 6749 §5.1
    assert response.headers["pragma"] == "no-cache"
    assert pair["token_type"] == "bearer"
    assert pair["expires_in"] == app.state.settings.access_token_minutes * 60
    assert pair["refresh_token"] and pair["access_token"] != pair["refresh_token"]
    claims = jwt.get_unverified_claims(pair["access_token"])
    assert jwt.get_unverified_header(pair["access_token"])["alg"] == "HS256"
    assert claims["sub"] == user["id"] and claims["role"] == "association"
    assert uuid.UUID(claims["association_id"]) == user["association_id"]
    assert {"jti", "iat", "exp", "iss", "aud"} <= set(claims)
    assert claims["exp"] - claims["iat"] == pair["expires_in"]
    me = await client.get(ME, headers=bearer(pair["access_token"]))
    assert me.status_code == 200 and me.json()["email"] == user["email"]
    assert me.json()["last_login_at"] is not None
    assert [e.action for e in await audit_events(world, action="auth.login")] == ["auth.login"]


async def test_unknown_email_and_wrong_password_answer_alike(world, client, monkeypatch):
    user = await member(world)
    verified: list[str | None] = []
    real_verify = auth_service.verify_password

    def spy(password: str, password_hash: str | None) -> bool:
        verified.append(password_hash)
        return real_verify(password, password_hash)

    monkeypatch.setattr(auth_service, "verify_password", spy)
    wrong = await login(client, user["email"], "not the password at all")
    unknown = await login(client, "nobody@example.org", "not the password at all")
    body = assert_unauthorized(wrong)
    assert assert_unauthorized(unknown) == body
    # both paths run one Argon2 verification (the unknown e-mail against a dummy hash)
    assert len(verified) == 2 and verified[0] and verified[1] is None
    failed = await audit_events(world, action="auth.login_failed")
    assert len(failed) == 2 and {e.changes["email"] for e in failed} == {
        user["email"],
        "nobody@example.org",
    }


async def test_inactive_or_archived_account_cannot_log_in(world, client):
    user = await member(world)
    async with world.session() as session:
        await session.execute(
            update(User).where(User.id == uuid.UUID(user["id"])).values(is_active=False)
        )
        await session.commit()
    refused = await login(client, user["email"], PASSWORD)
    wrong = await login(client, user["email"], "still not the password")
    assert assert_unauthorized(refused) == assert_unauthorized(wrong)  # nothing tells them apart


async def test_login_form_needs_both_fields(client):
    response = await client.post(f"{API}/auth/token", data={"username": "a@example.org"})
    assert_problem(response, 422, "password")


# ---- refresh, reuse, logout ---------------------------------------------------------------------


async def logged_in(world, client) -> tuple[dict, dict]:
    user = await member(world)
    response = await login(client, user["email"], PASSWORD)
    assert response.status_code == 200, response.text
    return user, response.json()


async def refresh(client, token: str) -> httpx.Response:
    return await client.post(f"{API}/auth/refresh", json={"refresh_token": token})


async def test_refresh_rotates_the_pair(world, client):
    _, first = await logged_in(world, client)
    response = await refresh(client, first["refresh_token"])
    assert response.status_code == 200, response.text
    second = response.json()
    assert response.headers["cache-control"] == "no-store"
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    assert (await client.get(ME, headers=bearer(second["access_token"]))).status_code == 200
    assert_unauthorized(await refresh(client, first["refresh_token"]))  # spent
    # stored hashed: the raw token is nowhere in the table
    async with world.session() as session:
        from sqlalchemy import select

        hashes = (await session.execute(select(RefreshToken.token_hash))).scalars().all()
    assert hashes and second["refresh_token"] not in hashes
    assert first["refresh_token"] not in hashes


async def test_reusing_a_spent_refresh_token_revokes_the_family(world, client):
    user, first = await logged_in(world, client)
    second = (await refresh(client, first["refresh_token"])).json()
    assert_unauthorized(await refresh(client, first["refresh_token"]))  # the reuse
    assert_unauthorized(await refresh(client, second["refresh_token"]))  # the thief's is dead too
    assert_unauthorized(await client.get(ME, headers=bearer(second["access_token"])))
    events = await audit_events(world, action="auth.refresh_reuse")
    assert len(events) == 1 and events[0].resource_id == user["id"]
    # another login of the same user is a separate family and still works
    again = await login(client, user["email"], PASSWORD)
    assert again.status_code == 200
    assert (await refresh(client, again.json()["refresh_token"])).status_code == 200


async def test_unknown_or_malformed_refresh_token(client):
    assert_unauthorized(await refresh(client, secrets.token_urlsafe(32)))
    assert_problem(await refresh(client, ""), 422, "refresh_token")
    response = await client.post(f"{API}/auth/refresh", json={"refresh_token": "x", "extra": 1})
    assert_problem(response, 422, "extra")


async def test_expired_refresh_token_is_refused(world, client):
    _, pair = await logged_in(world, client)
    async with world.session() as session:
        await session.execute(
            update(RefreshToken).values(expires_at=utcnow() - timedelta(seconds=1))
        )
        await session.commit()
    assert_unauthorized(await refresh(client, pair["refresh_token"]))


async def test_logout_revokes_that_login(world, client):
    user, pair = await logged_in(world, client)
    other = (await login(client, user["email"], PASSWORD)).json()
    response = await client.post(f"{API}/auth/logout", headers=bearer(pair["access_token"]))
    assert response.status_code == 204, response.text
    assert_unauthorized(await refresh(client, pair["refresh_token"]))
    assert_unauthorized(await client.get(ME, headers=bearer(pair["access_token"])))
    # the other login of the same user is untouched
    assert (await client.get(ME, headers=bearer(other["access_token"]))).status_code == 200
    assert (await refresh(client, other["refresh_token"])).status_code == 200
    assert len(await audit_events(world, action="auth.logout")) == 1


@pytest.mark.parametrize(
    "change",
    [{"is_active": False}, {"role": "volunteer"}],
    ids=["deactivated", "role-changed"],
)
async def test_deactivation_or_role_change_revokes_at_once(world, client, change: dict):
    user, pair = await logged_in(world, client)
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 200
    response = await client.patch(
        f"{API}/users/{user['id']}", json=change, headers=user["city"].headers
    )
    assert response.status_code == 200, response.text
    assert_unauthorized(await client.get(ME, headers=bearer(pair["access_token"])))
    assert_unauthorized(await refresh(client, pair["refresh_token"]))
    relogin = await login(client, user["email"], PASSWORD)
    if change.get("is_active") is False:
        assert_unauthorized(relogin)
    else:  # a new login carries the new role
        assert relogin.status_code == 200, relogin.text
        assert jwt.get_unverified_claims(relogin.json()["access_token"])["role"] == "volunteer"
        me = await client.get(ME, headers=bearer(relogin.json()["access_token"]))
        assert me.status_code == 200 and me.json()["role"] == "volunteer"


async def test_archiving_a_user_revokes_at_once(world, client):
    user, pair = await logged_in(world, client)
    response = await client.post(f"{API}/users/{user['id']}/archive", headers=user["city"].headers)
    assert response.status_code == 200, response.text
    assert_unauthorized(await client.get(ME, headers=bearer(pair["access_token"])))
    assert_unauthorized(await refresh(client, pair["refresh_token"]))
    assert_unauthorized(await login(client, user["email"], PASSWORD))


async def test_renaming_a_user_does_not_log_it_out(world, client):
    user, pair = await logged_in(world, client)
    response = await client.patch(
        f"{API}/users/{user['id']}", json={"full_name": "K. Benali"}, headers=user["city"].headers
    )
    assert response.status_code == 200
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 200
    assert (await refresh(client, pair["refresh_token"])).status_code == 200


# ---- throttling and rate limits -----------------------------------------------------------------


class OtherApp:
    """Another API process on the same database (and Redis when given): what a replica sees."""

    def __init__(self, client_address: str = "203.0.113.7", **overrides) -> None:
        self.app = create_app(make_settings(**overrides))
        self.address = client_address

    def client(self, address: str | None = None) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=self.app, client=(address or self.address, 50000))
        return httpx.AsyncClient(transport=transport, base_url="http://test")

    async def close(self) -> None:
        await self.app.state.engine.dispose()
        counters = self.app.state.counters
        if hasattr(counters, "redis"):
            await counters.redis.aclose()


@pytest.fixture
async def replicas(app):
    # Counters in Redis outlive the database: the SQLite and PostgreSQL runs reuse the same
    # e-mail addresses, so start every test from an empty Redis database.
    if redis_answers():
        from redis.asyncio import Redis

        redis = Redis.from_url(REDIS_URL)
        await redis.flushdb()
        await redis.aclose()
    made: list[OtherApp] = []

    def make(**overrides) -> OtherApp:
        made.append(OtherApp(**overrides))
        return made[-1]

    yield make
    for other in made:
        await other.close()


def redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
BACKENDS = [
    pytest.param(None, id="database"),
    pytest.param(
        REDIS_URL,
        id="redis",
        marks=pytest.mark.skipif(not redis_answers(), reason="no Redis on 127.0.0.1:6379"),
    ),
]


def random_address() -> str:
    return f"198.51.{secrets.randbelow(250)}.{secrets.randbelow(250) + 1}"


async def wait_for_fresh_window(seconds: int = 60, needed: float = 8.0) -> None:
    """Fixed windows: start a counting test early in a window, so it does not straddle two."""
    left = seconds - time.time() % seconds
    if left < needed:
        await asyncio.sleep(left + 0.05)


@pytest.mark.commits
@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_failed_logins_per_account_are_throttled_across_replicas(
    world, client, replicas, redis_url
):
    user = await member(world)
    address = random_address()
    first = replicas(login_max_failures_per_account=3, redis_url=redis_url)
    second = replicas(login_max_failures_per_account=3, redis_url=redis_url)
    async with first.client(address) as a, second.client(address) as b:
        for http in (a, b, a):  # three failures, spread over two processes
            assert_unauthorized(await login(http, user["email"], "wrong password again"))
        for http in (b, a):  # locked everywhere, even with the right password
            response = await login(http, user["email"], PASSWORD)
            assert_problem(response, 429)
            assert 0 < int(response.headers["retry-after"]) <= 900
        # another account from the same address is not locked
        other = await member(world)
        assert (await login(a, other["email"], PASSWORD)).status_code == 200


@pytest.mark.commits
@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_failed_logins_per_address_are_throttled(world, client, replicas, redis_url):
    user = await member(world)
    address = random_address()
    process = replicas(
        login_max_failures_per_address=3, login_max_failures_per_account=100, redis_url=redis_url
    )
    async with process.client(address) as http, process.client(random_address()) as elsewhere:
        for n in range(3):  # three different unknown accounts from one address
            assert_unauthorized(await login(http, f"inconnu{n}@example.org", "whatever it is"))
        response = await login(http, user["email"], PASSWORD)
        assert_problem(response, 429)
        assert int(response.headers["retry-after"]) > 0
        assert (await login(elsewhere, user["email"], PASSWORD)).status_code == 200


@pytest.mark.commits
async def test_a_successful_login_clears_the_account_failures(world, client, replicas):
    user = await member(world)
    process = replicas(login_max_failures_per_account=2)
    async with process.client(random_address()) as http:
        assert_unauthorized(await login(http, user["email"], "wrong password again"))
        assert (await login(http, user["email"], PASSWORD)).status_code == 200
        assert_unauthorized(await login(http, user["email"], "wrong password again"))
        # two failures in the window, but the success in between started the count again
        assert (await login(http, user["email"], PASSWORD)).status_code == 200


@pytest.mark.commits
@pytest.mark.parametrize("redis_url", [p for p in BACKENDS if p.values[0] is not None])
async def test_request_rate_limit_per_caller_across_replicas(world, replicas, redis_url):
    account = await world.user("city")
    neighbour = await world.user("city")
    first = replicas(rate_limit_per_minute=5, redis_url=redis_url)
    second = replicas(rate_limit_per_minute=5, redis_url=redis_url)
    await wait_for_fresh_window()
    async with first.client() as a, second.client() as b:
        remaining = []
        for http in (a, b, a, b, a):
            response = await http.get(ME, headers=account.headers)
            assert response.status_code == 200, response.text
            assert response.headers["ratelimit-limit"] == "5"
            remaining.append(int(response.headers["ratelimit-remaining"]))
        assert remaining == [4, 3, 2, 1, 0]
        for http in (b, a):
            response = await http.get(ME, headers=account.headers)
            assert_problem(response, 429)
            assert 0 < int(response.headers["retry-after"]) <= 60
            assert response.headers["ratelimit-limit"] == "5"
            assert response.headers["ratelimit-remaining"] == "0"
            assert 0 < int(response.headers["ratelimit-reset"]) <= 60
        # another caller has its own budget
        assert (await a.get(ME, headers=neighbour.headers)).status_code == 200


@pytest.mark.commits
async def test_request_rate_limit_without_redis_is_per_process_and_writes_nothing(world, replicas):
    """No REDIS_URL: each process counts its callers in memory, no counter row in the database."""
    from sqlalchemy import func, select

    from app.models.platform import RateLimitCounter

    account = await world.user("city")
    first, second = replicas(rate_limit_per_minute=3), replicas(rate_limit_per_minute=3)
    await wait_for_fresh_window()
    async with first.client() as a, second.client() as b:
        statuses = [(await a.get(ME, headers=account.headers)).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        response = await b.get(ME, headers=account.headers)  # its own budget
        assert response.status_code == 200 and response.headers["ratelimit-remaining"] == "2"
    async with world.session() as session:
        rows = (await session.execute(select(func.count()).select_from(RateLimitCounter))).one()
    assert rows[0] == 0


@pytest.mark.commits
async def test_request_rate_limit_applies_to_api_keys(world, replicas):
    from tests.helpers_access import key_headers, make_key

    association = await world.association()
    raw, _ = await make_key(world, association_id=association.id, scopes=["spaces:read"])
    process = replicas(rate_limit_per_minute=5)
    await wait_for_fresh_window()
    async with process.client() as http:
        statuses = [
            (await http.get(f"{API}/spaces", headers=key_headers(raw))).status_code
            for _ in range(6)
        ]
    assert statuses == [200] * 5 + [429]


@pytest.mark.commits
async def test_rate_limit_does_not_count_refused_credentials_against_a_user(world, replicas):
    """A flood of bad tokens answers 401 and leaves the real user's budget alone."""
    account = await world.user("city")
    process = replicas(rate_limit_per_minute=5)
    await wait_for_fresh_window()
    async with process.client() as http:
        for _ in range(10):
            assert_unauthorized(await http.get(ME, headers=bearer("forged.token.value")))
        response = await http.get(ME, headers=account.headers)
        assert response.status_code == 200 and response.headers["ratelimit-remaining"] == "4"


# ---- asymmetric algorithms (the option) ---------------------------------------------------------


def hs256_by_hand(claims: dict, secret: str) -> str:
    """HS256 with any bytes as the secret (python-jose refuses a PEM key, an attacker does not)."""
    import hashlib
    import hmac

    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    signing_input = f"{header}.{b64(json.dumps(claims).encode())}"
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(signature)}"


def key_pair(algorithm: str) -> tuple[str, str]:
    from cryptography.hazmat.primitives.asymmetric import ec

    if algorithm == "RS256":
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    else:
        private = ec.generate_private_key(ec.SECP256R1())
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public_pem = (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private_pem, public_pem


@pytest.mark.commits
@pytest.mark.parametrize("algorithm", ["RS256", "ES256"])
async def test_asymmetric_algorithm_option(app, world, client, replicas, algorithm: str):
    private_pem, public_pem = key_pair(algorithm)
    process = replicas(
        jwt_algorithm=algorithm, jwt_private_key=private_pem, jwt_public_key=public_pem
    )
    account = await world.user("city")
    async with process.client() as http:
        pair = await login(http, account.user.email, PASSWORD)
        assert pair.status_code == 200, pair.text
        token = pair.json()["access_token"]
        assert jwt.get_unverified_header(token)["alg"] == algorithm
        assert (await http.get(ME, headers=bearer(token))).status_code == 200
        # the classic confusion: HS256 "signed" with the public key as the HMAC secret
        confused = hs256_by_hand(claims_for(app.state.settings, account.id), public_pem)
        assert_unauthorized(await http.get(ME, headers=bearer(confused)))
        # a token of the HS256 deployment (same database, other key) is not accepted here
        assert_unauthorized(await http.get(ME, headers=account.headers))
        # a token signed by another key pair of the right algorithm neither
        other_private, _ = key_pair(algorithm)
        stranger = forge(app.state.settings, account.id, algorithm=algorithm, key=other_private)
        assert_unauthorized(await http.get(ME, headers=bearer(stranger)))
    # and the HS256 deployment refuses the asymmetric token
    assert_unauthorized(await client.get(ME, headers=bearer(token)))
