"""`enc import` end to end: the command in a subprocess, against `enc serve` (a live server
whose scheduler runs the import jobs), with a real API key; through a proxy that cuts the
connection once in the middle of the upload, so the command must resume (real sockets)."""

import asyncio
import contextlib
import csv
import os
import re
import subprocess
import sys

import pytest

from app.models.visit import Visit
from tests.conftest import DATABASE_URL, SECRET
from tests.helpers_access import count_rows, make_key
from tests.import_jobs.helpers import visits_csv
from tests.live_server import ROOT, live_server
from tests.visits.visit_helpers import csv_row, network

pytestmark = pytest.mark.commits


class CuttingProxy:
    """TCP to `port`, cutting the connection that carries the client's `cut_after`-th byte
    (once): the request in flight breaks as a network cut would."""

    def __init__(self, port: int, cut_after: int, *, then_down: bool = False) -> None:
        self.port, self.cut_after = port, cut_after
        self.then_down = then_down  # after the cut, every connection is dropped at once
        self.sent = 0
        self.cuts = 0
        self.server: asyncio.AbstractServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def __aenter__(self) -> "CuttingProxy":
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.close()
        with contextlib.suppress(Exception):
            await self.server.wait_closed()

    async def _serve(self, client_reader, client_writer) -> None:
        if self.cuts and self.then_down:
            client_writer.transport.abort()
            return
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.port)

        async def up() -> None:
            while data := await client_reader.read(1024):
                if not self.cuts and self.sent + len(data) > self.cut_after:
                    self.cuts += 1
                    upstream_writer.write(data[: self.cut_after - self.sent])
                    await upstream_writer.drain()
                    raise ConnectionAbortedError  # the cut
                self.sent += len(data)
                upstream_writer.write(data)
                await upstream_writer.drain()

        async def down() -> None:
            while data := await upstream_reader.read(65536):
                client_writer.write(data)
                await client_writer.drain()

        tasks = [asyncio.create_task(up()), asyncio.create_task(down())]
        with contextlib.suppress(Exception):
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
        for writer in (client_writer, upstream_writer):
            writer.transport.abort()


def _enc_import(*args: str, terminal: bool = False) -> subprocess.CompletedProcess:
    # `terminal`: rich draws its live bar as on a terminal (TTY_COMPATIBLE, TTY_INTERACTIVE)
    shown = {"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1"} if terminal else {}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "import", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
        env={**os.environ, "COLUMNS": "120", **shown},
    )


async def test_enc_import_uploads_resumes_after_a_cut_and_reports(world, tmp_path):
    w = await network(world)
    raw, _ = await make_key(world, association_id=w["a1"].id, scopes=["visits:import"])
    rows = visits_csv(w["s1"].id, 300)
    bad = csv_row(301, w["s1"].id, mode="teleport") + csv_row(302, w["s2"].id)
    file = tmp_path / "visites.csv"
    file.write_text(rows + bad, encoding="utf-8")
    good = tmp_path / "propres.csv"
    good.write_text(visits_csv(w["s1"].id, 200, start=1000), encoding="utf-8")
    env = {
        "DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET, "WEBHOOK_DISPATCHER": "inline",
        "DOCUMENT_DIR": str(tmp_path / "files"), "IMPORT_HEARTBEAT_SECONDS": "0.2",
    }
    with live_server(env) as server:
        size = file.stat().st_size
        async with CuttingProxy(server.port, cut_after=size // 2) as proxy:
            done = await asyncio.to_thread(
                _enc_import, "visits", str(file), "--api", proxy.url, "--key", raw,
                "--mode", "partial", "--chunk-size", "8192",
            )
            assert proxy.cuts == 1
        clean = await asyncio.to_thread(
            _enc_import, "visits", str(good), "--api", server.url, "--key", raw,
            "--chunk-size", "2048", terminal=True,
        )
        refused = await asyncio.to_thread(
            _enc_import, "equipment", str(good), "--api", server.url, "--key", raw
        )
        offline = await asyncio.to_thread(
            _enc_import, "visits", str(good), "--api", "http://127.0.0.1:9", "--key", raw,
            "--retries", "1",
        )
    output = done.stdout
    assert done.returncode == 1, output + done.stderr
    # the progress: rows and bytes, rate, time left; the cut and the resume
    assert "upload: " in output and " rows, " in output and "KiB/s" in output
    assert "time left" in output and "import: 302 rows" in output
    assert "connection lost during the upload" in output
    assert "resuming the upload at byte" in output
    # the report as a table, and the rejected rows beside the file
    assert "upload: 302 rows, 55" in output  # every row sent
    assert ": succeeded" in output and "│ accepted  │  300 │" in output
    assert "│ rejected  │    2 │" in output and "│ 302  │ mode" in output
    rejected = tmp_path / "visites.rejected.csv"
    with rejected.open(newline="", encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    assert table[0][-1] == "errors" and table[0][:-1] == rows.splitlines()[0].split(",")
    assert [r[0] for r in table[1:]] == ["V-301", "V-302"]
    assert table[1][-1].startswith("mode: ") and table[2][-1].startswith("space_id: ")
    assert await count_rows(world, Visit) == 500  # every byte once: no row twice, none lost
    assert clean.returncode == 0, clean.stdout + clean.stderr
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", clean.stdout)
    assert "━" in shown and "200 rows" in shown and "kB/s" in shown
    assert "0:00:00" in shown  # the bar's time left
    assert not (tmp_path / "propres.rejected.csv").exists()
    assert refused.returncode == 2 and "lacks the scope" in refused.stderr
    assert offline.returncode == 2 and "connection failed" in offline.stderr


async def test_a_run_that_gave_up_resumes_next_time(world, tmp_path):
    """The network stays down past the retries: the command stops (2) and says how to go on;
    run again, it resumes the same upload where the server stopped."""
    w = await network(world)
    raw, _ = await make_key(world, association_id=w["a1"].id, scopes=["visits:import"])
    file = tmp_path / "visites.csv"
    file.write_text(visits_csv(w["s1"].id, 200), encoding="utf-8")
    env = {
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": SECRET,
        "WEBHOOK_DISPATCHER": "inline",
        "DOCUMENT_DIR": str(tmp_path / "files"),
    }
    with live_server(env) as server:
        async with CuttingProxy(server.port, file.stat().st_size // 2, then_down=True) as proxy:
            stopped = await asyncio.to_thread(
                _enc_import, "visits", str(file), "--api", proxy.url, "--key", raw,
                "--chunk-size", "4096", "--retries", "2",
            )
        marker = tmp_path / ".visites.csv.enc-import.json"
        assert stopped.returncode == 2, stopped.stdout + stopped.stderr
        assert "Run the same command again" in stopped.stderr and marker.exists()
        again = await asyncio.to_thread(
            _enc_import, "visits", str(file), "--api", server.url, "--key", raw
        )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "resuming an earlier upload of this file at byte " in again.stdout
    assert not marker.exists()
    assert await count_rows(world, Visit) == 200
