"""Maintenance by the contracted operator: tickets with their SLA clocks, the contract, statistics.

Open `tickets.py` first; `sla.py` is the business-hours clock (French holidays), `contracts.py`
the operator's terms, `stats.py` the medians and breach counts."""
