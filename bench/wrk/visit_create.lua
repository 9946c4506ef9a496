-- POST /api/v1/visits as the association: one visit, spread over its spaces and the past month.
-- See common.lua; bench/load_bench.py runs it from this folder.
require("common").run("visit_create")
