"""The sync feeds of the lists apps cache offline, declared on their repositories
(`Repository(..., sync=feed("visit", ...))`): bound here to the change log that migration
0022's triggers write, so that `app/core/sync.py` knows no table."""

from typing import Any

from sqlalchemy import Select, select

from app.core.actor import Actor
from app.core.sync import SyncFeed, TombstoneReason
from app.models.platform import SyncChange
from app.models.space import Space
from app.services import policy

ARCHIVED = TombstoneReason.archived
CANCELLED = TombstoneReason.cancelled


def feed(
    resource: str,
    *,
    tombstones: tuple[tuple[TombstoneReason, Any], ...] = (),
    space_column: Any = None,
) -> SyncFeed:
    """`resource`: the name the triggers log the table's rows under (migration 0022);
    `space_column`: the space a row sits under, for a list whose scope follows spaces."""
    return SyncFeed(
        resource,
        SyncChange,
        tombstones,
        space_column,
        readable_spaces=readable_spaces if space_column is not None else None,
    )


def readable_spaces(actor: Actor) -> Select:
    """The spaces this caller reads: a row moved out of one leaves the caller's list."""
    return policy.scope_spaces(actor, select(Space.id))
