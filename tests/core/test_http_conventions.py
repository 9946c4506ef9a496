"""The HTTP conventions of DESIGN.md, each checked on a real route: problem details, request
ids, keyset pagination, CSV, ETags, idempotency, CORS, limits, health, metrics, headers,
vocabularies and production settings."""

import asyncio
import base64
import csv
import hashlib
import io
import json
import logging
import re
import uuid
from datetime import timedelta

import httpx
import pytest
from fastapi import Response
from pydantic import ValidationError

from app.core.clock import utcnow
from app.core.config import DEFAULT_SECRET, Settings
from app.core.observability import JsonFormatter
from app.core.vocabulary import CODE_SHAPES, SNAKE_CASE
from app.main import create_app
from app.models.audit import AuditEvent
from app.models.platform import IdempotencyRecord
from app.models.space import Space, SpaceKind, SpaceStatus, Weekday
from app.models.validators import search_key
from tests.conftest import make_settings
from tests.core.test_http_helpers import API, all_pages, assert_problem, count, snapshot

SPACES = f"{API}/spaces"


@pytest.fixture
async def fresh_app(settings):
    """Apps made with other settings; their engines are closed after the test."""
    made = []

    def factory(**overrides: object):
        application = create_app(make_settings(**overrides))
        made.append(application)
        return application

    yield factory
    for application in made:
        await application.state.engine.dispose()


def client_for(application, **kwargs: object) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=application, client=("203.0.113.9", 50001), **kwargs)
    return httpx.AsyncClient(transport=transport, base_url="http://test")


def new_space(association_id: object, name: str = "ENC Alma", **extra: object) -> dict:
    return {
        "association_id": str(association_id),
        "kind": "enc",
        "name": name,
        "street": "5 rue de l'Alma",
        "postcode": "59100",
        **extra,
    }


# ---- problem details ----------------------------------------------------------------------------


async def test_problem_details_for_404_405_409_412_422(world, client, app):
    w = await world.standard()
    city = w["city"].headers

    unknown_id = await client.get(f"{SPACES}/{uuid.uuid4()}", headers=city)
    body = assert_problem(unknown_id, 404)
    assert body["type"].endswith("/not-found")
    assert body["instance"].startswith(SPACES)

    unknown_route = await client.get(f"{API}/no-such-thing", headers=city)
    assert_problem(unknown_route, 404)

    method = await client.put(f"{SPACES}/{w['s1'].id}", json={}, headers=city)
    body = assert_problem(method, 405)
    assert body["type"].endswith("/method-not-allowed")
    assert method.headers["allow"] == "GET, PATCH"  # every method of the path, not the first

    conflict = await client.post(
        f"{SPACES}/{w['s1'].id}/transitions", json={"to": "planned"}, headers=city
    )
    body = assert_problem(conflict, 409)
    assert body["type"].endswith("/conflict")
    assert body["allowed_transitions"] == ["suspended", "closed"]

    stale = await client.patch(
        f"{SPACES}/{w['s1'].id}", json={"name": "x"}, headers={**city, "If-Match": '"stale"'}
    )
    body = assert_problem(stale, 412)
    assert body["type"].endswith("/precondition-failed")

    invalid = await client.post(SPACES, json={"kind": "cafe", "postcode": "1"}, headers=city)
    body = assert_problem(invalid, 422, loc=("body", "kind"))
    assert body["type"].endswith("/validation")
    locs = {tuple(error["loc"]) for error in body["errors"]}
    assert {("body", "postcode"), ("body", "association_id"), ("body", "name")} <= locs
    for error in body["errors"]:
        assert isinstance(error["loc"], list) and all(isinstance(p, str) for p in error["loc"])
        assert isinstance(error["msg"], str) and isinstance(error["type"], str)

    bad_path = await client.get(f"{SPACES}/not-a-uuid", headers=city)
    assert_problem(bad_path, 422, loc=("path", "space_id"))

    unauthenticated = await client.get(SPACES)
    assert_problem(unauthenticated, 401)
    assert unauthenticated.headers["www-authenticate"].startswith("Bearer")


