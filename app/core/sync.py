"""Incremental sync of a list, for apps that cache it offline: declared once on a `Repository`
(`sync=SyncFeed(...)`), served by `representation.many` for every list that declares it.

The contract (also in the OpenAPI description of `?sync=`):
- `?sync=start` begins a first sync: every live row the caller may read, paged by `next_cursor`;
  the last page carries a `sync_token`. `?sync=<sync_token>` returns what changed since that
  token: changed rows in change order (then id), `tombstones` `{id, reason, at}` for rows that
  were archived or cancelled, and for rows that left the caller's scope (a volunteer
  unassigned from a space sees that space, and what it cached under it, leave as
  `out_of_scope`, as does a row moved away from a space the caller reads, such as an
  equipment item transferred); rows under a space the caller was newly assigned to come as
  items.
  `?updated_since=<UTC time>` starts from a moment instead of a token (the database's clock;
  approximate, use the token it ends with from then on).
- Pages follow with `?cursor=<next_cursor>` alone; the sync token comes on the last page. A
  sync covers the whole list the caller may read: filters, `sort` and CSV are refused (422), as
  is a token made for another list or another caller.
- A row may come twice (in two pages, or in this sync and the next): apply changes by id,
  idempotently, items before tombstones within a page.

Why no change can be missed. Every write to a synced table logs the row in `sync_changes` from
a trigger, in the writing transaction (migration 0022), so the log row becomes visible exactly
when the write does. A token is a *watermark* taken at the start of a sync, before its first
read, and it names what that read could not yet see:
- PostgreSQL: the reader's snapshot (`pg_current_snapshot()`): every transaction below `xmax`
  and not in the in-progress list `xip` had committed (or aborted) before it. The next sync
  returns log rows whose writer `tx` is `>= xmax` or in `xip` — precisely every transaction
  whose writes this sync could not see, whenever it started or commits. (With more than
  `MAX_XIP` transactions in progress, the token keeps only `xmin`: `tx >= xmin`, a few more
  rows sent again, none missed.) A timestamp or "max(updated_at) seen" would miss a
  transaction that stamped its rows before the read and committed after it.
- SQLite: writers are serialised (one write lock, held to commit), so the log's AUTOINCREMENT
  `sequence` is in commit order: the watermark is the highest sequence visible plus one.
Within a sync, pages are read in later snapshots: a row is ordered by its latest change, whose
position only grows, so the cursor cannot pass a row before returning it; a change the pages do
not see is beyond the watermark and comes with the next sync.
"""

import base64
import binascii
import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import Query
from sqlalchemy import Select, and_, case, delete, func, literal, not_, null, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.core.errors import ValidationFailed
from app.core.pagination import MAX_CURSOR_LENGTH, Page, PageParams, Tombstone, TombstoneReason
from app.core.text import Moment

# The change log is pruned by a scheduled job (`purge_log`), which leaves a horizon row: a token
# from before it may need changes already pruned, and is refused (start again). A transaction
# stamps its log rows with its start time: one running longer than this could predate it.
HORIZON = "sync_horizon"
HORIZON_ROW = uuid.UUID(int=0)
LONGEST_TRANSACTION = timedelta(days=1)
MAX_XIP = 16  # in-progress transactions named in a token; beyond, the token keeps `xmin`
START = "start"
CURSOR_PREFIX = "sync."
TOKEN_PREFIX = "s1."
ASSIGNMENT = "space_assignment"  # the log's resource for a user's space assignments


SYNC_HELP = (
    "Incremental sync for offline apps: `start` for a first sync (every live item, then a "
    "`sync_token` on the last page), or the `sync_token` of your last sync for what changed "
    "since: changed items in change order, `tombstones` for items archived, cancelled or out "
    "of your scope. Follow `next_cursor` alone; the new token comes on the last page. Nothing "
    "committed is ever missed (the token is the database snapshot's watermark, not a time), "
    "but an item may come twice: apply by id. No filter, `sort` or CSV with a sync; a token "
    "of another list or caller is 422."
)
SINCE_HELP = (
    "Start a sync from this UTC moment instead of a token (the database's clock, approximate); "
    "the last page gives the token to use from then on."
)


@dataclass(frozen=True)
class SyncParams:
    token: str | None = None
    updated_since: datetime | None = None

    @property
    def requested(self) -> bool:
        return self.token is not None or self.updated_since is not None


