"""Equipment: the inventory, and the append-only movements that place each item.

Movements are a state machine in the house format (`MOVEMENTS_MACHINE`): each kind is a named
move from some statuses to a target status, with what it needs and what entering a status does;
checked by the one `StateMachine.check` and reported to clients as `allowed_movements`. Every
move is a guarded UPDATE on the item's row (`WHERE version = …`), so two simultaneous moves of
one item cannot both win.
"""

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today
from app.core.errors import Conflict, PreconditionFailed, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update, is_unique_violation
from app.core.repository import Repository, rowwise, through_parent
from app.core.state_machine import Move, StateMachine, Step
from app.models.equipment import (
    Equipment,
    EquipmentCreate,
    EquipmentRead,
    EquipmentStatus,
    EquipmentUpdate,
    LoanAgreement,
    Movement,
    MovementCreate,
    MovementKind,
    MovementRead,
)
from app.models.space import Space, SpaceStatus
from app.services import audit, changes, crud, policy
from app.services.equipment.loan_agreements import (
    LOAN_AGREEMENTS,
    active_agreement_for,
    effective_status,
)

E, K = EquipmentStatus, MovementKind
GENERATED_DIGITS = 5
GENERATION_ATTEMPTS = 8


# ---- the movements, as a state machine ----------------------------------------------------------


PLACED_KINDS = frozenset({K.allocate, K.transfer})  # the movements that say where to


def _check_place_given(data: MovementCreate) -> None:
    """The request's shape, before any state: a space with allocate and transfer only."""
    if data.kind in PLACED_KINDS and data.space_id is None:
        raise ValidationFailed(f"Say which space to {data.kind}.", loc=("body", "space_id"))
    if data.kind not in PLACED_KINDS and data.space_id is not None:
        raise ValidationFailed(
            "A space is given only to allocate or transfer.", loc=("body", "space_id")
        )


async def _to_destination(item: Equipment, step: Step) -> None:
    space, agreement = await _destination(step.session, item, step.data.space_id)
    step.changes |= {"space_id": space.id, "loan_agreement_id": agreement.id}


async def _back_where_it_was(item: Equipment, step: Step) -> None:
    step.changes["status"] = await _status_after_repair(step.session, item)


async def _leave_its_place(item: Equipment, step: Step) -> None:
    step.changes |= {"space_id": None, "loan_agreement_id": None}


async def _stamp_archived(item: Equipment, step: Step) -> None:
    step.changes["archived_at"] = step.now


def _refusal(machine: StateMachine, status: str, kind: str, allowed: list[str]) -> str:
    return f"An item that is {status} cannot {kind.replace('_', ' ')}" + (
        f"; possible now: {', '.join(allowed)}." if allowed else "; it cannot move."
    )


CITY = frozenset({policy.CITY})
MOVEMENTS_MACHINE = StateMachine(
    "equipment item",
    E,
    [
        Move(E.in_stock, E.allocated, CITY, name=K.allocate, effects=(_to_destination,)),
        Move(E.allocated, E.allocated, CITY, name=K.transfer, effects=(_to_destination,)),
        Move({E.allocated, E.lost}, E.in_stock, CITY, name=K.return_to_stock),
        # an item in repair keeps its place to come back to
        Move({E.in_stock, E.allocated}, E.in_repair, CITY, name=K.send_to_repair),
        Move(E.in_repair, None, CITY, name=K.back_from_repair, effects=(_back_where_it_was,)),
        Move({E.in_stock, E.in_repair, E.lost}, E.retired, CITY, name=K.retire, needs_reason=True),
        Move({E.in_stock, E.allocated, E.in_repair}, E.lost, CITY, name=K.declare_lost),
    ],
    on_enter={
        E.in_stock: [_leave_its_place],
        E.lost: [_leave_its_place],
        E.retired: [_leave_its_place, _stamp_archived],
    },
    allowed_key="allowed_movements",
    refusal=_refusal,
)


