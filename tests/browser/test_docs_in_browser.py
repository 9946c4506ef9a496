"""/docs, /redoc and the Authorize dialog in a real headless Chromium, against `enc serve`.

Runs `check_docs.py` (see its docstring); skipped where Chromium is not installed
(`apt-get install -y chromium`): CI machines without it still run the offline checks of
tests/core/test_docs_offline.py.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATABASE_URL, SECRET
from tests.live_server import live_server

CHECK = Path(__file__).with_name("check_docs.py")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.commits
@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here: apt-get install -y chromium")
def test_the_explorer_renders_and_authorize_shows_only_what_applies(backend, settings, tmp_path):
    if backend != "sqlite":
        # The pages do not depend on the database; and two Chromiums at once, beside two test
        # suites on two cores, ran past their time.
        pytest.skip("the explorer does not depend on the database: checked in the SQLite pass")
    with live_server({"DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET}) as server:
        done = subprocess.run(
            [
                sys.executable,
                str(CHECK),
                server.url,
                "--out",
                str(tmp_path),
                "--chromium",
                CHROMIUM,
                "--timeout",  # a Chromium run's seconds: generous on a machine busy with CI
                "300",
            ],
            capture_output=True,
            text=True,
            timeout=1800,
        )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "[authorize] OK" in done.stdout
    for page in ("docs", "redoc", "authorize"):
        assert (tmp_path / f"{page}.png").stat().st_size > 10_000
