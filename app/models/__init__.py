"""Importing this package registers every table on SQLModel.metadata (Alembic, tests)."""

from app.core import idempotency, ratelimit  # noqa: F401 — their tables
from app.models import association, audit, partner, space, user  # noqa: F401
