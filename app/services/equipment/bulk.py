"""Many allocations at once, through the same rules as one movement (`items.py`), set-based:
a handful of statements whatever the number of items, in the caller's transaction.

The rules are those of `MOVEMENTS_MACHINE`'s `allocate` move and its `_to_destination` effect:
only the city allocates; only an item in stock is allocated (one winner per item: the UPDATE is
guarded by `status = 'in_stock'`, so of two writers only one moves an item); the space is open;
its association has a loan agreement in force today, which the item joins. `check_allocations`
reads what the rules need in three queries and answers every refusal at once (item and rule);
`write_allocations` moves the items in one UPDATE, and writes their movements and audit events
in batched INSERTs.
"""

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today, utcnow
from app.core.errors import Conflict
from app.models.equipment import Equipment, EquipmentStatus, LoanAgreement, Movement, MovementKind
from app.models.space import Space, SpaceStatus
from app.services import audit
from app.services.equipment.items import MOVEMENTS_MACHINE
from app.services.equipment.loan_agreements import effective_status_column

E, K = EquipmentStatus, MovementKind


@dataclass(frozen=True)
class Placement:
    """One item to allocate to one space; `loc` says where it was asked (for a refusal)."""

    equipment_id: uuid.UUID
    space_id: uuid.UUID
    loc: tuple
    ref: object = None  # the caller's own (its plan line)


@dataclass(frozen=True)
class Refusal:
    loc: tuple
    rule: str
    msg: str
    equipment_id: uuid.UUID | None = None
    inventory_number: str | None = None


@dataclass
class Checked:
    refusals: list[Refusal]
    agreements: dict[uuid.UUID, uuid.UUID]  # space id -> the agreement its items join


def require_may_allocate(relations: frozenset[str]) -> None:
    """The machine's own check of an `allocate` from stock (403 naming who may)."""
    MOVEMENTS_MACHINE.check(E.in_stock, K.allocate, relations)


async def agreements_in_force(
    session: AsyncSession, association_ids: set[uuid.UUID]
) -> dict[uuid.UUID, uuid.UUID]:
    """Each association's agreement in force today (the latest started), in one query."""
    if not association_ids:
        return {}
    on = today()
    rows = await session.execute(
        select(LoanAgreement.association_id, LoanAgreement.id)
        .where(
            LoanAgreement.association_id.in_(association_ids),
            effective_status_column(on) == "active",
            LoanAgreement.starts_on <= on,
        )
        .order_by(LoanAgreement.starts_on.desc(), LoanAgreement.id)
    )
    found: dict[uuid.UUID, uuid.UUID] = {}
    for association_id, agreement_id in rows.all():
        found.setdefault(association_id, agreement_id)
    return found


def _item_refusal(item, kind: str | None, funding_source: str | None) -> tuple | None:
    """(rule, message) when the item cannot be allocated: the `allocate` move's source state,
    and what the caller asked of it (its kind, its origin)."""
    if item is None or item.status != E.in_stock or item.archived_at is not None:
        status = item.status if item else "unknown"
        number = item.inventory_number if item else "asked for"
        return (
            "not_in_stock",
            f"The item {number} is {status}, not in stock; only an item in stock is allocated.",
        )
    if kind and item.kind != kind:
        return "wrong_kind", f"The item {item.inventory_number} is a {item.kind}, not a {kind}."
    if funding_source and item.funding_source != funding_source:
        return (
            "wrong_funding_source",
            f"The item {item.inventory_number} is funded by {item.funding_source}, "
            f"not {funding_source}.",
        )
    return None


def _space_refusal(space, under_agreement: bool) -> tuple | None:
    """(rule, message) when nothing can go to the space: `_destination`'s rules in items.py."""
    if space.archived_at is not None or space.status == SpaceStatus.closed:
        return "space_closed", f"The space '{space.name}' is closed; equipment cannot go there."
    if not under_agreement:
        return (
            "no_active_agreement",
            f"The association of '{space.name}' has no loan agreement in force today; "
            "equipment can be allocated only under an active agreement.",
        )
    return None


async def check_allocations(
    session: AsyncSession,
    placements: Sequence[Placement],
    *,
    kinds: dict[uuid.UUID, str],
    funding_source: str | None = None,
    picked: frozenset[uuid.UUID] = frozenset(),
) -> Checked:
    """Every refusal of these allocations, read in three queries. `kinds`: the kind each item
    must be (what its line asked for); `picked`: items `pick_from_stock` took in this
    transaction, whose WHERE is already the item rules (in stock, kind, origin)."""
    refusals: list[Refusal] = []
    item_ids = [p.equipment_id for p in placements if p.equipment_id not in picked]
    items = {}
    if item_ids:
        rows = await session.execute(
            select(
                Equipment.id,
                Equipment.inventory_number,
                Equipment.kind,
                Equipment.status,
                Equipment.funding_source,
                Equipment.archived_at,
            ).where(Equipment.id.in_(item_ids))
        )
        items = {row.id: row for row in rows.all()}
    space_ids = {p.space_id for p in placements}
    spaces = {
        row.id: row
        for row in (
            await session.execute(
                select(
                    Space.id, Space.name, Space.association_id, Space.status, Space.archived_at
                ).where(Space.id.in_(space_ids))
            )
        ).all()
    }
    agreements = await agreements_in_force(session, {s.association_id for s in spaces.values()})
    by_space: dict[uuid.UUID, uuid.UUID] = {}
    for space_id, space in spaces.items():
        if space.archived_at is not None or space.status == SpaceStatus.closed:
            continue
        if space.association_id in agreements:
            by_space[space_id] = agreements[space.association_id]
    refused_spaces: set[uuid.UUID] = set()
    for placement in placements:
        item = items.get(placement.equipment_id)
        item_rule = (
            None
            if placement.equipment_id in picked
            else _item_refusal(item, kinds.get(placement.equipment_id), funding_source)
        )
        if item_rule:
            rule, msg = item_rule
            number = item.inventory_number if item else None
            refusals.append(Refusal(placement.loc, rule, msg, placement.equipment_id, number))
            continue
        space = spaces.get(placement.space_id)
        if space is None or placement.space_id in refused_spaces:
            continue
        space_rule = _space_refusal(space, placement.space_id in by_space)
        if space_rule:
            refused_spaces.add(placement.space_id)  # said once per space, not once per item
            refusals.append(Refusal(placement.loc, *space_rule))
    return Checked(refusals, by_space)


