"""insurance: insurance certificates of the spaces; label criteria backed by documents

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03

Issue 19 items 5 and 6: `insurance_certificates` (an uploaded document and what it says,
pending → confirmed | rejected), and on `label_criterion_results` the document (and version)
that met a declarative criterion.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.types

revision: str = '0021'
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('insurance_certificates',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', app.core.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', app.core.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('space_id', sa.Uuid(), nullable=False),
    sa.Column('association_id', sa.Uuid(), nullable=False),
    sa.Column('document_id', sa.Uuid(), nullable=False),
    sa.Column('document_version', sa.Integer(), nullable=False),
    sa.Column('insurer', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('policy_number', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('rejection_reason', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('decided_by', sa.Uuid(), nullable=True),
    sa.Column('decided_at', app.core.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('expiry_notice_window', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('pending', 'confirmed', 'rejected')", name='ck_insurance_certificates_status'),
    sa.CheckConstraint('valid_until >= valid_from', name='ck_insurance_certificates_validity'),
    sa.ForeignKeyConstraint(['association_id'], ['associations.id'], name='fk_insurance_certificates_association_id'),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name='fk_insurance_certificates_created_by'),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name='fk_insurance_certificates_decided_by'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name='fk_insurance_certificates_document_id'),
    sa.ForeignKeyConstraint(['space_id'], ['spaces.id'], name='fk_insurance_certificates_space_id'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('insurance_certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insurance_certificates_association_id'), ['association_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_insurance_certificates_document_id'), ['document_id'], unique=False)
        batch_op.create_index('ix_insurance_certificates_space_status', ['space_id', 'status', 'valid_until'], unique=False)
        batch_op.create_index(batch_op.f('ix_insurance_certificates_valid_until'), ['valid_until'], unique=False)

    with op.batch_alter_table('label_criterion_results', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('document_version', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_label_criterion_results_document', 'documents', ['document_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('label_criterion_results', schema=None) as batch_op:
        batch_op.drop_constraint('fk_label_criterion_results_document', type_='foreignkey')
        batch_op.drop_column('document_version')
        batch_op.drop_column('document_id')

    with op.batch_alter_table('insurance_certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insurance_certificates_valid_until'))
        batch_op.drop_index('ix_insurance_certificates_space_status')
        batch_op.drop_index(batch_op.f('ix_insurance_certificates_document_id'))
        batch_op.drop_index(batch_op.f('ix_insurance_certificates_association_id'))

    op.drop_table('insurance_certificates')
