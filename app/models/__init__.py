"""Importing this package registers every table on SQLModel.metadata (Alembic, tests)."""

from app.models import (  # noqa: F401
    association,
    audit,
    document,
    engagement,
    equipment,
    insurance,
    label,
    maintenance,
    meeting,
    outbox,
    partner,
    plan,
    platform,
    report,
    space,
    subscription,
    training,
    user,
    visit,
    webhook,
)
