#!/bin/sh
# Container entry point: bring the schema up to date, then serve. Any arguments replace the
# server, e.g. `docker run … enc-api enc create-admin --email … --password …` or `enc seed`.
set -eu

if [ "$#" -gt 0 ]; then
  exec "$@"
fi

enc migrate
exec uvicorn --factory app.main:create_app \
  --host 0.0.0.0 --port 8000 \
  --proxy-headers --forwarded-allow-ips='*' \
  --no-server-header --no-access-log
