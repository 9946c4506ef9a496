"""Spaces (ENC and PAIC): premises, opening hours, exceptional closures and their lifecycle.

Open `records.py` first; `opening_hours.py` turns weekly hours into hours a week, the
OpenStreetMap syntax and "open now"."""
