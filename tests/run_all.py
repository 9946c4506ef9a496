"""The whole suite, on SQLite and on a fresh PostgreSQL database: `python -m tests.run_all`.

PostgreSQL is found at TEST_POSTGRES_URL (default 127.0.0.1:5432, user postgres). When it
does not answer, the local cluster is started (pg_ctlcluster), or else a throwaway one is made
with initdb/pg_ctl when the server binaries are installed. With CI=true a missing PostgreSQL
is a failure, never a skip; elsewhere the run says plainly that only SQLite ran.
"""

import asyncio
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid

ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _wait(host: str, port: int, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if _answers(host, port):
            return True
        time.sleep(0.5)
    return False


def _start_cluster() -> bool:
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    if versions and shutil.which("pg_ctlcluster"):
        print(f"PostgreSQL not answering: starting cluster {versions[-1]}/main", flush=True)
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main",
                        "start"], check=False)
        return _wait("127.0.0.1", 5432)
    return False


def _throwaway_cluster() -> tuple[str, str] | None:
    """initdb + pg_ctl into a temporary folder on a free port; returns (admin url, data dir)."""
    candidates = glob.glob("/usr/lib/postgresql/*/bin/initdb") or (
        [shutil.which("initdb")] if shutil.which("initdb") else [])
    if not candidates:
        return None
    bindir = os.path.dirname(sorted(candidates)[-1])
    data = tempfile.mkdtemp(prefix="enc-pg-")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    user_args = []
    if os.geteuid() == 0:  # initdb refuses root; run the throwaway cluster as nobody
        shutil.chown(data, "nobody")
        user_args = ["runuser", "-u", "nobody", "--"]
    subprocess.run(user_args + [f"{bindir}/initdb", "-D", data, "-U", "postgres",
                                "--auth=trust"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(user_args + [f"{bindir}/pg_ctl", "-D", data, "-o",
                                f"-p {port} -k {data} -h 127.0.0.1", "-l", f"{data}/log",
                                "start"], check=True, stdout=subprocess.DEVNULL)
    if not _wait("127.0.0.1", port):
        return None
    return f"postgresql://postgres@127.0.0.1:{port}/postgres", data


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(url)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def _pytest(database_url: str, extra: list[str]) -> int:
    env = dict(os.environ, TEST_DATABASE_URL=database_url)
    label = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
    print(f"\n===== test suite on {label} =====", flush=True)
    return subprocess.run([sys.executable, "-m", "pytest", *extra], env=env).returncode


def main() -> int:
    extra = sys.argv[1:]
    in_ci = os.environ.get("CI", "").lower() == "true"
    lint = subprocess.run([sys.executable, "-m", "ruff", "check", "app", "tests", "alembic"])
    if lint.returncode:
        return lint.returncode

    folder = tempfile.mkdtemp(prefix="enc-sqlite-")
    sqlite_code = _pytest(f"sqlite+aiosqlite:///{folder}/test.db", extra)

    admin_url, throwaway = ADMIN_URL, None
    if not _answers(*_host_port(admin_url)) and not _start_cluster():
        made = _throwaway_cluster()
        if made:
            admin_url, throwaway = made
    if not _answers(*_host_port(admin_url)):
        message = "PostgreSQL is not available: only the SQLite run happened."
        if in_ci:
            print(f"FAIL: {message} (CI=true requires PostgreSQL)", flush=True)
            return 1
        print(f"WARNING: {message}", flush=True)
        return sqlite_code

    name = f"enc_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(admin_url, f'CREATE DATABASE "{name}"'))
    try:
        pg_url = admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
        pg_code = _pytest(f"{pg_url}/{name}", extra)
    finally:
        asyncio.run(_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if throwaway:
            bindir = os.path.dirname(sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))[-1])
            subprocess.run(["runuser", "-u", "nobody", "--", f"{bindir}/pg_ctl", "-D",
                            throwaway, "stop"], check=False)
    print(f"\nSQLite run: {'passed' if sqlite_code == 0 else 'FAILED'}; "
          f"PostgreSQL run: {'passed' if pg_code == 0 else 'FAILED'}", flush=True)
    return sqlite_code or pg_code


def _host_port(url: str) -> tuple[str, int]:
    host_port = url.split("@", 1)[1].split("/", 1)[0]
    host, _, port = host_port.partition(":")
    return host, int(port or 5432)


if __name__ == "__main__":
    sys.exit(main())
