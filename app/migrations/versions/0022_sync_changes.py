"""sync: the change log that incremental sync reads, written by triggers

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03

Issue 21 item 1: `sync_changes`, one row per changed row of a synced list, written by triggers
in the writing transaction itself (every write path is covered: ORM flushes, bulk imports, COPY,
hand-written SQL). On PostgreSQL each row carries the writer's transaction id
(`pg_current_xact_id()`), against which a reader's snapshot decides exactly what it has seen;
on SQLite writers are serialised, so the log's AUTOINCREMENT sequence is in commit order.

PostgreSQL: statement-level triggers with transition tables (one INSERT per statement, not one
per row: a 100,000-row import writes its log in one statement). SQLite: row-level triggers.

SQLite caveat: a later migration that rebuilds one of these tables in batch mode ("move and
copy") drops its triggers; it must create them again (`tests/sync/test_triggers.py` fails if
a synced table has lost one).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.types

revision: str = '0022'
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> (resource logged, column of the row changed, column of the space it sits under or
# None). The space logged is the row's space before the change (after it, for an insert): a row
# moved out of a space its reader sees leaves that reader's list (an `out_of_scope` tombstone).
# A change to a session's enrolments or skills changes how the session reads (places left,
# skills): it is logged as a change of the session.
TRACKED = {
    "spaces": ("space", "id", None),
    "visits": ("visit", "id", "space_id"),
    "training_sessions": ("training_session", "id", None),
    "training_enrolments": ("training_session", "session_id", None),
    "training_session_skills": ("training_session", "session_id", None),
    "maintenance_tickets": ("maintenance_ticket", "id", "space_id"),
    "equipment": ("equipment", "id", "space_id"),
    # A user's space assignments: who gains or loses a space (and what is under it).
    "space_assignments": ("space_assignment", "user_id", "space_id"),
}
EVENTS = ("insert", "update", "delete")


def _postgresql_up() -> None:
    for table, (resource, row, space) in TRACKED.items():
        columns = f"'{resource}', {row}, {space or 'NULL::uuid'}, pg_current_xact_id()::text::bigint, now()"
        # A table's own ids are distinct within a statement: no sort for them (an import's
        # 100,000 rows); a parent's id (a session's enrolments) may repeat.
        distinct = "" if row == "id" else "DISTINCT "
        op.execute(
            f"""
            CREATE FUNCTION sync_log_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN
                    INSERT INTO sync_changes (resource, row_id, space_id, tx, at)
                    SELECT {distinct}{columns} FROM old_rows;
                ELSE
                    INSERT INTO sync_changes (resource, row_id, space_id, tx, at)
                    SELECT {distinct}{columns} FROM new_rows;
                END IF;
                RETURN NULL;
            END $$
            """
        )
        for event in EVENTS:
            rows = "NEW TABLE AS new_rows" if event == "insert" else "OLD TABLE AS old_rows"
            op.execute(
                f"CREATE TRIGGER sync_log_{table}_{event} AFTER {event.upper()} ON {table} "
                f"REFERENCING {rows} FOR EACH STATEMENT EXECUTE FUNCTION sync_log_{table}()"
            )


def _sqlite_up() -> None:
    for table, (resource, row, space) in TRACKED.items():
        for event in EVENTS:
            ref = "NEW" if event == "insert" else "OLD"
            space_value = f"{ref}.{space}" if space else "NULL"
            op.execute(
                f"CREATE TRIGGER sync_log_{table}_{event} AFTER {event.upper()} ON {table} "
                "BEGIN INSERT INTO sync_changes (resource, row_id, space_id, tx, at) VALUES "
                f"('{resource}', {ref}.{row}, {space_value}, NULL, "
                "strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'); END"
            )


def upgrade() -> None:
    op.create_table('sync_changes',
    sa.Column('sequence', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), sa.Identity(always=False), nullable=False),
    sa.Column('resource', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('space_id', sa.Uuid(), nullable=True),
    sa.Column('tx', sa.BigInteger(), nullable=True),
    sa.Column('at', app.core.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sequence'),
    sqlite_autoincrement=True,
    )
    with op.batch_alter_table('sync_changes', schema=None) as batch_op:
        batch_op.create_index('ix_sync_changes_resource_tx_sequence', ['resource', 'tx', 'sequence'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_up()
    else:
        _sqlite_up()


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in TRACKED:
        for event in EVENTS:
            on = f" ON {table}" if postgresql else ""
            op.execute(f"DROP TRIGGER IF EXISTS sync_log_{table}_{event}{on}")
        if postgresql:
            op.execute(f"DROP FUNCTION IF EXISTS sync_log_{table}()")
    with op.batch_alter_table('sync_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_changes_resource_tx_sequence')
    op.drop_table('sync_changes')
