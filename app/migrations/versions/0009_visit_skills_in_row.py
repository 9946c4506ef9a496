"""visits: skills folded into the row (a BIGINT mask, one bit per skill), one composite key
(space, association) → spaces instead of two foreign keys

Revision ID: 0009
Revises: 0008

Every skill gets its bit (`skills.bit`, 0 to 62, by creation order); each visit's rows of
`visit_skills` become the bits of `visits.skills`, then `visit_skills` goes. `spaces` gains a
unique index on (id, association_id), the target of `fk_visits_space_association`, which
replaces the foreign keys of `visits.space_id` and `visits.association_id` (a visit naming a
space of another association is refused). SQLite rebuilds `visits` (batch mode); the data is
kept. Downgrade does the reverse.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BITS = 63
# SQLite's foreign keys have no name: batch mode finds them by this convention.
SQLITE_NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = _sqlite()
    # `skills` and `spaces` are named by foreign keys: on SQLite they are altered in place (a
    # nullable column, unique indexes), never rebuilt, which those keys forbid once rows use them.
    op.add_column('skills', sa.Column('bit', sa.Integer(), nullable=True))
    codes = list(bind.execute(sa.text("SELECT code FROM skills ORDER BY created_at, code")).scalars())
    if len(codes) > BITS:
        raise RuntimeError(f"{len(codes)} skills: visits.skills holds at most {BITS}")
    for bit, code in enumerate(codes):
        bind.execute(sa.text("UPDATE skills SET bit = :bit WHERE code = :code"),
                     {"bit": bit, "code": code})
    op.create_index('uq_skills_bit', 'skills', ['bit'], unique=True)
    if not sqlite:  # SQLite adds no CHECK to an existing table without rebuilding it
        op.create_check_constraint('ck_skills_bit', 'skills', 'bit BETWEEN 0 AND 62')

    op.create_index('uq_spaces_id_association', 'spaces', ['id', 'association_id'], unique=True)

    op.add_column('visits', sa.Column('skills', sa.BigInteger(), nullable=False,
                                      server_default='0'))
    one = "1" if sqlite else "CAST(1 AS BIGINT)"
    bind.execute(sa.text(
        f"UPDATE visits SET skills = (SELECT coalesce(sum({one} << s.bit), 0) "  # noqa: S608
        "FROM visit_skills vs JOIN skills s ON s.code = vs.skill_code "
        "WHERE vs.visit_id = visits.id) "
        "WHERE EXISTS (SELECT 1 FROM visit_skills vs WHERE vs.visit_id = visits.id)"
    ))
    op.drop_index(op.f('ix_visit_skills_skill_code'), table_name='visit_skills')
    op.drop_table('visit_skills')

    # `visits` is named by no foreign key (now that `visit_skills` is gone): SQLite rebuilds it.
    # The old keys by their names as reflected (SQLite's have none: the convention names them).
    names = {}
    for key in sa.inspect(bind).get_foreign_keys('visits'):
        table, column = key['referred_table'], key['constrained_columns'][0]
        names[table] = key['name'] or SQLITE_NAMES['fk'] % {
            'table_name': 'visits', 'column_0_name': column, 'referred_table_name': table}
    old_space, old_association = names['spaces'], names['associations']
    with op.batch_alter_table('visits', schema=None, naming_convention=SQLITE_NAMES) as batch_op:
        batch_op.alter_column('skills', existing_type=sa.BigInteger(), server_default=None,
                              existing_nullable=False)
        batch_op.drop_constraint(old_space, type_='foreignkey')
        batch_op.drop_constraint(old_association, type_='foreignkey')
        batch_op.create_foreign_key('fk_visits_space_association', 'spaces',
                                    ['space_id', 'association_id'], ['id', 'association_id'])


def _drop_column(table: str, column: str) -> None:
    """In place on SQLite too (3.35+), where batch mode would rebuild a table others name."""
    if _sqlite():
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
    else:
        op.drop_column(table, column)


def downgrade() -> None:
    sqlite = _sqlite()
    with op.batch_alter_table('visits', schema=None) as batch_op:  # before anything names it
        batch_op.drop_constraint('fk_visits_space_association', type_='foreignkey')
        batch_op.create_foreign_key('visits_space_id_fkey', 'spaces', ['space_id'], ['id'])
        batch_op.create_foreign_key('visits_association_id_fkey', 'associations',
                                    ['association_id'], ['id'])
    op.create_table('visit_skills',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('skill_code', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['skill_code'], ['skills.code'], ),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'skill_code')
    )
    op.create_index(op.f('ix_visit_skills_skill_code'), 'visit_skills', ['skill_code'], unique=False)
    one = "1" if sqlite else "CAST(1 AS BIGINT)"
    op.get_bind().execute(sa.text(
        "INSERT INTO visit_skills (visit_id, skill_code) SELECT v.id, s.code "  # noqa: S608
        f"FROM visits v JOIN skills s ON (v.skills & ({one} << s.bit)) <> 0"
    ))
    _drop_column('visits', 'skills')
    op.drop_index('uq_spaces_id_association', table_name='spaces')
    if not sqlite:
        op.drop_constraint('ck_skills_bit', 'skills', type_='check')
    op.drop_index('uq_skills_bit', table_name='skills')
    _drop_column('skills', 'bit')
