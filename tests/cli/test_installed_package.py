"""The package as it is installed (a wheel, the Docker image's `pip install .`) migrates its
database by itself: the migrations are package data, not files of the source checkout."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The project built as a wheel and installed, without its dependencies (the test's
    virtualenv has them), into a folder of its own."""
    work = tmp_path_factory.mktemp("wheel")
    # Built from a copy of what the Dockerfile copies: setuptools writes build/ beside the
    # sources, and the SQLite and PostgreSQL runs go side by side.
    source = work / "source"
    shutil.copytree(ROOT / "app", source / "app", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(work / "dist"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = (work / "dist").glob("*.whl")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(work / "site"),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return work


def test_the_wheel_carries_the_migrations(installed):
    versions = sorted(p.name for p in (installed / "site/app/migrations/versions").glob("*.py"))
    in_source = sorted(p.name for p in (ROOT / "app/migrations/versions").glob("*.py"))
    assert versions == in_source
    assert (installed / "site/app/migrations/env.py").is_file()
    assert (installed / "site/app/migrations/script.py.mako").is_file()


def test_enc_migrate_runs_from_the_installed_package(installed, tmp_path):
    database = tmp_path / "enc.db"
    # Another working directory, no alembic.ini anywhere near: only the installed `app`.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import app, sys; print('from', app.__file__); sys.argv = ['enc', 'migrate'];"
            "from app.cli import main; main()",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "PYTHONPATH": str(installed / "site"),
            "ENV": "development",
            "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
            "PATH": "/usr/bin:/bin",
        },
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"from {installed / 'site'}" in done.stdout
    heads = [p.name.split("_", 1)[0] for p in (ROOT / "app/migrations/versions").glob("*.py")]
    with sqlite3.connect(database) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == max(heads)
