-- GET /api/v1/visits?limit=50 as the city: the newest 50 of the demo's year of visits.
-- See common.lua; bench/load_bench.py runs it from this folder.
require("common").run("visits_list")
