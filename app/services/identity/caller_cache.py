"""The caller of a request without a query when it can be trusted: a short-lived cache, in this
process's memory, of the Actor each credential (an access token, an API key) resolved to.

- An entry lives at most `CALLER_CACHE_SECONDS` (0 to 5; 0: no cache, every request queries
  the caller), measured on a monotonic clock (`clock`, which tests replace), and never past
  the credential's own expiry (the token's `exp`, the key's `expires_at`).
- A change that narrows or ends a caller's access is announced by the service that makes it,
  on its session (`changed`), and applied to this process's cache when that session commits
  (`after_commit`): the process that makes the change refuses AT ONCE. Other processes and
  replicas refuse within `CALLER_CACHE_SECONDS`, when their entry expires. The changes:
  logout and refresh-token reuse (the session's tokens), API key revocation or hand-over,
  user deactivation, archive, anonymisation, role change, space assignment change (the
  user's tokens and the keys the user answers for), association or partner archive (that
  owner's keys).
- A resolution that started before a change was applied is not stored (a generation counter):
  a request that read the old state while the change was committing cannot put it back.
- Only who the caller is is cached; every route still checks the caller's scopes and the
  policy against the rows it reads, as it does for a caller just queried.
"""

import hashlib
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.core.actor import Actor

MAX_ENTRIES = 10_000  # beyond, expired entries go, then everything (a burst of new callers)
INFO_KEY = "caller_cache"  # where a session finds its process's cache (sessionmaker info)
CHANGES_KEY = "caller_changes"  # what a session's commit must forget


@dataclass(frozen=True)
class Entry:
    actor: Actor  # without the request's id and address
    deadline: float  # on the cache's clock
    expires_at: float | None = None  # the credential's own expiry, UNIX time
    session_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None  # the token's user, or the user a key answers to
    api_key_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None  # a key's association or partner


@dataclass
class Changes:
    users: set[uuid.UUID] = field(default_factory=set)
    api_keys: set[uuid.UUID] = field(default_factory=set)
    sessions: set[uuid.UUID] = field(default_factory=set)
    owners: set[uuid.UUID] = field(default_factory=set)


class CallerCache:
    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self.generation = 0
        self._entries: dict[str, Entry] = {}

    @property
    def enabled(self) -> bool:
        return self.seconds > 0

    @staticmethod
    def key(kind: str, credential: str) -> str:
        return kind + hashlib.sha256(credential.encode()).hexdigest()

    def get(self, key: str, ctx_request_id: str | None, client_address: str | None):
        """The cached entry and its actor for this request, or None."""
        if not self._entries:
            return None
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.deadline <= self.clock() or (
            entry.expires_at is not None and entry.expires_at <= time.time()
        ):
            self._entries.pop(key, None)
            return None
        actor = replace(entry.actor, request_id=ctx_request_id, client_address=client_address)
        return entry, actor

    def put(self, key: str, generation: int, actor: Actor, **details) -> None:
        """Store what a resolution that started at `generation` found, unless a change was
        applied meanwhile."""
        if not self.enabled or generation != self.generation:
            return
        if len(self._entries) >= MAX_ENTRIES:
            now = self.clock()
            self._entries = {k: e for k, e in self._entries.items() if e.deadline > now}
            if len(self._entries) >= MAX_ENTRIES:
                self._entries.clear()
        bare = replace(actor, request_id=None, client_address=None)
        self._entries[key] = Entry(actor=bare, deadline=self.clock() + self.seconds, **details)

    def forget(self, changes: Changes) -> None:
        self.generation += 1
        if not self._entries:
            return
        self._entries = {
            key: entry
            for key, entry in self._entries.items()
            if not (
                entry.user_id in changes.users
                or entry.api_key_id in changes.api_keys
                or entry.session_id in changes.sessions
                or entry.owner_id in changes.owners
            )
        }

    def clear(self) -> None:
        self.generation += 1
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


def changed(
    session,
    *,
    users: Iterable[uuid.UUID | None] = (),
    api_keys: Iterable[uuid.UUID | None] = (),
    sessions: Iterable[uuid.UUID | None] = (),
    owners: Iterable[uuid.UUID | None] = (),
) -> None:
    """Announce on `session` (async or sync) a change to these callers' access: their cached
    entries in this process go when the session commits."""
    info = session.info
    pending: Changes = info.setdefault(CHANGES_KEY, Changes())
    pending.users.update(u for u in users if u is not None)
    pending.api_keys.update(k for k in api_keys if k is not None)
    pending.sessions.update(s for s in sessions if s is not None)
    pending.owners.update(o for o in owners if o is not None)


@event.listens_for(Session, "after_commit")
def _apply_after_commit(session: Session) -> None:
    pending = session.info.pop(CHANGES_KEY, None)
    if pending is None:
        return
    cache = session.info.get(INFO_KEY)
    if cache is not None:
        cache.forget(pending)
