"""Engagements and resource persons (issue 18, items 4 and 5). Open `terms.py` first: the
rules on an engagement's dates and hours (the Service Civique's bounds) and the status its
dates give; then `records.py` (engagements: create, change, end, cancel), `assignments.py`
(the space assignment an engagement gives and takes back, and the scheduler's job) and
`resource_persons.py`."""
