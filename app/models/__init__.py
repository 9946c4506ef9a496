"""Importing this package registers every table on SQLModel.metadata (Alembic, tests)."""

from app.models import (  # noqa: F401
    association,
    audit,
    equipment,
    label,
    maintenance,
    meeting,
    outbox,
    partner,
    plan,
    platform,
    recruitment,
    report,
    space,
    training,
    user,
    visit,
    webhook,
)
