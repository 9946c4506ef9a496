"""Load on two replicas, on PostgreSQL: `enc bench load` or `python -m bench.load_bench`.

Creates a fresh database (dropped at the end, also on failure), migrates it and seeds the demo
network (the visits bench's `_prepare`), then, through the services, enough spaces that a page
of 50 is a real page and maintenance tickets in progress for the operator to move. Starts two
uvicorn processes of the app on two ports against that one database, with one SECRET_KEY and
the per-caller rate limit off (`RATE_LIMIT_ENABLED=false`: the bench is one caller per role,
far past 600 requests a minute). Logs in on the first process and uses the tokens on both, and
reads ETags on one process to revalidate them on the other. Then wrk (Debian's package) drives,
one endpoint at a time, 32 connections split over both ports (scripts in bench/wrk/): /healthz
(the framework's ceiling), the authenticated lists of spaces and of visits (limit=50), single
reads revalidated with If-None-Match (304) and plain, visit creation, ticket transitions, and
a mix of them all; /healthz again at the end. Prints requests per second, p50/p99 and the CPU
each request cost the API processes, PostgreSQL and wrk, and the spaces-list / healthz ratio.

Before that (BENCH_PART=all, the default; `floor` for this part alone, `replicas` for the
rest alone), the side by side: the floor app (bench/floor/app.py: FastAPI + asyncpg, the same
token checks and user lookup, the same JSON, checked byte for byte first) beside the first API
process, each driven alone by wrk at each of BENCH_FLOOR_CONNECTIONS (default 8,32) on the
spaces list, a space by id, the visits list and /healthz; printed: CPU ms per request of each
process (from /proc), their ratio, round trips per request (`enc_db_round_trips_total` from the
API's /metrics, over the measured run only, n/a without it), p50/p99 of both and the load
average, then per endpoint its ratios at each level and whether the issue's target (list and
read by id ≤ 1.5× the floor's CPU) is met.

Environment: BENCH_PG (default postgresql://postgres@127.0.0.1/postgres), BENCH_SECONDS
(per endpoint, default 20), BENCH_WARMUP (seconds before each, default 3), BENCH_CONNECTIONS
(default 32), BENCH_THREADS (wrk threads, default 2, a multiple of 2: one port each),
BENCH_SPACES (spaces added to the demo's, default 150), BENCH_TICKETS (default 128).
"""

import asyncio
import json
import os
import random
import resource
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx

from bench.visits_bench import ADMIN, ROOT, _free_port, _prepare

