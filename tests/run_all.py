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
    if not answers(*_host_port(admin_url)) and not _start_cluster():
        try:
            throwaway = ThrowawayCluster.create()
        except (OSError, subprocess.CalledProcessError, RuntimeError) as exc:
            print(f"No throwaway PostgreSQL cluster: {exc}", flush=True)
        if throwaway:
            admin_url = throwaway.admin_url
    if not answers(*_host_port(admin_url)):
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
            throwaway.destroy()
    print(f"\nSQLite run: {'passed' if sqlite_code == 0 else 'FAILED'}; "
          f"PostgreSQL run: {'passed' if pg_code == 0 else 'FAILED'}", flush=True)
    return sqlite_code or pg_code


def _host_port(url: str) -> tuple[str, int]:
    host_port = url.split("@", 1)[1].split("/", 1)[0]
    host, _, port = host_port.partition(":")
    return host, int(port or 5432)


if __name__ == "__main__":
    sys.exit(main())
