"""The equipment import streams its body (both backends), on a real `enc serve` process: a
160 MB file, generated as it is sent, is imported while the server's peak RSS (read from /proc)
grows by a fraction of it; a bad byte early in a body that is still being sent is answered at
once; a client gone mid-upload leaves nothing written, and the server imports again."""

import asyncio
import fcntl
import socket
import struct
import termios
import time
from collections.abc import Iterator

import httpx
import pytest

from app.models.audit import AuditEvent
from app.models.equipment import Equipment
from app.services.equipment.imports import BATCH
from tests.conftest import DATABASE_URL, SECRET
from tests.equipment.test_equipment import API
from tests.helpers_access import count_rows
from tests.live_server import LiveServer, live_server, unread_by_server

# Live servers and interrupted uploads write through their own connections.
pytestmark = pytest.mark.commits

MIB = 1024 * 1024
WAIT = 600  # seconds: a bound on waiting for the server, never a measure
HEADER = "inventory_number,kind,funding_source,serial_number,brand,model,notes\n"
NOTES = ("Poste de l'accueil révisé en mars " * 130)[:4000]  # a long cell: 4 KB a row


def _row(n: int) -> str:
    return f"EQ-{n:07d},desktop,assoclic,SN-{n:07d},HP,ProDesk 400,{NOTES} {n}\n"


def _body(rows: int, piece: int = 256 * 1024) -> Iterator[bytes]:
    """The file, made as it is sent (the test never holds it either)."""
    pending = [HEADER]
    size = len(HEADER)
    for n in range(1, rows + 1):
        line = _row(n)
        pending.append(line)
        size += len(line)
        if size >= piece:
            yield "".join(pending).encode()
            pending, size = [], 0
    if pending:
        yield "".join(pending).encode()


