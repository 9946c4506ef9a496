#!/usr/bin/env bash
# The demo, from a clean clone: a local virtualenv (.venv), the project installed into it, then
# `enc demo` — migrate the SQLite database (./var/enc.db), load the demo network, print the demo
# logins and serve the API on http://127.0.0.1:8000 (explorer at /docs). Stop with Ctrl+C.
# Extra arguments go to `enc demo` (e.g. --port 8080).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3 || true)}"
  : "${PYTHON:?Python 3.11 or newer is needed (python3.11 not found)}"
  echo "Creating .venv with ${PYTHON}"
  "${PYTHON}" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install --quiet --editable .
exec enc demo "$@"