def allowed_movements(status: str, relations: frozenset[str]) -> list[MovementKind]:
    return [MovementKind(kind) for kind in MOVEMENTS_MACHINE.allowed(status, relations)]


# ---- reading ------------------------------------------------------------------------------------


def euros(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))


def cents(value: Decimal | None) -> int | None:
    return None if value is None else int((value * 100).to_integral_value())


def to_read(item: Equipment, actor: Actor) -> EquipmentRead:
    return EquipmentRead.model_validate(
        {
            **item.model_dump(),
            "purchase_value": euros(item.purchase_value_cents),
            "allowed_movements": allowed_movements(item.status, policy.equipment_relations(actor)),
        }
    )


EQUIPMENT = Repository[Equipment, EquipmentRead](
    Equipment,
    scope=policy.scope_equipment,
    label="equipment item",
    to_reads=rowwise(to_read),
    sorts={
        "inventory_number": SortKey(Equipment.inventory_number),
        "created_at": SortKey(Equipment.created_at, "datetime"),
        "updated_at": SortKey(Equipment.updated_at, "datetime"),
    },
    default_sort="inventory_number",
    sync=changes.feed(
        "equipment",
        tombstones=((changes.ARCHIVED, Equipment.archived_at.is_not(None)),),
        space_column=Equipment.space_id,
    ),
)
MOVEMENTS = Repository[Movement, MovementRead](
    Movement,
    scope=through_parent,
    label="movement",
    to_reads=rowwise(lambda row, actor: MovementRead.model_validate(row)),
    sorts={"occurred_at": SortKey(Movement.occurred_at, "datetime")},
    default_sort="occurred_at",
)


async def get_equipment(session: AsyncSession, actor: Actor, item_id: uuid.UUID) -> EquipmentRead:
    return await EQUIPMENT.get(session, actor, item_id)


def filtered(
    statement: Select,
    *,
    kind: str | None = None,
    status: str | None = None,
    funding_source: str | None = None,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    loan_agreement_id: uuid.UUID | None = None,
    brand: str | None = None,
    model: str | None = None,
    acquired_from: date | None = None,
    acquired_to: date | None = None,
    q: str | None = None,
) -> Select:
    statement = where_given(
        statement,
        (
            (Equipment.kind, kind),
            (Equipment.status, status),
            (Equipment.funding_source, funding_source),
            (Equipment.space_id, space_id),
            (Equipment.loan_agreement_id, loan_agreement_id),
        ),
    )
    if association_id is not None:
        spaces = select(Space.id).where(Space.association_id == association_id)
        statement = statement.where(Equipment.space_id.in_(spaces))
    if brand:
        statement = statement.where(func.lower(Equipment.brand) == brand.lower())
    if model:
        statement = statement.where(func.lower(Equipment.model) == model.lower())
    if acquired_from:
        statement = statement.where(Equipment.acquired_on >= acquired_from)
    if acquired_to:
        statement = statement.where(Equipment.acquired_on <= acquired_to)
    if q:
        needle = q.lower()
        statement = statement.where(
            func.lower(Equipment.inventory_number).contains(needle, autoescape=True)
            | func.lower(Equipment.serial_number).contains(needle, autoescape=True)
        )
    return statement


def list_equipment(session: AsyncSession, actor: Actor, **filters) -> Listing[EquipmentRead]:
    statement = filtered(EQUIPMENT.readable(actor), **filters)

    return EQUIPMENT.listing(session, actor, statement)


# ---- creating and changing ----------------------------------------------------------------------


def normalise_inventory_number(value: str) -> str:
    return value.strip().upper()


async def next_inventory_number(session: AsyncSession, year: int) -> str:
    """`ENC-<year>-<seq>`, seq one above the year's highest generated (zero-padded) number."""
    prefix = f"ENC-{year}-"
    highest = (
        await session.execute(
            select(func.max(Equipment.inventory_number)).where(
                Equipment.inventory_number.like(prefix + "_" * GENERATED_DIGITS)
            )
        )
    ).scalar_one_or_none()
    seq = int(highest[len(prefix) :]) + 1 if highest and highest[len(prefix) :].isdigit() else 1
    return f"{prefix}{seq:0{GENERATED_DIGITS}d}"


