-- GET /healthz: no database, no auth — the framework's ceiling on this machine.
-- See common.lua; bench/load_bench.py runs it from this folder.
require("common").run("healthz")
