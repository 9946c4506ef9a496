-- POST /api/v1/maintenance-tickets/{id}/transitions as the operator: in_progress ⇄ waiting_parts.
-- See common.lua; bench/load_bench.py runs it from this folder.
require("common").run("ticket_transition")
