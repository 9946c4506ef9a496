"""Columns every stored resource shares, and helpers for enumerations.

Enumerations are plain strings guarded by CHECK constraints (DESIGN.md): adding a value is a
migration that rewrites a constraint, never an ALTER TYPE.
"""

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache
from typing import Any, ClassVar, get_args

from pydantic import BaseModel, ConfigDict, field_validator
from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from app.core.clock import utcnow
from app.core.text import VERBATIM, clean_value, in_calendar
from app.core.types import UTCDateTime


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


# The longest text a body may carry (a description, a note) and so the longest the API returns:
# the default bound of every string field that declares none, checked and published as
# `maxLength` (unbounded strings are a resource-exhaustion risk, OWASP API4).
TEXT_MAX_LENGTH = 5000
# Lists that are not paged because what they hold is bounded by a city network's size (its
# spaces, associations, skills catalogue) or by a report's grouping: the most they are built for,
# published as `maxItems` and checked on the way out.
NETWORK_MAX_ITEMS = 10_000
REPORT_MAX_ROWS = 100_000


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in get_args(annotation))


@cache
def _text_rule(model: type, name: str) -> str:
    """How a field's raw value is cleaned: "verbatim" (a password), "flat" (it holds a nested
    model, which cleans its own fields and names them) or "deep" (every text within)."""
    field = model.model_fields[name]
    if VERBATIM in field.metadata:
        return "verbatim"
    return "flat" if _holds_model(field.annotation) else "deep"


class InputModel(SQLModel):
    """Base for request bodies and import rows: unknown fields are an error, never silently
    dropped; every text, at any depth, is NFC with no control character, and every date in
    years 1900 to 2200 (`app.core.text`), each refused naming its field."""

    # No Infinity or NaN (JSON's `1e400` reads as infinity): no such number can be stored or
    # written back as JSON.
    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        str_max_length=TEXT_MAX_LENGTH,
        allow_inf_nan=False,
    )

    @field_validator("*", mode="before")
    @classmethod
    def _clean_text(cls, value: Any, info) -> Any:
        if value is None or not isinstance(value, str | list | tuple | dict):
            return value
        rule = _text_rule(cls, info.field_name)
        if rule == "verbatim":  # hashed as sent, never stored: any character will do
            return value
        return clean_value(value, into_objects=rule == "deep")

    @field_validator("*", mode="after")
    @classmethod
    def _in_calendar(cls, value: Any) -> Any:
        return in_utc(in_calendar(value))


def in_utc(value: Any) -> Any:
    """Every moment the API answers is in UTC with `Z` (DESIGN.md): one taken with an offset
    (`+01:00`) is turned to UTC on the way in, so that a write's answer reads as a later GET."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC)
    if isinstance(value, list) and value and isinstance(value[0], datetime):
        return [in_utc(item) for item in value]
    return value


class OutputModel(SQLModel):
    model_config = ConfigDict(from_attributes=True, str_max_length=TEXT_MAX_LENGTH)


class RefusesNull(InputModel):
    """A field listed in `non_nullable` may be left out (its default or current value is kept)
    but not sent as null: the resource never holds null there."""

    non_nullable: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _refuse_null(cls, value: Any, info) -> Any:
        if value is None and info.field_name in cls.non_nullable:
            raise ValueError("this field cannot be null; leave it out to keep its value")
        return value


class UpdateModel(RefusesNull):
    """Base for PATCH bodies: only the fields sent are applied (`exclude_unset`)."""
