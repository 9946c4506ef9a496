"""Spaces: their premises, hours and lifecycle (planned → installing → open ⇄ suspended →
closed).

Closing is for good and says why (a reason, kept in the audit trail): a closed space leaves the
public directory and the national export, and its label no longer reads as valid. Only the city
reopens one, and to `suspended`, not `open`: the city checks the space before it opens again."""

import uuid
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Row, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import Conflict, NotFound, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.repository import Repository, ScopedOnce
from app.core.state_machine import ANY, Move, StateMachine
from app.models.association import Association
from app.models.label import LabelRead
from app.models.partner import Partner, PartnerKind
from app.models.space import (
    ExceptionalClosureRead,
    OpeningSlotRead,
    Premises,
    PremisesRead,
    Space,
    SpaceCreate,
    SpaceRead,
    SpaceStatus,
    SpaceTransition,
    SpaceUpdate,
)
from app.models.validators import name_matches, stored_search_key
from app.services import audit, changes, crud, outbox, policy
from app.services.labels.status import (
    NO_LABEL,
    current_labels,
    label_day,
    label_from_row,
    with_current_label,
)
from app.services.spaces.opening_hours import osm_opening_hours, weekly_hours

S = SpaceStatus
MANAGERS = frozenset({policy.CITY, policy.ASSOCIATION})
CITY = frozenset({policy.CITY})
SPACE_LIFECYCLE = StateMachine(
    "space",
    S,
    [
        Move(S.planned, S.installing, MANAGERS),
        Move(S.installing, S.open, MANAGERS),
        Move(S.open, S.suspended, MANAGERS),
        Move(S.suspended, S.open, MANAGERS),
        Move(ANY, S.closed, MANAGERS, needs_reason=True),  # for good: says why
        # Reopened by the city only, and suspended: the city checks it before it opens again.
        Move(S.closed, S.suspended, CITY, needs_reason=True),
    ],
)


# ---- the read shape, built once ------------------------------------------------------------
# A page of spaces shares a handful of distinct premises, weekly hours and closures: each
# distinct stored value is validated (and its OSM string and weekly hours computed) once per
# process and remembered, and each SpaceRead is validated once, from those already-built pieces
# and the row's columns (no ORM object dumped, no model built and then validated again). The
# key is the stored JSON value's repr: the stored value is the only input, so a remembered piece
# is what validating that value again would give.
MEMO_SIZE = 4096  # distinct values remembered per kind; the memo starts afresh when full


class Memo:
    """`build(value)` once per distinct stored JSON value (dicts and lists: keyed by repr)."""

    def __init__(self, build: Callable[[Any], Any]) -> None:
        self.build = build
        self.values: dict[str, Any] = {}
        self.misses = 0

    def __call__(self, value: Any) -> Any:
        key = repr(value)
        found = self.values.get(key)
        if found is None:
            self.misses += 1
            found = self.build(value)
            if len(self.values) >= MEMO_SIZE:
                self.values.clear()
            self.values[key] = found
        return found


def _premises(value: dict | None) -> PremisesRead:
    return PremisesRead.model_validate(Premises.model_validate(value or {}), from_attributes=True)


def _hours(slots: list | None) -> tuple[tuple[OpeningSlotRead, ...], str | None, float]:
    """The slots as read, their OSM `opening_hours` string and the weekly hours."""
    slots = slots or []
    built = tuple(OpeningSlotRead.model_validate(slot) for slot in slots)
    return built, osm_opening_hours(slots), weekly_hours(slots)


def _closures(closures: list | None) -> tuple[ExceptionalClosureRead, ...]:
    return tuple(ExceptionalClosureRead.model_validate(c) for c in closures or [])


PREMISES = Memo(_premises)
HOURS = Memo(_hours)
CLOSURES = Memo(_closures)
_COLUMNS = tuple(column.key for column in Space.__table__.columns)
_VALIDATE = SpaceRead.__pydantic_validator__.validate_python


def _values(space: Space | Row) -> dict[str, Any]:
    """A space's stored values: from a Core row (lists) or an ORM object (one by id, a write)."""
    if isinstance(space, Row):
        return dict(space._mapping)
    return {name: getattr(space, name) for name in _COLUMNS}


def to_read(space: Space | Row, actor: Actor, label: LabelRead = NO_LABEL) -> SpaceRead:
    values = _values(space)
    relations = policy.space_relations(actor, space)
    archived = values["archived_at"] is not None
    allowed = [] if archived else SPACE_LIFECYCLE.allowed(values["status"], relations)
    slots, osm, weekly = HOURS(values["opening_hours"])
    values.update(
        premises=PREMISES(values["premises"]),
        opening_hours=slots,
        exceptional_closures=CLOSURES(values["exceptional_closures"]),
        allowed_transitions=allowed,
        opening_hours_osm=osm,
        weekly_opening_hours=weekly,
        label=label,
    )
    return _VALIDATE(values)


