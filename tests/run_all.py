"""The whole suite, on SQLite and on a fresh PostgreSQL database: `python -m tests.run_all`.

PostgreSQL is found at TEST_POSTGRES_URL (default 127.0.0.1:5432, user postgres). When it
does not answer, the local cluster is started (pg_ctlcluster), or else a throwaway one is made
with initdb/pg_ctl when the server binaries are installed. With CI=true a missing PostgreSQL
is a failure, never a skip; elsewhere the run says plainly that only SQLite ran.
"""

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import uuid

from tests.pg_cluster import ThrowawayCluster, answers, wait_for_port

ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _start_cluster() -> bool:
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    if versions and shutil.which("pg_ctlcluster"):
        print(f"PostgreSQL not answering: starting cluster {versions[-1]}/main", flush=True)
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main",
                        "start"], check=False)
        return wait_for_port("127.0.0.1", 5432)
    return False


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(url)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def _start_pytest(database_url: str, redis_db: int, extra: list[str]) -> subprocess.Popen:
    # Each backend's run gets its own Redis database: the two runs go side by side and each
    # Redis test empties its database first.
    env = dict(os.environ, TEST_DATABASE_URL=database_url,
               TEST_REDIS_URL=f"redis://127.0.0.1:6379/{redis_db}")
    return subprocess.Popen(
        [sys.executable, "-u", "-m", "pytest", "--durations=12", *extra], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
    )


def _relay(label: str, process: subprocess.Popen, lines: list[str]) -> None:
    """Prints a run's output live, each line marked with its backend, and keeps it for the end."""
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        print(f"[{label}] {line}", end="", flush=True)


def _run_side_by_side(runs: dict[str, tuple[str, int]], extra: list[str]) -> dict[str, int]:
    """The SQLite and PostgreSQL runs at the same time (one core each on a two-core machine):
    the suite's wall time is the longer run, not the sum. TEST_SERIAL=1 runs them one by one."""
    serial = os.environ.get("TEST_SERIAL", "") == "1"
    codes: dict[str, int] = {}
    outputs: dict[str, list[str]] = {}
    threads: dict[str, threading.Thread] = {}
    processes: dict[str, subprocess.Popen] = {}
    for label, (url, redis_db) in runs.items():
        print(f"\n===== test suite on {label} =====", flush=True)
        processes[label] = _start_pytest(url, redis_db, extra)
        outputs[label] = []
        threads[label] = threading.Thread(
            target=_relay, args=(label, processes[label], outputs[label]), daemon=True)
        threads[label].start()
        if serial:
            threads[label].join()
            codes[label] = processes[label].wait()
    for label, process in processes.items():
        threads[label].join()
        codes[label] = process.wait()
    # The summaries again, one after the other, so that neither run's end is lost in the other's.
    for label, lines in outputs.items():
        tail = lines[-40:]
        print(f"\n===== end of the {label} run (exit {codes[label]}) =====", flush=True)
        print("".join(tail), end="", flush=True)
    return codes


def main() -> int:
    extra = sys.argv[1:]
    in_ci = os.environ.get("CI", "").lower() == "true"
    lint = subprocess.run([sys.executable, "-m", "ruff", "check", "app", "tests", "bench"])
    if lint.returncode:
        return lint.returncode

    folder = tempfile.mkdtemp(prefix="enc-sqlite-")
    runs = {"SQLite": (f"sqlite+aiosqlite:///{folder}/test.db", 14)}

    admin_url, throwaway = ADMIN_URL, None
    if not answers(*_host_port(admin_url)) and not _start_cluster():
        try:
            throwaway = ThrowawayCluster.create()
        except (OSError, subprocess.CalledProcessError, RuntimeError) as exc:
            print(f"No throwaway PostgreSQL cluster: {exc}", flush=True)
        if throwaway:
            admin_url = throwaway.admin_url
    name = None
    if answers(*_host_port(admin_url)):
        name = f"enc_test_{uuid.uuid4().hex[:12]}"
        asyncio.run(_admin(admin_url, f'CREATE DATABASE "{name}"'))
        pg_url = admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
        runs["PostgreSQL"] = (f"{pg_url}/{name}", 15)
    try:
        codes = _run_side_by_side(runs, extra)
    finally:
        if name:
            asyncio.run(_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if throwaway:
            throwaway.destroy()
    sqlite_code = codes["SQLite"]
    if "PostgreSQL" not in codes:
        message = "PostgreSQL is not available: only the SQLite run happened."
        if in_ci:
            print(f"FAIL: {message} (CI=true requires PostgreSQL)", flush=True)
            return 1
        print(f"WARNING: {message}", flush=True)
        return sqlite_code
    pg_code = codes["PostgreSQL"]
    print(f"\nSQLite run: {'passed' if sqlite_code == 0 else 'FAILED'}; "
          f"PostgreSQL run: {'passed' if pg_code == 0 else 'FAILED'}", flush=True)
    return sqlite_code or pg_code


def _host_port(url: str) -> tuple[str, int]:
    host_port = url.split("@", 1)[1].split("/", 1)[0]
    host, _, port = host_port.partition(":")
    return host, int(port or 5432)


if __name__ == "__main__":
    sys.exit(main())
