"""The API as production runs it: `enc serve` (uvicorn) in a subprocess, on a free port.

For what an in-process ASGI client cannot show: the server's own headers, a request body
streamed over a socket, the process's memory, a database going away under a running server.
"""

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.pg_cluster import free_port

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class LiveServer:
    process: subprocess.Popen
    host: str
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def memory_kib(self, field: str) -> int:
        """`VmRSS` (now) or `VmHWM` (the peak so far) of the server process, in KiB."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
        raise LookupError(field)

    def reset_peak_memory(self) -> None:
        """Start `VmHWM` again from the current RSS (Linux: `clear_refs`), so that the peak
        measured next is the peak of what follows, not of start-up."""
        Path(f"/proc/{self.process.pid}/clear_refs").write_text("5")

    def log_tail(self) -> str:
        return self.log.read_text("utf-8", errors="replace")[-3000:]


@contextmanager
def live_server(
    env: dict[str, str], command: list[str] | None = None, port: int | None = None
) -> Iterator[LiveServer]:
    """`enc serve` on 127.0.0.1, or `python -m <command>` (which must listen on `port`)."""
    port = port or free_port()
    command = command or ["app.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    log = Path(tempfile.mkstemp(prefix="enc-serve-", suffix=".log")[1])
    settings = {"ENV": "test", "LOG_LEVEL": "WARNING", "RATE_LIMIT_PER_MINUTE": "100000"}
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", *command],
            cwd=ROOT,
            env={**os.environ, **settings, **env},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    server = LiveServer(process, "127.0.0.1", port, log)
    try:
        _wait_until_up(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.unlink(missing_ok=True)


def _wait_until_up(server: LiveServer, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"`enc serve` exited:\n{server.log_tail()}")
        try:
            if httpx.get(server.url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"`enc serve` did not answer within {seconds} s:\n{server.log_tail()}")


def unread_by_server(server_port: int, client_port: int) -> int | None:
    """Bytes waiting in the server's socket that its process has not read (Linux)."""
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote = int(fields[1].split(":")[1], 16), int(fields[2].split(":")[1], 16)
        if (local, remote) == (server_port, client_port):
            return int(fields[4].split(":")[1], 16)
    return None
