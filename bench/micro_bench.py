"""In-process micro-benchmark of the hot reads: `python -m bench.micro_bench`.

No server, no wrk: the app is driven through httpx.ASGITransport in this process, one request at
a time, and the figure is this process's CPU per request (time.process_time), so other work on
the machine does not skew it much. It measures what the API code costs (routing, dependencies,
authentication, the queries' Python side, building and serialising the response), not sockets.

Creates a fresh PostgreSQL database on BENCH_PG (dropped at the end), seeds it like the load
bench (the demo network plus BENCH_SPACES more spaces: a page of 50 is a full page), logs in as
the city, then for each endpoint runs BENCH_MICRO_WARMUP requests, then BENCH_MICRO_RUNS timed
ones (defaults 50 and 300) and prints the CPU ms per request, the wall ms per request and the
response size. Set BENCH_MICRO_PROFILE=1 to print a cProfile summary of the spaces list (or of
BENCH_MICRO_PATH, where `{space_id}` stands for a space's id)
(BENCH_MICRO_SORT, BENCH_MICRO_FILTER, BENCH_MICRO_LINES shape it).
"""

import asyncio
import cProfile
import gc
import os
import pstats
import statistics
import time

import httpx

from bench.load_bench import LOGINS, SECRET, seed_load, temporary_database
from bench.visits_bench import _prepare

RUNS = int(os.environ.get("BENCH_MICRO_RUNS", "300"))
WARMUP = int(os.environ.get("BENCH_MICRO_WARMUP", "50"))
PROFILE = os.environ.get("BENCH_MICRO_PROFILE") == "1"
# "pyinstrument" (pip install pyinstrument): a sampling profile of BENCH_MICRO_PATH instead,
# which attributes the time of coroutines to their callers (cProfile does not).
SAMPLED = os.environ.get("BENCH_MICRO_PROFILE") == "pyinstrument"
SORT = os.environ.get("BENCH_MICRO_SORT", "cumulative")  # or tottime
FILTER = os.environ.get("BENCH_MICRO_FILTER", "")  # a regular expression on the lines shown
LINES = int(os.environ.get("BENCH_MICRO_LINES", "45"))
# "700,10,10" to try another collector threshold (the default is Python's, 700,10,10 on 3.11).
PROFILED = os.environ.get("BENCH_MICRO_PATH", "/api/v1/spaces?limit=50")  # what is profiled
THRESHOLD = os.environ.get("BENCH_MICRO_GC_THRESHOLD")
_GC = {"start": 0.0, "seconds": 0.0, "full": 0}


def _gc_timer(phase: str, info: dict) -> None:
    if phase == "start":
        _GC["start"] = time.perf_counter()
    else:
        _GC["seconds"] += time.perf_counter() - _GC["start"]
        _GC["full"] += info["generation"] == 2


async def _measure(client: httpx.AsyncClient, path: str, headers: dict) -> tuple[float, float, int]:
    for _ in range(WARMUP):
        (await client.get(path, headers=headers)).raise_for_status()
    cpu: list[float] = []
    wall: list[float] = []
    size = 0
    _GC.update(seconds=0.0, full=0)
    for _ in range(RUNS):
        c0, w0 = time.process_time(), time.perf_counter()
        response = await client.get(path, headers=headers)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
        response.raise_for_status()
        size = len(response.content)
    return (
        statistics.fmean(cpu) * 1000,
        statistics.median(wall) * 1000,
        size,
        _GC["seconds"] * 1000 / RUNS,
        _GC["full"],
    )


async def run(url: str) -> None:
    from app.core.config import Settings
    from app.main import create_app

    settings = Settings(
        database_url=url,
        secret_key=SECRET,
        rate_limit_enabled=False,
        webhook_dispatcher="off",
        log_level="WARNING",
        _env_file=None,
    )
    app = create_app(settings)
    if THRESHOLD:
        gc.set_threshold(*(int(n) for n in THRESHOLD.split(",")))
    gc.callbacks.append(_gc_timer)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            email, password = LOGINS["city"]
            token = (
                await client.post(
                    "/api/v1/auth/token", data={"username": email, "password": password}
                )
            ).json()["access_token"]
            city = {"Authorization": f"Bearer {token}"}
            page = (await client.get("/api/v1/spaces?limit=50", headers=city)).json()
            space_id = page["items"][0]["id"]
            endpoints = [
                ("GET /spaces?limit=50", "/api/v1/spaces?limit=50", city),
                ("GET /spaces/{id}", f"/api/v1/spaces/{space_id}", city),
                ("GET /visits?limit=50", "/api/v1/visits?limit=50", city),
                ("GET /healthz", "/healthz", {}),
            ]
            gc.collect()
            print()
            print(
                f"micro bench — in process (httpx.ASGITransport), PostgreSQL, {RUNS} requests "
                f"each after {WARMUP} of warm-up; load average "
                f"{' / '.join(f'{v:.2f}' for v in os.getloadavg())}"
            )
            print(f"  gc threshold {gc.get_threshold()}, {gc.get_freeze_count():,} objects frozen")
            print(
                f"{'endpoint':<24}{'CPU ms/req':>12}{'wall p50 ms':>13}{'bytes':>9}"
                f"{'gc ms/req':>11}{'full gcs':>10}"
            )
            for label, path, headers in endpoints:
                cpu, wall, size, collecting, full = await _measure(client, path, headers)
                print(
                    f"{label:<24}{cpu:>12.2f}{wall:>13.2f}{size:>9,}{collecting:>11.3f}{full:>10}"
                )
            if PROFILE:
                profiler = cProfile.Profile()
                profiler.enable()
                profiled = PROFILED.replace("{space_id}", space_id)
                for _ in range(100):
                    await client.get(profiled, headers=city)
                profiler.disable()
                stats = pstats.Stats(profiler).sort_stats(SORT)
                stats.print_stats(FILTER, LINES)
            if SAMPLED:
                from pyinstrument import Profiler

                profiled = PROFILED.replace("{space_id}", space_id)
                profiler = Profiler(interval=0.0002, async_mode="enabled")
                profiler.start()
                for _ in range(RUNS):
                    await client.get(profiled, headers=city)
                profiler.stop()
                show_all = os.environ.get("BENCH_MICRO_SHOW_ALL") == "1"
                print(profiler.output_text(unicode=False, show_all=show_all, short_mode=False))


def main() -> None:
    os.environ.setdefault("SECRET_KEY", SECRET)
    with temporary_database() as url:
        asyncio.run(_prepare(url))
        asyncio.run(seed_load(url))
        asyncio.run(run(url))


if __name__ == "__main__":
    main()
