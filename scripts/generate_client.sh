#!/usr/bin/env bash
# Regenerates the typed Python client (clients/python) from the committed OpenAPI document.
# Run after `enc export-openapi`; CI fails when the committed client drifts from the document.
set -euo pipefail
cd "$(dirname "$0")/.."
OUTPUT="${1:-clients/python}"
# The project's own generator (a dev dependency, pinned), whether or not .venv is activated.
GENERATOR=openapi-python-client
if [ -x .venv/bin/openapi-python-client ]; then GENERATOR=.venv/bin/openapi-python-client; fi
# Its ruff post-hook too.
if [ -d .venv/bin ]; then PATH="$PWD/.venv/bin:$PATH"; fi
"$GENERATOR" generate --path openapi/openapi.json --config clients/openapi-python-client.yaml \
  --output-path "$OUTPUT" --overwrite --fail-on-warning
rm -rf "$OUTPUT/.ruff_cache"
