"""Keyset pagination with opaque cursors, and the list response shared by every resource.

A cursor carries the sort it was made for and the last row's (sort value, id); the next page
is `WHERE (sort, id) > (value, id)` on an index, so page 20,000 costs what page 1 costs.
"""

import base64
import binascii
import json
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import Query
from pydantic import BaseModel, Field
from sqlalchemy import Select, and_, or_
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import ValidationFailed
from app.core.vocabulary import vocabulary

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
# A cursor holds a sort value (at most 254 characters, an e-mail, of up to 4 UTF-8 bytes each),
# the sort's name and a UUID, in base64.
MAX_CURSOR_LENGTH = 2048


@vocabulary(
    "tombstone_reason",
    "Pourquoi un élément sort d'une liste synchronisée",
    {
        "archived": ("Archivé", "Archived"),
        "cancelled": ("Annulé", "Cancelled"),
        "out_of_scope": ("Plus dans votre périmètre", "No longer in your scope"),
    },
    english="Why an item leaves a synced list",
)
class TombstoneReason(StrEnum):
    archived = "archived"
    cancelled = "cancelled"
    out_of_scope = "out_of_scope"


class Tombstone(BaseModel):
    id: uuid.UUID
    reason: TombstoneReason
    at: datetime = Field(description="When the change was recorded (UTC).")


class Page(BaseModel, Generic[T]):
    items: list[T] = Field(max_length=MAX_LIMIT)
    next_cursor: str | None = Field(
        max_length=MAX_CURSOR_LENGTH,
        description="Pass as `?cursor=` to get the next page; null on the last page.",
    )
    # Set only during a sync (`?sync=`, on the lists apps cache offline: app/core/sync.py).
    tombstones: list[Tombstone] | None = Field(
        default=None,
        max_length=MAX_LIMIT,
        description="During a sync (`?sync=`): items to drop (archived, cancelled, out of "
        "your scope); null otherwise.",
    )
    sync_token: str | None = Field(
        default=None,
        max_length=MAX_CURSOR_LENGTH,
        description="On a sync's last page: pass as `?sync=` next time; null otherwise.",
    )


@dataclass(frozen=True)
class PageParams:
    limit: int
    cursor: str | None
    sort: str | None
    format: str | None = None


_LIMIT = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
_CURSOR = Annotated[
    str | None, Query(max_length=MAX_CURSOR_LENGTH, description="From `next_cursor`.")
]
_SORT = Annotated[
    str | None,
    Query(max_length=64, pattern=r"^-?[a-z_]+$", description="`field` or `-field` (descending)."),
]
_FORMAT_HELP = "`csv` for the whole list as CSV (as does `Accept: text/csv`); JSON otherwise."


async def page_params(
    limit: _LIMIT = DEFAULT_LIMIT,
    cursor: _CURSOR = None,
    sort: _SORT = None,
    format: Annotated[Literal["json", "csv"] | None, Query(description=_FORMAT_HELP)] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor, sort=sort, format=format)


async def calendar_page_params(
    limit: _LIMIT = DEFAULT_LIMIT,
    cursor: _CURSOR = None,
    sort: _SORT = None,
    format: Annotated[
        Literal["json", "csv", "ics"] | None,
        Query(description=f"{_FORMAT_HELP} `ics` for iCalendar."),
    ] = None,
) -> PageParams:
    """A list that is also a calendar (training sessions): `?format=ics` besides CSV."""
    return PageParams(limit=limit, cursor=cursor, sort=sort, format=format)


@dataclass(frozen=True)
class SortKey:
    """A sortable column; values must be non-null for keyset comparison to be total."""

    column: Any
    kind: str = "str"  # "str" | "datetime" | "date" | "int" | "uuid" | "float"


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _decode_value(kind: str, raw: Any) -> Any:
    if kind == "datetime":
        return datetime.fromisoformat(raw)
    if kind == "date":
        return date.fromisoformat(raw)
    if kind == "uuid":
        return uuid.UUID(raw)
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    return str(raw)


