"""A visit import's plain CSV lines, read by PostgreSQL itself (the SQL lane).

Most lines of a large import are plain (no quote, no control character: `RawLines`) and made of
values the import has already seen. Such lines are copied as they are into a one-column table,
split at their commas and converted by one `INSERT … SELECT` into the staging table. Each cell
is checked against the verdicts the row model gave on its value (`VisitRowReader._value`): a
table per column with many values (spaces, skill lists, equipment lists, the three profile
cells together), a list for the others, a shape and a range for numbers and timestamps.

A line SQL is not sure of — a value without a verdict, a workshop, an unusual timestamp shape, a
rule broken — is not converted: it is read back and read in Python the usual way
(`VisitRowReader.fast`, then `slow`, whose messages go to the report), and what Python learnt
on it joins the verdicts for the next batches. So SQL accepts a subset of the rows the fast
path accepts, and builds the very record the fast path builds; every other row is answered as
before. PostgreSQL's COPY never sees what it could refuse: the lines are UTF-8 without NUL or
other control characters, the delimiter and quote are control characters, and a text holding
`\\.` (COPY's end of data) goes the Python way.
"""

# ruff: noqa: S608 — SQL is built from this module's constants and the model's own codes
import os
import re
import time
from datetime import date
from typing import Any

from app.models.visit import (
    AGE_BANDS,
    EQUIPMENT,
    GENDERS,
    SOCIAL_STATUSES,
    VisitAutonomy,
    VisitMode,
    VisitReferral,
)
from app.services.visits.import_rows import (
    BAD,
    COLUMNS,
    FIELDS,
    GROUP_FIELDS,
    WORKSHOP,
    VisitRowReader,
)

RAW = "visit_import_raw"
SPACES, SKILLS = "visit_import_v_space", "visit_import_v_skills"
EQUIPMENTS, PROFILES = "visit_import_v_equipment", "visit_import_v_profile"
REQUIRED = ("external_id", "space_id", "occurred_at", "duration_minutes", "mode")
PROFILE_COLUMNS = [c for c in COLUMNS if c.startswith(("age_", "gender_", "status_"))]
EQUIPMENT_COLUMNS = ["used_" + name for name in EQUIPMENT]
CODE = re.compile(r"[a-z0-9_]+").fullmatch

# Timestamps SQL reads: 2025-03-10T14:30:00 then Z or an offset of whole quarter hours under 15
# hours — a subset of `import_rows.PLAIN_TIMESTAMP` that PostgreSQL reads without an error and
# as `datetime.fromisoformat` does. Regular expressions cost PostgreSQL microseconds a line:
# the shape is a LIKE, the date a key of the table of days, the time and offset lists.
SHAPES = ("____-__-__T__:__:__Z", "____-__-__T__:__:__+__:__", "____-__-__T__:__:__-__:__")
MINUTES = [f"{h:02d}:{m:02d}" for h in range(24) for m in range(60)]
SECONDS = [f":{s:02d}" for s in range(60)]
QUARTERS = (0, 15, 30, 45)
OFFSETS = ["Z"] + [f"{sign}{h:02d}:{m:02d}" for sign in "+-" for h in range(15) for m in QUARTERS]
DAYS = "visit_import_days"

def id_block() -> tuple[str, int]:
    """UUIDv7 ids for a batch as `VisitIds` makes them: the first 64 bits in hex and the last
    64 as a signed BIGINT, to which SQL adds the row's number (61 random bits leave room)."""
    ms = time.time_ns() // 1_000_000
    random = int.from_bytes(os.urandom(10), "big")
    rand_a, rand_b = random >> 68, random & ((1 << 61) - 1)
    high = ms << 16 | 0x7 << 12 | rand_a
    low = 0b10 << 62 | rand_b
    return f"{high:016x}", low - (1 << 64)


# The three ways a value of the import reaches the conversion statement's text, each checked
# here at run time (not by `assert`, which `python -O` drops): a column's position (an integer),
# a code the row model agreed to (a vocabulary code), a plain literal (digits and signs). The
# header's names and the cells never do: a name only picks a position, a cell is read by SQL from
# the staged text. tests/core/test_security.py lists this module as building SQL from its shape.
def _quoted(values: list[str]) -> str:
    if not all(value == "" or CODE(value) for value in values):
        raise ValueError(f"not vocabulary codes: {values!r}")
    return ", ".join(f"'{value}'" for value in values)


