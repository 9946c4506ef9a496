-- GET /api/v1/spaces/{id} without If-None-Match → 200 with the body (for comparison).
-- See common.lua; bench/load_bench.py runs it from this folder.
require("common").run("space_read")
