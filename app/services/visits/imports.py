"""`POST /visits/import`: up to a million rows in one request, streamed, all in one transaction.

The body is read chunk by chunk (memory does not grow with the file) and each row is checked as
it arrives (`visit_import_rows`: the row model's verdicts, remembered per distinct cell value).
Good rows go in batches to a temporary table — PostgreSQL: COPY through asyncpg, while the next
batch is being read; SQLite: executemany — and from there into `visits` by one
`INSERT … SELECT … ON CONFLICT (source, external_id) DO NOTHING` per batch, which makes a re-sent
file create nothing new (a visit's skills are a column of its row, `visits.skills`); their counts
go to a temporary rollup that is folded into `visit_daily_counts` at the end. Everything happens
in one transaction: an import interrupted by the client or by a killed process leaves no row
behind.

On PostgreSQL a CSV's plain lines skip Python (`import_lane`): copied as text, converted in SQL
against the row model's verdicts — on a second connection when the pool has one to spare, so
that one backend converts a batch while the import's own moves the one before — and only the
lines SQL is not sure of are read here, the usual way. Reports and rows are the same either way.

In-file repeats of an external_id: every occurrence after the first is a bad row. A repeat always
conflicts with its first occurrence (moved before it, or already in `visits`), so it is never
written; the keys of all staged rows are kept, and when some row conflicted the repeats are found
among them at the end. A batch read here never holds one external_id twice (the batch is sent
first); a batch of the lane may, and is moved in line order; so which occurrence comes first
never depends on the order in which the database reads a batch.
"""

import asyncio
from collections.abc import AsyncIterator

# ruff: noqa: S608 — SQL is built only from this module's constant table and column names
from sqlalchemy import Column, Integer, MetaData, Table, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.imports import (
    ImportMode,
    ImportReport,
    ImportTally,
    RawLines,
    import_form,
    run_import,
)
from app.models.visit import Visit
from app.services import audit, policy
from app.services.visits.import_lane import SqlLane, id_block
from app.services.visits.import_rows import COLUMNS, VisitRowReader
from app.services.visits.records import VisitRules, source_of

STAGE = "visit_import_stage"
KEYS, ROLLUP = "visit_import_keys", "visit_import_rollup"
STAGE_COLUMNS = [*COLUMNS, "line"]
EXTERNAL_ID, LINE = COLUMNS.index("external_id"), len(COLUMNS)
BATCH = 10_000
ANALYZE_AFTER = 50_000  # rows created: enough to change the tables' statistics
REPORTED = 1000

_stage_metadata = MetaData()
stage_table = Table(
    STAGE,
    _stage_metadata,
    *[Column(c.name, c.type) for c in Visit.__table__.columns],
    Column("line", Integer),
    prefixes=["TEMPORARY"],
)
_NAMES = ", ".join(COLUMNS)
_MOVE = (
    f"INSERT INTO visits ({_NAMES}) SELECT {_NAMES} FROM {STAGE} WHERE true "
    "ON CONFLICT (source, external_id) DO NOTHING"
)
# A batch of the SQL lane may hold an external_id twice: its first occurrence goes in first.
_MOVE_IN_ORDER = _MOVE.replace(" ON CONFLICT", " ORDER BY line ON CONFLICT")
_ROLLUP_COLUMNS = (
    "space_id, local_day, association_id, iso_week, visits, participants, first_visits, "
    "total_minutes"
)
_GROUP = "space_id, local_day, association_id, iso_week"


def _moved_only(alias: str, column: str) -> str:
    """Of a batch, the rows really inserted (its ids are new: those in `visits` are its own)."""
    return f" WHERE EXISTS (SELECT 1 FROM visits v WHERE v.id = {alias}.{column})"


