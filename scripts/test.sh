#!/usr/bin/env bash
# The tests, from a clean clone: a local virtualenv (.venv), the project and its dev tools
# installed into it, then the whole suite on SQLite and on PostgreSQL (`python -m tests.run_all`:
# lint, then pytest on each backend). Extra arguments go to pytest (e.g. -x -k spaces).
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
python -m pip install --quiet --editable ".[dev]"
exec python -m tests.run_all "$@"