def encode_cursor(sort: str, value: Any, row_id: Any) -> str:
    # ensure_ascii=False: a non-Latin name costs its UTF-8 bytes, not six characters a letter.
    raw = json.dumps(
        [sort, _encode_value(value), str(row_id)], separators=(",", ":"), ensure_ascii=False
    )
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str, kind: str) -> tuple[Any, uuid.UUID]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        cursor_sort, raw_value, raw_id = json.loads(base64.urlsafe_b64decode(padded))
        if cursor_sort != sort:
            raise ValueError("cursor made for another sort")
        return _decode_value(kind, raw_value), uuid.UUID(raw_id)
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
        raise ValidationFailed(
            "This cursor is not valid for this list and sort; start again without it.",
            loc=("query", "cursor"),
        ) from exc


@dataclass
class Listing(Generic[T]):
    """A scoped, filtered statement plus how to sort and show it: what a service returns."""

    session: AsyncSession
    statement: Select
    id_column: Any
    sorts: dict[str, SortKey]
    default_sort: str
    to_read: Callable[[Sequence[Any]], Awaitable[list[T]]]
    sort: str | None = None
    scalar: bool = True
    # A `SyncSource` (app/core/sync.py) when the list syncs for offline apps.
    sync: Any = None

    def _sort(self) -> tuple[str, SortKey, bool]:
        token = self.sort or self.default_sort
        name = token.lstrip("-")
        if name not in self.sorts:
            raise ValidationFailed(
                f"Cannot sort by '{name}'; choose one of: {', '.join(sorted(self.sorts))}.",
                loc=("query", "sort"),
            )
        return token, self.sorts[name], token.startswith("-")

    def check_sort(self) -> None:
        """Refuse an unknown `?sort=` now (422): a streamed export cannot once its 200 started."""
        self._sort()

    def _ordered(self, cursor: str | None) -> tuple[Select, str, SortKey]:
        token, key, descending = self._sort()
        statement = self.statement
        if cursor:
            value, last_id = decode_cursor(cursor, token, key.kind)
            # The plain bound (<= / >=) is what lets the index start at the cursor: with the OR
            # alone the database walks every row before it, and page 1,000 costs 1,000 pages.
            if descending:
                after = or_(key.column < value, and_(key.column == value, self.id_column < last_id))
                bound = key.column <= value
            else:
                after = or_(key.column > value, and_(key.column == value, self.id_column > last_id))
                bound = key.column >= value
            statement = statement.where(bound, after)
        if descending:
            statement = statement.order_by(key.column.desc(), self.id_column.desc())
        else:
            statement = statement.order_by(key.column.asc(), self.id_column.asc())
        return statement, token, key

    async def rows(self, statement: Select) -> list[Any]:
        result = await self.session.execute(statement)
        return list(result.scalars().all() if self.scalar else result.all())

    def _cursor_of(self, row: Any, token: str, key: SortKey) -> str:
        name = key.column.key
        value = getattr(row, name)
        return encode_cursor(token, value, getattr(row, self.id_column.key))

    async def page(self, params: PageParams) -> Page[T]:
        statement, token, key = self._ordered(params.cursor)
        rows = await self.rows(statement.limit(params.limit + 1))
        more = len(rows) > params.limit
        rows = rows[: params.limit]
        next_cursor = self._cursor_of(rows[-1], token, key) if more and rows else None
        return Page[Any](items=await self.to_read(rows), next_cursor=next_cursor)

    async def iterate(self, batch: int = 1000) -> AsyncIterator[T]:
        """Every row, in keyset batches: for exports that must not hold the list in memory."""
        cursor: str | None = None
        while True:
            statement, token, key = self._ordered(cursor)
            rows = await self.rows(statement.limit(batch))
            for item in await self.to_read(rows):
                yield item
            if len(rows) < batch:
                return
            cursor = self._cursor_of(rows[-1], token, key)


def where_given(statement: Select, conditions: Iterable[tuple[Any, Any]]) -> Select:
    """Narrow a list's query by `column == value` for each filter the caller gave (None: not
    given). The equality filters of every list, written once."""
    for column, value in conditions:
        if value is not None:
            statement = statement.where(column == value)
    return statement