def _array(values: list[str]) -> str:
    """A text[] literal of plain values (digits, colons, signs)."""
    if not all(re.fullmatch(r"[0-9:+\-Z]+", value) for value in values):
        raise ValueError(f"not plain literals: {values!r}")
    return "'{" + ",".join(values) + "}'::text[]"


class SqlLane:
    """The lane for one import, once its header is known; `usable` is False when the header
    leaves it nothing to do (a column named twice or blank, a required column missing)."""

    def __init__(self, reader: VisitRowReader, header: list[str]) -> None:
        self.reader = reader
        self.header = header
        self.usable = (
            all(header)
            and len(set(header)) == len(header)
            and all(name in header for name in REQUIRED)
        )
        self._pushed: dict[str, set] = {SPACES: set(), SKILLS: set(), EQUIPMENTS: set()}
        self._sql = ""

    def _cell(self, name: str) -> str:
        return f"r.c[{int(self.header.index(name)) + 1}]" if name in self.header else "''"

    def _agreed(self, name: str, pairs: list[tuple[str, Any]]) -> list[str]:
        """The raw values among `pairs` whose verdict is the value given."""
        return [raw for raw, value in pairs if self.reader._value(name, raw) == value]

    def _plan(self) -> str | None:
        """The conversion statement, or None if the model disagrees with a shortcut below."""
        value = self.reader._value
        durations = [(str(n), n) for n in range(1, 721)]
        if len(self._agreed("duration_minutes", durations)) != 720:
            return None
        if any(value("duration_minutes", raw) is not BAD for raw in ("0", "721")):
            return None
        if self._agreed("participants", [("", 1), ("1", 1)]) != ["", "1"]:
            return None
        if self._agreed("first_visit", [("", None), ("true", True), ("false", False)]) != [
            "",
            "true",
            "false",
        ]:
            return None
        if self._agreed("postcode", [("", None), ("59100", "59100"), ("00000", "00000")]) != [
            "",
            "59100",
            "00000",
        ]:
            return None
        modes = self._agreed("mode", [(m.value, m.value) for m in VisitMode if m != WORKSHOP])
        autonomies = [(a.value, a.value) for a in VisitAutonomy]
        autonomy = self._agreed("autonomy", [("", None), *autonomies])
        referrals = [(r.value, r.value) for r in VisitReferral]
        referral = self._agreed("referral", [("", "none"), *referrals])
        if not all(value(name, "") is None for name in GROUP_FIELDS):
            return None
        cell = self._cell
        checks = [
            f"cardinality(r.c) = {len(self.header)}",
            # 1 to 100 characters from ! to ~: ASCII (as many bytes as characters), no space
            # or tab (the pipeline lets no other control character through, nor a comma).
            f"octet_length({cell('external_id')}) BETWEEN 1 AND 100",
            f"octet_length({cell('external_id')}) = length({cell('external_id')})",
            f"strpos({cell('external_id')}, ' ') = 0",
            f"strpos({cell('external_id')}, E'\\t') = 0",
            f"{cell('mode')} IN ({_quoted(modes)})",
            f"{cell('participants')} IN ('', '1')",
            f"{cell('autonomy')} IN ({_quoted(autonomy)})",
            f"{cell('referral')} IN ({_quoted(referral)})",
            f"({cell('postcode')} = '' OR ({cell('postcode')} LIKE '_____' AND "
            f"ltrim({cell('postcode')}, '0123456789') = ''))",
            f"{cell('first_visit')} IN ('', 'true', 'false')",
        ]
        checks += [f"{cell(name)} = ''" for name in GROUP_FIELDS if name in self.header]
        checks += [f"{cell(name)} = ''" for name in self.header if name not in FIELDS]
        when = cell("occurred_at")
        checks += [
            f"({' OR '.join(f'{when} LIKE {chr(39)}{shape}{chr(39)}' for shape in SHAPES)})",
            f"substr({when}, 12, 5) = ANY ({_array(MINUTES)})",
            f"substr({when}, 17, 3) = ANY ({_array(SECONDS)})",
            f"substr({when}, 20) = ANY ({_array(OFFSETS)})",
        ]
        durations = _array([str(n) for n in range(1, 721)])
        checks.append(f"{cell('duration_minutes')} = ANY ({durations})")
        minutes = f"{cell('duration_minutes')}::int"
        day = "x.day"
        made = {
            "id": "($1::text || to_hex($2::bigint + x.n))::uuid",
            "created_at": "$3::timestamptz",
            "space_id": "sp.space_id",
            "association_id": "sp.association_id",
            "occurred_at": "x.at",
            "local_day": day,
            "iso_week": "w.week",
            "duration_minutes": "x.minutes",
            "mode": "x.mode",
            "participants": "1",
            "first_visits": "x.first_visits",
            "postcode": "x.postcode",
            "autonomy": "x.autonomy",
            "referral": "x.referral",
            "recorded_by": "$4::uuid",
            "source": "$5::text",
            "external_id": "x.external_id",
            "skills": "sk.mask",
            **{name: f"eq.{name}" for name in EQUIPMENT_COLUMNS},
            **{name: f"pr.{name}" for name in PROFILE_COLUMNS},
        }
        names = ", ".join([*COLUMNS, "line"])
        values = ", ".join([made[name] for name in COLUMNS] + ["x.n + $6::int"])
        # Each level is fenced (OFFSET 0) so that what it computes is computed once per line,
        # not again wherever the planner would copy the expression.
        split = f"SELECT n, string_to_array(t, ',') AS c FROM {RAW} OFFSET 0"
        # The date is checked by its key among the days before it is cast (CASE: in order).
        cells = (
            f"SELECT r.n, {cell('external_id')} AS external_id, {cell('mode')} AS mode, "
            f"{minutes} AS minutes, "
            f"CASE {cell('first_visit')} WHEN 'true' THEN 1 ELSE 0 END AS first_visits, "
            f"NULLIF({cell('postcode')}, '') AS postcode, "
            f"NULLIF({cell('autonomy')}, '') AS autonomy, "
            f"COALESCE(NULLIF({cell('referral')}, ''), 'none') AS referral, "
            f"{cell('space_id')} AS c_space, {cell('skills')} AS c_skills, "
            f"{cell('equipment')} AS c_equipment, {cell('age_band')} AS c_age, "
            f"{cell('gender')} AS c_gender, {cell('social_status')} AS c_status, "
            f"left({when}, 10) AS c_date, {when} AS c_at "
            f"FROM ({split}) AS r WHERE {' AND '.join(checks)} OFFSET 0"
        )
        dated = (
            f"SELECT y.*, y.c_at::timestamptz AS at FROM ({cells}) AS y "
            f"JOIN {DAYS} d ON d.raw = y.c_date OFFSET 0"
        )
        local = (
            "SELECT z.*, (z.at AT TIME ZONE 'Europe/Paris')::date AS day "
            f"FROM ({dated}) AS z WHERE z.at <= $7 OFFSET 0"
        )
        return (
            f"INSERT INTO visit_import_stage ({names}) SELECT {values} FROM ({local}) AS x "
            f"JOIN {DAYS} w ON w.day = x.day "
            f"JOIN {SPACES} sp ON sp.raw = x.c_space "
            f"JOIN {SKILLS} sk ON sk.raw = x.c_skills "
            f"JOIN {EQUIPMENTS} eq ON eq.raw = x.c_equipment "
            f"JOIN {PROFILES} pr ON pr.age = x.c_age AND pr.gender = x.c_gender "
            f"AND pr.status = x.c_status "
            "WHERE x.at >= sp.existed_since"
        )

    async def open(self, driver, own_stage: bool = False) -> bool:
        """Its tables and first verdicts; False when the lane cannot be used. `own_stage`: the
        lane has a connection of its own, which needs its own staging table."""
        if not self.usable:
            return False
        plan = self._plan()
        if plan is None:
            return False
        self._sql = plan
        if own_stage:
            await driver.execute(
                "CREATE TEMP TABLE visit_import_stage (LIKE visits INCLUDING DEFAULTS, "
                "line integer) ON COMMIT DROP"
            )
        profile = ", ".join(f"{name} integer" for name in PROFILE_COLUMNS)
        equipment = ", ".join(f"{name} boolean" for name in EQUIPMENT_COLUMNS)
        await driver.execute(
            f"CREATE TEMP TABLE {RAW} (n integer GENERATED ALWAYS AS IDENTITY, t text) "
            "ON COMMIT DROP;"
            f"CREATE TEMP TABLE {SPACES} (raw text PRIMARY KEY, space_id uuid, "
            "association_id uuid, existed_since timestamptz) ON COMMIT DROP;"
            f"CREATE TEMP TABLE {SKILLS} (raw text PRIMARY KEY, mask bigint) ON COMMIT DROP;"
            f"CREATE TEMP TABLE {EQUIPMENTS} (raw text PRIMARY KEY, {equipment}) "
            "ON COMMIT DROP;"
            f"CREATE TEMP TABLE {PROFILES} (age text, gender text, status text, {profile}, "
            "PRIMARY KEY (age, gender, status)) ON COMMIT DROP;"
            f"CREATE TEMP TABLE {DAYS} (raw text PRIMARY KEY, day date, week text) ON COMMIT DROP"
        )
        # The days a visit may fall on (from the first space's opening, a day either side),
        # their ISO weeks computed once.
        since = min((f.existed_since for f in self.reader.rules.spaces.values()), default=None)
        if since is not None:
            await driver.execute(
                f"INSERT INTO {DAYS} SELECT to_char(d, 'YYYY-MM-DD'), d, "
                "to_char(d, 'IYYY\"-W\"IW') FROM generate_series($1::date - 1, $2::date + 1, "
                "interval '1 day') AS g(d)",
                max(since.date(), date(1900, 1, 2)),
                min(self.reader.latest.date(), date(2199, 12, 30)),
            )
        value = self.reader._value
        for space_id in self.reader.rules.spaces:
            value("space_id", str(space_id))
        for code in ["", *self.reader.rules.skills]:
            value("skills", code)
        for name in ["", "none", *EQUIPMENT]:
            value("equipment", name)
        await self.learn(driver)
        rows = []
        for age in ["", *AGE_BANDS]:
            for gender in ["", *GENDERS]:
                for status in ["", *SOCIAL_STATUSES]:
                    cells = [
                        value("age_band", age),
                        value("gender", gender),
                        value("social_status", status),
                    ]
                    if BAD not in cells:
                        columns = self.reader._individual_profile(*cells)
                        rows.append((age, gender, status, *columns))
        await driver.copy_records_to_table(
            PROFILES, records=rows, columns=["age", "gender", "status", *PROFILE_COLUMNS]
        )
        return True

    async def learn(self, driver) -> None:
        """The verdicts Python has found since, for the tables' columns."""
        caches = self.reader._caches
        for table, name, shape in (
            (SPACES, "space_id", lambda v: (v[1], v[2], v[0])),
            (SKILLS, "skills", lambda v: (v,)),
            (EQUIPMENTS, "equipment", tuple),
        ):
            pushed = self._pushed[table]
            fresh = [
                (raw, *shape(verdict))
                for raw, verdict in list(caches[name].items())
                if raw.__class__ is str and raw not in pushed and verdict is not BAD
            ]
            if fresh:
                pushed.update(row[0] for row in fresh)
                await driver.copy_records_to_table(table, records=fresh)

    async def convert(self, driver, first: int, text: str, ids: tuple[str, int]) -> int:
        """Copies the lines (first line `first`) and stages those SQL is sure of: how many."""
        await driver.execute(f"TRUNCATE {RAW} RESTART IDENTITY")
        await driver.copy_to_table(
            RAW,
            source=memoryview(text.encode()),  # bytes would read as a path
            columns=["t"],
            format="csv",
            delimiter="\x01",
            quote="\x02",
        )
        reader = self.reader
        # The planner cannot know how many lines pass the checks (it guesses one) and would
        # probe the verdicts line by line: hash joins, for this statement only.
        await driver.execute("SET LOCAL enable_nestloop = off; SET LOCAL enable_mergejoin = off")
        status = await driver.execute(
            self._sql,
            ids[0],
            ids[1],
            reader.created_at,
            reader.recorded_by,
            reader.source,
            first - 1,
            reader.latest,
        )
        await driver.execute("RESET enable_nestloop; RESET enable_mergejoin")
        return int(status.rsplit(" ", 1)[1])

    async def staged(self, driver) -> bytearray:
        """The staged rows in COPY's binary form, and the staging table emptied."""
        out = bytearray()

        async def keep(data: bytes) -> None:
            out.extend(data)

        await driver.copy_from_table(
            "visit_import_stage", columns=[*COLUMNS, "line"], output=keep, format="binary"
        )
        await driver.execute("TRUNCATE visit_import_stage")
        return out

    async def leftovers(self, driver, first: int) -> list[tuple[int, str]]:
        """The lines not staged, (line, text), in order."""
        rows = await driver.fetch(
            f"SELECT r.n + $1::int AS line, coalesce(r.t, '') AS t FROM {RAW} r "
            "WHERE NOT EXISTS (SELECT 1 FROM visit_import_stage s WHERE s.line = r.n + $1::int) "
            "ORDER BY r.n",
            first - 1,
        )
        return [(row[0], row[1]) for row in rows]
