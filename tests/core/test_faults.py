"""Faults: the database going away under traffic, an oversized body, hostile JSON.

The outage runs once, in the PostgreSQL pass (PostgreSQL is the reference, and only a server
can go away): a throwaway cluster of its own on a free port (never the shared one), migrated by
Alembic, `enc serve` pointed at it, the cluster stopped with `pg_ctl` while requests keep coming,
then started again. The body-size tests run `enc serve` on the pass's database; the JSON tests
run in process.
"""

import asyncio
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from select import select as wait_on

import httpx
import pytest
from sqlalchemy import func, select

from app.main import create_app
from app.models.association import Association
from tests.conftest import DATABASE_URL, SECRET, make_settings, migrate
from tests.factories import World
from tests.live_server import LiveServer, live_server
from tests.pg_cluster import ThrowawayCluster

PROBLEM_JSON = "application/problem+json"
MIB = 1024 * 1024
IN_CI = os.environ.get("CI", "").lower() == "true"


def _is_problem(response: httpx.Response, status: int) -> bool:
    return (
        response.status_code == status
        and response.headers.get("content-type", "").startswith(PROBLEM_JSON)
        and response.json()["status"] == status
    )


# ---- the database stops during traffic, and comes back ---------------------------------------


@dataclass
class Seen:
    phase: str  # when the request was sent and when its answer came: the same, or in between
    path: str
    status: int | None  # None: no HTTP answer at all (connection refused, reset, timeout)
    problem_type: str | None = None
    retry_after: str | None = None


@dataclass
class Traffic:
    """Requests sent without pause from a thread, each one recorded with the phase it ran in
    ("between" when the phase changed while it ran)."""

    base_url: str
    headers: dict[str, str]
    paths: tuple[str, ...]
    phase: str = "before"
    seen: list[Seen] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        with httpx.Client(base_url=self.base_url, headers=self.headers, timeout=15) as client:
            while not self._stop.is_set():
                for path in self.paths:
                    phase = self.phase
                    try:
                        response = client.get(path)
                    except httpx.TransportError:
                        self.seen.append(Seen(phase, path, None))
                        continue
                    if self.phase != phase:
                        phase = "between"
                    problem = None
                    if response.headers.get("content-type", "").startswith(PROBLEM_JSON):
                        problem = response.json()["type"]
                    self.seen.append(
                        Seen(
                            phase,
                            path,
                            response.status_code,
                            problem,
                            response.headers.get("retry-after"),
                        )
                    )

    def wait_for(self, phase: str, status: int, paths: tuple[str, ...]) -> None:
        """Until each of `paths` answered `status` in `phase` (or a minute went by)."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            answered = {s.path for s in list(self.seen) if s.phase == phase and s.status == status}
            if answered >= set(paths):
                return
            time.sleep(0.1)
        raise AssertionError(f"not all of {paths} answered {status} while {phase}")

    def stop(self) -> None:
        self._stop.set()


@pytest.fixture
def cluster(backend) -> Iterator[ThrowawayCluster]:
    if backend != "postgresql":
        pytest.skip("runs once per suite, in the PostgreSQL pass")
    made = ThrowawayCluster.create()
    if made is None:
        message = "no PostgreSQL server binaries (initdb, pg_ctl) for a throwaway cluster"
        pytest.fail(message) if IN_CI else pytest.skip(message)
    yield made
    made.destroy()


async def _seed(url: str) -> str:
    """An open space in the public directory and a city account; the account's token."""
    app = create_app(make_settings(database_url=url))
    try:
        world = World(app, client=None)
        association = await world.association()
        await world.space(association.id)
        return (await world.user("city")).token
    finally:
        await app.state.engine.dispose()


def test_a_database_outage_answers_503_and_the_service_recovers_without_restart(cluster):
    url = cluster.admin_url.replace("postgresql://", "postgresql+asyncpg://")
    migrate(url)
    token = asyncio.run(_seed(url))
    data_paths = ("/readyz", "/api/v1/spaces", "/api/v1/public/spaces")
    with live_server({"DATABASE_URL": url, "SECRET_KEY": SECRET}) as server:
        traffic = Traffic(
            server.url, {"Authorization": f"Bearer {token}"}, (*data_paths, "/healthz")
        )
        thread = threading.Thread(target=traffic.run, daemon=True)
        thread.start()
        try:
            traffic.wait_for("before", 200, traffic.paths)
            traffic.phase = "stopping"
            cluster.stop()  # pg_ctl -m fast: open sessions are ended, mid-traffic
            traffic.phase = "down"
            traffic.wait_for("down", 503, data_paths)
            with httpx.Client(base_url=server.url, timeout=15) as client:
                write = client.post(
                    "/api/v1/associations",
                    # a valid body: with the caller cached, an invalid one is refused (422)
                    # before the write would reach the database
                    json={
                        "name": "Pendant la panne",
                        "legal_form": "association_1901",
                        "rna": "W595099999",
                    },
                    headers={"Authorization": f"Bearer {token}"},
                )
            traffic.phase = "starting"
            cluster.start()
            traffic.phase = "up"
            traffic.wait_for("up", 200, traffic.paths)
        finally:
            traffic.stop()
            thread.join(timeout=30)
        assert server.process.poll() is None, "the API process must not have restarted"

    seen = traffic.seen
    assert all(s.status is not None for s in seen), "the server stopped answering"
    assert {s.status for s in seen} <= {200, 503}, {(s.phase, s.path, s.status) for s in seen}
    assert all(s.status == 200 for s in seen if s.phase in ("before", "up"))
    down = [s for s in seen if s.phase == "down"]
    for s in down:
        if s.path == "/healthz":
            assert s.status == 200  # the process lives: liveness does not need the database
        else:
            assert s.status == 503, (s.path, s.status)
            assert s.problem_type == "https://enc.roubaix.fr/problems/unavailable"
            assert s.retry_after is not None
    assert _is_problem(write, 503)


