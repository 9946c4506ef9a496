"""Finding and locking a training session: the queries that both `sessions.py` and
`enrolments.py` need, kept here so that neither has to import the other to reach them."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.repository import Repository
from app.models.training import TrainingSession
from app.services import policy

# The sessions a caller may read, found by id or 404. `sessions.TRAINING_SESSIONS` adds how they
# are shown and sorted; enrolments only need the rows.
SESSION_ROWS = Repository[TrainingSession, None](
    TrainingSession, scope=policy.scope_training_sessions, label="training session"
)


async def lock_session(session: AsyncSession, session_id: uuid.UUID) -> TrainingSession:
    """The session's row, locked until commit (PostgreSQL: FOR UPDATE; SQLite's BEGIN IMMEDIATE
    already serializes writers), re-read so that counts made after it are current."""
    return (
        await session.execute(
            select(TrainingSession)
            .where(TrainingSession.id == session_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).scalar_one()
