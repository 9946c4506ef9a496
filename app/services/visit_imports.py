"""`POST /visits/import`: up to a million rows in one request, streamed, all in one transaction.

The body is read chunk by chunk (memory does not grow with the file); each row is validated as
it arrives (`app.core.imports`) and checked against the caller's spaces and the skills catalogue
(`VisitRules`). Good rows are staged in a temporary table — PostgreSQL: COPY through asyncpg,
overlapped with the parsing of the next chunk; SQLite: executemany batches — and moved into
`visits` by one `INSERT … SELECT … ON CONFLICT (source, external_id) DO NOTHING`, which makes a
re-sent file create nothing new. Everything happens in one transaction: an import interrupted by
the client or by a killed process leaves no row behind.
"""

import asyncio
from collections.abc import AsyncIterator

# ruff: noqa: S608 — SQL is built only from this module's constant table and column names
from sqlalchemy import Column, Integer, MetaData, String, Table, Uuid, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.imports import ImportMode, ImportReport, ImportTally, import_form, stream_records
from app.models.visit import Visit, VisitImportRow, VisitMode
from app.services import audit, policy
from app.services.visits import VisitRules, source_of, visit_columns

STAGE, SKILL_STAGE = "visit_import_stage", "visit_import_skill_stage"
COLUMNS = [column.name for column in Visit.__table__.columns]
BATCH = 5000
REPORTED = 1000

_stage_metadata = MetaData()
stage_table = Table(
    STAGE, _stage_metadata,
    *[Column(c.name, c.type) for c in Visit.__table__.columns],
    Column("line", Integer),
    prefixes=["TEMPORARY"],
)
skill_stage_table = Table(
    SKILL_STAGE, _stage_metadata, Column("visit_id", Uuid), Column("skill_code", String(64)),
    prefixes=["TEMPORARY"],
)
_AGGREGATES = (
    "count(*), sum(participants), sum(first_visits), sum(duration_minutes)"
)


class _Stager:
    """Loads staged rows in batches; on PostgreSQL with COPY, one batch in flight while the
    next is parsed."""

    def __init__(self, session: AsyncSession, postgres: bool) -> None:
        self.session, self.postgres = session, postgres
        self.rows: list[tuple] = []
        self.skills: list[tuple] = []
        self.staged = 0
        self._driver = None
        self._flight: asyncio.Task | None = None

    async def open(self) -> None:
        connection = await self.session.connection()
        if self.postgres:
            await connection.execute(text(
                f"CREATE TEMP TABLE {STAGE} (LIKE visits INCLUDING DEFAULTS, line integer) "
                "ON COMMIT DROP"
            ))
            await connection.execute(text(
                f"CREATE TEMP TABLE {SKILL_STAGE} (visit_id uuid, skill_code varchar(64)) "
                "ON COMMIT DROP"
            ))
            self._driver = (await connection.get_raw_connection()).driver_connection
        else:
            for name in (STAGE, SKILL_STAGE):
                await connection.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))
            await connection.execute(
                text(f"CREATE TEMP TABLE {STAGE} AS SELECT *, 0 AS line FROM visits WHERE 0")
            )
            await connection.execute(
                text(f"CREATE TEMP TABLE {SKILL_STAGE} (visit_id CHAR(32), skill_code TEXT)")
            )

    async def close(self) -> None:
        if not self.postgres:  # PostgreSQL drops them at the end of the transaction
            connection = await self.session.connection()
            for name in (STAGE, SKILL_STAGE):
                await connection.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))

    def add(self, values: dict, skills: list[str], line: int) -> None:
        self.rows.append((*[values[name] for name in COLUMNS], line))
        self.skills.extend((values["id"], code) for code in skills)
        self.staged += 1

    async def _load(self, rows: list[tuple], skills: list[tuple]) -> None:
        if self.postgres:
            await self._driver.copy_records_to_table(
                STAGE, records=rows, columns=[*COLUMNS, "line"]
            )
            if skills:
                await self._driver.copy_records_to_table(
                    SKILL_STAGE, records=skills, columns=["visit_id", "skill_code"]
                )
            return
        names = [*COLUMNS, "line"]
        staged = [dict(zip(names, r, strict=True)) for r in rows]
        await self.session.execute(stage_table.insert(), staged)
        if skills:
            await self.session.execute(
                skill_stage_table.insert(),
                [{"visit_id": v, "skill_code": c} for v, c in skills],
            )

    async def flush(self, final: bool = False) -> None:
        if self._flight is not None:
            await self._flight
            self._flight = None
        if not self.rows:
            return
        rows, skills, self.rows, self.skills = self.rows, self.skills, [], []
        if self.postgres and not final:
            self._flight = asyncio.create_task(self._load(rows, skills))
        else:
            await self._load(rows, skills)

    async def abandon(self) -> None:
        if self._flight is not None:
            self._flight.cancel()
            try:
                await self._flight
            except (asyncio.CancelledError, Exception):  # noqa: S110 — rolled back anyway
                pass