class _Batches:
    """The visits' `ImportWriter`: stages good rows and moves them into `visits` a batch at a
    time; on PostgreSQL one batch is in the database's hands while the next is read."""

    blank_cells = True
    updated = 0

    def __init__(self, session: AsyncSession, postgres: bool, reader: VisitRowReader) -> None:
        self.session, self.postgres, self.reader = session, postgres, reader
        self.rows: list[tuple] = []
        self.external_ids: set[str] = set()
        self.created = self.unchanged = 0
        self.conflicts = False
        self.writing = True  # False once the import is refused: only the keys are kept
        self._driver = None
        self._flight: asyncio.Task | None = None
        # PostgreSQL reads plain CSV lines itself (`import_lane`), gathered here a batch a time.
        self.raw_lines = postgres and reader.csv
        self._lane: SqlLane | None | bool = False  # False: not asked yet; None: not usable
        self._raw: list[str] = []
        self._raw_first = self._raw_count = 0
        self._raw_lines: RawLines | None = None
        # The lane converts on a connection of its own (another PostgreSQL backend, so another
        # core) while this one moves the batch before: the conversion costs the import no time.
        self._lane_connection = None
        self._lane_driver = None
        self._conversion: asyncio.Task | None = None
        self._older: asyncio.Task | None = None  # the move before the one in flight

    async def open(self) -> None:
        connection = await self.session.connection()
        if self.postgres:
            for ddl in (
                f"CREATE TEMP TABLE {STAGE} (LIKE visits INCLUDING DEFAULTS, line integer) "
                "ON COMMIT DROP",
                f"CREATE TEMP TABLE {KEYS} (line integer, external_id varchar(100)) ON COMMIT DROP",
                f"CREATE TEMP TABLE {ROLLUP} (space_id uuid, local_day date, association_id "
                "uuid, iso_week varchar(8), visits integer, participants integer, first_visits "
                "integer, total_minutes integer) ON COMMIT DROP",
            ):
                await connection.execute(text(ddl))
            self._driver = (await connection.get_raw_connection()).driver_connection
            return
        await self._drop_sqlite_tables()
        for ddl in (
            f"CREATE TEMP TABLE {STAGE} AS SELECT *, 0 AS line FROM visits WHERE 0",
            f"CREATE TEMP TABLE {KEYS} (line INTEGER, external_id TEXT)",
            f"CREATE TEMP TABLE {ROLLUP} AS SELECT * FROM visit_daily_counts WHERE 0",
        ):
            await connection.execute(text(ddl))

    async def _drop_sqlite_tables(self) -> None:
        connection = await self.session.connection()
        for name in (STAGE, KEYS, ROLLUP):
            await connection.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))

    async def take(self, rows: list[tuple[int, dict]], tally: ImportTally) -> None:
        if self._raw:
            await self.flush_raw(tally)
        fast, slow = self.reader.fast, self.reader.slow
        for line, values in rows:
            read = fast(line, values) or slow(line, values, tally)
            if read is None:
                continue
            if self.full(read[EXTERNAL_ID]):
                await self.flush()
            self.add(read)
        self.writing = not tally.refuses

    async def take_raw(self, lines: RawLines, tally: ImportTally) -> None:
        if self._lane is False:
            await self.land()
            lane = SqlLane(self.reader, lines.header)
            self._lane_driver = await self._own_driver()
            own = self._lane_driver is not None
            self._lane_driver = self._lane_driver or self._driver
            self._lane = lane if await lane.open(self._lane_driver, own_stage=own) else None
            if self._lane is None:
                await self._release_lane_connection()
        if self._lane is None or "\\." in lines.text:  # `\.` would end COPY's data
            await self.take(lines.rows(), tally)
            return
        if self.rows:
            await self.flush()
        if not self._raw:
            self._raw_first = lines.first
        self._raw.append(lines.text)
        self._raw_count += lines.count
        self._raw_lines = lines
        if self._raw_count >= BATCH:
            await self.flush_raw(tally)

    async def _own_driver(self):
        """A second connection for the lane, in a transaction rolled back at the end (it
        writes only temporary tables); None where none can be had."""
        engine = self.session.bind
        pool = getattr(getattr(engine, "sync_engine", None), "pool", None)
        if not hasattr(pool, "checkedout") or pool.checkedout() >= pool.size():
            return None  # a bound connection (tests), or a busy pool: never wait for one
        try:
            self._lane_connection = await engine.connect()
            raw = await self._lane_connection.get_raw_connection()
            driver = raw.driver_connection
            await driver.execute("BEGIN")
            return driver
        except Exception:  # the lane then shares the import's connection
            await self._release_lane_connection()
            return None

    async def _release_lane_connection(self) -> None:
        connection, self._lane_connection = self._lane_connection, None
        if connection is not None:
            try:
                if self._lane_driver is not None and self._lane_driver is not self._driver:
                    await self._lane_driver.execute("ROLLBACK")
            finally:
                await connection.close()

    async def flush_raw(self, tally: ImportTally) -> None:
        if not self._raw:
            return
        text, first, count = "".join(self._raw), self._raw_first, self._raw_count
        self._raw.clear()
        self._raw_count = 0
        if self._lane_driver is self._driver:
            await self.land()
            conversion = asyncio.create_task(self._convert(text, first, count))
            self._conversion = conversion
            self._flight = asyncio.create_task(self._move_raw(conversion, None, count, tally))
            return
        # One conversion at a time, and no move waiting behind another: two batches in hand.
        if self._conversion is not None:
            await asyncio.shield(self._conversion)
        if self._older is not None:
            older, self._older = self._older, None
            await asyncio.shield(older)
        conversion = asyncio.create_task(self._convert(text, first, count))
        self._conversion = conversion
        before, self._flight = self._flight, None
        self._older = before
        self._flight = asyncio.create_task(self._move_raw(conversion, before, count, tally))

    async def _convert(self, text: str, first: int, count: int):
        """The lane's batch converted in SQL: (rows staged, their binary COPY or None when
        staged on this connection, the lines left)."""
        lane, driver = self._lane, self._lane_driver
        await lane.learn(driver)  # what Python read on the lines left before
        staged = await lane.convert(driver, first, text, id_block())
        left = await lane.leftovers(driver, first) if staged < count else []
        data = None if driver is self._driver else await lane.staged(driver)
        return staged, data, left

    async def _move_raw(self, conversion, before, count: int, tally: ImportTally) -> None:
        """The lines the lane leaves read here, then the batch moved (after the one before)."""
        staged, data, left = await conversion
        if before is not None:
            await before
        driver = self._driver
        tally.total += staged
        if data is not None and staged:
            await driver.copy_to_table(
                STAGE, source=memoryview(data), columns=STAGE_COLUMNS, format="binary"
            )
        if left:
            records = []
            fast, slow = self.reader.fast, self.reader.slow
            for line, values in self._raw_lines.rows(left):
                read = fast(line, values) or slow(line, values, tally)
                if read is not None:
                    records.append(read)
            if records:
                await driver.copy_records_to_table(STAGE, records=records, columns=STAGE_COLUMNS)
            staged += len(records)
        if self.writing:
            await self._from_stage(staged, ordered=True)
        else:
            await self._execute(
                f"INSERT INTO {KEYS} (line, external_id) SELECT line, external_id FROM {STAGE}",
                f"TRUNCATE {STAGE}",
            )
        self.writing = not tally.refuses

    async def finish(self, tally: ImportTally) -> None:
        await self.flush_raw(tally)
        await self.flush()
        await self.land()
        self.writing = self.writing and not tally.refuses
        # Good rows were staged even after a bad one, so that in-file repeats are reported too.
        if self.conflicts or not self.writing:
            count, duplicates = await _rejected_duplicates(self.session)
            if count:
                tally.reject_later(duplicates, count)
        if not tally.refuses:
            await self.fold_rollup()
        self.unchanged = tally.total - tally.invalid - self.created

    def full(self, external_id: str) -> bool:
        return len(self.rows) >= BATCH or external_id in self.external_ids

    def add(self, record: tuple) -> None:
        self.rows.append(record)
        self.external_ids.add(record[EXTERNAL_ID])

    async def flush(self) -> None:
        await self.land()
        if not self.rows:
            return
        rows, self.rows = self.rows, []
        self.external_ids.clear()
        job = self._move(rows) if self.writing else self._keep_keys(rows)
        if self.postgres:
            self._flight = asyncio.create_task(job)
        else:
            await job

    async def land(self) -> None:
        """Wait for the batch in flight (its error, if any, is raised here)."""
        if self._flight is not None:
            flight, self._flight = self._flight, None
            await flight

    async def _execute(self, *statements: str) -> int:
        """Runs the statements in order; the number of rows the first one wrote."""
        if self.postgres:
            first = await self._driver.execute(statements[0])
            if statements[1:]:
                await self._driver.execute(";\n".join(statements[1:]))
            return int(first.rsplit(" ", 1)[1])
        counts = [(await self.session.execute(text(s))).rowcount for s in statements]
        return counts[0]

    async def _move(self, rows: list[tuple]) -> None:
        if self.postgres:
            await self._driver.copy_records_to_table(STAGE, records=rows, columns=STAGE_COLUMNS)
        else:
            await self.session.execute(
                stage_table.insert(), [dict(zip(STAGE_COLUMNS, r, strict=True)) for r in rows]
            )
        await self._from_stage(len(rows))

    async def _from_stage(self, staged: int, ordered: bool = False) -> None:
        """The staged rows into `visits`, their counts into the rollup, their keys kept."""
        moved = await self._execute(_MOVE_IN_ORDER if ordered else _MOVE)
        self.created += moved
        every = moved == staged
        self.conflicts |= not every
        clear = f"TRUNCATE {STAGE}" if self.postgres else f"DELETE FROM temp.{STAGE}"
        await self._execute(
            f"INSERT INTO {ROLLUP} ({_ROLLUP_COLUMNS}) SELECT {_GROUP}, count(*), "
            f"sum(participants), sum(first_visits), sum(duration_minutes) FROM {STAGE} s"
            + ("" if every else _moved_only("s", "id"))
            + f" GROUP BY {_GROUP}",
            f"INSERT INTO {KEYS} (line, external_id) SELECT line, external_id FROM {STAGE}",
            clear,
        )

    async def _keep_keys(self, rows: list[tuple]) -> None:
        keys = [(r[LINE], r[EXTERNAL_ID]) for r in rows]
        if self.postgres:
            await self._driver.copy_records_to_table(
                KEYS, records=keys, columns=["line", "external_id"]
            )
        else:
            await self.session.execute(
                text(f"INSERT INTO temp.{KEYS} (line, external_id) VALUES (:line, :key)"),
                [{"line": line, "key": key} for line, key in keys],
            )

    async def fold_rollup(self) -> None:
        """The rows created, into the daily counts (once per space and day)."""
        await self.session.execute(
            text(
                f"INSERT INTO visit_daily_counts ({_ROLLUP_COLUMNS}) SELECT {_GROUP}, "
                "sum(visits), sum(participants), sum(first_visits), sum(total_minutes) "
                f"FROM {ROLLUP} WHERE true GROUP BY {_GROUP} "
                "ON CONFLICT (space_id, local_day) DO UPDATE SET "
                "visits = visit_daily_counts.visits + excluded.visits, "
                "participants = visit_daily_counts.participants + excluded.participants, "
                "first_visits = visit_daily_counts.first_visits + excluded.first_visits, "
                "total_minutes = visit_daily_counts.total_minutes + excluded.total_minutes"
            )
        )

    async def close(self) -> None:
        await self._release_lane_connection()
        if not self.postgres:  # PostgreSQL drops them at the end of the transaction
            await self._drop_sqlite_tables()

    async def abandon(self, cancelled: bool) -> None:
        for task in (self._conversion, self._older, self._flight):
            if task is not None and cancelled:
                task.cancel()
        if self._older is not None:
            older, self._older = self._older, None
            try:
                await older
            except BaseException:
                pass
        if self._conversion is not None:
            conversion, self._conversion = self._conversion, None
            try:
                await conversion
            except BaseException:
                pass
        try:
            await self._release_lane_connection()
        except BaseException:
            pass
        if self._flight is not None:
            flight, self._flight = self._flight, None
            if cancelled:
                flight.cancel()
            try:
                await flight
            except BaseException:
                pass