WRK_DIR = Path(__file__).resolve().parent / "wrk"
SECONDS = int(os.environ.get("BENCH_SECONDS", "20"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
EXTRA_SPACES = int(os.environ.get("BENCH_SPACES", "150"))
TICKETS = int(os.environ.get("BENCH_TICKETS", "128"))
# floor: one API process beside the floor app; replicas: the two-process load; all: both.
PART = os.environ.get("BENCH_PART", "all")
FLOOR_CONNECTIONS = tuple(
    int(n) for n in os.environ.get("BENCH_FLOOR_CONNECTIONS", "8,32").split(",")
)
SECRET = secrets.token_urlsafe(48)
LOGINS = {  # role in the scripts → the demo login (README)
    "city": ("ville@enc-roubaix.example", "demo-grand-place-2026"),
    "association": ("hauts-champs@enc-roubaix.example", "demo-association-2026"),
    "operator": ("operateur@enc-roubaix.example", "demo-depannage-2026"),
}
# (wrk script, what the table calls it)
RUNS = [
    ("healthz", "GET /healthz"),
    ("spaces_list", "GET /spaces?limit=50"),
    ("visits_list", "GET /visits?limit=50"),
    ("space_revalidate", "GET /spaces/{id} If-None-Match → 304"),
    ("space_read", "GET /spaces/{id} → 200"),
    ("visit_create", "POST /visits"),
    ("ticket_transition", "POST /maintenance-tickets/{id}/transitions"),
    ("mix", "mix (3 lists of spaces, 2 of visits, 2 × 304, 1 read, 1 visit, 1 ticket move)"),
    ("healthz", "GET /healthz (again, at the end)"),
]


# ---- the database ----------------------------------------------------------------------------


@contextmanager
def temporary_database() -> Iterator[str]:
    """A new database on BENCH_PG, yielded as an asyncpg SQLAlchemy URL; dropped afterwards."""
    name = f"enc_load_{secrets.token_hex(4)}"

    async def run(sql: str) -> None:
        connection = await asyncpg.connect(ADMIN)
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    try:
        base = ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
        yield f"{base}/{name}"
    finally:
        asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@dataclass
class Seeded:
    spaces: int = 0
    association_spaces: list[uuid.UUID] = field(default_factory=list)
    tickets: list[uuid.UUID] = field(default_factory=list)


async def seed_load(url: str) -> Seeded:
    """Spaces like the demo's (open, inaugurated in 2015) and tickets in progress, through the
    services as the app would write them."""
    from sqlalchemy import func, select

    from app.core.actor import SYSTEM, Actor
    from app.core.config import Settings
    from app.core.db import create_engine, create_sessionmaker
    from app.demo.network import DEMO_SPACES, _walk_to
    from app.models.maintenance import TicketCreate, TicketTransition
    from app.models.space import Space, SpaceCreate, SpaceStatus
    from app.models.user import User
    from app.services.maintenance import tickets
    from app.services.spaces import records as spaces

    engine = create_engine(Settings(database_url=url, secret_key=SECRET, _env_file=None))
    seeded = Seeded()
    try:
        async with create_sessionmaker(engine)() as session:
            today = date.today()
            templates = []
            for demo in DEMO_SPACES:
                values = demo.values(today)
                owner = await session.scalar(
                    select(Space.association_id).where(Space.name == values["name"])
                )
                templates.append((values, owner))
            for n in range(EXTRA_SPACES):
                values, owner = templates[n % len(templates)]
                data = SpaceCreate(
                    association_id=owner,
                    **{
                        **values,
                        "name": f"{values['name']} – antenne {n + 1:03d}",
                        "inaugurated_on": date(2015, 1, 1),
                    },
                )
                created = await spaces.create_space(session, SYSTEM, data)
                await _walk_to(session, created.id, SpaceStatus.open)
            seeded.spaces = await session.scalar(
                select(func.count()).select_from(Space).where(Space.archived_at.is_(None))
            )

            users = {
                role: await session.scalar(select(User).where(User.email == email))
                for role, (email, _password) in LOGINS.items()
            }
            association = users["association"]
            seeded.association_spaces = list(
                (
                    await session.scalars(
                        select(Space.id).where(
                            Space.association_id == association.association_id,
                            Space.status == SpaceStatus.open,
                        )
                    )
                ).all()
            )
            requester = Actor(
                kind="user",
                role=association.role,
                user_id=association.id,
                association_id=association.association_id,
            )
            operator = Actor(
                kind="user",
                role=users["operator"].role,
                user_id=users["operator"].id,
                partner_id=users["operator"].partner_id,
            )
            for n in range(TICKETS):
                ticket = await tickets.create_ticket(
                    session,
                    requester,
                    TicketCreate(
                        space_id=seeded.association_spaces[n % len(seeded.association_spaces)],
                        category="hardware",
                        priority="normal",
                        title=f"Poste {n + 1} : l'écran s'éteint tout seul",
                        description="L'écran se met en veille au bout de quelques minutes.",
                    ),
                )
                for target in ("acknowledged", "in_progress"):
                    await tickets.transition_ticket(
                        session,
                        operator,
                        ticket.id,
                        TicketTransition(to=target),
                        None,
                        autoclose_days=7,
                    )
                seeded.tickets.append(ticket.id)
    finally:
        await engine.dispose()
    return seeded


# ---- the two API processes -------------------------------------------------------------------


def start_api(url: str, port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": SECRET,
        "ENV": "development",
        "RATE_LIMIT_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
        "WEBHOOK_DISPATCHER": "off",
        "ACCESS_TOKEN_MINUTES": "240",
    }  # tokens outlive a long run
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=ROOT,
        env=env,
    )


def wait_ready(client: httpx.Client, port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the API process on :{port} exited ({server.returncode})")
        with suppress(httpx.TransportError):
            if client.get(f"http://127.0.0.1:{port}/readyz").status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"the API process on :{port} did not get ready")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(5)


# ---- what the scripts send -------------------------------------------------------------------


def prepare_requests(
    client: httpx.Client, ports: tuple[int, int], seeded: Seeded, folder: Path
) -> tuple[dict[str, str], list[str]]:
    """Tokens from the first process, checked on the second; ETags read on the second and
    revalidated on the first; the scripts' data files. Returns (tokens, what was shown)."""
    first, second = (f"http://127.0.0.1:{port}/api/v1" for port in ports)
    shown = []
    tokens = {}
    for role, (email, password) in LOGINS.items():
        response = client.post(
            f"{first}/auth/token", data={"username": email, "password": password}
        )
        response.raise_for_status()
        tokens[role] = response.json()["access_token"]
        me = client.get(f"{second}/users/me", headers={"Authorization": f"Bearer {tokens[role]}"})
        me.raise_for_status()
        shown.append(
            f"token of {email} issued by :{ports[0]} (POST /auth/token), "
            f"accepted by :{ports[1]} (GET /users/me → {me.status_code})"
        )
    city = {"Authorization": f"Bearer {tokens['city']}"}

    page = client.get(f"{second}/spaces", params={"limit": 50}, headers=city)
    page.raise_for_status()
    items = page.json()["items"]
    if len(items) != 50 or not page.json()["next_cursor"]:
        raise RuntimeError(f"GET /spaces?limit=50 gave {len(items)} items, not a full page")
    shown.append(
        f"GET /spaces?limit=50 on :{ports[1]}: {len(items)} items, "
        f"{len(page.content):,} bytes, next_cursor set ({seeded.spaces} spaces)"
    )
    visits = client.get(f"{first}/visits", params={"limit": 50}, headers=city)
    visits.raise_for_status()
    shown.append(
        f"GET /visits?limit=50 on :{ports[0]}: {len(visits.json()['items'])} items, "
        f"{len(visits.content):,} bytes"
    )

    reads = []
    for item in items:
        path = f"/api/v1/spaces/{item['id']}"
        etag = client.get(f"http://127.0.0.1:{ports[1]}{path}", headers=city).headers["etag"]
        reads.append(f"{path}\t{etag}")
    path, etag = reads[0].split("\t")
    again = client.get(
        f"http://127.0.0.1:{ports[0]}{path}", headers={**city, "If-None-Match": etag}
    )
    if again.status_code != 304:
        raise RuntimeError(f"an ETag from :{ports[1]} gave {again.status_code} on :{ports[0]}")
    shown.append(f"ETag read on :{ports[1]}, revalidated on :{ports[0]} → {again.status_code}")
    (folder / "reads.tsv").write_text("\n".join(reads) + "\n")

    chance = random.Random(10)
    now = datetime.now(UTC).replace(microsecond=0)
    bodies = []
    for n in range(5000):
        at = now - timedelta(days=chance.randrange(1, 31), hours=chance.randrange(0, 8))
        bodies.append(
            json.dumps(
                {
                    "space_id": str(seeded.association_spaces[n % len(seeded.association_spaces)]),
                    "occurred_at": at.isoformat(),
                    "duration_minutes": chance.choice((15, 30, 45, 60)),
                    "mode": chance.choice(("free_access", "individual_support")),
                    "skills": [
                        chance.choice(("read-caf-file", "print-attestations", "simulate-rsa"))
                    ],
                    "equipment": ["computer"],
                    "profile": {
                        "age_band": chance.choice(("25_39", "40_59", "60_69")),
                        "gender": "female",
                        "social_status": "unemployed",
                        "postcode": "59100",
                        "first_visit": n % 3 == 0,
                    },
                    "autonomy": "partly_autonomous",
                    "referral": "caf",
                },
                separators=(",", ":"),
            )
        )
    created = client.post(
        f"{second}/visits",
        content=bodies[-1],
        headers={
            "Authorization": f"Bearer {tokens['association']}",
            "Content-Type": "application/json",
        },
    )
    created.raise_for_status()
    (folder / "visits.ndjson").write_text("\n".join(bodies[:-1]) + "\n")
    return tokens, shown


async def write_tickets(url: str, tickets: list[uuid.UUID], folder: Path) -> None:
    """The tickets' statuses now, for the scripts to move each one the way it can go."""
    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    try:
        rows = await connection.fetch(
            "SELECT id, status FROM maintenance_tickets WHERE id = ANY($1::uuid[])", tickets
        )
    finally:
        await connection.close()
    status = {row["id"]: row["status"] for row in rows}
    (folder / "tickets.txt").write_text("".join(f"{t}\t{status[t]}\n" for t in tickets))


# ---- measuring -------------------------------------------------------------------------------


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process, 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _backends(url: str) -> list[int]:
    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    try:
        rows = await connection.fetch(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
    finally:
        await connection.close()
    return [row["pid"] for row in rows]


@dataclass
class Result:
    label: str
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    statuses: dict[str, int]
    errors: int
    api_cpu: float
    pg_cpu: float | None
    wrk_cpu: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def per_request_ms(self, cpu: float | None) -> str:
        return "n/a" if cpu is None else f"{cpu * 1000 / max(self.requests, 1):.2f}"


def run_wrk(
    script: str,
    seconds: int,
    env: dict[str, str],
    port: int,
    connections: int = CONNECTIONS,
    threads: int = THREADS,
) -> dict:
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        f"{script}.lua",
        f"http://127.0.0.1:{port}",
    ]
    done = subprocess.run(
        command,
        cwd=WRK_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("BENCH_RESULT "):
            return json.loads(line.removeprefix("BENCH_RESULT "))
    raise RuntimeError(f"wrk {script} gave no result:\n{done.stdout}\n{done.stderr}")


def settle(servers: list[subprocess.Popen]) -> None:
    """Wait until the API processes are idle: wrk stops with requests in flight, and their work
    must neither count in the next run nor change tickets after their statuses were read."""
    deadline = time.monotonic() + 60
    before = sum(_cpu_seconds(server.pid) for server in servers)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = sum(_cpu_seconds(server.pid) for server in servers)
        if now - before < 0.02:
            return
        before = now


def measure(
    script: str,
    label: str,
    env: dict[str, str],
    ports: tuple[int, int],
    servers: list[subprocess.Popen],
    url: str,
    seeded: Seeded,
) -> Result:
    folder = Path(env["BENCH_DATA"])
    if WARMUP:
        asyncio.run(write_tickets(url, seeded.tickets, folder))
        run_wrk(script, WARMUP, env, ports[0])
        settle(servers)
    asyncio.run(write_tickets(url, seeded.tickets, folder))
    pg_pids = asyncio.run(_backends(url))
    pg_before = {pid: _cpu_seconds(pid) for pid in pg_pids}
    api_before = sum(_cpu_seconds(server.pid) for server in servers)
    wrk_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    raw = run_wrk(script, SECONDS, env, ports[0])
    wrk_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    api_cpu = sum(_cpu_seconds(server.pid) for server in servers) - api_before
    pg_after = {pid: _cpu_seconds(pid) for pid in asyncio.run(_backends(url))}
    settle(servers)  # nothing in flight from this run leaks into the next one
    # Backends that came and went during the run are missed: an estimate from below.
    pg_cpu = sum(cpu - pg_before.get(pid, 0.0) for pid, cpu in pg_after.items())
    errors = raw["errors"]
    return Result(
        label=label,
        requests=raw["requests"],
        seconds=raw["duration_us"] / 1e6,
        p50_ms=raw["p50_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        statuses=raw["statuses"],
        errors=errors["connect"] + errors["read"] + errors["write"] + errors["timeout"],
        api_cpu=api_cpu,
        pg_cpu=pg_cpu if pg_after else None,
        wrk_cpu=(wrk_after.ru_utime + wrk_after.ru_stime)
        - (wrk_before.ru_utime + wrk_before.ru_stime),
    )


def report(
    results: list[Result],
    shown: list[str],
    loads: list[tuple[float, ...]],
    ports: tuple[int, int],
    seeded: Seeded,
) -> None:
    print()
    print(
        f"load bench — two API processes (:{ports[0]}, :{ports[1]}) on one PostgreSQL, "
        f"wrk -t{THREADS} -c{CONNECTIONS} (half the connections on each port), "
        f"{SECONDS} s per endpoint, {os.cpu_count()} CPUs; RATE_LIMIT_ENABLED=false"
    )
    for line in shown:
        print(f"  {line}")
    print(
        f"  {seeded.spaces} spaces, {len(seeded.tickets)} tickets in progress; load average "
        f"{' / '.join(f'{v:.2f}' for v in loads[0])} before, "
        f"{' / '.join(f'{v:.2f}' for v in loads[1])} after (1, 5, 15 min)"
    )
    print()
    header = (
        f"{'endpoint':<44}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}  "
        f"{'CPU ms/req: API':>15}{'PG':>7}{'wrk':>7}  statuses"
    )
    print(header)
    print("-" * len(header))
    for result in results:
        statuses = ", ".join(f"{code}×{n}" for code, n in sorted(result.statuses.items()))
        if result.errors:
            statuses += f", socket errors/timeouts×{result.errors}"
        label = result.label if len(result.label) <= 43 else result.label[:42] + "…"
        print(
            f"{label:<44}{result.rate:>9,.0f}{result.p50_ms:>9.1f}{result.p99_ms:>9.1f}  "
            f"{result.per_request_ms(result.api_cpu):>15}"
            f"{result.per_request_ms(result.pg_cpu):>7}"
            f"{result.per_request_ms(result.wrk_cpu):>7}  {statuses}"
        )
    health = [r.rate for r in results if r.label.startswith("GET /healthz")]
    ceiling = sum(health) / len(health)
    spaces = next(r for r in results if r.label.startswith("GET /spaces?limit=50"))
    ratio = spaces.rate / ceiling
    print()
    print(
        f"spaces list / healthz (mean of both runs, {ceiling:,.0f} req/s): {ratio:.2f} "
        f"(target ≥ 0.33: {'met' if ratio >= 1 / 3 else 'NOT met'})"
    )
    measured = [r for r in results if not r.label.startswith("GET /healthz")]
    slow = [r for r in measured if r.p99_ms >= 50]
    print(
        f"p99 < 50 ms at {CONNECTIONS} connections: "
        + (
            "met on every endpoint"
            if not slow
            else f"NOT met on {len(slow)} of {len(measured)} runs "
            f"(the list of spaces: p99 {spaces.p99_ms:.1f} ms)"
        )
    )


# ---- side by side with the floor -------------------------------------------------------------

# (wrk script, what the table calls it): the reads the floor serves too.
FLOOR_RUNS = [
    ("spaces_list", "GET /spaces?limit=50"),
    ("space_read", "GET /spaces/{id}"),
    ("visits_list", "GET /visits?limit=50"),
    ("healthz", "GET /healthz"),
]
ROUND_TRIPS = "enc_db_round_trips_total"
# The targets: the API's CPU per request at most this many times the floor's.
TARGETS = {"GET /spaces?limit=50": 1.5, "GET /spaces/{id}": 1.5}


def start_floor(url: str, port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "FLOOR_DATABASE_URL": url,
        "FLOOR_SECRET_KEY": SECRET,
    }
    command = [sys.executable, "-m", "uvicorn", "bench.floor.app:app", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--log-level", "warning", "--no-access-log"]
    return subprocess.Popen(command, cwd=ROOT, env=env)


def wait_floor(client: httpx.Client, port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the floor on :{port} exited ({server.returncode})")
        with suppress(httpx.TransportError):
            if client.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"the floor on :{port} did not get ready")


def round_trips(client: httpx.Client, port: int) -> float | None:
    """The API's counter of database round trips, if its /metrics has one."""
    text = client.get(f"http://127.0.0.1:{port}/metrics").text
    values = [
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith(ROUND_TRIPS) and not line.startswith("#")
    ]
    return sum(values) if values else None


def same_json(client: httpx.Client, api: int, floor: int, token: str, folder: Path) -> list[str]:
    """What the floor answers is what the API answers, byte for byte (and the same ETag)."""
    headers = {"Authorization": f"Bearer {token}"}
    path = (folder / "reads.tsv").read_text().split("\t", 1)[0]
    verdicts = []
    for name, target in (
        ("spaces list", "/api/v1/spaces?limit=50"),
        ("space by id", path),
        ("visits list", "/api/v1/visits?limit=50"),
    ):
        mine = client.get(f"http://127.0.0.1:{api}{target}", headers=headers)
        theirs = client.get(f"http://127.0.0.1:{floor}{target}", headers=headers)
        # The Link header names the server's own port: compared without it.
        link = (theirs.headers.get("link") or "").replace(f":{floor}/", f":{api}/")
        differ = [
            what
            for what, same in (
                ("status", mine.status_code == theirs.status_code == 200),
                ("body", mine.content == theirs.content),
                ("ETag", mine.headers.get("etag") == theirs.headers.get("etag")),
                ("Link", (mine.headers.get("link") or "") == link),
            )
            if not same
        ]
        verdicts.append(
            f"{name}: same bytes ({len(mine.content):,})"
            if not differ
            else f"{name}: DIFFERENT {', '.join(differ)} ({len(mine.content):,} bytes from the "
            f"API, {len(theirs.content):,} from the floor)"
        )
    return verdicts


@dataclass
class Side:
    requests: int
    p50_ms: float
    p99_ms: float
    cpu_ms: float
    bad: int  # responses other than 200 and socket errors
    trips: float | None = None  # database round trips per request (the API's counter)


def one_side(
    script: str,
    env: dict[str, str],
    port: int,
    server: subprocess.Popen,
    connections: int,
    trips: Callable[[], float | None] | None = None,
) -> Side:
    """One server alone under wrk: warm-up, then the measured run. `trips` reads the server's
    round-trip counter, read around the measured run only (the warm-up's requests are not in
    its request count)."""
    own = {**env, "BENCH_PORTS": str(port)}
    threads = 2 if connections >= 2 else 1
    if WARMUP:
        run_wrk(script, WARMUP, own, port, connections, threads)
        settle([server])
    trips_before = trips() if trips else None
    before = _cpu_seconds(server.pid)
    raw = run_wrk(script, SECONDS, own, port, connections, threads)
    cpu = _cpu_seconds(server.pid) - before
    settle([server])
    trips_after = trips() if trips else None
    errors = raw["errors"]
    sockets = errors["connect"] + errors["read"] + errors["write"] + errors["timeout"]
    bad = sum(n for code, n in raw["statuses"].items() if code != "200") + sockets
    requests = max(raw["requests"], 1)
    return Side(
        requests=raw["requests"],
        p50_ms=raw["p50_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        cpu_ms=cpu * 1000 / requests,
        bad=bad,
        trips=None
        if trips_before is None or trips_after is None
        else (trips_after - trips_before) / requests,
    )


def side_by_side(
    url: str,
    env: dict[str, str],
    api_port: int,
    api: subprocess.Popen,
    tokens: dict[str, str],
    folder: Path,
) -> None:
    """One API process against the floor (bench/floor/app.py), one endpoint and one level of
    connections at a time, each server alone under wrk; CPU per request from each server's
    /proc, so that what else runs on the machine does not count."""
    port = _free_port()
    while port == api_port:
        port = _free_port()
    floor = start_floor(url, port)
    try:
        with httpx.Client(timeout=30) as client:
            wait_floor(client, port, floor)
            verdicts = same_json(client, api_port, port, tokens["city"], folder)
            rows = []
            loads = [os.getloadavg()]
            for script, label in FLOOR_RUNS:
                for connections in FLOOR_CONNECTIONS:
                    mine = one_side(
                        script,
                        env,
                        api_port,
                        api,
                        connections,
                        trips=lambda: round_trips(client, api_port),
                    )
                    theirs = one_side(script, env, port, floor, connections)
                    trips = "n/a" if mine.trips is None else f"{mine.trips:.1f}"
                    rows.append((label, connections, mine, theirs, trips))
            loads.append(os.getloadavg())
    finally:
        stop(floor)
    print()
    print(
        f"side by side — one API process (:{api_port}) and the floor (bench/floor/app.py, "
        f":{port}: FastAPI + asyncpg, the same JWT checks and user lookup) on one PostgreSQL; "
        f"{SECONDS} s per run, {os.cpu_count()} CPUs; RATE_LIMIT_ENABLED=false"
    )
    print(f"  the floor's answers against the API's: {'; '.join(verdicts)}")
    print(
        f"  load average {' / '.join(f'{v:.2f}' for v in loads[0])} before, "
        f"{' / '.join(f'{v:.2f}' for v in loads[1])} after (1, 5, 15 min)"
    )
    print()
    header = (
        f"{'endpoint':<24}{'conns':>6}{'CPU ms/req: API':>17}{'floor':>8}{'ratio':>7}"
        f"{'round trips':>13}{'API p50/p99 ms':>18}{'floor p50/p99 ms':>19}{'not 200':>9}"
    )
    print(header)
    print("-" * len(header))
    for label, connections, mine, theirs, trips in rows:
        ratio = mine.cpu_ms / theirs.cpu_ms if theirs.cpu_ms else float("nan")
        print(
            f"{label:<24}{connections:>6}{mine.cpu_ms:>17.2f}{theirs.cpu_ms:>8.2f}"
            f"{ratio:>6.1f}×{trips:>13}"
            f"{f'{mine.p50_ms:.1f} / {mine.p99_ms:.1f}':>18}"
            f"{f'{theirs.p50_ms:.1f} / {theirs.p99_ms:.1f}':>19}"
            f"{f'{mine.bad}/{theirs.bad}':>9}"
        )
    print(
        "(round trips: the API's enc_db_round_trips_total per request, from /metrics; n/a when "
        "it has no such counter. Targets: list and read by id ≤ 1.5× the floor's CPU.)"
    )
    for label in dict.fromkeys(row[0] for row in rows):
        ratios = [
            mine.cpu_ms / theirs.cpu_ms
            for name, _c, mine, theirs, _t in rows
            if name == label and theirs.cpu_ms
        ]
        shown = ", ".join(f"{ratio:.2f}×" for ratio in ratios)
        levels = "/".join(str(n) for n in FLOOR_CONNECTIONS)
        if label in TARGETS:
            verdict = "met" if ratios and max(ratios) <= TARGETS[label] else "NOT met"
            print(f"  {label}: {shown} at {levels} connections (≤ {TARGETS[label]}×: {verdict})")
        else:
            print(f"  {label}: {shown} at {levels} connections (no target)")


# ---- the run ---------------------------------------------------------------------------------


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk (Debian's package)")
    # SIGTERM ends the run like Ctrl-C does: through the finally blocks (processes, database).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    os.environ.setdefault("SECRET_KEY", SECRET)  # for the migration's settings (no warning)
    with temporary_database() as url:
        asyncio.run(_prepare(url))
        seeded = asyncio.run(seed_load(url))
        ports = (_free_port(), _free_port())
        while ports[1] == ports[0]:
            ports = (ports[0], _free_port())
        servers: list[subprocess.Popen] = []
        folder = Path(tempfile.mkdtemp(prefix="enc-load-"))
        try:
            servers = [start_api(url, port) for port in ports]
            with httpx.Client(timeout=30) as client:
                for port, server in zip(ports, servers, strict=True):
                    wait_ready(client, port, server)
                tokens, shown = prepare_requests(client, ports, seeded, folder)
            env = {
                **os.environ,
                "BENCH_PORTS": ",".join(map(str, ports)),
                "BENCH_THREADS": str(THREADS),
                "BENCH_DATA": str(folder),
                **{f"BENCH_TOKEN_{role.upper()}": token for role, token in tokens.items()},
            }
            if PART in ("all", "floor"):
                side_by_side(url, env, ports[0], servers[0], tokens, folder)
            if PART in ("all", "replicas"):
                loads = [os.getloadavg()]
                results = [
                    measure(script, label, env, ports, servers, url, seeded)
                    for script, label in RUNS
                ]
                loads.append(os.getloadavg())
                report(results, shown, loads, ports, seeded)
        finally:
            for server in servers:
                stop(server)
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