async def test_500_is_a_problem_without_internals_logged_with_the_request_id(fresh_app):
    application = fresh_app()

    async def crash() -> dict:
        raise RuntimeError("database password is hunter2")

    application.add_api_route("/crash", crash)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("enc.errors")
    logger.addHandler(handler)
    try:
        async with client_for(application, raise_app_exceptions=False) as http:
            sent = await http.get("/crash", headers={"X-Request-ID": "crash-req-42"})
            generated = await http.get("/crash")
    finally:
        logger.removeHandler(handler)

    body = assert_problem(sent, 500)
    assert body["request_id"] == "crash-req-42"
    assert sent.headers["x-request-id"] == "crash-req-42"
    assert sent.headers["x-content-type-options"] == "nosniff"
    for leaked in ("hunter2", "RuntimeError", "Traceback", 'File "', "crash()"):
        assert leaked not in sent.text
    body = assert_problem(generated, 500)
    assert body["request_id"] == generated.headers["x-request-id"]

    entries = [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]
    crashes = [e for e in entries if e["message"] == "unhandled error"]
    assert [e["request_id"] for e in crashes] == ["crash-req-42", body["request_id"]]
    assert crashes[0]["level"] == "error" and crashes[0]["logger"] == "enc.errors"
    assert crashes[0]["path"] == "/crash" and crashes[0]["method"] == "GET"
    assert "RuntimeError: database password is hunter2" in crashes[0]["exception"]


async def test_request_id_kept_or_generated_on_every_response(world, client):
    w = await world.standard()
    city = w["city"].headers
    requests = [
        ("GET", "/healthz", {}),
        ("GET", f"{SPACES}/{w['s1'].id}", city),
        ("GET", f"{SPACES}/{uuid.uuid4()}", city),  # 404
        ("DELETE", "/healthz", {}),  # 405
        ("POST", SPACES, city),  # 422
        ("GET", SPACES, {}),  # 401
        ("GET", "/nowhere", {}),
    ]
    for method, url, headers in requests:
        kept = await client.request(method, url, headers={**headers, "X-Request-ID": "r-1.a:b"})
        assert kept.headers["x-request-id"] == "r-1.a:b", (method, url)
        made = await client.request(method, url, headers=headers)
        assert re.fullmatch(r"[0-9a-f]{32}", made.headers["x-request-id"]), (method, url)
        again = await client.request(method, url, headers=headers)
        assert again.headers["x-request-id"] != made.headers["x-request-id"]
    # an id that could inject into logs or headers is replaced, not echoed
    for unsafe in ("two words", "x" * 200, "a\tb"):
        response = await client.get("/healthz", headers={"X-Request-ID": unsafe})
        assert response.headers["x-request-id"] != unsafe
        assert re.fullmatch(r"[0-9a-f]{32}", response.headers["x-request-id"])


async def test_access_log_is_json_with_the_request_id_and_route(world, client):
    w = await world.standard()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("enc.access")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)  # the suite runs with LOG_LEVEL=WARNING
    try:
        await client.get(
            f"{SPACES}/{w['s1'].id}", headers={**w["city"].headers, "X-Request-ID": "log-me-7"}
        )
        await client.get(f"{SPACES}/{uuid.uuid4()}", headers=w["city"].headers)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(entries) == 2
    first, second = entries
    assert first["request_id"] == "log-me-7"
    assert first["route"] == "/api/v1/spaces/{space_id}"
    assert first["path"] == f"{SPACES}/{w['s1'].id}"
    assert (first["method"], first["status"]) == ("GET", 200)
    assert first["duration_ms"] >= 0
    assert second["status"] == 404 and re.fullmatch(r"[0-9a-f]{32}", second["request_id"])


async def test_writes_are_audited_with_the_request_id(world, client, app):
    w = await world.standard()
    response = await client.patch(
        f"{SPACES}/{w['s1'].id}",
        json={"name": "ENC audité"},
        headers={**w["city"].headers, "X-Request-ID": "audit-me-1"},
    )
    assert response.status_code == 200, response.text
    assert await count(app, AuditEvent, AuditEvent.request_id == "audit-me-1") == 1


# ---- keyset pagination --------------------------------------------------------------------------