async def check_unique(
    session: AsyncSession,
    *,
    inventory_number: str | None,
    serial_number: str | None,
    exclude: uuid.UUID | None = None,
) -> None:
    for column, value, name in (
        (Equipment.inventory_number, inventory_number, "inventory_number"),
        (Equipment.serial_number, serial_number, "serial_number"),
    ):
        if value is None:
            continue
        statement = select(Equipment.inventory_number).where(column == value)
        if exclude is not None:
            statement = statement.where(Equipment.id != exclude)
        owner = (await session.execute(statement)).scalar_one_or_none()
        if owner is not None:
            raise Conflict(
                f"The {name.replace('_', ' ')} {value} is already used by {owner}.", field=name
            )


def _values(data: EquipmentCreate | EquipmentUpdate) -> dict:
    values = data.model_dump(exclude_unset=True)
    if "purchase_value" in values:
        values["purchase_value_cents"] = cents(values.pop("purchase_value"))
    return values


async def insert_equipment(session: AsyncSession, values: dict) -> Equipment:
    """Insert in a savepoint; a generated number taken by a concurrent insert is retried."""
    given = values.get("inventory_number")
    for _ in range(GENERATION_ATTEMPTS):
        number = given or await next_inventory_number(session, today().year)
        item = Equipment(**{**values, "inventory_number": number})
        try:
            async with session.begin_nested():
                session.add(item)
                await session.flush()
            return item
        except IntegrityError as exc:
            if given or not is_unique_violation(exc):
                if is_unique_violation(exc):
                    raise Conflict("This inventory or serial number is already used.") from exc
                raise
    raise Conflict("Could not generate a free inventory number; retry the request.")


async def create_equipment(
    session: AsyncSession, actor: Actor, data: EquipmentCreate
) -> EquipmentRead:
    policy.require(actor, "equipment:create")
    values = _values(data)
    if values.get("inventory_number"):
        values["inventory_number"] = normalise_inventory_number(values["inventory_number"])
    await check_unique(
        session,
        inventory_number=values.get("inventory_number"),
        serial_number=values.get("serial_number"),
    )
    item = await insert_equipment(session, values)
    audit.record(
        session,
        actor,
        "equipment.create",
        "equipment",
        item.id,
        {**data.model_dump(mode="json"), "inventory_number": item.inventory_number},
    )
    await session.commit()
    return to_read(item, actor)


async def update_equipment(
    session: AsyncSession,
    actor: Actor,
    item_id: uuid.UUID,
    data: EquipmentUpdate,
    if_match: str | None,
) -> EquipmentRead:
    item = await EQUIPMENT.find(session, actor, item_id)
    policy.require(actor, "equipment:update")
    if item.status == E.retired:
        raise Conflict("This item is retired; its record can no longer change.")
    changes = _values(data)
    if changes.get("serial_number"):
        await check_unique(
            session, inventory_number=None, serial_number=changes["serial_number"], exclude=item.id
        )
    await crud.update(
        session,
        actor,
        item,
        changes,
        if_match=if_match,
        current=to_read(item, actor),
        resource_type="equipment",
        conflict="This serial number is already used.",
    )
    return to_read(item, actor)


# ---- movements ----------------------------------------------------------------------------------


async def _destination(session: AsyncSession, item: Equipment, space_id: uuid.UUID) -> tuple:
    space = await session.get(Space, space_id)
    if space is None:
        raise ValidationFailed("No such space.", loc=("body", "space_id"))
    if space.archived_at is not None or space.status == SpaceStatus.closed:
        raise Conflict(f"The space '{space.name}' is closed; equipment cannot go there.")
    if space.id == item.space_id:
        raise Conflict(f"This item is already at '{space.name}'.")
    agreement = await active_agreement_for(session, space.association_id)
    if agreement is None:
        raise Conflict(
            f"The association of '{space.name}' has no loan agreement in force today; "
            "equipment can be allocated only under an active agreement."
        )
    return space, agreement


