"""The bare database pipeline for a visits file: what PostgreSQL alone does with it.

The ceiling an import through the API is measured against, on the same schema. Before the
clock starts, the bench's CSV is turned (in Python, untimed) into the rows the API would stage:
every `visits` column already computed (id, day, ISO week, profile columns, the skills' mask).
Timed: those rows copied into a temporary table, one `INSERT … SELECT … ON CONFLICT (source,
external_id) DO NOTHING` into `visits` and the counts folded into `visit_daily_counts` — one
transaction, no checks beyond the database's own constraints. So the bare figure is the
database's own speed, the API import's upper bound.
"""

# ruff: noqa: S608 — SQL built only from this module's constants and the table's columns
import csv
import os
import time
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

from app.core.clock import PARIS
from app.models.visit import AGE_BANDS, EQUIPMENT, GENDERS, SOCIAL_STATUSES
from app.services.visits.import_rows import COLUMNS, VisitIds

STAGED = COLUMNS  # `skills` among them: the mask
_NAMES = ", ".join(COLUMNS)
_GROUP = "space_id, local_day, association_id, iso_week"
STATEMENTS = [
    f"INSERT INTO visits ({_NAMES}) SELECT {_NAMES} FROM bare_stage "
    "ON CONFLICT (source, external_id) DO NOTHING",
    f"INSERT INTO visit_daily_counts ({_GROUP}, visits, participants, first_visits, "
    f"total_minutes) SELECT {_GROUP}, count(*), sum(participants), sum(first_visits), "
    f"sum(duration_minutes) FROM bare_stage GROUP BY {_GROUP} "
    "ON CONFLICT (space_id, local_day) DO UPDATE SET "
    "visits = visit_daily_counts.visits + excluded.visits, "
    "participants = visit_daily_counts.participants + excluded.participants, "
    "first_visits = visit_daily_counts.first_visits + excluded.first_visits, "
    "total_minutes = visit_daily_counts.total_minutes + excluded.total_minutes",
]


def write_staged(
    source_csv: Path, staged: Path, associations: dict[str, str], bits: dict[str, int]
) -> None:
    """The bench's CSV (individual visits) as staged rows, in `STAGED` order (`bits`: each
    skill's bit in `visits.skills`)."""
    new_id = VisitIds(as_text=True)
    created_at = datetime.now(UTC).isoformat()
    weeks: dict = {}
    with source_csv.open(newline="") as given, staged.open("w", newline="") as out:
        writer = csv.writer(out)
        for row in csv.DictReader(given):
            at = datetime.fromisoformat(row["occurred_at"])
            day = at.astimezone(PARIS).date()
            week = weeks.get(day)
            if week is None:
                year, number, _ = day.isocalendar()
                week = weeks[day] = f"{year}-W{number:02d}"
            equipment = row["equipment"].split("|")
            profile = [
                int((row[cell] or "not_stated") == code)
                for cell, codes in (
                    ("age_band", AGE_BANDS),
                    ("gender", GENDERS),
                    ("social_status", SOCIAL_STATUSES),
                )
                for code in codes
            ]
            skills = [s for s in row["skills"].split("|") if s]
            values = {
                "id": new_id(),
                "created_at": created_at,
                "space_id": row["space_id"],
                "association_id": associations[row["space_id"]],
                "occurred_at": row["occurred_at"],
                "local_day": day.isoformat(),
                "iso_week": week,
                "duration_minutes": row["duration_minutes"],
                "mode": row["mode"],
                "participants": row["participants"] or 1,
                "first_visits": int(row["first_visit"] == "true"),
                "postcode": row["postcode"],
                "autonomy": row["autonomy"],
                "referral": row["referral"] or "none",
                "recorded_by": "",
                "source": "app",
                "external_id": row["external_id"],
                "skills": sum(1 << bits[code] for code in set(skills)),
            }
            values.update({f"used_{item}": item in equipment for item in EQUIPMENT})
            names = [f"age_{c}" for c in AGE_BANDS] + [f"gender_{c}" for c in GENDERS]
            names += [f"status_{c}" for c in SOCIAL_STATUSES]
            values.update(zip(names, profile, strict=True))
            writer.writerow([values[name] for name in STAGED])


async def bare_import(dsn: str, staged: Path) -> tuple[float, int, float, float, list[float]]:
    """Loads the staged rows the bare way: (wall seconds, visits created, the backend's CPU
    seconds, its peak RSS in MB — a fresh backend, so the figure is the load's — and the wall
    seconds of each step: the COPY, the INSERT … SELECT into `visits`, the daily counts)."""
    connection = await asyncpg.connect(dsn)
    try:
        pid = connection.get_server_pid()
        cpu = _cpu_seconds(pid)
        start = time.perf_counter()
        async with connection.transaction():
            await connection.execute(
                "CREATE TEMP TABLE bare_stage (LIKE visits INCLUDING DEFAULTS) ON COMMIT DROP"
            )
            await connection.copy_to_table(
                "bare_stage", source=staged, columns=STAGED, format="csv"
            )
            steps = [time.perf_counter()]
            created = int((await connection.execute(STATEMENTS[0])).rsplit(" ", 1)[1])
            steps.append(time.perf_counter())
            for statement in STATEMENTS[1:]:
                await connection.execute(statement)
            steps.append(time.perf_counter())
        elapsed = time.perf_counter() - start
        split = [steps[0] - start, steps[1] - steps[0], steps[2] - steps[1]]
        return elapsed, created, _cpu_seconds(pid) - cpu, _peak_rss_mb(pid), split
    finally:
        await connection.close()


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
