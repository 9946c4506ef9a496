"""When each API key was last used, without a write on every request.

A request authenticated by a key notes the time here, in this process's memory; `flush` writes
the latest time of each key to `api_keys.last_used_at` (one UPDATE per key, never moving the
time backwards) and runs every `FLUSH_SECONDS` in every process that serves requests (the
app's lifespan), and once more when it stops. A read of a key in the same process shows the
pending time at once; another process shows it within `FLUSH_SECONDS`.
"""

import uuid
from datetime import datetime

from sqlalchemy import or_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.user import ApiKey

FLUSH_SECONDS = 60

_pending: dict[uuid.UUID, datetime] = {}


def note(key_id: uuid.UUID, at: datetime) -> None:
    _pending[key_id] = at


def latest(key_id: uuid.UUID, stored: datetime | None) -> datetime | None:
    """The later of the stored time and one noted here but not written yet."""
    noted = _pending.get(key_id)
    if noted is None:
        return stored
    return noted if stored is None or noted > stored else stored


async def flush(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    """Write the noted times; how many keys were written."""
    if not _pending:
        return 0
    batch = dict(_pending)
    async with sessionmaker() as session:
        for key_id, at in batch.items():
            await session.execute(
                update(ApiKey)
                .where(
                    ApiKey.id == key_id,
                    or_(ApiKey.last_used_at.is_(None), ApiKey.last_used_at < at),
                )
                .values(last_used_at=at)
            )
        await session.commit()
    for key_id, at in batch.items():  # keep what was noted while writing
        if _pending.get(key_id) == at:
            del _pending[key_id]
    return len(batch)