async def _seven_spaces(world) -> tuple[dict, list]:
    city = await world.user("city")
    association = await world.association()
    names = [
        "ENC Alma",
        "PAIC Épeule",
        "ENC Alma",
        "espace Trois Ponts",
        "ENC Alma",
        "PAIC Cul de Four",
        "ENC Fontenoy",
    ]
    made = []
    for index, name in enumerate(names):
        made.append(
            await world.space(
                association.id, status="planned", name=name, kind="paic" if index % 2 else "enc"
            )
        )
    return city.headers, made


@pytest.mark.parametrize("sort", ["name", "-name", "created_at", "-created_at"])
async def test_keyset_pagination_returns_every_item_once_in_order(world, client, sort):
    headers, made = await _seven_spaces(world)
    by_name = sorted(made, key=lambda s: (search_key(s.name), str(s.id)))
    expected = {
        "name": by_name,
        "-name": list(reversed(by_name)),
        "created_at": made,
        "-created_at": list(reversed(made)),
    }[sort]

    items, pages = await all_pages(client, SPACES, headers, limit=3, sort=sort)
    assert pages == 3
    assert [item["id"] for item in items] == [str(s.id) for s in expected]

    # the Link header leads to the same pages
    seen: list[str] = []
    url: str | None = f"{SPACES}?limit=3&sort={sort}"
    while url:
        response = await client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["items"]) <= 3
        seen += [item["id"] for item in body["items"]]
        link = response.headers.get("link")
        if body["next_cursor"] is None:
            assert link is None
            url = None
        else:
            match = re.fullmatch(r'<([^>]+)>; rel="next"', link)
            assert match, link
            url = match.group(1)
            assert f"cursor={body['next_cursor']}" in url
            assert f"sort={sort}" in url and "limit=3" in url
    assert seen == [str(s.id) for s in expected]


async def test_pagination_keeps_filters_and_ends_on_a_full_page(world, client):
    headers, made = await _seven_spaces(world)
    paic = [s for s in made if s.kind == "paic"]
    assert len(paic) == 3
    first = await client.get(SPACES, params={"kind": "paic", "limit": 2}, headers=headers)
    assert "kind=paic" in first.headers["link"]
    items, pages = await all_pages(client, SPACES, headers, kind="paic", limit=2)
    assert sorted(i["id"] for i in items) == sorted(str(s.id) for s in paic)
    assert pages == 2
    # exactly one page's worth: no empty trailing page is promised
    exact = await client.get(SPACES, params={"kind": "paic", "limit": 3}, headers=headers)
    assert len(exact.json()["items"]) == 3 and exact.json()["next_cursor"] is None
    everything = await client.get(SPACES, params={"limit": 200}, headers=headers)
    assert len(everything.json()["items"]) == 7
    assert everything.json()["next_cursor"] is None


async def test_bad_cursors_and_limits_are_422(world, client):
    headers, _ = await _seven_spaces(world)
    first = await client.get(SPACES, params={"limit": 3, "sort": "name"}, headers=headers)
    cursor = first.json()["next_cursor"]

    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    tampered_json = json.loads(raw)
    tampered_json[2] = "not-an-id"
    forged = base64.urlsafe_b64encode(json.dumps(tampered_json).encode()).decode()
    for bad in (cursor[:-3] + "AAA!", "not a cursor", "e30", forged, "x" * 600):
        response = await client.get(
            SPACES, params={"limit": 3, "sort": "name", "cursor": bad}, headers=headers
        )
        assert_problem(response, 422, loc=("query", "cursor"))

    other_sort = await client.get(
        SPACES, params={"limit": 3, "sort": "-created_at", "cursor": cursor}, headers=headers
    )
    assert_problem(other_sort, 422, loc=("query", "cursor"))
    reversed_sort = await client.get(
        SPACES, params={"limit": 3, "sort": "-name", "cursor": cursor}, headers=headers
    )
    assert_problem(reversed_sort, 422, loc=("query", "cursor"))
    for limit in (201, 0, -1, "many"):
        response = await client.get(SPACES, params={"limit": limit}, headers=headers)
        assert_problem(response, 422, loc=("query", "limit"))
    assert (await client.get(SPACES, params={"limit": 200}, headers=headers)).status_code == 200


