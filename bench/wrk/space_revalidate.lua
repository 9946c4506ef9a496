-- GET /api/v1/spaces/{id} with If-None-Match: the ETag read from the other process → 304.
-- See common.lua; bench/load_bench.py runs it from this folder.
require("common").run("space_revalidate")