def _values(rows: list[dict], keys: Sequence[str]) -> list[dict]:
    return [{k: r[k] for k in keys} for r in rows]


async def write_allocations(
    session: AsyncSession,
    actor: Actor,
    movements: list[dict],
    stage: Callable[[], Awaitable[Select]],
    *,
    reason: str | None,
) -> None:
    """Write the movements, then move the items in one guarded UPDATE, then the audit events.

    `movements`: one dict per checked allocation, with `id` (the movement's), `equipment_id`,
    `space_id` and `loan_agreement_id`. `stage()` is called once the movements exist and
    answers a SELECT of (equipment_id, space_id, loan_agreement_id) over them (the caller
    keeps its own record of what it moved). An item no longer in stock when the UPDATE runs
    (moved by someone else) is a 409 naming it; the caller's transaction then goes whole."""
    now = utcnow()
    rows = [
        {
            "id": m["id"],
            "equipment_id": m["equipment_id"],
            "kind": K.allocate.value,
            "from_status": E.in_stock.value,
            "to_status": E.allocated.value,
            "from_space_id": None,
            "to_space_id": m["space_id"],
            "loan_agreement_id": m["loan_agreement_id"],
            "reason": reason,
            "actor_user_id": actor.user_id,
            "actor_api_key_id": actor.api_key_id,
            "occurred_at": now,
        }
        for m in movements
    ]
    if not rows:
        return
    await session.execute(Movement.__table__.insert(), rows)
    staged = (await stage()).subquery("staged")
    item = Equipment.__table__.c
    result = await session.execute(
        update(Equipment)
        .where(
            Equipment.id.in_(select(staged.c.equipment_id)),
            Equipment.status == E.in_stock.value,
            Equipment.archived_at.is_(None),
        )
        .values(
            status=E.allocated.value,
            space_id=select(staged.c.space_id)
            .where(staged.c.equipment_id == item.id)
            .scalar_subquery(),
            loan_agreement_id=select(staged.c.loan_agreement_id)
            .where(staged.c.equipment_id == item.id)
            .scalar_subquery(),
            version=Equipment.version + 1,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != len(movements):
        intended = {m["equipment_id"]: m["space_id"] for m in movements}
        found = await session.execute(
            select(Equipment.id, Equipment.inventory_number, Equipment.status, Equipment.space_id)
            .where(Equipment.id.in_(list(intended)))
            .order_by(Equipment.inventory_number)
        )
        taken = [
            row.inventory_number
            for row in found.all()
            if (row.status, row.space_id) != (E.allocated.value, intended[row.id])
        ]
        raise Conflict(
            "Items were moved by someone else at the same moment; nothing was moved"
            + (": " + ", ".join(taken[:20]) if taken else "."),
            rule="moved_concurrently",
        )
    await audit.record_many(
        session,
        actor,
        "equipment.allocate",
        "equipment",
        [
            (
                r["equipment_id"],
                {
                    "from": {"status": E.in_stock.value, "space_id": None},
                    "to": {"status": E.allocated.value, "space_id": r["to_space_id"]},
                    "reason": reason,
                },
            )
            for r in rows
        ],
    )


async def count_in_stock(
    session: AsyncSession, kinds: set[str], funding_source: str | None
) -> dict[str, int]:
    if not kinds:
        return {}
    statement = (
        select(Equipment.kind, func.count())
        .where(
            Equipment.kind.in_(kinds),
            Equipment.status == E.in_stock.value,
            Equipment.archived_at.is_(None),
        )
        .group_by(Equipment.kind)
    )
    if funding_source:
        statement = statement.where(Equipment.funding_source == funding_source)
    return dict((await session.execute(statement)).all())


async def pick_from_stock(
    session: AsyncSession,
    kind: str,
    count: int,
    *,
    funding_source: str | None,
    excluded: set[uuid.UUID],
) -> list[uuid.UUID]:
    """The first `count` items in stock of a kind (inventory order). On PostgreSQL the rows
    are locked and rows another transaction holds are skipped, so two plans executed at once
    take different items rather than one failing on the other's."""
    statement = (
        select(Equipment.id)
        .where(
            Equipment.kind == kind,
            Equipment.status == E.in_stock.value,
            Equipment.archived_at.is_(None),
        )
        .order_by(Equipment.inventory_number)
        .limit(count + len(excluded))
    )
    if funding_source:
        statement = statement.where(Equipment.funding_source == funding_source)
    if session.bind.dialect.name == "postgresql":
        statement = statement.with_for_update(skip_locked=True)
    found = [i for i in (await session.execute(statement)).scalars().all() if i not in excluded]
    return found[:count]
