"""Working as a network: meetings (invitees, agenda, minutes), the decisions recorded in their
minutes and the follow-up actions.

Open `meetings.py` first (a meeting, its lifecycle, its reads and iCalendar event); `agenda.py`
holds invitations and the agenda; `minutes.py` the minutes' corrections and decisions, with
`revisions.py` writing each published revision; `actions.py` the follow-up actions; `review.py`
the figures the network's yearly review reports (`meetings_review`)."""
