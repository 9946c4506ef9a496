"""The request path close to the floor: reads only read, one unit of work per request, and on
SQLite readers never wait behind a writer (issue 15, items 1, 2 and 5)."""

import asyncio
import re
import uuid
from datetime import date

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import event

from app.core.db import ROUND_TRIP_KINDS
from app.main import ROUTERS, create_app
from tests.conftest import make_settings
from tests.helpers_access import key_headers, make_key
from tests.visits.visit_helpers import API, CSV, HEADER, csv_row, network

# A savepoint a test harness opens (and rolls back) is not a write; releasing one keeps its work.
WRITES = re.compile(
    r"^\s*(INSERT|UPDATE|DELETE|REPLACE|UPSERT|MERGE|COPY|COMMIT|RELEASE)\b", re.IGNORECASE
)


def _path_value(name: str, annotation, ids: dict[str, object]) -> str:
    if name in ids:
        return str(ids[name])
    if annotation is int:
        return str(date.today().year)
    if annotation is date:
        return date.today().isoformat()
    if annotation is uuid.UUID or "id" in name:
        return str(uuid.uuid4())
    return "digital_basics"  # a code or a name: a 404 is as good as a 200 here


def _get_routes(app) -> list[tuple[str, APIRoute]]:
    """Every GET route the app mounts, with its full path (FastAPI nests included routers in
    `app.routes`; `ROUTERS` is what create_app includes). Checked against the OpenAPI document,
    so that a route mounted some other way is not missed."""
    routes = [
        (prefix + route.path, route)
        for router, prefix in ROUTERS
        for route in router.routes
        if isinstance(route, APIRoute) and "GET" in route.methods
    ]
    documented = {path for path, item in app.openapi()["paths"].items() if "get" in item}
    assert documented <= {path for path, _ in routes}, documented - {p for p, _ in routes}
    return routes


@pytest.mark.commits
async def test_no_get_route_writes(app, world, client):
    """Every GET of the route table, with real ids where it has them, as the city and as an API
    key: not one INSERT/UPDATE/DELETE/COMMIT (nor a savepoint) reaches the database."""
    w = await world.standard()
    raw_key, _ = await make_key(world, association_id=w["a1"].id)
    ids = {
        "space_id": w["s1"].id,
        "association_id": w["a1"].id,
        "user_id": w["city"].id,
        "partner_id": w["operator"].id,
    }
    seen: list[tuple[str, str]] = []
    current = {"path": ""}

    def on_statement(_conn, _cursor, statement, _params, _context, _many):
        if not statement.lstrip().upper().startswith("BEGIN"):
            seen.append((current["path"], statement))

    def on_commit(_conn):
        seen.append((current["path"], "COMMIT"))

    engine = app.state.engine.sync_engine
    event.listen(engine, "before_cursor_execute", on_statement)
    event.listen(engine, "commit", on_commit)
    statuses: dict[str, int] = {}
    try:
        for template, route in _get_routes(app):
            params = {
                p.name: _path_value(p.name, p.field_info.annotation, ids)
                for p in route.dependant.path_params
            }
            path = template.format(**params)
            # required query parameters too (the yearly review's `year`), so that the route
            # runs its queries instead of answering 422 before reaching the database
            query = {
                q.name: _path_value(q.name, q.field_info.annotation, ids)
                for q in route.dependant.query_params
                if q.field_info.is_required()
            }
            for who, headers in (("city", w["city"].headers), ("key", key_headers(raw_key))):
                current["path"] = f"{who} GET {template}"
                response = await client.get(path, params=query, headers=headers)
                statuses[current["path"]] = response.status_code
                assert response.status_code < 500, (current["path"], response.text)
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
        event.remove(engine, "commit", on_commit)
    writes = [(path, sql.split("\n")[0][:120]) for path, sql in seen if WRITES.match(sql)]
    assert not writes, writes
    assert len(statuses) >= 2 * 40, f"only {len(statuses)} GETs were tried"
    assert sum(1 for s in statuses.values() if s == 200) >= 40, statuses  # real reads, not 404s


def _round_trips(app) -> dict[str, float]:
    registry = app.state.metrics.registry
    return {
        kind: registry.get_sample_value("enc_db_round_trips_total", {"kind": kind}) or 0.0
        for kind in ROUND_TRIP_KINDS
    }


