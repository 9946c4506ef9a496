"""The sync feeds of the lists apps cache offline, declared on their repositories
(`Repository(..., sync=feed("visit", ...))`): bound here to the change log that migration
0022's triggers write, so that `app/core/sync.py` knows no table."""

from typing import Any

from app.core.sync import SyncFeed, TombstoneReason
from app.models.platform import SyncChange

ARCHIVED = TombstoneReason.archived
CANCELLED = TombstoneReason.cancelled


def feed(
    resource: str,
    *,
    tombstones: tuple[tuple[TombstoneReason, Any], ...] = (),
    space_column: Any = None,
) -> SyncFeed:
    """`resource`: the name the triggers log the table's rows under (migration 0022)."""
    return SyncFeed(resource, SyncChange, tombstones, space_column)
