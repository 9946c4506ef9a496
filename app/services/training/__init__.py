"""Training: ANIS's sessions and resident workshops, enrolments with waiting lists and
attendance, and the skills catalogue (the six savoirs).

Open `sessions.py` first, then `enrolments.py` and `skills.py`; `queries.py` finds and locks a
session for both."""
