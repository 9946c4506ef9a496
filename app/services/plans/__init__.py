"""Development plans (issue 17, item 4). Open `indicators.py` first: the registry of live
indicators an objective may be measured by (one entry a code: unit and query); then
`records.py`: plans, their objectives, the lifecycle and the agreed versions."""
