-- GET /api/v1/spaces?limit=50 as the city: a full page of 50 spaces (next_cursor set).
-- See common.lua; bench/load_bench.py runs it from this folder.
require("common").run("spaces_list")
