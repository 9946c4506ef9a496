"""`enc migrate` / `enc serve` with a database URL they cannot use: one line on stderr saying
what is wrong and how to fix it, a non-zero exit, no traceback; and a SQLite file in a folder
that does not exist is refused rather than the folder created (only the default ./var is)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pg_cluster import free_port

ROOT = Path(__file__).resolve().parent.parent.parent


def enc(*args: str, database_url: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "ENV": "test",
        "SECRET_KEY": "x" * 48,
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def closed_port_url() -> str:
    return f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/enc"


BAD = {
    "malformed": ("not a url at all", 2, "not a database URL"),
    "bad-port": ("postgresql+asyncpg://u@localhost:notaport/enc", 2, "not a database URL"),
    "no-asyncpg": ("postgresql://postgres@127.0.0.1:5432/enc", 2, "postgresql+asyncpg://"),
    "postgres-scheme": ("postgres://postgres@127.0.0.1/enc", 2, "postgresql+asyncpg://"),
    "no-aiosqlite": ("sqlite:///enc.db", 2, "sqlite+aiosqlite://"),
    "other-driver": ("mysql+aiomysql://u@h/enc", 2, "not supported"),
    "closed-port": (None, 1, "cannot connect to the database"),
    "unknown-host": ("postgresql+asyncpg://postgres@enc-db.invalid/enc", 1, "cannot connect"),
}


@pytest.mark.parametrize("command", ["migrate", "serve"])
@pytest.mark.parametrize("case", list(BAD))
def test_one_line_and_a_non_zero_exit(case: str, command: str):
    url, code, says = BAD[case]
    args = [command] if command == "migrate" else [command, "--port", str(free_port())]
    result = enc(*args, database_url=url or closed_port_url())
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ") and says in lines[0], lines[0]
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("command", ["migrate", "serve"])
def test_a_sqlite_file_in_a_missing_folder_is_refused(tmp_path, command: str):
    database = tmp_path / "no" / "such" / "folder" / "enc.db"
    args = [command] if command == "migrate" else [command, "--port", str(free_port())]
    result = enc(*args, database_url=f"sqlite+aiosqlite:///{database}")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "does not exist" in lines[0] and "create it" in lines[0], lines
    assert not (tmp_path / "no").exists()  # nothing created


def test_the_default_var_folder_is_still_created(tmp_path):
    result = enc("migrate", database_url="sqlite+aiosqlite:///./var/enc.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "var" / "enc.db").is_file()


def test_an_existing_folder_works(tmp_path):
    result = enc("migrate", database_url=f"sqlite+aiosqlite:///{tmp_path}/enc.db")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "enc.db").is_file()