# ---- CSV ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["query", "accept"])
async def test_csv_lists_every_item_not_one_page(world, client, how):
    headers, made = await _seven_spaces(world)
    params = {"limit": 3, "sort": "created_at"}
    if how == "query":
        params["format"] = "csv"
    else:
        headers = {**headers, "Accept": "text/csv"}
    response = await client.get(SPACES, params=params, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    assert response.headers["x-request-id"]
    rows = list(csv.reader(io.StringIO(response.text)))
    header, data = rows[0], rows[1:]
    assert {"id", "name", "kind", "status", "opening_hours_osm"} <= set(header)
    assert len(data) == 7
    column = header.index("id")
    assert [row[column] for row in data] == [str(s.id) for s in made]
    assert all(len(row) == len(header) for row in data)
    names = [row[header.index("name")] for row in data]
    assert names[1] == "PAIC Épeule"  # UTF-8 kept

    filtered = await client.get(SPACES, params={**params, "kind": "paic"}, headers=headers)
    assert len(list(csv.reader(io.StringIO(filtered.text)))) == 1 + 3


async def test_csv_cells_never_start_a_formula(world, client, app):
    city = await world.user("city")
    association = await world.association()
    for name in (
        '=HYPERLINK("https://evil.example","clic")',
        "@SUM(A1)",
        "+1+1",
        "-1+1",
        "ENC normal",
    ):
        await world.space(association.id, name=name)
    await world.space(association.id, name="ENC GPS", latitude=-33.5, longitude=-70.25)
    response = await client.get(
        SPACES, params={"format": "csv", "sort": "created_at"}, headers=city.headers
    )
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [row["name"] for row in rows] == [
        '\'=HYPERLINK("https://evil.example","clic")',
        "'@SUM(A1)",
        "'+1+1",
        "'-1+1",
        "ENC normal",
        "ENC GPS",
    ]
    assert (rows[-1]["latitude"], rows[-1]["longitude"]) == ("-33.5", "-70.25")  # numbers stay


async def test_csv_of_an_empty_list_and_json_when_both_are_accepted(world, client):
    city = await world.user("city")
    empty = await client.get(SPACES, params={"format": "csv"}, headers=city.headers)
    assert empty.status_code == 200
    assert empty.headers["content-type"].startswith("text/csv")
    assert empty.text.strip() == ""
    both = await client.get(
        SPACES, headers={**city.headers, "Accept": "application/json, text/csv"}
    )
    assert both.headers["content-type"].startswith("application/json")


async def test_csv_with_an_unknown_sort_is_refused_before_the_export_starts(world, client):
    """Found by the fuzzer: the sort was checked inside the stream, after the 200 had gone."""
    city = await world.user("city")
    response = await client.get(
        SPACES, params={"format": "csv", "sort": "-nonsense"}, headers=city.headers
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == ["query", "sort"]


# ---- ETags and conditional requests -------------------------------------------------------------


async def test_etag_if_none_match_and_if_match(world, client, app):
    w = await world.standard()
    city = w["city"].headers
    url = f"{SPACES}/{w['s1'].id}"
    first = await client.get(url, headers=city)
    etag = first.headers["etag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    assert (await client.get(url, headers=city)).headers["etag"] == etag  # stable

    for given in (etag, f"W/{etag}", f'"other", {etag}'):
        not_modified = await client.get(url, headers={**city, "If-None-Match": given})
        assert not_modified.status_code == 304, given
        assert not_modified.content == b""
        assert not_modified.headers["etag"] == etag
    star = await client.get(url, headers={**city, "If-None-Match": "*"})  # RFC 9110: any
    assert star.status_code == 304
    modified = await client.get(url, headers={**city, "If-None-Match": '"other"'})
    assert modified.status_code == 200 and modified.json() == first.json()

    # a stale If-Match changes nothing
    changed = await client.patch(url, json={"name": "ENC renommé"}, headers=city)
    assert changed.status_code == 200
    new_etag = changed.headers["etag"]
    assert new_etag != etag
    assert (await client.get(url, headers=city)).headers["etag"] == new_etag
    before = await snapshot(app)
    stale = await client.patch(url, json={"name": "perdu"}, headers={**city, "If-Match": etag})
    assert_problem(stale, 412)
    assert await snapshot(app) == before
    assert (await client.get(url, headers=city)).json()["name"] == "ENC renommé"
    stale_move = await client.post(
        f"{url}/transitions", json={"to": "suspended"}, headers={**city, "If-Match": etag}
    )
    assert_problem(stale_move, 412)
    assert (await client.get(url, headers=city)).json()["status"] == "open"

    # the current one succeeds, and so does the wildcard
    current = await client.patch(
        url, json={"name": "ENC à jour"}, headers={**city, "If-Match": new_etag}
    )
    assert current.status_code == 200, current.text
    wildcard = await client.patch(url, json={"description": "x"}, headers={**city, "If-Match": "*"})
    assert wildcard.status_code == 200
    # and an old 304 no longer applies
    after = await client.get(url, headers={**city, "If-None-Match": new_etag})
    assert after.status_code == 200


async def test_association_etag_and_stale_if_match(world, client, app):
    city = await world.user("city")
    association = await world.association()
    url = f"{API}/associations/{association.id}"
    etag = (await client.get(url, headers=city.headers)).headers["etag"]
    assert (
        await client.get(url, headers={**city.headers, "If-None-Match": etag})
    ).status_code == 304
    ok = await client.patch(
        url, json={"street": "1 place"}, headers={**city.headers, "If-Match": etag}
    )
    assert ok.status_code == 200
    stale = await client.patch(
        url, json={"street": "2 place"}, headers={**city.headers, "If-Match": etag}
    )
    assert_problem(stale, 412)
    assert (await client.get(url, headers=city.headers)).json()["street"] == "1 place"


@pytest.mark.commits
async def test_concurrent_updates_with_the_same_etag_one_wins(world, client, app):
    w = await world.standard()
    city = w["city"].headers
    url = f"{SPACES}/{w['s1'].id}"
    for attempt in range(5):
        etag = (await client.get(url, headers=city)).headers["etag"]
        first, second = await asyncio.gather(
            client.patch(url, json={"name": f"A{attempt}"}, headers={**city, "If-Match": etag}),
            client.patch(url, json={"name": f"B{attempt}"}, headers={**city, "If-Match": etag}),
        )
        statuses = sorted([first.status_code, second.status_code])
        assert statuses == [200, 412], (first.text, second.text)
        winner = first if first.status_code == 200 else second
        loser = second if winner is first else first
        assert_problem(loser, 412)
        assert (await client.get(url, headers=city)).json()["name"] == winner.json()["name"]
    events = await count(app, AuditEvent, AuditEvent.action == "space.update")
    assert events == 5


# ---- Idempotency-Key ----------------------------------------------------------------------------


def _post(client, headers: dict, key: str, payload: dict):
    return client.post(
        SPACES,
        content=json.dumps(payload).encode(),
        headers={**headers, "Idempotency-Key": key, "Content-Type": "application/json"},
    )


async def test_idempotency_key_creates_once_and_replays(world, client, app):
    city = await world.user("city")
    association = await world.association()
    payload = new_space(association.id)
    first = await _post(client, city.headers, "key-1", payload)
    assert first.status_code == 201, first.text
    assert "idempotent-replayed" not in first.headers
    second = await _post(client, city.headers, "key-1", payload)
    assert second.status_code == 201
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json() == first.json()
    assert second.headers["location"] == first.headers["location"]
    assert second.headers["content-type"] == first.headers["content-type"]
    assert second.headers["x-request-id"] != first.headers["x-request-id"]
    assert await count(app, Space) == 1

    # same key, other body: refused, nothing written
    other = await _post(client, city.headers, "key-1", {**payload, "name": "Autre"})
    assert_problem(other, 422, loc=("header", "Idempotency-Key"))
    assert await count(app, Space) == 1
    # another key creates again; no key creates every time
    assert (await _post(client, city.headers, "key-2", payload)).status_code == 201
    assert (await client.post(SPACES, json=payload, headers=city.headers)).status_code == 201
    assert await count(app, Space) == 3


async def test_idempotency_key_is_per_caller(world, client, app):
    alice, bob = await world.user("city"), await world.user("city")
    association = await world.association()
    payload = new_space(association.id)
    by_alice = await _post(client, alice.headers, "shared-key", payload)
    by_bob = await _post(client, bob.headers, "shared-key", payload)
    assert by_alice.status_code == by_bob.status_code == 201
    assert "idempotent-replayed" not in by_bob.headers
    assert by_alice.json()["id"] != by_bob.json()["id"]
    assert await count(app, Space) == 2


async def test_idempotency_key_still_running_is_409(world, client, app):
    city = await world.user("city")
    association = await world.association()
    payload = new_space(association.id)
    body = json.dumps(payload).encode()
    fingerprint = hashlib.sha256(b"\n".join([SPACES.encode(), b"", body])).hexdigest()
    async with app.state.sessionmaker() as session:
        session.add(
            IdempotencyRecord(
                principal=f"user:{city.id}",
                key="busy-key",
                fingerprint=fingerprint,
                status="running",
                expires_at=utcnow() + timedelta(hours=1),
            )
        )
        await session.commit()
    response = await _post(client, city.headers, "busy-key", payload)
    body_ = assert_problem(response, 409)
    assert "running" in body_["detail"]
    assert await count(app, Space) == 0

    # a first request abandoned long ago (its process died) no longer blocks the key
    async with app.state.sessionmaker() as session:
        record = await session.get(IdempotencyRecord, (f"user:{city.id}", "busy-key"))
        record.created_at = utcnow() - timedelta(hours=1)
        await session.commit()
    retried = await _post(client, city.headers, "busy-key", payload)
    assert retried.status_code == 201, retried.text
    assert await count(app, Space) == 1


@pytest.mark.commits
async def test_simultaneous_requests_with_one_key_create_one_row(world, client, app):
    city = await world.user("city")
    association = await world.association()
    payload = new_space(association.id)
    responses = await asyncio.gather(
        *(_post(client, city.headers, "race", payload) for _ in range(3))
    )
    assert await count(app, Space) == 1
    fresh = [
        r for r in responses if r.status_code == 201 and "idempotent-replayed" not in r.headers
    ]
    assert len(fresh) == 1
    for response in responses:
        if response is not fresh[0]:
            assert response.status_code in (201, 409), response.text
            if response.status_code == 201:
                assert response.json() == fresh[0].json()


async def test_bad_idempotency_keys_are_422(world, client, app):
    city = await world.user("city")
    association = await world.association()
    for key in ("x" * 256, "é-accent", "with space"):
        response = await client.post(
            SPACES,
            json=new_space(association.id),
            headers={**city.headers, "Idempotency-Key": key.encode("utf-8")},
        )
        assert_problem(response, 422, loc=("header", "Idempotency-Key"))
    assert await count(app, Space) == 0


# ---- CORS, body limit, health, metrics, headers -------------------------------------------------


@pytest.mark.commits
async def test_cors_allows_configured_origins_only(fresh_app, world):
    w = await world.standard()
    application = fresh_app(cors_origins=["https://portail.roubaix.fr"])
    preflight = {
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization, content-type, if-match, idempotency-key",
    }
    async with client_for(application) as http:
        allowed = await http.options(
            SPACES, headers={"Origin": "https://portail.roubaix.fr", **preflight}
        )
        assert allowed.status_code == 200, allowed.text
        assert allowed.headers["access-control-allow-origin"] == "https://portail.roubaix.fr"
        assert allowed.headers["access-control-allow-credentials"] == "true"
        assert "PATCH" in allowed.headers["access-control-allow-methods"]
        allowed_headers = allowed.headers["access-control-allow-headers"].lower()
        for name in ("authorization", "if-match", "idempotency-key"):
            assert name in allowed_headers
        assert allowed.headers["x-request-id"]

        refused = await http.options(
            SPACES, headers={"Origin": "https://evil.example", **preflight}
        )
        assert refused.status_code == 400
        # without Access-Control-Allow-Origin a browser refuses the preflight, whatever else
        # Starlette's middleware adds to its 400
        assert "access-control-allow-origin" not in refused.headers

        simple = await http.get(
            f"{SPACES}/{w['s1'].id}",
            headers={**w["city"].headers, "Origin": "https://portail.roubaix.fr"},
        )
        assert simple.status_code == 200
        assert simple.headers["access-control-allow-origin"] == "https://portail.roubaix.fr"
        exposed = simple.headers["access-control-expose-headers"].lower()
        for name in ("etag", "link", "x-request-id", "location", "idempotent-replayed"):
            assert name in exposed
        foreign = await http.get(
            f"{SPACES}/{w['s1'].id}",
            headers={**w["city"].headers, "Origin": "https://evil.example"},
        )
        assert "access-control-allow-origin" not in foreign.headers

    # a wildcard never comes with credentials
    async with client_for(fresh_app(cors_origins=["*"])) as http:
        anyone = await http.options(SPACES, headers={"Origin": "https://any.example", **preflight})
        assert anyone.status_code == 200
        assert anyone.headers["access-control-allow-origin"] in ("*", "https://any.example")
        assert "access-control-allow-credentials" not in anyone.headers

    # without configured origins, no CORS headers at all
    async with client_for(fresh_app()) as http:
        none = await http.options(
            SPACES, headers={"Origin": "https://portail.roubaix.fr", **preflight}
        )
        assert "access-control-allow-origin" not in none.headers


@pytest.mark.commits
async def test_body_over_the_limit_is_413(fresh_app, world, app):
    city = await world.user("city")
    association = await world.association()
    application = fresh_app(max_body_bytes=2048)
    payload = new_space(association.id, description="x" * 3000)
    async with client_for(application) as http:
        declared = await http.post(SPACES, json=payload, headers=city.headers)
        body = assert_problem(declared, 413)
        assert "2048" in body["detail"]

        async def chunks():
            data = json.dumps(payload).encode()
            for start in range(0, len(data), 512):
                yield data[start : start + 512]

        streamed = await http.post(
            SPACES,
            content=chunks(),
            headers={**city.headers, "Content-Type": "application/json"},
        )
        assert_problem(streamed, 413)
        with_key = await http.post(
            SPACES, json=payload, headers={**city.headers, "Idempotency-Key": "big"}
        )
        assert_problem(with_key, 413)
        small = await http.post(SPACES, json=new_space(association.id), headers=city.headers)
        assert small.status_code == 201, small.text
    assert await count(app, Space) == 1


@pytest.mark.commits
async def test_health_and_readiness(client, fresh_app):
    health = await client.get("/healthz")
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ready"}

    unreachable = fresh_app(database_url="postgresql+asyncpg://postgres@127.0.0.1:1/x")
    async with client_for(unreachable) as http:
        down = await http.get("/readyz")
        body = assert_problem(down, 503)
        assert "database" in body["detail"].lower()
        assert (await http.get("/healthz")).status_code == 200  # the process is still up


def _samples(text: str, name: str) -> dict[frozenset, float]:
    """`name{a="x",b="y"} 3.0` lines as {frozenset of labels: value}."""
    samples = {}
    for line in text.splitlines():
        match = re.fullmatch(name + r"\{(.*)\} (\S+)", line)
        if match:
            labels = frozenset(re.findall(r'(\w+)="([^"]*)"', match.group(1)))
            samples[labels] = float(match.group(2))
    return samples


async def test_metrics_by_route_template_and_pool(world, client, fresh_app):
    w = await world.standard()
    for _ in range(2):
        await client.get(f"{SPACES}/{w['s1'].id}", headers=w["city"].headers)
    await client.get(f"{SPACES}/{w['s2'].id}", headers=w["city"].headers)
    await client.get(f"/nope/{uuid.uuid4()}")
    metrics = await client.get("/metrics")
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    requests = _samples(text, "enc_http_requests_total")
    by_template = {"route": "/api/v1/spaces/{space_id}", "method": "GET", "status": "200"}
    assert requests.get(frozenset(by_template.items()), 0) >= 3, requests
    assert str(w["s1"].id) not in text  # one series per template, not per id
    assert "/nope/" not in text
    assert 'route="unmatched"' in text
    assert "enc_http_request_duration_seconds_bucket" in text
    assert "enc_http_requests_in_flight" in text
    pool = _samples(text, "enc_db_pool_connections")
    assert frozenset({("state", "checkedout")}) in pool, text

    protected = fresh_app(metrics_token="metrics-token-0123456789")
    async with client_for(protected) as http:
        assert_problem(await http.get("/metrics"), 401)
        assert_problem(await http.get("/metrics", headers={"Authorization": "Bearer wrong"}), 401)
        ok = await http.get(
            "/metrics", headers={"Authorization": "Bearer metrics-token-0123456789"}
        )
        assert ok.status_code == 200 and "enc_http_requests_total" in ok.text
    async with client_for(fresh_app(metrics_enabled=False)) as http:
        assert_problem(await http.get("/metrics"), 404)


async def test_security_headers_and_no_server_header(world, client, fresh_app):
    w = await world.standard()
    for response in (
        await client.get(f"{SPACES}/{w['s1'].id}", headers=w["city"].headers),
        await client.get(f"{SPACES}/{uuid.uuid4()}", headers=w["city"].headers),
    ):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
        assert response.headers["x-frame-options"] == "DENY"
        assert "server" not in response.headers

    application = fresh_app()

    async def leaky() -> Response:
        return Response("hi", headers={"Server": "leaky/1.0"})

    application.add_api_route("/leaky", leaky)
    async with client_for(application) as http:
        response = await http.get("/leaky")
        assert response.status_code == 200
        assert "server" not in response.headers


async def test_vocabularies_list_every_enumeration_with_labels(client):
    response = await client.get(f"{API}/vocabularies")  # public: no credentials
    assert response.status_code == 200
    vocabularies = {v["name"]: v for v in response.json()}
    for name in (
        "space_kind",
        "space_status",
        "weekday",
        "legal_form",
        "role",
        "partner_kind",
        "connection_type",
        "api_key_scope",
    ):
        assert name in vocabularies, name
    for vocabulary in vocabularies.values():
        assert vocabulary["description"] == vocabulary["description_fr"]
        assert vocabulary["description_en"].strip(), vocabulary["name"]
        assert vocabulary["description_en"] != vocabulary["description_fr"], vocabulary["name"]
        codes = [v["code"] for v in vocabulary["values"]]
        assert codes and len(codes) == len(set(codes)), vocabulary["name"]
        # one case rule: snake_case, but for the three shapes documented in CODE_SHAPES
        shape = CODE_SHAPES.get(vocabulary["name"], SNAKE_CASE)
        for value in vocabulary["values"]:
            assert re.fullmatch(shape, value["code"]), (vocabulary["name"], value)
            assert value["label_fr"].strip() and value["label_en"].strip(), value
    assert [v["code"] for v in vocabularies["space_status"]["values"]] == list(SpaceStatus)
    assert {v["code"] for v in vocabularies["space_kind"]["values"]} == set(SpaceKind)
    assert [v["code"] for v in vocabularies["weekday"]["values"]] == list(Weekday)
    labels = {v["code"]: v["label_fr"] for v in vocabularies["weekday"]["values"]}
    assert labels["monday"] == "lundi"


def test_production_refuses_default_or_short_secrets():
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings(env="production", secret_key="short", _env_file=None)
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings(env="production", secret_key=DEFAULT_SECRET, _env_file=None)
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings(env="production", _env_file=None)
    with pytest.raises(ValidationError, match="CORS"):
        Settings(env="production", secret_key="s" * 48, cors_origins="*", _env_file=None)
    good = Settings(
        env="production",
        secret_key="s" * 48,
        cors_origins="https://portail.roubaix.fr, https://enc.roubaix.fr",
        _env_file=None,
    )
    assert good.cors_origins == ["https://portail.roubaix.fr", "https://enc.roubaix.fr"]
    with pytest.warns(UserWarning, match="SECRET_KEY"):
        Settings(env="development", _env_file=None)


async def test_metrics_are_off_in_production_without_a_token():
    import secrets

    import httpx

    from app.main import create_app
    from tests.conftest import make_settings

    production = create_app(make_settings(env="production", secret_key=secrets.token_hex(32)))
    transport = httpx.ASGITransport(app=production)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.get("/metrics")
    await production.state.engine.dispose()
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
