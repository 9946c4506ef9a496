#!/usr/bin/env bash
# Regenerates the typed Python client (clients/python) from the committed OpenAPI document.
# Run after `enc export-openapi`; CI fails when the committed client drifts from the document.
set -euo pipefail
cd "$(dirname "$0")/.."
OUTPUT="${1:-clients/python}"
openapi-python-client generate --path openapi/openapi.json --config clients/openapi-python-client.yaml \
  --output-path "$OUTPUT" --overwrite --fail-on-warning
rm -rf "$OUTPUT/.ruff_cache"