async def apply_movement(
    session: AsyncSession,
    actor: Actor,
    item: Equipment,
    data: MovementCreate,
    relations: frozenset[str] | None = None,
) -> Movement:
    """Check and record one move (no commit): 403/409/422 saying why when it is impossible.
    `relations`: the caller's (by default its own; tickets move items on the city's behalf)."""
    _check_place_given(data)
    before = {"status": item.status, "space_id": item.space_id}

    async def write(changes: dict) -> None:
        try:
            await guarded_update(session, item, changes)
        except PreconditionFailed as exc:
            raise Conflict(
                "This item was moved by someone else at the same moment; read it again."
            ) from exc

    await MOVEMENTS_MACHINE.transition(
        item,
        data.kind,
        current=item.status,
        relations=policy.equipment_relations(actor) if relations is None else relations,
        actor=actor,
        session=session,
        reason=data.reason,
        data=data,
        write=write,
    )
    movement = Movement(
        equipment_id=item.id,
        kind=data.kind.value,
        from_status=before["status"],
        to_status=item.status,
        from_space_id=before["space_id"],
        to_space_id=item.space_id,
        loan_agreement_id=item.loan_agreement_id,
        reason=data.reason,
        actor_user_id=actor.user_id,
        actor_api_key_id=actor.api_key_id,
    )
    session.add(movement)
    audit.record(
        session,
        actor,
        f"equipment.{data.kind.value}",
        "equipment",
        item.id,
        {
            "from": before,
            "to": {"status": item.status, "space_id": item.space_id},
            "reason": data.reason,
        },
    )
    return movement


async def _status_after_repair(session: AsyncSession, item: Equipment) -> str:
    """Back where it was if its agreement is still in force; to stock otherwise."""
    if item.space_id is None or item.loan_agreement_id is None:
        return E.in_stock
    agreement = await session.get(LoanAgreement, item.loan_agreement_id)
    if agreement is not None and effective_status(agreement) == "active":
        return E.allocated
    return E.in_stock


async def move_equipment(
    session: AsyncSession, actor: Actor, item_id: uuid.UUID, data: MovementCreate
) -> MovementRead:
    item = await EQUIPMENT.find(session, actor, item_id)
    policy.require(actor, "equipment:move")
    movement = await apply_movement(session, actor, item, data)
    await session.commit()
    return MovementRead.model_validate(movement)


async def record_repair_movement(
    session: AsyncSession,
    actor: Actor,
    equipment_id: uuid.UUID,
    *,
    to_repair: bool,
    reason: str | None,
) -> Movement:
    """For maintenance tickets (already authorised there): send an item to repair or take it
    back, in the caller's transaction."""
    item = await session.get(Equipment, equipment_id)
    if item is None:
        raise Conflict("This ticket's equipment no longer exists.")
    kind = K.send_to_repair if to_repair else K.back_from_repair
    data = MovementCreate(kind=kind, reason=reason)
    return await apply_movement(session, actor, item, data, relations=CITY)


async def list_covered_equipment(
    session: AsyncSession, actor: Actor, agreement_id: uuid.UUID
) -> Listing[EquipmentRead]:
    """The equipment a loan agreement covers now, if the agreement is in the caller's scope."""
    agreement = await LOAN_AGREEMENTS.find(session, actor, agreement_id)
    return list_equipment(session, actor, loan_agreement_id=agreement.id)


async def list_movements(
    session: AsyncSession, actor: Actor, item_id: uuid.UUID
) -> Listing[MovementRead]:
    """An item's movements, if the item is in the caller's scope (404 otherwise)."""
    item = await EQUIPMENT.find(session, actor, item_id)
    statement = MOVEMENTS.readable(actor).where(Movement.equipment_id == item.id)
    return MOVEMENTS.listing(session, actor, statement)
