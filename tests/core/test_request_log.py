"""Each request is logged once: the API's JSON request log, not also uvicorn's access line,
whether started by `enc serve` or by the container's entry point (docker-entrypoint.sh)."""

import json
import re
import shlex
import time

import httpx

from tests.conftest import DATABASE_URL, SECRET
from tests.live_server import ROOT, LiveServer, live_server
from tests.pg_cluster import free_port

PATH = "/api/v1/meta/ping-once"  # a path no other request of the server's start-up uses


def lines_about(server: LiveServer, path: str) -> list[str]:
    time.sleep(0.3)  # let the server write its lines
    text = server.log.read_text("utf-8", errors="replace")
    return [line for line in text.splitlines() if path in line]


def assert_logged_once_each(server: LiveServer) -> None:
    for n in range(3):
        httpx.get(f"{server.url}{PATH}?n={n}", timeout=10)
    lines = lines_about(server, PATH)
    assert len(lines) == 3, lines
    for line in lines:
        record = json.loads(line)  # the JSON request log, nothing else
        assert record["path"] == PATH and record["status"] == 404, record


def env() -> dict[str, str]:
    return {"DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET, "LOG_LEVEL": "INFO"}


def test_enc_serve_logs_each_request_once(settings):
    with live_server(env()) as server:
        assert_logged_once_each(server)


def test_the_container_entry_point_logs_each_request_once(settings):
    script = (ROOT / "docker-entrypoint.sh").read_text()
    command = re.search(r"^exec (uvicorn (?:.*\\\n)*.*)$", script, flags=re.MULTILINE)
    args = shlex.split(command.group(1).replace("\\\n", " "))
    port = free_port()
    args[args.index("--host") + 1], args[args.index("--port") + 1] = "127.0.0.1", str(port)
    with live_server(env(), command=args, port=port) as server:
        assert_logged_once_each(server)
