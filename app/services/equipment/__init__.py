"""Equipment lent to the spaces: the inventory, its append-only movements, the loan agreements
they happen under, imports and the counts per space.

Open `items.py` first (an item and its movements), then `loan_agreements.py`, `imports.py` and
`stats.py`."""
