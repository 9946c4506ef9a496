"""Equipment requests and the allocation plans that serve them: open `requests.py` first (an
association asks, the city reviews), then `plans.py` (the city groups approved requests into a
plan and executes it through the equipment rules, all or nothing) and `assignments.py` (the
volunteers a plan assigns)."""
