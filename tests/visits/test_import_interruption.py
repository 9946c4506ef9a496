"""An interrupted visit import leaves nothing behind (both backends): a real uvicorn process
serves the app on the test database; a client streams a large CSV and, well into the import,
either closes its socket or the server is killed with SIGKILL. No visit, skill, rollup or audit
row of that import survives, and after a disconnect the same server imports again."""

import asyncio
import fcntl
import os
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import termios
import time
from contextlib import contextmanager

import asyncpg
import httpx
import pytest
from sqlalchemy.engine import make_url

from app.models.audit import AuditEvent
from app.models.visit import Visit, VisitDailyCount
from app.services.visits.imports import BATCH
from tests.conftest import DATABASE_URL, ROOT, SECRET
from tests.helpers_access import count_rows
from tests.live_server import unread_by_server
from tests.visits.visit_helpers import API, HEADER, csv_row, network

# Live servers and interrupted uploads write through their own connections.
pytestmark = pytest.mark.commits

WAIT = 120  # seconds: a bound on waiting for the server, never a measure


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _server():
    """`uvicorn app.main:create_app` on the test database; yields (process, base URL)."""
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": SECRET,
        "ENV": "test",
        "LOG_LEVEL": "WARNING",
        "WEBHOOK_DISPATCHER": "off",
        "RATE_LIMIT_ENABLED": "false",
    }
    process = subprocess.Popen(
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
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + WAIT
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the API process did not start")
            time.sleep(0.1)
        yield process, base
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _start_import(base: str, token: str, space_id) -> socket.socket:
    """A client that streams a CSV (announcing more than it has) until the server has read a
    batch of rows and a good margin — so it has written some to `visits`, uncommitted — then
    waits, its socket open. What the server has read is what we sent less what is still queued
    in our socket and in the server's (so nothing depends on speed or timing)."""
    rows = 3 * BATCH
    body = (HEADER + "".join(csv_row(n, space_id) for n in range(1, rows + 1))).encode()
    row_bytes = len(body) // rows + 1
    must_read = len(HEADER) + (BATCH + 1) * row_bytes + 1024 * 1024  # + uvicorn's read-ahead
    port = int(base.rsplit(":", 1)[1])
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(
        f"POST {API}/visits/import HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: text/csv\r\n"
        f"Content-Length: {len(body) * 2}\r\n\r\n".encode()
    )
    sent, deadline = 0, time.monotonic() + WAIT
    while True:
        unsent = struct.unpack("i", fcntl.ioctl(sock, termios.TIOCOUTQ, b"\0" * 4))[0]
        unread = unread_by_server(port, sock.getsockname()[1])
        if unread is not None and sent - unsent - unread >= must_read:
            return sock
        if sent < len(body):
            sent += sock.send(body[sent : sent + 64 * 1024])
        elif time.monotonic() > deadline:
            pytest.fail("the server stopped reading the import")
        else:
            time.sleep(0.05)


async def _import_writing(backend: str) -> bool:
    """Is an import transaction holding rows it wrote to `visits`, uncommitted? PostgreSQL:
    another backend holds the row-exclusive lock on `visits`; SQLite: a writer holds the
    database's write lock."""
    if backend == "postgresql":
        url = make_url(DATABASE_URL).set(drivername="postgresql")
        connection = await asyncpg.connect(url.render_as_string(hide_password=False))
        try:
            return bool(
                await connection.fetchval(
                    "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                    "WHERE c.relname = 'visits' AND l.mode = 'RowExclusiveLock' "
                    "AND l.pid <> pg_backend_pid()"
                )
            )
        finally:
            await connection.close()
    connection = sqlite3.connect(make_url(DATABASE_URL).database, timeout=0)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc) or "busy" in str(exc), exc
        return True
    finally:
        connection.close()


async def _until(backend: str, writing: bool, why: str) -> None:
    deadline = time.monotonic() + WAIT
    while await _import_writing(backend) != writing:
        if time.monotonic() > deadline:
            pytest.fail(why)
        await asyncio.sleep(0.1)


async def _nothing_written(world) -> None:
    assert await count_rows(world, Visit) == 0
    assert await count_rows(world, VisitDailyCount) == 0
    assert await count_rows(world, AuditEvent, AuditEvent.action == "visit.import") == 0


async def test_a_client_gone_mid_upload_leaves_no_rows(world, backend):
    w = await network(world)
    with _server() as (_process, base):
        sock = await asyncio.to_thread(_start_import, base, w["assoc1"].token, w["s1"].id)
        await _until(backend, True, "the import never started writing")
        sock.close()  # the client goes away, halfway through its body
        await _until(backend, False, "the interrupted import kept its transaction open")
        await _nothing_written(world)
        # The server is still whole: the same import, complete, now goes through.
        body = HEADER + "".join(csv_row(n, w["s1"].id) for n in range(1, 11))
        async with httpx.AsyncClient(base_url=base, timeout=WAIT) as client:
            response = await client.post(
                f"{API}/visits/import",
                content=body,
                headers={**w["assoc1"].headers, "Content-Type": "text/csv"},
            )
        assert response.status_code == 200, response.text
        assert response.json()["created"] == 10
    assert await count_rows(world, Visit) == 10
    assert await count_rows(world, VisitDailyCount) > 0


async def test_a_killed_server_mid_import_leaves_no_rows(world, backend):
    w = await network(world)
    with _server() as (process, base):
        sock = await asyncio.to_thread(_start_import, base, w["assoc1"].token, w["s1"].id)
        await _until(backend, True, "the import never started writing")
        process.send_signal(signal.SIGKILL)
        process.wait(WAIT)
        sock.close()
        await _until(backend, False, "the killed import's transaction stayed open")
    await _nothing_written(world)