async def _counted(app, client, path: str, headers: dict) -> dict[str, int]:
    before = _round_trips(app)
    response = await client.get(path, headers=headers)
    assert response.status_code == 200, response.text
    after = _round_trips(app)
    return {kind: int(after[kind] - before[kind]) for kind in ROUND_TRIP_KINDS}


@pytest.mark.commits  # counts the request's own BEGIN and ROLLBACK
async def test_an_authenticated_read_is_one_read_only_transaction(app, world, client, backend):
    """GET /spaces and GET /spaces/{id} as the city, the caller cached (the issue's targets):
    the list is BEGIN, the spaces, the page's labels, ROLLBACK (4); a read by id is BEGIN, the
    space with its label in one query, ROLLBACK (3). No COMMIT. (Was 10 and 9 on SQLite, 12
    and 11 on PostgreSQL with the pre-pings: two transactions and a counter row.)

    The first request of a credential in a process queries its caller (one query, the user
    with its assignments and whether the session was logged out): counted apart, cold."""
    association = await world.association()
    space = await world.space(association.id)
    await world.space(association.id)
    city = await world.user("city")
    cold = await _counted(app, client, f"{API}/spaces/{space.id}", city.headers)
    listed = await _counted(app, client, f"{API}/spaces", city.headers)
    one = await _counted(app, client, f"{API}/spaces/{space.id}", city.headers)
    targets = (("cold by id", cold, 2, 4), ("list", listed, 2, 4), ("by id", one, 1, 3))
    for name, counts, statements, most in targets:
        total = sum(counts.values())
        message = f"{backend} {name}: {total} round trips {counts}"
        assert counts["begin"] == 1 and counts["commit"] == 0, message
        assert counts["rollback"] == 1, message
        assert counts["statement"] <= statements, message
        assert total <= most, message


@pytest.mark.commits
async def test_a_read_without_the_cache_queries_the_caller(world, backend):
    """CALLER_CACHE_SECONDS=0: every request queries its caller, one query more than cached."""
    association = await world.association()
    space = await world.space(association.id)
    city = await world.user("city")
    uncached = create_app(make_settings(caller_cache_seconds=0))
    transport = httpx.ASGITransport(app=uncached, client=("203.0.113.9", 50000))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            for _ in range(2):
                counts = await _counted(uncached, http, f"{API}/spaces/{space.id}", city.headers)
                assert sum(counts.values()) == 4 and counts["statement"] == 2, (backend, counts)
    finally:
        await uncached.state.engine.dispose()


@pytest.mark.commits  # two real transactions at once
async def test_a_read_answers_while_an_import_is_still_streaming(app, world, client):
    """SQLite: the import holds the write lock from its first statement to its last; a GET
    (deferred transaction, WAL) reads meanwhile instead of waiting for it (it used to wait out
    the 30 s busy timeout, BEGIN IMMEDIATE). Checked by order: the GET is answered while the
    import's body is still being sent. PostgreSQL: the same holds (MVCC)."""
    w = await network(world)
    rows = "".join(csv_row(n, w["s1"].id) for n in range(1, 1201))
    first_part, rest = (HEADER + rows).encode(), b""
    more = "".join(csv_row(n, w["s1"].id) for n in range(1201, 1301)).encode()
    body_pulled, release = asyncio.Event(), asyncio.Event()
    sent: list[str] = []

    async def body():
        for start in range(0, len(first_part), 4096):
            yield first_part[start : start + 4096]
        body_pulled.set()  # the route is reading the body: its transaction is open
        await release.wait()
        sent.append("rest of the import")
        yield more + rest

    transport = httpx.ASGITransport(app=app, client=("203.0.113.8", 50001))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as other:
        upload = asyncio.create_task(
            other.post(
                f"{API}/visits/import",
                content=body(),
                headers={**w["assoc1"].headers, "Content-Type": CSV},
            )
        )
        await asyncio.wait_for(body_pulled.wait(), 30)
        await asyncio.sleep(0.2)  # let the importer write its first rows
        try:
            read = await asyncio.wait_for(
                client.get(f"{API}/spaces/{w['s1'].id}", headers=w["city"].headers), 5
            )
            sent.append("read answered")
        finally:
            release.set()
        imported = await asyncio.wait_for(upload, 60)
    assert read.status_code == 200, read.text
    assert sent == ["read answered", "rest of the import"]
    assert imported.status_code == 200, imported.text
    assert imported.json()["created"] == 1300
