"""The typed Python client in clients/python: generated from the committed OpenAPI document
(openapi-python-client), committed, and used as a partner would use it."""

import asyncio
import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models.visit import Visit
from tests.conftest import DATABASE_URL, SECRET
from tests.factories import PASSWORD, World
from tests.live_server import live_server

ROOT = Path(__file__).resolve().parent.parent.parent
CLIENT = ROOT / "clients" / "python"
EXAMPLE = ROOT / "clients" / "examples" / "spaces_and_a_visit.py"


def _differences(left: Path, right: Path) -> list[str]:
    found = []
    compared = filecmp.dircmp(left, right, ignore=[".ruff_cache", "__pycache__"])
    stack = [(compared, Path())]
    while stack:
        node, where = stack.pop()
        found += [f"only committed: {where / n}" for n in node.left_only]
        found += [f"only generated: {where / n}" for n in node.right_only]
        found += [f"differs: {where / n}" for n in node.diff_files]
        stack += [(sub, where / name) for name, sub in node.subdirs.items()]
    return found


def test_the_committed_client_is_generated_from_the_committed_document(backend, tmp_path):
    if backend != "sqlite":
        pytest.skip("the client does not depend on the database: checked in the SQLite pass")
    output = tmp_path / "python"
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "generate_client.sh"), str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    drift = _differences(CLIENT, output)
    assert not drift, "clients/python is stale: run scripts/generate_client.sh\n" + "\n".join(
        drift[:20]
    )


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.commits
async def test_the_readme_example_pages_through_spaces_and_records_a_visit(world: World):
    association = await world.association()
    spaces = [await world.space(association.id, status="open") for _ in range(3)]
    manager = await world.user("association", association_id=association.id)
    env = {"DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET}
    with live_server(env) as server:
        command = [
            sys.executable,
            str(EXAMPLE),
            "--api",
            server.url,
            "--email",
            manager.user.email,
            "--password",
            PASSWORD,
        ]
        run_env = {**os.environ, "PYTHONPATH": str(CLIENT)}
        first = await asyncio.to_thread(_run, command, run_env)
        again = await asyncio.to_thread(_run, command, run_env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert again.returncode == 0, again.stdout + again.stderr
    lines = first.stdout.splitlines()
    assert {str(s.id) for s in spaces} <= {line.split()[0] for line in lines[:-1]}
    assert lines[-1].startswith("visit ") and again.stdout.splitlines()[-1].startswith("visit ")
    async with world.session() as session:
        count = (await session.execute(select(func.count()).select_from(Visit))).scalar_one()
    assert count == 2  # one a run
