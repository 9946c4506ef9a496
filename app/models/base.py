"""Columns every stored resource shares, and helpers for enumerations.

Enumerations are plain strings guarded by CHECK constraints (DESIGN.md): adding a value is a
migration that rewrites a constraint, never an ALTER TYPE.
"""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from pydantic import ConfigDict, field_validator
from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from app.core.types import UTCDateTime, utcnow


class TimestampedTable(SQLModel):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    # Bumped by every update; updates are guarded by it, so two writers cannot both win.
    version: int = Field(default=1, nullable=False)


class ArchivableTable(TimestampedTable):
    archived_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)


def enum_check(column: str, enum: type[StrEnum], name: str) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=name)


class InputModel(SQLModel):
    """Base for request bodies: unknown fields are an error, never silently dropped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class OutputModel(SQLModel):
    model_config = ConfigDict(from_attributes=True)


class RefusesNull(InputModel):
    """A field listed in `non_nullable` may be left out (its default or current value is kept)
    but not sent as null: the resource never holds null there."""

    non_nullable: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _refuse_null(cls, value: Any, info) -> Any:  # noqa: ANN001
        if value is None and info.field_name in cls.non_nullable:
            raise ValueError("this field cannot be null; leave it out to keep its value")
        return value


class UpdateModel(RefusesNull):
    """Base for PATCH bodies: only the fields sent are applied (`exclude_unset`)."""
