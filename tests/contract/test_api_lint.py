"""The API lint: Spectral's OpenAPI ruleset and the OWASP API Security ruleset on the committed
openapi/openapi.json (which tests/contract/test_openapi.py keeps equal to the served document).

Spectral and the ruleset come from the npm registry, pinned in tools/spectral (package-lock.json);
`npm ci` installs them there when node_modules is missing. No error may remain, and every kind
of warning left must be justified in the README's "API lint" section. With CI=true a missing
node/npm fails the run; elsewhere the test is skipped, saying why.
"""

import fcntl
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
TOOLS = ROOT / "tools" / "spectral"
DOCUMENT = "openapi/openapi.json"
ERROR = 0
# Spectral's analytics dependency asks before phoning home; say no in any case.
QUIET = {"SCARF_ANALYTICS": "false", "DO_NOT_TRACK": "1", "NO_UPDATE_NOTIFIER": "1"}


def _require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        message = f"{tool} is not installed: the API lint needs Node.js and npm"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI=true)")
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def spectral_findings() -> list[dict]:
    npm, npx = _require("npm"), _require("npx")
    env = {**os.environ, **QUIET, "NODE_PATH": str(TOOLS / "node_modules")}
    # The SQLite and PostgreSQL runs go side by side: one installs, the other waits for it.
    with open(TOOLS / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (TOOLS / "node_modules" / ".bin" / "spectral").exists():
            subprocess.run(
                [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
                cwd=TOOLS,
                env=env,
                check=True,
                timeout=600,
            )
    done = subprocess.run(
        [
            npx,
            "--prefix",
            str(TOOLS),
            "--no-install",
            "spectral",
            "lint",
            DOCUMENT,
            "--ruleset",
            ".spectral.yaml",
            "--format",
            "json",
            "--quiet",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        return json.loads(done.stdout or "[]")
    except json.JSONDecodeError:
        pytest.fail(f"spectral did not run (exit {done.returncode}): {done.stderr[-2000:]}")


def _where(finding: dict) -> str:
    return "/".join(str(part) for part in finding["path"])


def test_no_error(spectral_findings):
    errors = [f for f in spectral_findings if f["severity"] == ERROR]
    listed = "\n".join(f"{f['code']}: {_where(f)}: {f['message']}" for f in errors[:40])
    assert not errors, f"{len(errors)} Spectral errors, the first ones:\n{listed}"


def test_every_kept_warning_is_justified_in_the_readme(spectral_findings):
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## API lint", 1)[1].split("\n## ", 1)[0]
    justified = set(re.findall(r"^- `([\w:.-]+)`", section, flags=re.MULTILINE))
    kept = {f["code"] for f in spectral_findings if f["severity"] > ERROR}
    assert kept <= justified, f"warnings with no justification in README: {kept - justified}"


def test_the_ruleset_is_the_published_one():
    """Fixes go into the app: the ruleset only extends, never switches a rule off."""
    text = (ROOT / ".spectral.yaml").read_text("utf-8")
    assert "spectral:oas" in text and "@stoplight/spectral-owasp-ruleset" in text
    assert "rules:" not in text and "overrides:" not in text
    pinned = json.loads((TOOLS / "package.json").read_text("utf-8"))["devDependencies"]
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", version) for version in pinned.values())
    assert (TOOLS / "package-lock.json").exists()
