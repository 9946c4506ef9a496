"""Importing this package registers every table on SQLModel.metadata (Alembic, tests)."""

from app.core import idempotency, ratelimit  # noqa: F401 — their tables
from app.models import (  # noqa: F401
    association,
    audit,
    equipment,
    label,
    maintenance,
    outbox,
    partner,
    space,
    training,
    user,
    visit,
    webhook,
)
