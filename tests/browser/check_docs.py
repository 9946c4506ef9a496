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

`--page authorize` drives Chromium through its DevTools protocol instead: it opens /docs, clicks
Authorize, saves `authorize.png`, and checks that the dialog offers a username and a password
for the password flow, no client id, client secret or credentials location, and the API key.

Exit status: 0 all pages rendered; 1 a page did not render or broke the CSP; 2 usage/setup error.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
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


# Run in the page once the dialog is open: how each row of the password flow is shown.
_DIALOG_STATE = """(() => {
  const shown = (id) => {
    const input = document.getElementById(id);
    if (!input) return "missing";
    const row = input.closest(".wrapper") || input;
    const gone = getComputedStyle(row).display === "none" || row.offsetParent === null;
    return gone ? "hidden" : "shown";
  };
  return JSON.stringify({
    username: shown("oauth_username"), password: shown("oauth_password"),
    credentials_location: shown("password_type"),
    client_id: shown("client_id_password"), client_secret: shown("client_secret_password"),
    api_key: document.querySelectorAll(".auth-container input[type=text]").length > 1
      || document.body.innerText.includes("X-API-Key") ? "shown" : "missing",
    scopes: document.querySelector(".auth-container .scopes") ? "shown" : "missing",
  });
})()"""
DIALOG_WANTED = {
    "username": "shown",
    "password": "shown",
    "credentials_location": "hidden",
    "client_id": "hidden",
    "client_secret": "hidden",
    "api_key": "shown",
    "scopes": "missing",
}


class _DevTools:
    """The least of the Chrome DevTools protocol: send a command to a page, wait for its answer."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.next_id = 0

    def call(self, method: str, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(0.2)
        return False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def check_authorize(chromium: str, base: str, out: Path, timeout: int) -> bool:
    host = urlsplit(base).hostname or "127.0.0.1"
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        browser = subprocess.Popen(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--remote-debugging-port={port}",
                f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {host}",
                f"{base}/docs",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            pages = []
            deadline = time.monotonic() + timeout
            while not pages and time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as answer:
                        pages = [t for t in json.load(answer) if t.get("type") == "page"]
                except OSError:
                    time.sleep(0.3)
            if not pages:
                print("[authorize] FAIL Chromium's DevTools did not answer")
                return False
            from websockets.sync.client import connect

            with connect(pages[0]["webSocketDebuggerUrl"], max_size=None) as socket_to_page:
                tools = _DevTools(socket_to_page)
                if not tools.wait_for("!!document.querySelector('.btn.authorize')", timeout):
                    print("[authorize] FAIL no Authorize button on /docs")
                    return False
                tools.evaluate("document.querySelector('.btn.authorize').click()")
                if not tools.wait_for("!!document.getElementById('oauth_username')", 20):
                    print("[authorize] FAIL the Authorize dialog did not open")
                    return False
                time.sleep(0.5)  # the dialog's fade-in, for the screenshot
                state = json.loads(tools.evaluate(_DIALOG_STATE))
                shot = out / "authorize.png"
                shot.write_bytes(base64.b64decode(tools.call("Page.captureScreenshot")["data"]))
                print(f"[authorize] screenshot {shot} ({shot.stat().st_size} bytes)")
        finally:
            browser.terminate()
            browser.wait(timeout=30)
    wrong = {k: v for k, v in state.items() if DIALOG_WANTED[k] != v}
    if wrong:
        print(f"[authorize] FAIL dialog rows {wrong} (wanted {DIALOG_WANTED})")
        return False
    print(f"[authorize] OK the dialog shows {sorted(k for k, v in state.items() if v == 'shown')}")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("base_url", help="server root, e.g. http://127.0.0.1:8765")
    parser.add_argument("--out", type=Path, help="directory for PNGs and DOM dumps (default: temp)")
    parser.add_argument(
        "--page",
        action="append",
        choices=sorted([*PAGES, "authorize"]),
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
        check_authorize(chromium, base, out, args.timeout)
        if page == "authorize"
        else check_page(chromium, base, page, out, args.budget_ms, args.timeout)
        for page in (args.page or ["docs", "redoc", "authorize"])
    ]
    print("all pages rendered" if all(results) else "FAILED")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
