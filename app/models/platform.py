"""The platform's own tables and shapes, not a domain's: the `Idempotency-Key` records and the
rate-limit counters kept in the database; the health answer and the vocabularies' shape.

The machinery that uses them is framework-level and stays in `app/core/` (`idempotency.py`,
`ratelimit.py`), which imports nothing from `app.models`: `app/main.py` hands each its table.
"""

import uuid
from datetime import datetime

from pydantic import Field as PydanticField
from sqlalchemy import BigInteger, Column, Identity, Index, Integer
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime
from app.core.vocabulary import VOCABULARY_MAX_CODES
from app.models.base import OutputModel


class IdempotencyRecord(SQLModel, table=True):
    """One caller's key: its request's fingerprint, then the response to replay."""

    __tablename__ = "idempotency_records"

    principal: str = Field(primary_key=True, max_length=100)
    key: str = Field(primary_key=True, max_length=255)
    fingerprint: str = Field(max_length=64)
    status: str = Field(max_length=16)  # "running" | "done"
    response_status: int | None = None
    response_headers: str | None = None
    response_body: bytes | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


class RateLimitCounter(SQLModel, table=True):
    """Hits of one key in one fixed window (when `REDIS_URL` is not set)."""

    __tablename__ = "rate_limit_counters"

    key: str = Field(primary_key=True, max_length=200)
    window_start: int = Field(primary_key=True)  # unix seconds
    count: int = 0


class Health(OutputModel):
    status: str


class VocabularyValue(OutputModel):
    code: str
    label_fr: str
    label_en: str


class Vocabulary(OutputModel):
    name: str
    description: str = PydanticField(description="In French (the same as `description_fr`).")
    description_fr: str
    description_en: str
    values: list[VocabularyValue] = PydanticField(max_length=VOCABULARY_MAX_CODES)


class SyncChange(SQLModel, table=True):
    """One row changed, in the change log that incremental sync reads (`app/core/sync.py`).

    Written by database triggers (migration 0022) in the writing transaction itself, so no
    write path — an ORM flush, a bulk import, a migration — can change a synced table without
    its row here. `tx` is the writer's transaction id on PostgreSQL (`pg_current_xact_id()`),
    null on SQLite, where `sequence` is in commit order (writers are serialised)."""

    __tablename__ = "sync_changes"
    __table_args__ = (
        # One index for both backends' reads (`app/core/sync.py`): PostgreSQL's by `tx`,
        # SQLite's by `tx IS NULL` and `sequence`. One, as every logged row writes it.
        Index("ix_sync_changes_resource_tx_sequence", "resource", "tx", "sequence"),
        {"sqlite_autoincrement": True},
    )

    sequence: int | None = Field(
        default=None,
        sa_column=Column(
            BigInteger().with_variant(Integer, "sqlite"), Identity(), primary_key=True
        ),
    )
    resource: str = Field(max_length=32)
    row_id: uuid.UUID
    # A space assignment's change: the space (its `row_id` is the user).
    space_id: uuid.UUID | None = None
    tx: int | None = Field(default=None, sa_type=BigInteger)
    at: datetime = Field(sa_type=UTCDateTime)
