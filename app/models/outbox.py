"""The outbox: domain events written in the same transaction as the change they describe.

A dispatcher (webhooks) reads it later; because the event commits with the change or not at
all, no change is announced that did not happen and none is lost.
"""

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Column, Identity, Index, Integer
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.types import UTCDateTime


class OutboxEvent(SQLModel, table=True):
    __tablename__ = "outbox_events"
    __table_args__ = (Index("ix_outbox_events_resource", "resource_type", "resource_id"),)

    # A monotonic sequence gives the delivery order per resource.
    sequence: int | None = Field(
        default=None,
        # SQLite autoincrements only an INTEGER PRIMARY KEY (the rowid alias).
        sa_column=Column(
            BigInteger().with_variant(Integer, "sqlite"), Identity(), primary_key=True
        ),
    )
    id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True)
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    event_type: str = Field(max_length=64, index=True)
    resource_type: str = Field(max_length=64)
    resource_id: str = Field(max_length=64)
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