async def sync_params(
    sync: Annotated[str | None, Query(max_length=MAX_CURSOR_LENGTH, description=SYNC_HELP)] = None,
    # Moment: years 1900 to 2200, as every instant the API takes (a year 9999 with an offset
    # does not convert to UTC).
    updated_since: Annotated[Moment | None, Query(description=SINCE_HELP)] = None,
) -> SyncParams:
    if updated_since is not None and updated_since.tzinfo is None:
        raise ValidationFailed(
            "Give `updated_since` with its offset (…Z or +01:00).", loc=("query", "updated_since")
        )
    return SyncParams(token=sync or None, updated_since=updated_since)


@dataclass(frozen=True)
class SyncFeed:
    """A list's sync, declared on its Repository: the log's name for it (as migration 0022's
    triggers write it), the change-log table, when a row is a tombstone (reason, SQL condition
    on the row), and the column of the space a row sits under (a caller losing or gaining that
    space loses or gains the row)."""

    resource: str
    log: Any
    tombstones: tuple[tuple[TombstoneReason, Any], ...] = ()
    space_column: Any = None
    # The ids of the spaces a caller reads: a row moved out of one of them leaves its list.
    readable_spaces: Callable[[Any], Select] | None = None


@dataclass(frozen=True)
class SyncSource:
    """A feed bound to one caller, made by `Repository.listing`."""

    feed: SyncFeed
    id_column: Any
    scope: Callable[[Select], Select]  # narrows a statement to what the caller may read
    fetch: Select  # the list's row statement (ORM or Core rows) to fetch a page's live rows
    principal: str
    user_id: uuid.UUID | None
    spaces: Select | None = None  # the spaces the caller reads (`SyncFeed.readable_spaces`)


def is_sync_cursor(cursor: str | None) -> bool:
    return bool(cursor and cursor.startswith(CURSOR_PREFIX))


def _pack(prefix: str, value: dict) -> str:
    raw = json.dumps(value, separators=(",", ":")).encode()
    return prefix + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unpack(prefix: str, raw: str, loc: str, what: str) -> dict:
    try:
        if not raw.startswith(prefix):
            raise ValueError(what)
        body = raw[len(prefix) :]
        value = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        if not isinstance(value, dict):
            raise ValueError(what)
        return value
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
        raise ValidationFailed(
            f"This {what} is not valid; start a sync again with `?sync=start`.", loc=("query", loc)
        ) from exc


def _caller(source: SyncSource) -> str:
    return hashlib.sha256(source.principal.encode()).hexdigest()[:16]


def _check_owner(value: dict, source: SyncSource, loc: str, what: str) -> None:
    if value.get("l") != source.feed.resource:
        raise ValidationFailed(
            f"This {what} was made for another list; a token syncs the list that gave it.",
            loc=("query", loc),
        )
    if value.get("p") != _caller(source):
        raise ValidationFailed(
            f"This {what} was made for another caller; start with `?sync=start`.",
            loc=("query", loc),
        )