async def _rejected_duplicates(session: AsyncSession) -> tuple[int, list[tuple[int, str, str]]]:
    """In-file repeats of an external_id: every occurrence after the first is a bad row."""
    repeated = await session.execute(
        text(
            f"SELECT count(*) FROM (SELECT 1 FROM {KEYS} GROUP BY external_id "
            "HAVING count(*) > 1) AS d"
        )
    )
    if not repeated.scalar_one():
        return 0, []
    later = (
        f"SELECT line, first_line FROM (SELECT line, min(line) OVER (PARTITION BY external_id) "
        f"AS first_line FROM {KEYS}) AS d WHERE line <> first_line"
    )
    count = (await session.execute(text(f"SELECT count(*) FROM ({later}) AS l"))).scalar_one()
    first = await session.execute(text(f"{later} ORDER BY line LIMIT {REPORTED}"))
    rows = [
        (line, "external_id", f"already given on line {first_line}")
        for line, first_line in first.all()
    ]
    return count, rows


async def import_visits(
    session: AsyncSession,
    actor: Actor,
    chunks: AsyncIterator[bytes],
    content_type: str | None,
    *,
    mode: ImportMode,
) -> ImportReport:
    policy.require(actor, "visit:import")
    form = import_form(content_type)  # 415 before a byte is read
    rules = await VisitRules.load(session, actor)
    postgres = session.bind.dialect.name == "postgresql"
    reader = VisitRowReader(
        rules,
        source=source_of(actor),
        recorded_by=actor.user_id,
        csv=form == "csv",
        postgres=postgres,
    )
    stager = _Batches(session, postgres, reader)

    def record(result: ImportReport) -> None:
        audit.record(
            session,
            actor,
            "visit.import",
            "visit",
            None,
            result.model_dump(mode="json", exclude={"errors"}),
        )

    result = await run_import(
        session, stager, chunks, form, mode=mode, dry_run=False, record=record
    )
    if postgres and result.created >= ANALYZE_AFTER:
        await _refresh_statistics(session)
    return result


async def _refresh_statistics(session: AsyncSession) -> None:
    """PostgreSQL plans from statistics that autovacuum refreshes a minute or more after a bulk
    load; until then a page of visits may read every visit's skills to find its own. ANALYZE at
    once, as its documentation advises after a bulk load (the import is committed already)."""
    try:
        await session.execute(text("ANALYZE visits, visit_daily_counts"))
        await session.commit()
    except DBAPIError:  # statistics only speed reads up: the import stands without them
        await session.rollback()
