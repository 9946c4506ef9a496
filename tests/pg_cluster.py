"""A throwaway PostgreSQL cluster: initdb and pg_ctl into a temporary folder, on a free port.

Used by `tests.run_all` when no PostgreSQL answers, and by the fault tests, which stop and start
a cluster of their own (never the shared one). initdb refuses to run as root, so as root the
cluster belongs to `nobody`.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time


def answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def wait_for_port(host: str, port: int, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if answers(host, port):
            return True
        time.sleep(0.2)
    return False


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_bindir() -> str | None:
    candidates = glob.glob("/usr/lib/postgresql/*/bin/initdb") or (
        [shutil.which("initdb")] if shutil.which("initdb") else []
    )
    return os.path.dirname(sorted(candidates)[-1]) if candidates else None


class ThrowawayCluster:
    def __init__(self, bindir: str) -> None:
        self.bindir = bindir
        self.data = tempfile.mkdtemp(prefix="enc-pg-")
        self.port = free_port()
        self._as_owner: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root
            shutil.chown(self.data, "nobody")
            self._as_owner = ["runuser", "-u", "nobody", "--"]

    @classmethod
    def create(cls) -> "ThrowawayCluster | None":
        bindir = server_bindir()
        if bindir is None:
            return None
        cluster = cls(bindir)
        cluster._run("initdb", "-D", cluster.data, "-U", "postgres", "--auth=trust", "--no-sync")
        cluster.start()
        return cluster

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [*self._as_owner, f"{self.bindir}/{tool}", *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start(self) -> None:
        self._run(
            "pg_ctl",
            "-D",
            self.data,
            "-o",
            f"-p {self.port} -k {self.data} -h 127.0.0.1",
            "-l",
            f"{self.data}/log",
            "-w",
            "start",
        )
        if not wait_for_port("127.0.0.1", self.port):
            raise RuntimeError(f"the throwaway cluster did not start (see {self.data}/log)")

    def stop(self, mode: str = "fast") -> None:
        """`fast` ends the open sessions, as a server shutdown or a failover does."""
        self._run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def destroy(self) -> None:
        subprocess.run(
            [*self._as_owner, f"{self.bindir}/pg_ctl", "-D", self.data, "-m", "immediate", "stop"],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(self.data, ignore_errors=True)