async def _rejected_duplicates(session: AsyncSession) -> tuple[int, list[tuple[int, str, str]]]:
    """In-file repeats of an external_id: every occurrence after the first is a bad row."""
    repeated = await session.execute(text(
        f"SELECT count(*) FROM (SELECT 1 FROM {STAGE} GROUP BY external_id "
        "HAVING count(*) > 1) AS d"
    ))
    if not repeated.scalar_one():
        return 0, []
    later = (
        f"SELECT line, first_line FROM (SELECT line, min(line) OVER (PARTITION BY external_id) "
        f"AS first_line FROM {STAGE}) AS d WHERE line <> first_line"
    )
    count = (await session.execute(text(f"SELECT count(*) FROM ({later}) AS l"))).scalar_one()
    first = await session.execute(text(f"{later} ORDER BY line LIMIT {REPORTED}"))
    rows = [(line, "external_id", f"already given on line {first_line}")
            for line, first_line in first.all()]
    await session.execute(text(
        f"DELETE FROM {STAGE} WHERE line IN (SELECT line FROM ({later}) AS l)"
    ))
    return count, rows


async def _move_into_visits(session: AsyncSession, staged: int) -> int:
    names = ", ".join(COLUMNS)
    result = await session.execute(text(
        f"INSERT INTO visits ({names}) SELECT {names} FROM {STAGE} WHERE true "
        "ON CONFLICT (source, external_id) DO NOTHING"
    ))
    created = result.rowcount
    if not created:
        return 0
    # Only the rows really inserted (not those already there) count and carry skills.
    inserted = "" if created == staged else (
        " AND EXISTS (SELECT 1 FROM visits v WHERE v.id = {alias}.{column})"
    )
    await session.execute(text(
        f"INSERT INTO visit_skills (visit_id, skill_code) SELECT visit_id, skill_code "
        f"FROM {SKILL_STAGE} s WHERE true" + inserted.format(alias="s", column="visit_id")
    ))
    await session.execute(text(
        "INSERT INTO visit_daily_counts (space_id, local_day, association_id, iso_week, visits, "
        "participants, first_visits, total_minutes) "
        f"SELECT space_id, local_day, association_id, iso_week, {_AGGREGATES} FROM {STAGE} s "
        "WHERE true" + inserted.format(alias="s", column="id") + " "
        "GROUP BY space_id, local_day, association_id, iso_week "
        "ON CONFLICT (space_id, local_day) DO UPDATE SET "
        "visits = visit_daily_counts.visits + excluded.visits, "
        "participants = visit_daily_counts.participants + excluded.participants, "
        "first_visits = visit_daily_counts.first_visits + excluded.first_visits, "
        "total_minutes = visit_daily_counts.total_minutes + excluded.total_minutes"
    ))
    return created


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
    source, recorded_by = source_of(actor), actor.user_id
    tally = ImportTally(mode)
    stager = _Stager(session, session.bind.dialect.name == "postgresql")
    await stager.open()
    validate, problems_of = tally.validate, rules.problems
    try:
        async for batch in stream_records(chunks, form, tally):
            for line, values in batch:
                row = validate(VisitImportRow, line, values)
                if row is None:
                    continue
                problems, space = problems_of(row.space_id, row.occurred_at, row.skills)
                if problems:
                    for field, message in problems:
                        tally.reject(line, field, message)
                    continue
                workshop = row.mode == VisitMode.collective_workshop
                stager.add(visit_columns(
                    space=space, occurred_at=row.occurred_at,
                    duration_minutes=row.duration_minutes, mode=row.mode,
                    participants=row.participants, equipment=row.equipment,
                    profile=None if workshop else row.profile(),
                    counts=row.profile_counts() if workshop else None,
                    autonomy=row.autonomy, referral=row.referral, recorded_by=recorded_by,
                    source=source, external_id=row.external_id,
                ), row.skills, line)
            if len(stager.rows) >= BATCH:
                await stager.flush()
        await stager.flush(final=True)
        # Good rows were staged even after a bad one, so that in-file repeats are reported too.
        count, duplicates = await _rejected_duplicates(session)
        if count:
            tally.reject_later(duplicates, count)
        tally.refuse_if_bad()
        created = await _move_into_visits(session, stager.staged)
    except BaseException:
        await stager.abandon()
        await session.rollback()
        raise
    result = tally.report(created=created, unchanged=tally.total - tally.invalid - created)
    await stager.close()
    audit.record(session, actor, "visit.import", "visit", None,
                 result.model_dump(mode="json", exclude={"errors"}))
    await session.commit()
    return result
