"""README's examples run as printed: the bash blocks of "Conventions, with the demo data",
one after the other in one shell, against a live server on a fresh demo network (`enc migrate`,
`enc seed`, `enc serve`), with `set -euo pipefail`; what their comments promise is checked."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SECRET
from tests.live_server import live_server

ROOT = Path(__file__).resolve().parent.parent.parent
README = ROOT / "README.md"


def convention_blocks() -> list[str]:
    text = README.read_text("utf-8")
    section = text.split("## Conventions, with the demo data", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.*?)```", section, flags=re.DOTALL)


def test_the_section_has_the_examples():
    blocks = convention_blocks()
    assert len(blocks) >= 6 and "TOKEN=$(curl" in blocks[0]


def test_the_readme_examples_run_against_the_demo(backend, tmp_path):
    if backend != "sqlite":
        pytest.skip("the demo's own SQLite default: checked once, in the SQLite pass")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/demo.db",
        "SECRET_KEY": SECRET,
        "ENV": "test",
        "DATA_DIR": str(tmp_path / "var"),
    }
    for command in (["migrate"], ["seed"]):
        done = subprocess.run(
            [sys.executable, "-m", "app.cli", *command],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    with live_server({k: env[k] for k in ("DATABASE_URL", "SECRET_KEY", "DATA_DIR")}) as server:
        script = "\n".join(convention_blocks()).replace("http://127.0.0.1:8000", server.url)
        done = subprocess.run(
            ["bash", "-c", "set -euo pipefail\n" + script],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    assert '"next_cursor"' in out and "ENC de l" in out  # the pages
    assert "uuid_parsing" in out  # the problem
    # the ETag echoed, then If-None-Match's 304 and If-Match's 200
    assert re.search(r'"[0-9a-f]{32}"\n304\n200\n', out), out[-2000:]
    assert "precondition" in out.lower() and "current_etag" in out  # the stale PATCH: 412
    assert (tmp_path / "spaces.csv").read_text("utf-8").startswith(("id,", "\ufeffid,"))
    assert '"space_status"' in out and '"description_en"' in out  # the vocabularies
