"""A resource's read side, declared once: what the caller may read, find-or-404, the read shape,
and the list's sorts.

Every resource used to write the same four pieces by hand (`find_x`: a scoped query or 404;
`get_x`; `to_read`; a closure mapping a page's rows for `Listing`). A service now declares them
on one `Repository` and calls its methods:

    spaces = Repository(
        Space, scope=policy.scope_spaces, label="space",
        to_reads=batched_space_reads,                 # or rowwise(lambda row, actor: ...)
        sorts={"name": SortKey(Space.name_search)}, default_sort="name",
    )
    space = await spaces.find(session, actor, space_id)          # the row, or 404
    read = await spaces.get(session, actor, space_id)            # its read shape
    listing = spaces.listing(session, actor, spaces.readable(actor).where(...))

Scoping happens inside the query (the policy's `scope_…` narrows the statement), so a row out of
the caller's scope is simply not found: 404, never 403. Core knows no domain: the model, scope
and mapping come from the service.
"""

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import NotFound
from app.core.pagination import Listing, SortKey
from app.core.sync import SyncFeed, SyncSource

M = TypeVar("M")
R = TypeVar("R")

Scope = Callable[[Actor, Select], Select]
# How a page of rows becomes read shapes: batched, so per-page data (labels, counts, names) is
# fetched in one query for the page, not one per row.
ToReads = Callable[[AsyncSession, Actor, Sequence[Any]], Awaitable[list[Any]]]


def rowwise(to_read: Callable[[Any, Actor], Any]) -> ToReads:
    """A `to_reads` for resources whose read shape needs nothing beyond the row and the caller."""

    async def to_reads(session: AsyncSession, actor: Actor, rows: Sequence[Any]) -> list[Any]:
        return [to_read(row, actor) for row in rows]

    return to_reads


def whole_table(actor: Actor, statement: Select) -> Select:
    """The scope of what every caller allowed on the route reads whole (the skills catalogue,
    the label criteria; the audit trail, whose route the policy limits to the city)."""
    return statement


def through_parent(actor: Actor, statement: Select) -> Select:
    """The scope of a sub-resource listed under a parent (an item's movements, a ticket's
    events): the service finds the parent in the caller's scope first (404 otherwise), then
    lists `parent_id == …` — the rows need no scope of their own."""
    return statement


def caller_shape(actor: Actor) -> tuple:
    """What a scope may read of its caller: everything but the request's own id and address."""
    return (
        actor.kind,
        actor.role,
        actor.user_id,
        actor.api_key_id,
        actor.association_id,
        actor.partner_id,
        actor.space_ids,
        actor.scopes,
    )


class ScopedOnce:
    """A statement built once and narrowed to each caller once, for a hot read whose values
    are all bound parameters (`bindparam`): the same statement object each time, so SQLAlchemy
    computes its cache key once (walking a fresh statement's tree for its key cost a read by id
    a sixth of its CPU), not per request.

    Only for scopes that read nothing but the caller (no clock, no setting): a caller's shape
    (`caller_shape`) is the key. At most `size` shapes are kept; beyond, all are dropped."""

    def __init__(self, scope: Scope, build: Callable[[], Select], *, size: int = 512) -> None:
        self._scope = scope
        self._build = build
        self._size = size
        self._statements: dict[tuple, Select] = {}

    def __call__(self, actor: Actor) -> Select:
        key = caller_shape(actor)
        statement = self._statements.get(key)
        if statement is None:
            if len(self._statements) >= self._size:
                self._statements.clear()
            statement = self._statements[key] = self._scope(actor, self._build())
        return statement


@dataclass(frozen=True)
class Repository(Generic[M, R]):
    model: type[M]
    scope: Scope
    label: str  # "space", "equipment item": the 404 says "No space with id …."
    # None for a find-only declaration that another module completes with `dataclasses.replace`.
    to_reads: ToReads | None = None
    sorts: dict[str, SortKey] = field(default_factory=dict)
    default_sort: str = "created_at"
    key: str = "id"  # the column a read by id looks up
    # Declared by a list that apps cache offline: `?sync=` on it (app/core/sync.py).
    sync: SyncFeed | None = None

    @property
    def key_column(self) -> Any:
        return getattr(self.model, self.key)

    def readable(self, actor: Actor) -> Select:
        """Every row this caller may read: the start of every query on this resource."""
        return self.scope(actor, select(self.model))

    async def find(
        self, session: AsyncSession, actor: Actor, key: uuid.UUID | str, *, for_update: bool = False
    ) -> M:
        """The row, if the caller may read it; otherwise 404 (as if it did not exist)."""
        statement = self.readable(actor).where(self.key_column == key)
        if for_update:
            statement = statement.with_for_update()
        found = (await session.execute(statement)).scalar_one_or_none()
        if found is None:
            # One wording whether it does not exist or is out of scope, and no echo of the key.
            raise NotFound(f"No such {self.label}.")
        return found

    async def read(self, session: AsyncSession, actor: Actor, row: M) -> R:
        return (await self.to_reads(session, actor, [row]))[0]

    async def get(self, session: AsyncSession, actor: Actor, key: uuid.UUID | str) -> R:
        return await self.read(session, actor, await self.find(session, actor, key))

    def listing(
        self,
        session: AsyncSession,
        actor: Actor,
        statement: Select | None = None,
        *,
        core_rows: bool = False,
    ) -> Listing[R]:
        """A page-able list over `statement` (by default everything readable), shown as `R`.

        `core_rows`: the page is read as Core rows of the table's columns (attribute access by
        column name, as on the object) rather than ORM objects: a read-only list needs no
        identity map, change tracking or loader machinery. `to_reads` must accept them."""
        statement = self.readable(actor) if statement is None else statement
        if core_rows:
            statement = statement.with_only_columns(*self.model.__table__.columns)
        source = None
        if self.sync is not None and actor is not None:
            fetch = self.readable(actor)
            if core_rows:
                fetch = fetch.with_only_columns(*self.model.__table__.columns)
            source = SyncSource(
                feed=self.sync,
                id_column=self.model.id,
                scope=lambda chosen: self.scope(actor, chosen),
                fetch=fetch,
                principal=actor.principal,
                user_id=actor.user_id,
                spaces=None
                if self.sync.readable_spaces is None
                else self.sync.readable_spaces(actor),
            )

        async def to_reads(rows: Sequence[Any]) -> list[R]:
            return await self.to_reads(session, actor, rows)

        return Listing(
            session=session,
            statement=statement,
            id_column=self.model.id,
            sorts=self.sorts,
            default_sort=self.default_sort,
            to_read=to_reads,
            scalar=not core_rows,
            sync=source,
        )
