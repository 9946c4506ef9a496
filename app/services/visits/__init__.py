"""Visits: the anonymous self-evaluation counts (*outil de comptabilisation*).

Open `records.py` first (one visit: its rules, create, list); then `imports.py` (the streamed
million-row import, with `import_rows.py` for the per-row checks), `stats.py` (the daily rollup and
statistics) and `activity_report.py` (a space's yearly report beside the network's medians)."""
