"""The platform's own tables and shapes, not a domain's: the `Idempotency-Key` records and the
rate-limit counters kept in the database; the health answer and the vocabularies' shape.

The machinery that uses them is framework-level and stays in `app/core/` (`idempotency.py`,
`ratelimit.py`), which imports nothing from `app.models`: `app/main.py` hands each its table.
"""

from datetime import datetime

from pydantic import Field as PydanticField
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
