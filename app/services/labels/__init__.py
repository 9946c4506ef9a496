"""The ENC label: a versioned criteria catalogue, applications evaluated on live data, review by the
city, and labels that expire on their own dates.

Open `applications.py` first; `criteria.py` is the catalogue and its rules, `status.py` reads a
space's current label from its dates."""
