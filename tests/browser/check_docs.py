"""Check in a real headless browser that the self-hosted API explorer renders offline.

Not a pytest module (pytest only collects test_*.py): run it by hand against a live server.

    apt-get install -y chromium            # Debian's package, once, if /usr/bin/chromium is missing
    uvicorn app.main:app --port 8765 &     # any server whose app calls app.core.docs.mount_docs
    python tests/browser/check_docs.py http://127.0.0.1:8765 [--out DIR] [--page docs --page redoc]

For each page it runs Chromium twice: `--screenshot` (PNG written to DIR, default a fresh temp
dir, paths printed) and `--dump-dom`, then checks the rendered DOM: /docs must contain Swagger
UI operations (class `opblock`), /redoc ReDoc operations (`data-section-id="operation/`).
Every host name except the server's own is made unresolvable, so a page that still needs the
internet fails here even on a machine that has it. Content-Security-Policy violations printed
on the browser console are reported and fail the check, except ReDoc's hard-coded
"API docs by Redocly" logo (cdn.redoc.ly), which a same-origin img-src is meant to block.

Exit status: 0 all pages rendered; 1 a page did not render or broke the CSP; 2 usage/setup error.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1600",
]

# page -> (regex that must match the rendered DOM, what it means)
PAGES = {
    "docs": (
        re.compile(r'class="(?:[^"]*\s)?opblock(?=[\s"])'),
        "Swagger UI operations (class opblock)",
    ),
    "redoc": (re.compile(r'data-section-id="operation/'), "ReDoc operations (operation sections)"),
}

CSP_LINE = re.compile(r"Content Security Policy|Refused to", re.I)
# Known, intended block: ReDoc always renders <img src="https://cdn.redoc.ly/redoc/logo-mini.svg">.
EXPECTED_CSP = {"redoc": [re.compile(r"cdn\.redoc\.ly/redoc/logo-mini\.svg")]}


def run_chromium(
    chromium: str, url: str, extra: list[str], budget_ms: int, host: str, timeout: int
) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        cmd = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}",
            f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {host}",
            "--enable-logging=stderr",
            "--v=0",
            *extra,
            url,
        ]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)


def check_page(
    chromium: str, base: str, page: str, out: Path, budget_ms: int, timeout: int
) -> bool:
    url = f"{base}/{page}"
    host = urlsplit(base).hostname or "127.0.0.1"
    shot = out / f"{page}.png"
    ok = True

    r = run_chromium(chromium, url, [f"--screenshot={shot}"], budget_ms, host, timeout)
    if r.returncode != 0 or not shot.is_file() or shot.stat().st_size == 0:
        print(f"[{page}] FAIL screenshot (exit {r.returncode})\n{r.stderr[-2000:]}")
        ok = False
    else:
        print(f"[{page}] screenshot {shot} ({shot.stat().st_size} bytes)")

    r = run_chromium(chromium, url, ["--dump-dom"], budget_ms, host, timeout)
    dom = r.stdout
    (out / f"{page}.dom.html").write_text(dom, encoding="utf-8")
    marker, meaning = PAGES[page]
    hits = len(marker.findall(dom))
    if r.returncode != 0 or hits == 0:
        print(
            f"[{page}] FAIL rendered DOM has no {meaning} (exit {r.returncode}, "
            f"{len(dom)} chars, saved to {out / f'{page}.dom.html'})"
        )
        ok = False
    else:
        print(f"[{page}] OK rendered DOM has {hits} x {meaning}")

    expected = EXPECTED_CSP.get(page, [])
    for line in (ln for ln in r.stderr.splitlines() if CSP_LINE.search(ln)):
        if any(p.search(line) for p in expected):
            print(f"[{page}] note: expected CSP block: {line[-220:]}")
        else:
            print(f"[{page}] FAIL CSP violation: {line[-400:]}")
            ok = False
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("base_url", help="server root, e.g. http://127.0.0.1:8765")
    parser.add_argument("--out", type=Path, help="directory for PNGs and DOM dumps (default: temp)")
    parser.add_argument(
        "--page",
        action="append",
        choices=sorted(PAGES),
        help="page to check (repeatable; default: docs and redoc)",
    )
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--budget-ms", type=int, default=8000, help="--virtual-time-budget")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per Chromium run")
    args = parser.parse_args(argv)

    chromium = shutil.which(args.chromium)
    if not chromium:
        print(f"{args.chromium} not found: apt-get update && apt-get install -y chromium")
        return 2
    base = args.base_url.rstrip("/")
    if urlsplit(base).scheme not in {"http", "https"}:
        print(f"not an http(s) URL: {args.base_url}")
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="docs-check-"))
    out.mkdir(parents=True, exist_ok=True)

    results = [
        check_page(chromium, base, page, out, args.budget_ms, args.timeout)
        for page in (args.page or ["docs", "redoc"])
    ]
    print("all pages rendered" if all(results) else "FAILED")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