async def _to_reads(
    session: AsyncSession, actor: Actor, rows: Sequence[Space | Row]
) -> list[SpaceRead]:
    """Spaces as the API shows them, each with its current label (read from its dates): one
    query for the page's labels."""
    labels = await current_labels(session, [row.id for row in rows])
    return [to_read(row, actor, labels.get(row.id, NO_LABEL)) for row in rows]


SPACES = Repository[Space, SpaceRead](
    Space,
    scope=policy.scope_spaces,
    label="space",
    to_reads=_to_reads,
    sorts={
        "name": SortKey(Space.name_search),
        "created_at": SortKey(Space.created_at, "datetime"),
    },
    default_sort="name",
    sync=changes.feed(
        "space",
        tombstones=((changes.ARCHIVED, Space.archived_at.is_not(None)),),
        space_column=Space.id,
    ),
)


def _announce(
    session: AsyncSession,
    event_type: str,
    space: Space,
    changed: list[str],
    after: dict | None = None,
) -> None:
    """A `space.*` event in the outbox, in the write's own transaction (webhooks read it).

    Thin on purpose: public fields only (the portal reads the rest from /public/spaces)."""
    state = {
        "id": space.id,
        "association_id": space.association_id,
        "name": space.name,
        "kind": space.kind,
        "status": space.status,
    }
    state.update({k: v for k, v in (after or {}).items() if k in state})
    outbox.emit(session, event_type, "space", space.id, {**state, "changed": sorted(changed)})


def _changed(space: Space, changes: dict) -> list[str]:
    return [name for name, value in changes.items() if getattr(space, name) != value]


def _json_fields(data: dict, model: SpaceCreate | SpaceUpdate) -> dict:
    """Nested shapes are stored as JSON: keep their wire form (aliases, ISO strings)."""
    for name in (
        "premises",
        "opening_hours",
        "exceptional_closures",
        "services",
        "access_modes",
        "support_modes",
    ):
        if name in data and data[name] is not None:
            data[name] = model.model_dump(mode="json", by_alias=True, include={name})[name]
    return data


async def _association_for_write(
    session: AsyncSession, actor: Actor, association_id: uuid.UUID
) -> Association:
    # Locked until the space is written: archiving the association waits for it (or the
    # space waits and then sees the association archived), never both at once.
    statement = policy.scope_associations(
        actor, select(Association).where(Association.id == association_id)
    ).with_for_update()
    association = (await session.execute(statement)).scalar_one_or_none()
    if association is None:
        raise ValidationFailed("No such association.", loc=("body", "association_id"))
    if association.archived_at is not None:
        raise Conflict("This association is archived; it cannot get new spaces.")
    return association


async def _check_operator(session: AsyncSession, actor: Actor, values: dict) -> None:
    """Only the city contracts operators; the partner must be an active maintenance operator."""
    policy.require_fields("space", policy.role_relations(actor), values)
    if values.get("maintenance_operator_id") is None:
        return
    partner = await session.get(Partner, values["maintenance_operator_id"])
    if (
        partner is None
        or partner.archived_at is not None
        or partner.kind != PartnerKind.maintenance_operator
    ):
        raise ValidationFailed(
            "No such maintenance operator.", loc=("body", "maintenance_operator_id")
        )


async def create_space(session: AsyncSession, actor: Actor, data: SpaceCreate) -> SpaceRead:
    policy.require(actor, "space:create")
    association = await _association_for_write(session, actor, data.association_id)
    await _check_operator(session, actor, data.model_dump(exclude_unset=True))
    values = _json_fields(data.model_dump(exclude_unset=True), data)
    values.setdefault("neighbourhood", association.neighbourhood)
    values = {k: v for k, v in values.items() if v is not None}
    space = Space(**values, name_search=stored_search_key(data.name))
    session.add(space)
    await session.flush()
    _announce(session, "space.created", space, [])
    audit.record(
        session,
        actor,
        "space.create",
        "space",
        space.id,
        data.model_dump(mode="json", by_alias=True),
    )
    await session.commit()
    return await SPACES.read(session, actor, space)


def _by_id():
    """The read by id's statement (building it cost a third of the request): the space's
    columns and its label's, the id and the day as parameters; built and scoped once per
    caller's shape by `_BY_ID`."""
    table = Space.__table__
    statement = select(*table.columns).where(table.c.id == bindparam("space_id"))
    return with_current_label(statement, bindparam("label_day"))