@pytest.fixture(scope="module")
def server(settings) -> Iterator[LiveServer]:
    with live_server({"DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET}) as running:
        yield running


def _send(server: LiveServer, headers: dict, rows: int) -> httpx.Response:
    with httpx.Client(base_url=server.url, timeout=WAIT) as client:
        return client.post(
            f"{API}/equipment/import",
            content=_body(rows),  # chunked: no length announced, read as it comes
            headers={**headers, "Content-Type": "text/csv"},
        )


async def test_a_160_mb_import_does_not_grow_the_process(world, server):
    city = await world.user("city")
    rows = 160 * MIB // len(_row(1))
    server.reset_peak_memory()
    rss_before = server.memory_kib("VmRSS")
    response = await asyncio.to_thread(_send, server, city.headers, rows)
    peak_growth = server.memory_kib("VmHWM") - rss_before
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["total_rows"], report["created"], report["invalid_rows"]) == (rows, rows, 0)
    assert await count_rows(world, Equipment) == rows
    # Holding the body would cost its 160 MB, and as much again decoded to text.
    assert peak_growth < 64 * 1024, f"the process grew by {peak_growth} KiB for 160 MB"


def _open_upload(server: LiveServer, token: str, announced: int) -> socket.socket:
    sock = socket.create_connection((server.host, server.port), timeout=WAIT)
    sock.sendall(
        f"POST {API}/equipment/import HTTP/1.1\r\nHost: {server.host}:{server.port}\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: text/csv\r\n"
        f"Content-Length: {announced}\r\n\r\n".encode()
    )
    return sock


def _answer(sock: socket.socket) -> tuple[int, bytes]:
    """The status and what came of the body (the problem is small: one read or two)."""
    answer = b""
    while b"}" not in answer:
        chunk = sock.recv(65536)
        if not chunk:
            break
        answer += chunk
    return int(answer.split(b" ", 2)[1]), answer.partition(b"\r\n\r\n")[2]


async def test_a_bad_byte_is_answered_before_the_body_is_sent(world, server):
    """The server reads the file as it arrives: with 100 MB announced and only the first rows
    and one byte that is not UTF-8 sent, it answers 422 without waiting for the rest."""
    city = await world.user("city")
    start = (HEADER + "".join(_row(n) for n in range(1, 2 * BATCH))).encode() + b"\xff\n"
    sock = _open_upload(server, city.token, announced=100 * MIB)
    with sock:
        sock.settimeout(120)  # a server that waits for the rest never answers
        sock.sendall(start)
        status, problem = await asyncio.to_thread(_answer, sock)
    assert status == 422 and b"not UTF-8" in problem, problem
    assert await count_rows(world, Equipment) == 0


def _until_read(server: LiveServer, sock: socket.socket, body: bytes, must_read: int) -> None:
    """Sends the body until the server has read `must_read` bytes of it (sent, less what is
    still queued in our socket and in the server's), then returns with the socket open."""
    sent, deadline = 0, time.monotonic() + WAIT
    while True:
        unsent = struct.unpack("i", fcntl.ioctl(sock, termios.TIOCOUTQ, b"\0" * 4))[0]
        unread = unread_by_server(server.port, sock.getsockname()[1])
        if unread is not None and sent - unsent - unread >= must_read:
            return
        if sent < len(body):
            sent += sock.send(body[sent : sent + 64 * 1024])
        elif time.monotonic() > deadline:
            pytest.fail("the server stopped reading the import")
        else:
            time.sleep(0.05)


async def test_a_client_gone_mid_upload_leaves_nothing_written(world, server):
    city = await world.user("city")
    rows = 8 * BATCH
    body = (HEADER + "".join(_row(n) for n in range(1, rows + 1))).encode()
    sock = _open_upload(server, city.token, announced=2 * len(body))
    # Well past several batches (checked and staged) and uvicorn's read-ahead.
    must_read = len(body) // 2 + MIB
    await asyncio.to_thread(_until_read, server, sock, body, must_read)
    sock.close()
    # The same server, still whole, imports a complete file: the only rows then stored.
    response = await asyncio.to_thread(_send, server, city.headers, 10)
    assert response.status_code == 200, response.text
    assert response.json()["created"] == 10
    assert await count_rows(world, Equipment) == 10
    assert await count_rows(world, AuditEvent, AuditEvent.action == "equipment.import") == 1


# ---- rows checked a batch at a time: the report is the one the whole file would give ---------


async def _import(client, who, body: str, **params):
    return await client.post(
        f"{API}/equipment/import",
        content=body.encode(),
        params=params,
        headers={**who.headers, "Content-Type": "text/csv"},
    )


def _small(n: int, serial: str | None = None, kind: str = "laptop") -> str:
    return f"EQ-{n:07d},{kind},donation,{serial or f'SN-{n:07d}'},Dell,,\n"


async def test_repeats_and_conflicts_are_found_across_batches(world, client):
    city = await world.user("city")
    old = await client.post(
        f"{API}/equipment",
        json={
            "kind": "desktop",
            "funding_source": "assoclic",
            "serial_number": "TAKEN",
            "inventory_number": "OLD-1",
        },
        headers=city.headers,
    )
    assert old.status_code == 201, old.text
    rows = [_small(n) for n in range(1, 3 * BATCH + 1)]
    rows[2 * BATCH] = _small(1, serial="SN-OTHER")  # line 2 * BATCH + 2: EQ-1 again
    rows[2 * BATCH + 1] = _small(9_000_001, serial="SN-0000002")  # serial of line 3
    rows[3 * BATCH - 2] = _small(9_000_002, serial="TAKEN")  # serial of OLD-1
    rows[3 * BATCH - 1] = _small(9_000_003, kind="toaster")  # the last line
    body = HEADER + "".join(rows)
    last = 3 * BATCH + 1
    expected = [
        {"row": 2 * BATCH + 2, "field": "inventory_number", "message": "already given on line 2"},
        {"row": 2 * BATCH + 3, "field": "serial_number", "message": "already given on line 3"},
        {"row": last - 1, "field": "serial_number", "message": "already used by OLD-1"},
        {"row": last, "field": "kind"},
    ]

    refused = await _import(client, city, body)
    assert refused.status_code == 422, refused.text
    report = refused.json()["report"]
    assert [{k: e[k] for k in expected[i]} for i, e in enumerate(report["errors"])] == expected
    assert (report["total_rows"], report["invalid_rows"]) == (3 * BATCH, 4)
    assert await count_rows(world, Equipment) == 1  # nothing written

    dry = await _import(client, city, body, mode="partial", dry_run="true")
    assert dry.status_code == 200 and dry.json()["created"] == 3 * BATCH - 4
    assert await count_rows(world, Equipment) == 1

    partial = await _import(client, city, body, mode="partial")
    assert partial.status_code == 200, partial.text
    assert partial.json()["created"] == 3 * BATCH - 4
    assert await count_rows(world, Equipment) == 3 * BATCH - 3
    # the first occurrence was written, never the repeat
    first = (Equipment.inventory_number == "EQ-0000001", Equipment.serial_number == "SN-0000001")
    assert await count_rows(world, Equipment, *first) == 1
    again = await _import(client, city, body, mode="partial")
    assert (again.json()["created"], again.json()["unchanged"]) == (0, 3 * BATCH - 4)


async def test_the_report_keeps_the_first_errors_by_line(world, client):
    """Lines the reader refuses (too many cells) come before the rows a batch check refuses
    (a kind): the report still lists the first 1,000 bad lines in order, and counts all."""
    city = await world.user("city")
    rows = [
        _small(n, kind="toaster") if n % 2 else _small(n).replace("\n", ",extra\n")
        for n in range(1, 1601)
    ]
    response = await _import(client, city, HEADER + "".join(rows))
    assert response.status_code == 422, response.text
    report = response.json()["report"]
    assert report["invalid_rows"] == 1600
    assert [e["row"] for e in report["errors"]] == list(range(2, 1002))
