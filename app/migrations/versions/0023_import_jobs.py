"""import_jobs: background imports (uploads in parts, jobs)

Revision ID: 0023
Revises: 0021 (to be re-chained after 0022 when merged)
Create Date: 2026-12-03

Issue 21 item 2: `import_uploads` (a file announced, its bytes received so far),
`import_upload_parts` (each part a blob of the file storage) and `import_jobs` (an import run
in the background: queued → running → succeeded | failed | cancelled, with its lease, progress
and report).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.types

revision: str = '0023'
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _common() -> list:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', app.core.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_at', app.core.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('import_uploads',
    *_common(),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('content_type', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
    sa.Column('declared_size', BIG, nullable=True),
    sa.Column('received_bytes', BIG, nullable=False),
    sa.Column('association_id', sa.Uuid(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('api_key_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint("kind IN ('visits', 'equipment')", name='ck_import_uploads_kind'),
    sa.CheckConstraint("content_type IN ('text/csv', 'application/x-ndjson')", name='ck_import_uploads_content_type'),
    sa.ForeignKeyConstraint(['association_id'], ['associations.id'], name='fk_import_uploads_association_id'),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name='fk_import_uploads_created_by'),
    sa.ForeignKeyConstraint(['api_key_id'], ['api_keys.id'], name='fk_import_uploads_api_key_id'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('import_uploads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_uploads_association_id'), ['association_id'], unique=False)

    op.create_table('import_upload_parts',
    *_common(),
    sa.Column('upload_id', sa.Uuid(), nullable=False),
    sa.Column('offset', BIG, nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('blob_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['upload_id'], ['import_uploads.id'], name='fk_import_upload_parts_upload_id'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('upload_id', 'offset', name='uq_import_upload_parts_offset')
    )

    op.create_table('import_jobs',
    *_common(),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('mode', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('dry_run', sa.Boolean(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('upload_id', sa.Uuid(), nullable=False),
    sa.Column('association_id', sa.Uuid(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('api_key_id', sa.Uuid(), nullable=True),
    sa.Column('actor', sa.JSON(), nullable=False),
    sa.Column('total_bytes', BIG, nullable=False),
    sa.Column('bytes_read', BIG, nullable=False),
    sa.Column('rows_read', BIG, nullable=False),
    sa.Column('rows_accepted', BIG, nullable=True),
    sa.Column('rows_rejected', BIG, nullable=True),
    sa.Column('report', sa.JSON(), nullable=True),
    sa.Column('problem', sa.JSON(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('lease_until', app.core.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('applied_at', app.core.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('started_at', app.core.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('finished_at', app.core.types.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("kind IN ('visits', 'equipment')", name='ck_import_jobs_kind'),
    sa.CheckConstraint("status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')", name='ck_import_jobs_status'),
    sa.CheckConstraint("mode IN ('all_or_nothing', 'partial')", name='ck_import_jobs_mode'),
    sa.ForeignKeyConstraint(['upload_id'], ['import_uploads.id'], name='fk_import_jobs_upload_id'),
    sa.ForeignKeyConstraint(['association_id'], ['associations.id'], name='fk_import_jobs_association_id'),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name='fk_import_jobs_created_by'),
    sa.ForeignKeyConstraint(['api_key_id'], ['api_keys.id'], name='fk_import_jobs_api_key_id'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('upload_id', name='uq_import_jobs_upload_id')
    )
    with op.batch_alter_table('import_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_jobs_association_id'), ['association_id'], unique=False)
        batch_op.create_index('ix_import_jobs_status_created', ['status', 'created_at'], unique=False)


def downgrade() -> None:
    op.drop_table('import_jobs')
    op.drop_table('import_upload_parts')
    op.drop_table('import_uploads')