# ---- oversized bodies, on a real server ------------------------------------------------------


@pytest.fixture(scope="module")
def server(settings) -> Iterator[LiveServer]:
    with live_server({"DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET}) as running:
        yield running


def _read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    raw = b""
    while b"\r\n\r\n" not in raw:
        chunk = sock.recv(65536)
        if not chunk:
            break
        raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {
        k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])
    }
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(lines[0].split()[1]), headers, body


def _request_head(path: str, **headers: str) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_a_declared_100_mb_body_is_refused_before_any_of_it_is_read(server):
    with socket.create_connection((server.host, server.port), timeout=30) as sock:
        sock.sendall(_request_head("/api/v1/associations", Content_Length=str(100 * MIB)))
        status, headers, body = _read_response(sock)  # answered with no body byte sent
    assert status == 413
    assert headers["content-type"].startswith(PROBLEM_JSON)
    assert json.loads(body)["type"] == "https://enc.roubaix.fr/problems/payload-too-large"


def test_a_streamed_100_mb_body_is_cut_off_at_the_limit_without_the_process_growing(server):
    """Chunked, so no length is announced: the server stops at MAX_BODY_BYTES (10 MiB)."""
    server.reset_peak_memory()
    rss_before = server.memory_kib("VmRSS")
    frame = b"%x\r\n%s\r\n" % (MIB, b" " * MIB)
    sent, pending = 0, b""
    with socket.create_connection((server.host, server.port), timeout=30) as sock:
        sock.sendall(_request_head("/api/v1/associations", Transfer_Encoding="chunked"))
        while True:
            if not pending and sent < 100 * MIB:
                pending = frame
            readable, writable, _ = wait_on([sock], [sock] if pending else [], [], 10)
            if readable:
                break  # the answer came: stop sending
            if writable:
                try:
                    written = sock.send(pending)
                except (BrokenPipeError, ConnectionResetError):
                    break
                pending, sent = pending[written:], sent + written
        status, headers, body = _read_response(sock)
    assert status == 413, body
    assert headers["content-type"].startswith(PROBLEM_JSON)
    assert sent < 100 * MIB, "the server read the whole body before refusing it"
    peak_growth = server.memory_kib("VmHWM") - rss_before
    assert peak_growth < 64 * 1024, f"the process grew by {peak_growth} KiB"


# ---- hostile JSON, in process ----------------------------------------------------------------

DEPTH = 100_000
HOSTILE_BODIES = {
    "arrays nested 100,000 deep": "[" * DEPTH + "]" * DEPTH,
    "objects nested 100,000 deep": '{"a":' * DEPTH + "1" + "}" * DEPTH,
    "a field nested 100,000 deep": '{"name": ' + "[" * DEPTH + "]" * DEPTH + "}",
    "a field nested 500 deep": '{"name": ' + "[" * 500 + "]" * 500 + ', "rna": "W591234567"}',
    "1e400 (infinity as a float)": '{"name": "A", "rna": "W591234567", "latitude": 1e400}',
    "NaN": '{"name": NaN, "rna": "W591234567"}',
    "Infinity": '{"name": "A", "rna": "W591234567", "latitude": -Infinity}',
    "an integer of 5,000 digits": '{"name": "A", "rna": "W591234567", "capacity": '
    + "9" * 5000
    + "}",
    "an integer of 4,000 digits": '{"name": "A", "rna": "W591234567", "capacity": '
    + "9" * 4000
    + "}",
    "a string of 20,000 digits": '{"name": "' + "9" * 20_000 + '", "rna": "W591234567"}',
}


@pytest.mark.parametrize("body", HOSTILE_BODIES.values(), ids=HOSTILE_BODIES.keys())
async def test_hostile_json_is_refused_cleanly_and_writes_nothing(world, client, body):
    city = await world.user("city")
    association = await world.association()
    space = await world.space(association.id)
    for method, path in (
        ("POST", "/api/v1/associations"),
        ("POST", "/api/v1/spaces"),
        ("PATCH", f"/api/v1/spaces/{space.id}"),
    ):
        response = await client.request(
            method, path, content=body, headers={**city.headers, "Content-Type": "application/json"}
        )
        assert response.status_code in (400, 422), (path, response.status_code)
        assert _is_problem(response, response.status_code)
    async with world.session() as session:
        assert await session.scalar(select(func.count()).select_from(Association)) == 1
    unchanged = await client.get(f"/api/v1/spaces/{space.id}", headers=city.headers)
    assert unchanged.json()["latitude"] == space.latitude


@pytest.mark.parametrize("limit", ["1e400", "9" * 5000, "NaN", "-Infinity", "1" + "0" * 30])
async def test_huge_numbers_in_a_query_are_refused_cleanly(world, client, limit):
    city = await world.user("city")
    response = await client.get("/api/v1/spaces", params={"limit": limit}, headers=city.headers)
    assert _is_problem(response, 422)