# Scoped once per caller's shape, so that its cache key is computed once (core/repository.py).
_BY_ID = ScopedOnce(policy.scope_spaces, _by_id)


async def get_space(session: AsyncSession, actor: Actor, space_id: uuid.UUID) -> SpaceRead:
    """One query: the space, if the caller may read it, with its current label (a Core row,
    as on lists)."""
    on = label_day()
    statement = _BY_ID(actor)
    params = {"space_id": space_id, "label_day": on}
    # On the session's connection (its transaction): a select of Core columns needs none of
    # the ORM's execution (identity map, ORM result objects).
    connection = await session.connection()
    row = (await connection.execute(statement, params)).one_or_none()
    if row is None:
        raise NotFound("No such space.")
    mapping = row._mapping
    space = SimpleNamespace(**{name: mapping[name] for name in _COLUMNS})
    return to_read(space, actor, label_from_row(mapping, on))


def list_spaces(
    session: AsyncSession,
    actor: Actor,
    *,
    association_id: uuid.UUID | None,
    kind: str | None,
    status: str | None,
    neighbourhood: str | None,
    q: str | None,
    include_archived: bool,
) -> Listing[SpaceRead]:
    statement = SPACES.readable(actor)
    if not include_archived:
        statement = statement.where(Space.archived_at.is_(None))
    statement = where_given(
        statement,
        (
            (Space.association_id, association_id),
            (Space.kind, kind),
            (Space.status, status),
            (Space.neighbourhood, neighbourhood),
        ),
    )
    if q:
        statement = statement.where(name_matches(Space.name_search, q))

    return SPACES.listing(session, actor, statement, core_rows=True)


async def update_space(
    session: AsyncSession,
    actor: Actor,
    space_id: uuid.UUID,
    data: SpaceUpdate,
    if_match: str | None,
) -> SpaceRead:
    space = await SPACES.find(session, actor, space_id)
    policy.require(actor, "space:update")
    if space.archived_at is not None:
        raise Conflict("This space is archived; it can no longer be changed.")
    changes = _json_fields(data.model_dump(exclude_unset=True), data)
    await _check_operator(session, actor, changes)
    if "name" in changes:
        changes["name_search"] = stored_search_key(changes["name"])
    if ("latitude" in changes) and changes["latitude"] is None:
        changes["longitude"] = None
    # Emitted before crud.update commits, so the event shares the change's transaction (a
    # refused If-Match or a conflict rolls both back).
    if changed := _changed(space, changes):
        _announce(
            session, "space.updated", space, [n for n in changed if n != "name_search"], changes
        )
    await crud.update(
        session,
        actor,
        space,
        changes,
        if_match=if_match,
        current=await SPACES.read(session, actor, space),
        resource_type="space",
    )
    return await SPACES.read(session, actor, space)


async def transition_space(
    session: AsyncSession,
    actor: Actor,
    space_id: uuid.UUID,
    data: SpaceTransition,
    if_match: str | None,
) -> SpaceRead:
    space = await SPACES.find(session, actor, space_id)
    policy.require(actor, "space:transition")
    if space.archived_at is not None:
        raise Conflict("This space is archived; its status can no longer change.")
    current = await SPACES.read(session, actor, space)

    async def write(changes: dict) -> None:
        _announce(session, "space.updated", space, ["status"], changes)
        await crud.update(
            session,
            actor,
            space,
            changes,
            if_match=if_match,
            current=current,
            resource_type="space",
            action="transition",
            note={"reason": data.reason} if data.reason else None,
        )

    await SPACE_LIFECYCLE.transition(
        space,
        data.to,
        current=space.status,
        relations=policy.space_relations(actor, space),
        actor=actor,
        session=session,
        reason=data.reason,
        write=write,
    )
    return await SPACES.read(session, actor, space)


async def archive_space(
    session: AsyncSession, actor: Actor, space_id: uuid.UUID, if_match: str | None
) -> SpaceRead:
    space = await SPACES.find(session, actor, space_id)
    policy.require(actor, "space:archive")
    if space.status not in (S.planned, S.closed):
        raise Conflict(f"Close this space before archiving it (it is '{space.status}').")
    if space.archived_at is None:
        _announce(session, "space.archived", space, ["archived_at"])
    await crud.archive(
        session,
        actor,
        space,
        if_match=if_match,
        current=await SPACES.read(session, actor, space),
        resource_type="space",
    )
    return await SPACES.read(session, actor, space)
