"""Visits at scale, on PostgreSQL: `python -m bench.visits_bench`.

Creates a fresh database (dropped at the end), migrates it, seeds the demo network, then
imports a 1,000,000-row CSV through `POST /visits/import` of a real uvicorn process and prints:
the import rate and the server's peak RSS, list latency p50/p99 at the first page and at a
cursor 900,000 rows deep, and `/stats/visits` p50 for month × space over a year (from the daily
rollup, and for comparison the same grouping over the visits table).

Beside the import it runs the bare database pipeline (`bench/bare_visits.py`: the same CSV
copied straight into PostgreSQL and moved by SQL alone) on a copy of the same database, and
prints both rates, their ratio, and the load average at each.

BENCH_PG (default postgresql://postgres@127.0.0.1/postgres) is the server to use; BENCH_ROWS
changes the number of rows; BENCH_READS=0 skips the list and statistics latencies.
"""

import asyncio
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
ADMIN = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1/postgres")
ROWS = int(os.environ.get("BENCH_ROWS", "1000000"))
READS = os.environ.get("BENCH_READS", "1") != "0"
HEADER = (
    "external_id,space_id,occurred_at,duration_minutes,mode,participants,skills,equipment,"
    "age_band,gender,social_status,postcode,first_visit,autonomy,referral\n"
)
SKILLS = [
    "read-caf-file",
    "print-attestations",
    "simulate-rsa",
    "open-email-address",
    "update-job-seeker-status",
    "simulate-housing-benefit",
    "",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_csv(path: Path, spaces: list[str], rows: int, end: datetime) -> None:
    chance = random.Random(7)
    modes = ["free_access", "individual_support", "individual_support", "remote"]
    ages = ["18_24", "25_39", "40_59", "60_69", "70_plus", "not_stated"]
    with path.open("w") as out:
        out.write(HEADER)
        for n in range(rows):
            at = end - timedelta(seconds=chance.randrange(364 * 86400))
            out.write(
                f"B-{n},{chance.choice(spaces)},{at.isoformat(timespec='seconds')},"
                f"{chance.choice((15, 30, 45, 60, 90, 120))},{chance.choice(modes)},1,"
                f"{chance.choice(SKILLS)},computer,{chance.choice(ages)},female,unemployed,"
                f"59100,{'true' if n % 3 == 0 else 'false'},partly_autonomous,none\n"
            )


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (0 once it has gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _backends(url: str) -> list[int]:
    """The PostgreSQL backends serving the bench's database, but this one."""
    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    pids = await connection.fetch(
        "SELECT pid FROM pg_stat_activity WHERE datname = "
        "current_database() AND pid <> pg_backend_pid()"
    )
    await connection.close()
    return [row["pid"] for row in pids]


def _reset_peak_rss(pid: int) -> None:
    """Start the process's peak RSS afresh (Linux: `5` to clear_refs), so that the figure is
    the import's and not that of the start-up (about 143 MB, importing the application)."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        print("(could not reset the server's peak RSS: it includes its start-up)")


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _timed(client: httpx.Client, url: str, params, headers, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url, params=params, headers=headers)
        times.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return times


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _prepare(url: str) -> tuple[dict[str, str], str]:
    """Migrate, seed the demo network; spaces open since 2015 (the bench's year fits)."""
    from alembic import command
    from alembic.config import Config

    from app.core.config import Settings
    from app.core.db import create_engine, create_sessionmaker
    from app.core.security import create_access_token
    from app.demo.network import seed_demo

    config = Config(str(ROOT / "alembic.ini"))
    config.attributes["database_url"] = url
    await asyncio.to_thread(command.upgrade, config, "head")
    settings = Settings(database_url=url, secret_key=SECRET, _env_file=None)
    engine = create_engine(settings)
    await seed_demo(create_sessionmaker(engine))
    await engine.dispose()
    raw = await asyncpg.connect(url.replace("+asyncpg", ""))
    await raw.execute(
        "UPDATE spaces SET inaugurated_on = '2015-01-01' "
        "WHERE status <> 'closed' AND archived_at IS NULL"
    )
    spaces = {  # each open space's association
        str(r["id"]): str(r["association_id"])
        for r in await raw.fetch(
            "SELECT id, association_id FROM spaces WHERE status <> 'closed' AND archived_at IS NULL"
        )
    }
    city = await raw.fetchval("SELECT id FROM users WHERE role = 'city' LIMIT 1")
    await raw.close()
    token, _ = create_access_token(settings, subject=city, claims={"role": "city"})
    return spaces, token


SECRET = secrets.token_urlsafe(48)


def main() -> None:
    name = f"enc_bench_{secrets.token_hex(4)}"

    async def create() -> None:
        connection = await asyncpg.connect(ADMIN)
        await connection.execute(f'CREATE DATABASE "{name}"')
        await connection.close()

    async def drop() -> None:
        connection = await asyncpg.connect(ADMIN)
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.close()

    asyncio.run(create())
    base = ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    url = f"{base}/{name}"
    server = None
    folder = Path(tempfile.mkdtemp(prefix="enc-bench-"))  # the CSV: 177 MB at a million rows
    try:
        spaces, token = asyncio.run(_prepare(url))
        end = datetime.now(UTC) - timedelta(hours=1)
        csv_path = folder / "visits.csv"
        write_csv(csv_path, list(spaces), ROWS, end)
        size_mb = csv_path.stat().st_size / 1e6
        bare_load = os.getloadavg()[0]
        bare_elapsed, bare_created, bare_cpu, bare_peak, bare_split = asyncio.run(
            _bare(ADMIN, name, csv_path, spaces)
        )
        port = _free_port()
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "SECRET_KEY": SECRET,
            "ENV": "development",
            "RATE_LIMIT_ENABLED": "false",
            "LOG_LEVEL": "WARNING",
            "WEBHOOK_DISPATCHER": "off",
        }
        server = subprocess.Popen(
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
            ],
            cwd=ROOT,
            env=env,
        )
        base_url = f"http://127.0.0.1:{port}/api/v1"
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(timeout=600) as client:
            for _ in range(600):  # a loaded machine may take a minute to start it
                try:
                    if client.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.1)

            def body():
                with csv_path.open("rb") as source:
                    while chunk := source.read(256 * 1024):
                        yield chunk

            load_before = os.getloadavg()[0]
            _reset_peak_rss(server.pid)  # the import's own peak, not start-up's
            api_cpu = _cpu_seconds(server.pid)
            database_cpu = {pid: _cpu_seconds(pid) for pid in asyncio.run(_backends(url))}
            start = time.perf_counter()
            response = client.post(
                f"{base_url}/visits/import",
                content=body(),
                headers={**headers, "Content-Type": "text/csv"},
            )
            elapsed = time.perf_counter() - start
            response.raise_for_status()
            report = response.json()
            peak = _peak_rss_mb(server.pid)
            api_cpu = _cpu_seconds(server.pid) - api_cpu
            database_cpu = sum(
                _cpu_seconds(pid) - database_cpu.get(pid, 0.0)
                for pid in asyncio.run(_backends(url))
            )

            load_after = os.getloadavg()[0]
            if READS:
                first = _timed(client, f"{base_url}/visits", {"limit": 50}, headers, 50)
                skill = {"limit": 50, "skill": "simulate-rsa"}  # on 1 visit in 7
                by_skill = _timed(client, f"{base_url}/visits", skill, headers, 50)
                depth = 900_000 if ROWS >= 1_000_000 else ROWS // 2
                deep_cursor = asyncio.run(_cursor_at(url, depth))
                deep = _timed(
                    client,
                    f"{base_url}/visits",
                    {"limit": 50, "cursor": deep_cursor},
                    headers,
                    50,
                )
                year = {
                    "group_by": ["month", "space"],
                    "from": (end.date() - timedelta(days=364)).isoformat(),
                    "to": end.date().isoformat(),
                }
                stats = _timed(client, f"{base_url}/stats/visits", year, headers, 100)
        raw_stats = asyncio.run(_raw_stats_ms(url, end.date())) if READS else 0.0
        rollup_stats = asyncio.run(_raw_stats_ms(url, end.date(), True)) if READS else 0.0
        print()
        print(
            f"visits bench — PostgreSQL, {ROWS:,} rows ({size_mb:.0f} MB CSV), "
            f"{os.cpu_count()} CPUs, load average (1 min; other work shares the machine) "
            f"{bare_load:.1f} before the bare pipeline, {load_before:.1f} before the import, "
            f"{load_after:.1f} after it"
        )
        print(f"{'measure':<52}{'value':>16}  target")
        api_rate, bare_rate = ROWS / elapsed, bare_created / bare_elapsed
        lines = [
            ("bare pipeline: COPY + INSERT … SELECT (rows/s)", f"{bare_rate:,.0f}", ""),
            (
                "  wall (s) / PostgreSQL CPU per row (µs)",
                f"{bare_elapsed:.1f} / {bare_cpu / max(bare_created, 1) * 1e6:.0f}",
                "",
            ),
            (
                "  wall per row: COPY / INSERT … SELECT / counts (µs)",
                " / ".join(f"{step / max(bare_created, 1) * 1e6:.0f}" for step in bare_split),
                "",
            ),
            ("  PostgreSQL backend peak RSS (MB)", f"{bare_peak:.0f}", ""),
            ("import through POST /visits/import (rows/s)", f"{api_rate:,.0f}", "≥ 25,000"),
            ("  ratio to the bare pipeline", f"{api_rate / bare_rate:.2f}", "≥ 0.9"),
            (
                "  created / unchanged / rejected",
                f"{report['created']}/{report['unchanged']}/{report['invalid_rows']}",
                "",
            ),
            ("  wall time (s)", f"{elapsed:.1f}", ""),
            (
                "  CPU per row: API process / PostgreSQL (µs)",
                f"{api_cpu / ROWS * 1e6:.0f} / {database_cpu / ROWS * 1e6:.0f}",
                "",
            ),
            ("importer (API process) peak RSS (MB)", f"{peak:.0f}", "< 300"),
        ]
        for label, value, target in lines:
            print(f"{label:<52}{value:>16}  {target}")
        if not READS:
            return
        lines = [
            (
                "GET /visits first page p50 / p99 (ms)",
                f"{_p(first, 0.5):.1f} / {_p(first, 0.99):.1f}",
                "",
            ),
            (
                "GET /visits?skill= (1 visit in 7) p50 / p99 (ms)",
                f"{_p(by_skill, 0.5):.1f} / {_p(by_skill, 0.99):.1f}",
                "",
            ),
            (
                f"GET /visits {depth:,} rows deep p50 / p99 (ms)",
                f"{_p(deep, 0.5):.1f} / {_p(deep, 0.99):.1f}",
                "≤ 1.3 × first",
            ),
            (
                "GET /stats/visits month × space, a year, p50 / p99 (ms)",
                f"{_p(stats, 0.5):.1f} / {_p(stats, 0.99):.1f}",
                "p50 ≤ 20",
            ),
            ("  the service call alone, in process, p50 (ms)", f"{rollup_stats:.1f}", ""),
            ("  same grouping over `visits`, no rollup, p50 (ms)", f"{raw_stats:.1f}", ""),
        ]
        for label, value, target in lines:
            print(f"{label:<52}{value:>16}  {target}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        shutil.rmtree(folder, ignore_errors=True)
        asyncio.run(drop())


async def _bare(
    admin: str, name: str, csv_path: Path, spaces: dict[str, str]
) -> tuple[float, int, float, float, list[float]]:
    """The bare pipeline, on a copy of the bench's database (made from it as a template, so
    the same schema and seed), dropped afterwards."""
    from bench.bare_visits import bare_import, write_staged

    staged = csv_path.with_suffix(".staged.csv")
    copy = f"{name}_bare"
    connection = await asyncpg.connect(admin)
    source = await asyncpg.connect(f"{admin.rsplit('/', 1)[0]}/{name}")
    bits = {r["code"]: r["bit"] for r in await source.fetch("SELECT code, bit FROM skills")}
    await source.close()
    await asyncio.to_thread(write_staged, csv_path, staged, spaces, bits)
    await connection.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
    try:
        dsn = f"{admin.rsplit('/', 1)[0]}/{copy}"
        return await bare_import(dsn, staged)
    finally:
        await connection.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
        await connection.close()
        staged.unlink(missing_ok=True)


async def _cursor_at(url: str, depth: int) -> str:
    from app.core.pagination import encode_cursor

    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    row = await connection.fetchrow(
        "SELECT occurred_at, id FROM visits ORDER BY occurred_at DESC, id DESC OFFSET $1 LIMIT 1",
        depth,
    )
    await connection.close()
    return encode_cursor("-occurred_at", row["occurred_at"], row["id"])


async def _raw_stats_ms(url: str, end: date, use_rollup: bool = False) -> float:
    """The statistics' service call alone, in process (no HTTP, no authentication)."""
    from app.core.actor import SYSTEM
    from app.core.config import Settings
    from app.core.db import create_engine, create_sessionmaker
    from app.models.visit import StatsDimension
    from app.services.visits.stats import visit_stats

    engine = create_engine(Settings(database_url=url, secret_key=SECRET, _env_file=None))
    maker = create_sessionmaker(engine)
    times = []
    for _ in range(30 if use_rollup else 5):
        async with maker() as session:
            start = time.perf_counter()
            await visit_stats(
                session,
                SYSTEM,
                group_by=[StatsDimension.month, StatsDimension.space],
                from_=end - timedelta(days=364),
                to=end,
                use_rollup=use_rollup,
            )
            times.append((time.perf_counter() - start) * 1000)
    await engine.dispose()
    return statistics.median(times)


if __name__ == "__main__":
    main()
