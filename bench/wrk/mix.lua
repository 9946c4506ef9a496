-- The mix: lists, revalidations, a read, a visit and a ticket move in every ten requests.
-- See common.lua; bench/load_bench.py runs it from this folder.
require("common").run("mix")
