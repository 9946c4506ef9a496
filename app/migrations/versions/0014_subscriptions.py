"""subscriptions: the spaces' subscriptions kept as periods (issue #20, items 1 and 2)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.types

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('subscriptions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', app.core.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', app.core.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('space_id', sa.Uuid(), nullable=False),
    sa.Column('association_id', sa.Uuid(), nullable=False),
    sa.Column('line_id', sa.Uuid(), nullable=False),
    sa.Column('period_number', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('provider', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('provider_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('offer', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('connection_type', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('advertised_down_kbps', sa.Integer(), nullable=True),
    sa.Column('advertised_up_kbps', sa.Integer(), nullable=True),
    sa.Column('measured_down_kbps', sa.Integer(), nullable=True),
    sa.Column('measured_up_kbps', sa.Integer(), nullable=True),
    sa.Column('measured_on', sa.Date(), nullable=True),
    sa.Column('monthly_cost_excl_vat_cents', sa.Integer(), nullable=False),
    sa.Column('monthly_cost_incl_vat_cents', sa.Integer(), nullable=False),
    sa.Column('commitment_ends_on', sa.Date(), nullable=True),
    sa.Column('payer', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=True),
    sa.Column('expiry_notice_window', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('internet', 'phone', 'printing', 'software', 'other')", name='ck_subscriptions_kind'),
    sa.CheckConstraint("payer IN ('association', 'city', 'partner')", name='ck_subscriptions_payer'),
    sa.CheckConstraint("status IN ('planned', 'active', 'out_of_service', 'ended')", name='ck_subscriptions_status'),
    sa.CheckConstraint("connection_type IN ('adsl', 'vdsl', 'cable', 'fibre', 'mobile', 'satellite', 'other')", name='ck_subscriptions_connection_type'),
    sa.CheckConstraint('monthly_cost_excl_vat_cents >= 0 AND monthly_cost_incl_vat_cents >= monthly_cost_excl_vat_cents', name='ck_subscriptions_costs'),
    sa.CheckConstraint('ended_on IS NULL OR ended_on >= started_on', name='ck_subscriptions_period'),
    sa.ForeignKeyConstraint(['association_id'], ['associations.id'], name='fk_subscriptions_association_id'),
    sa.ForeignKeyConstraint(['space_id', 'association_id'], ['spaces.id', 'spaces.association_id'], name='fk_subscriptions_space_association'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('line_id', 'period_number', name='uq_subscriptions_period')
    )
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.create_index('ix_subscriptions_commitment', ['commitment_ends_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscriptions_association_id'), ['association_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscriptions_ended_on'), ['ended_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscriptions_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscriptions_provider_key'), ['provider_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscriptions_space_id'), ['space_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscriptions_status'), ['status'], unique=False)
        batch_op.create_index('uq_subscriptions_running', ['line_id'], unique=True, sqlite_where=sa.text('ended_on IS NULL'), postgresql_where=sa.text('ended_on IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.drop_index('uq_subscriptions_running', sqlite_where=sa.text('ended_on IS NULL'), postgresql_where=sa.text('ended_on IS NULL'))
        batch_op.drop_index(batch_op.f('ix_subscriptions_status'))
        batch_op.drop_index(batch_op.f('ix_subscriptions_space_id'))
        batch_op.drop_index(batch_op.f('ix_subscriptions_provider_key'))
        batch_op.drop_index(batch_op.f('ix_subscriptions_kind'))
        batch_op.drop_index(batch_op.f('ix_subscriptions_ended_on'))
        batch_op.drop_index(batch_op.f('ix_subscriptions_association_id'))
        batch_op.drop_index('ix_subscriptions_commitment')

    op.drop_table('subscriptions')
