"""Follow-up actions serve a development plan's objective (issue #17: actions attached to an
objective).

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite adds a nullable column with its reference in place; a batch rebuild of the
        # table would be refused under the comments' foreign key once rows exist.
        op.execute(
            'ALTER TABLE follow_up_actions ADD COLUMN objective_id CHAR(32) '
            'CONSTRAINT fk_follow_up_actions_objective_id REFERENCES plan_objectives (id)'
        )
    else:
        op.add_column('follow_up_actions', sa.Column('objective_id', sa.Uuid(), nullable=True))
        op.create_foreign_key(
            'fk_follow_up_actions_objective_id',
            'follow_up_actions',
            'plan_objectives',
            ['objective_id'],
            ['id'],
        )
    op.create_index(
        'ix_follow_up_actions_objective_id', 'follow_up_actions', ['objective_id'], unique=False
    )


def downgrade() -> None:
    op.drop_index('ix_follow_up_actions_objective_id', table_name='follow_up_actions')
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE follow_up_actions DROP COLUMN objective_id')
    else:
        op.drop_constraint(
            'fk_follow_up_actions_objective_id', 'follow_up_actions', type_='foreignkey'
        )
        op.drop_column('follow_up_actions', 'objective_id')