def _postgresql(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


async def watermark(session: AsyncSession, log: Any) -> dict:
    """What this transaction's reads can see, taken before them (module doc)."""
    if _postgresql(session):
        xmin, xmax, xip = (
            await session.execute(
                text(
                    "SELECT pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text, "
                    "ARRAY(SELECT pg_snapshot_xip(s)::text) FROM pg_current_snapshot() AS s"
                )
            )
        ).one()
        in_progress = [int(x) for x in xip]
        return {"pg": [int(xmin), int(xmax), in_progress if len(in_progress) <= MAX_XIP else None]}
    highest = (await session.execute(select(func.max(log.sequence)))).scalar_one()
    return {"sq": (highest or 0) + 1}


def _since(log: Any, start: dict, postgresql: bool) -> Any:
    """The log rows a sync from `start` returns: those its watermark could not see."""
    if "t" in start:
        return log.at >= datetime.fromisoformat(start["t"])
    if "sq" in start and not postgresql:
        return and_(log.tx.is_(None), log.sequence >= int(start["sq"]))  # on the log's index
    if "pg" in start and postgresql:
        xmin, xmax, xip = start["pg"]
        if xip is None:
            return log.tx >= int(xmin)
        return (
            or_(log.tx >= int(xmax), log.tx.in_([int(x) for x in xip]))
            if xip
            else (log.tx >= int(xmax))
        )
    raise ValidationFailed(
        "This sync token was made by another database; start with `?sync=start`.",
        loc=("query", "sync"),
    )


@dataclass
class _Entry:
    key: list  # the cursor position within its phase
    id: uuid.UUID
    reason: str | None  # None: a live row (an item)
    at: datetime | None


# A first sync lists every live row ("all"); an incremental one the changed rows ("changed"),
# the changed rows that moved out of a space the caller reads ("left"), then the rows under
# spaces the caller was assigned to ("gained") or unassigned from ("lost").
NEXT_PHASE = {"all": None, "changed": "left", "left": "gained", "gained": "lost", "lost": None}


class _Reader:
    def __init__(self, session: AsyncSession, source: SyncSource, start: dict | None) -> None:
        self.session = session
        self.source = source
        self.feed = source.feed
        self.log = source.feed.log
        self.start = start
        self.postgresql = _postgresql(session)
        self._spaces: dict[uuid.UUID, datetime] | None = None

    def _reason(self) -> Any:
        if not self.feed.tombstones:
            return null()
        return case(
            *[(condition, literal(reason.value)) for reason, condition in self.feed.tombstones],
            else_=null(),
        )

    async def _moved_spaces(self) -> dict[uuid.UUID, datetime]:
        """The spaces whose assignment to the caller changed since the start."""
        if self._spaces is None:
            self._spaces = {}
            if self.feed.space_column is not None and self.source.user_id is not None:
                log = self.log
                statement = (
                    select(log.space_id, func.max(log.at))
                    .where(
                        log.resource == ASSIGNMENT,
                        log.row_id == self.source.user_id,
                        _since(log, self.start, self.postgresql),
                    )
                    .group_by(log.space_id)
                )
                self._spaces = dict((await self.session.execute(statement)).all())
        return self._spaces

    async def _left(self, key: list | None, limit: int) -> list[_Entry]:
        """Changed rows the caller no longer reads, logged under a space it reads (before the
        change): moved away from it (an item to another space)."""
        if self.source.spaces is None:
            return []
        log, ident = self.log, self.source.id_column
        statement = (
            select(log.row_id, func.max(log.at).label("at"))
            .where(
                log.resource == self.feed.resource,
                _since(log, self.start, self.postgresql),
                log.space_id.in_(self.source.spaces),
                log.row_id.not_in(self.source.scope(select(ident))),
            )
            .group_by(log.row_id)
        )
        if key:
            statement = statement.where(log.row_id > uuid.UUID(key[0]))
        rows = await self.session.execute(statement.order_by(log.row_id).limit(limit))
        reason = TombstoneReason.out_of_scope.value
        return [_Entry([str(row.row_id)], row.row_id, reason, row.at) for row in rows]

    async def read(self, phase: str, key: list | None, limit: int) -> list[_Entry]:
        ident = self.source.id_column
        if phase == "all":
            statement = self.source.scope(select(ident, self._reason().label("reason")))
            for _, condition in self.feed.tombstones:
                statement = statement.where(not_(condition))
            if key:
                statement = statement.where(ident > uuid.UUID(key[0]))
            rows = await self.session.execute(statement.order_by(ident).limit(limit))
            return [_Entry([str(row.id)], row.id, None, None) for row in rows]
        if phase == "changed":
            log = self.log
            changed = (
                select(
                    log.row_id.label("row_id"),
                    func.max(log.sequence).label("position"),
                    func.max(log.at).label("at"),
                )
                .where(log.resource == self.feed.resource, _since(log, self.start, self.postgresql))
                .group_by(log.row_id)
                .subquery()
            )
            statement = self.source.scope(
                select(ident, self._reason().label("reason"), changed.c.position, changed.c.at)
                .select_from(ident.table)
                .join(changed, changed.c.row_id == ident)
            )
            if key:
                position, last = int(key[0]), uuid.UUID(key[1])
                statement = statement.where(
                    changed.c.position >= position,
                    or_(changed.c.position > position, ident > last),
                )
            statement = statement.order_by(changed.c.position, ident).limit(limit)
            rows = await self.session.execute(statement)
            return [_Entry([row.position, str(row.id)], row.id, row.reason, row.at) for row in rows]
        if phase == "left":
            return await self._left(key, limit)
        spaces = await self._moved_spaces()
        if not spaces:
            return []
        column = self.feed.space_column
        if phase == "gained":
            statement = self.source.scope(
                select(ident, self._reason().label("reason"), column.label("space"))
            ).where(column.in_(list(spaces)))
        else:  # lost: under a moved space and no longer readable
            readable = self.source.scope(select(ident))
            statement = select(ident, literal(TombstoneReason.out_of_scope.value).label("reason"),
                               column.label("space")).where(
                column.in_(list(spaces)), ident.not_in(readable)
            )  # fmt: skip
        if key:
            statement = statement.where(ident > uuid.UUID(key[0]))
        rows = await self.session.execute(statement.order_by(ident).limit(limit))
        return [_Entry([str(row.id)], row.id, row.reason, spaces.get(row.space)) for row in rows]


async def purge_log(session: AsyncSession, log: Any, now: datetime, keep: timedelta) -> int:
    """Forget the changes older than `keep` (a scheduled job; the caller commits) and mark the
    horizon, before which a token is refused. Two workers at once delete nothing twice."""
    cutoff = now - keep
    result = await session.execute(delete(log).where(or_(log.at < cutoff, log.resource == HORIZON)))
    session.add(log(resource=HORIZON, row_id=HORIZON_ROW, at=cutoff))
    return result.rowcount or 0


async def _check_horizon(session: AsyncSession, log: Any, since: datetime, loc: str) -> None:
    statement = select(func.max(log.at)).where(log.resource == HORIZON)
    horizon = (await session.execute(statement)).scalar_one_or_none()
    if horizon is not None and since < horizon + LONGEST_TRANSACTION:
        raise ValidationFailed(
            "This sync started before the oldest change still kept; start again with "
            "`?sync=start`.",
            loc=("query", loc),
        )


async def sync_page(
    session: AsyncSession,
    source: SyncSource,
    params: PageParams,
    sync: SyncParams,
    rows_of: Callable[[Select], Any],
    to_read: Callable[[Sequence[Any]], Any],
) -> Page:
    """One page of a sync (module doc): `rows_of` runs the list's row statement, `to_read`
    shows the rows as the list does."""
    if params.cursor:
        state = _unpack(CURSOR_PREFIX, params.cursor, "cursor", "sync cursor")
        _check_owner(state, source, "cursor", "sync cursor")
    else:
        target = await watermark(session, source.feed.log)  # before any read (module doc)
        if sync.token is not None and sync.updated_since is not None:
            raise ValidationFailed(
                "Give `sync` or `updated_since`, not both.", loc=("query", "updated_since")
            )
        if sync.token == START:
            start, phase = None, "all"
        elif sync.token is not None:
            token = _unpack(TOKEN_PREFIX, sync.token, "sync", "sync token")
            _check_owner(token, source, "sync", "sync token")
            start, phase = token.get("w"), "changed"
            try:
                issued = datetime.fromisoformat(token["i"])
            except (KeyError, TypeError, ValueError):
                issued = None
            if not isinstance(start, dict) or issued is None:
                raise ValidationFailed("This sync token is not valid.", loc=("query", "sync"))
            await _check_horizon(session, source.feed.log, issued, "sync")
        else:
            since = sync.updated_since.astimezone(UTC)
            await _check_horizon(session, source.feed.log, since, "updated_since")
            start, phase = {"t": since.isoformat()}, "changed"
        state = {"l": source.feed.resource, "p": _caller(source), "f": start, "w": target,
                 "i": utcnow().isoformat(), "ph": phase, "k": None}  # fmt: skip
    if state.get("ph") not in NEXT_PHASE:
        raise ValidationFailed("This sync cursor is not valid.", loc=("query", "cursor"))
    reader = _Reader(session, source, state["f"])
    entries: list[_Entry] = []
    phase, key = state["ph"], state["k"]
    remaining = params.limit
    next_state: tuple[str, list | None] | None = None
    while phase is not None:
        found = await reader.read(phase, key, remaining + 1)
        if len(found) > remaining:
            entries += found[:remaining]
            next_state = (phase, found[remaining - 1].key)
            break
        entries += found
        remaining -= len(found)
        phase, key = NEXT_PHASE[phase], None
        if phase is not None and remaining == 0:
            next_state = (phase, None)
            break

    live = [entry.id for entry in entries if entry.reason is None]
    by_id: dict[uuid.UUID, Any] = {}
    if live:
        rows = await rows_of(source.fetch.where(source.id_column.in_(live)))
        shown = await to_read(rows)
        by_id = {row.id: item for row, item in zip(rows, shown, strict=True)}
    items, seen = [], set()
    for entry in entries:
        if entry.reason is None and entry.id in by_id and entry.id not in seen:
            seen.add(entry.id)
            items.append(by_id[entry.id])
    now = utcnow()
    tombstones = [
        Tombstone(id=entry.id, reason=TombstoneReason(entry.reason), at=entry.at or now)
        for entry in entries
        if entry.reason is not None
    ]
    if next_state is not None:
        cursor = _pack(CURSOR_PREFIX, {**state, "ph": next_state[0], "k": next_state[1]})
        return Page[Any](items=items, next_cursor=cursor, tombstones=tombstones)
    token = _pack(
        TOKEN_PREFIX, {"l": state["l"], "p": state["p"], "w": state["w"], "i": state.get("i")}
    )
    return Page[Any](items=items, next_cursor=None, tombstones=tombstones, sync_token=token)
