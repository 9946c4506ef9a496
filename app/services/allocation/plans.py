"""Allocation plans: the city groups approved requests into a plan, sees the stock and the
shortfall per kind, and executes it.

A plan is a draft until executed. Its equipment lines serve approved requests (a quantity, and
optionally the very items the city picked; otherwise the stock's first items of the kind, of
the plan's funding source when it names one); its volunteer lines assign a user to a space from
a date. Executing is one transaction, set-based (a few statements whatever the number of items,
see `equipment.bulk`): every rule is checked for every allocation first, and one refusal refuses
the whole plan (422 listing each refused allocation with its item and rule; nothing moved).
Otherwise every item becomes an `allocate` movement under the space's agreement in force, the
requests count what arrived (`fulfilled` when complete), the plan keeps the items it moved
(`allocated_items`), and the volunteers whose day has come are assigned (the others by the job).

Executing twice moves nothing twice: the plan is claimed by a guarded UPDATE (`draft` →
`executed`) before anything moves, so a second call, or a concurrent one (which waits on the
row and then finds it executed), answers 200 with the executed plan as it is.
"""

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today, utcnow
from app.core.errors import Conflict, NotFound, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.repository import Repository
from app.models.allocation import (
    MAX_LINES,
    AllocatedItem,
    AllocationLine,
    AllocationLineCreate,
    AllocationLineKind,
    AllocationLineRead,
    AllocationPlan,
    AllocationPlanCreate,
    AllocationPlanRead,
    AllocationPlanStatus,
    EquipmentRequest,
    RequestStatus,
    StockByKind,
)
from app.models.equipment import Equipment
from app.services import audit, outbox, policy
from app.services.allocation import assignments
from app.services.allocation.requests import PLAN as FULFILS
from app.services.allocation.requests import REQUEST_LIFECYCLE
from app.services.equipment import bulk

P, L, R = AllocationPlanStatus, AllocationLineKind, RequestStatus


# ---- reading ------------------------------------------------------------------------------------


async def _lines(session: AsyncSession, plan_ids: list[uuid.UUID]) -> dict:
    found: dict[uuid.UUID, list[AllocationLine]] = defaultdict(list)
    if plan_ids:
        rows = await session.execute(
            select(AllocationLine)
            .where(AllocationLine.plan_id.in_(plan_ids))
            .order_by(AllocationLine.plan_id, AllocationLine.position)
            .execution_options(populate_existing=True)
        )
        for line in rows.scalars():
            found[line.plan_id].append(line)
    return found


async def _moved(session: AsyncSession, plan_ids: list[uuid.UUID]) -> dict:
    found: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    if plan_ids:
        rows = await session.execute(
            select(AllocatedItem.line_id, AllocatedItem.equipment_id)
            .where(AllocatedItem.plan_id.in_(plan_ids))
            .join(Equipment, Equipment.id == AllocatedItem.equipment_id)
            .order_by(Equipment.inventory_number)
        )
        for line_id, equipment_id in rows.all():
            found[line_id].append(equipment_id)
    return found


async def _request_kinds(session: AsyncSession, lines: Sequence[AllocationLine]) -> dict:
    ids = {line.request_id for line in lines if line.request_id}
    if not ids:
        return {}
    rows = await session.execute(
        select(EquipmentRequest.id, EquipmentRequest.kind).where(EquipmentRequest.id.in_(ids))
    )
    return dict(rows.all())


async def _stock(
    session: AsyncSession, plan: AllocationPlan, lines: Sequence[AllocationLine], kinds: dict
) -> list[StockByKind]:
    needed: Counter[str] = Counter()
    for line in lines:
        if line.kind == L.equipment:
            needed[kinds[line.request_id]] += line.quantity or 0
    available = await bulk.count_in_stock(session, set(needed), plan.funding_source)
    return [
        StockByKind(
            kind=kind,
            needed=count,
            in_stock=available.get(kind, 0),
            shortfall=max(0, count - available.get(kind, 0)),
        )
        for kind, count in sorted(needed.items())
    ]


async def to_reads(
    session: AsyncSession, actor: Actor, plans: Sequence[AllocationPlan]
) -> list[AllocationPlanRead]:
    ids = [plan.id for plan in plans]
    lines = await _lines(session, ids)
    moved = await _moved(session, [p.id for p in plans if p.status == P.executed])
    kinds = await _request_kinds(session, [line for group in lines.values() for line in group])
    reads = []
    for plan in plans:
        executed = plan.status == P.executed
        reads.append(
            AllocationPlanRead(
                id=plan.id,
                title=plan.title,
                funding_source=plan.funding_source,
                notes=plan.notes,
                status=plan.status,
                lines=[
                    AllocationLineRead(
                        id=line.id,
                        position=line.position,
                        kind=line.kind,
                        space_id=line.space_id,
                        request_id=line.request_id,
                        equipment_kind=kinds.get(line.request_id),
                        quantity=line.quantity,
                        equipment_ids=moved[line.id] if executed else line.equipment_ids,
                        user_id=line.user_id,
                        starts_on=line.starts_on,
                        assigned_at=line.assigned_at,
                    )
                    for line in lines[plan.id]
                ],
                stock=[] if executed else await _stock(session, plan, lines[plan.id], kinds),
                moved_count=sum(len(moved[line.id]) for line in lines[plan.id]),
                created_by=plan.created_by,
                executed_at=plan.executed_at,
                executed_by=plan.executed_by,
                created_at=plan.created_at,
                updated_at=plan.updated_at,
            )
        )
    return reads


PLANS = Repository[AllocationPlan, AllocationPlanRead](
    AllocationPlan,
    scope=policy.scope_allocation_plans,
    label="allocation plan",
    to_reads=to_reads,
    sorts={"created_at": SortKey(AllocationPlan.created_at, "datetime")},
    default_sort="-created_at",
)


async def get_plan(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> AllocationPlanRead:
    return await PLANS.get(session, actor, plan_id)


def list_plans(
    session: AsyncSession, actor: Actor, *, status: AllocationPlanStatus | None = None
) -> Listing[AllocationPlanRead]:
    statement = where_given(PLANS.readable(actor), ((AllocationPlan.status, status),))
    return PLANS.listing(session, actor, statement)


# ---- writing the draft --------------------------------------------------------------------------


async def _locked(session: AsyncSession, plan: AllocationPlan) -> AllocationPlan:
    statement = select(AllocationPlan).where(AllocationPlan.id == plan.id)
    if session.bind.dialect.name == "postgresql":
        statement = statement.with_for_update()
    return (await session.execute(statement.execution_options(populate_existing=True))).scalar_one()


def _require_draft(plan: AllocationPlan) -> None:
    if plan.status != P.draft:
        raise Conflict("This plan is executed; it no longer changes.")


async def _add_lines(
    session: AsyncSession,
    plan: AllocationPlan,
    data: Sequence[AllocationLineCreate],
    loc: tuple,
) -> list[AllocationLine]:
    """Check the lines against the requests, the items and the assignment rules (422 at the
    first wrong one, nothing written) and add them after the plan's last."""
    existing = (await _lines(session, [plan.id]))[plan.id]
    if len(existing) + len(data) > MAX_LINES:
        raise Conflict(f"A plan holds {MAX_LINES} lines at most.")
    request_ids = {d.request_id for d in data if d.request_id}
    requests = {
        r.id: r
        for r in (
            await session.execute(
                select(EquipmentRequest).where(EquipmentRequest.id.in_(request_ids))
            )
        ).scalars()
    }
    planned: Counter[uuid.UUID] = Counter(
        {line.request_id: 0 for line in existing if line.request_id}
    )
    for line in existing:
        if line.request_id:
            planned[line.request_id] += line.quantity or 0
    named = {uuid.UUID(str(i)) for line in existing for i in line.equipment_ids}
    item_ids = {i for d in data for i in d.equipment_ids}
    items = {
        row.id: row
        for row in (
            await session.execute(
                select(Equipment.id, Equipment.kind, Equipment.inventory_number).where(
                    Equipment.id.in_(item_ids)
                )
            )
        ).all()
    }
    pairs = [(d.user_id, d.space_id) for d in data if d.user_id]
    refused = await assignments.refusals(session, pairs)
    position = max((line.position for line in existing), default=0)
    lines = []
    for n, d in enumerate(data):
        at = (*loc, n) if loc else ()
        if d.user_id is not None:
            why = refused.get((d.user_id, d.space_id))
            if why:
                raise _invalid(why, (*at, "user_id"), "volunteer_not_assignable")
            position += 1
            lines.append(
                AllocationLine(
                    plan_id=plan.id,
                    position=position,
                    kind=L.volunteer.value,
                    space_id=d.space_id,
                    user_id=d.user_id,
                    starts_on=d.starts_on,
                )
            )
            continue
        request = requests.get(d.request_id)
        if request is None:
            raise _invalid("No such equipment request.", (*at, "request_id"))
        if request.status != R.approved:
            raise _invalid(
                f"This request is {request.status}; a plan serves approved requests only.",
                (*at, "request_id"),
                "request_not_approved",
            )
        left = (request.approved_quantity or 0) - request.fulfilled_quantity
        left -= planned[request.id]
        quantity = d.quantity or left
        if quantity < 1 or quantity > left:
            raise _invalid(
                f"{max(left, 0)} item(s) of this request are left to plan.",
                (*at, "quantity"),
                "exceeds_approved",
            )
        if d.equipment_ids and len(d.equipment_ids) != quantity:
            raise _invalid(
                f"Name as many items as the quantity ({quantity}).", (*at, "equipment_ids")
            )
        for m, item_id in enumerate(d.equipment_ids):
            item = items.get(item_id)
            if item is None:
                raise ValidationFailed("No such equipment item.", loc=(*at, "equipment_ids", m))
            if item.kind != request.kind:
                raise _invalid(
                    f"The item {item.inventory_number} is a {item.kind}; this request asks for "
                    f"{request.kind}.",
                    (*at, "equipment_ids", m),
                    "wrong_kind",
                )
            if item_id in named:
                raise ValidationFailed(
                    f"The item {item.inventory_number} is already in this plan.",
                    loc=(*at, "equipment_ids", m),
                )
            named.add(item_id)
        planned[request.id] += quantity
        position += 1
        lines.append(
            AllocationLine(
                plan_id=plan.id,
                position=position,
                kind=L.equipment.value,
                space_id=request.space_id,
                request_id=request.id,
                quantity=quantity,
                equipment_ids=[str(i) for i in d.equipment_ids],
            )
        )
    session.add_all(lines)
    await session.flush()
    return lines


async def create_plan(
    session: AsyncSession, actor: Actor, data: AllocationPlanCreate
) -> AllocationPlanRead:
    policy.require(actor, "allocation_plan:write")
    plan = AllocationPlan(
        title=data.title,
        funding_source=data.funding_source.value if data.funding_source else None,
        notes=data.notes,
        created_by=actor.user_id,
    )
    session.add(plan)
    await session.flush()
    lines = await _add_lines(session, plan, data.lines, ("body", "lines"))
    audit.record(
        session,
        actor,
        "allocation_plan.create",
        "allocation_plan",
        plan.id,
        {"title": data.title, "funding_source": plan.funding_source, "lines": len(lines)},
    )
    await session.commit()
    return await PLANS.read(session, actor, plan)


async def add_line(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, data: AllocationLineCreate
) -> AllocationPlanRead:
    plan = await PLANS.find(session, actor, plan_id)
    policy.require(actor, "allocation_plan:write")
    plan = await _locked(session, plan)
    _require_draft(plan)
    (line,) = await _add_lines(session, plan, [data], ("body",))
    audit.record(
        session,
        actor,
        "allocation_plan.line_add",
        "allocation_plan",
        plan.id,
        {"line_id": str(line.id)} | data.model_dump(mode="json", exclude_defaults=True),
    )
    await session.commit()
    return await PLANS.read(session, actor, plan)


async def delete_line(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, line_id: uuid.UUID
) -> None:
    """A draft's line goes (it moved nothing yet); an executed plan keeps all of its lines."""
    plan = await PLANS.find(session, actor, plan_id)
    policy.require(actor, "allocation_plan:write")
    plan = await _locked(session, plan)
    line = await session.scalar(
        select(AllocationLine).where(
            AllocationLine.id == line_id, AllocationLine.plan_id == plan.id
        )
    )
    if line is None:
        raise NotFound("No such line in this plan.")
    _require_draft(plan)
    await session.delete(line)
    audit.record(
        session,
        actor,
        "allocation_plan.line_delete",
        "allocation_plan",
        plan.id,
        {"line_id": str(line.id), "request_id": line.request_id, "user_id": line.user_id},
    )
    await session.commit()


# ---- executing ----------------------------------------------------------------------------------


def _invalid(msg: str, loc: tuple, rule: str = "value_error") -> ValidationFailed:
    return ValidationFailed(msg, errors=[{"loc": list(loc), "msg": msg, "type": rule}])


def _error(refusal: bulk.Refusal, line_id: uuid.UUID | None = None) -> dict:
    return {
        "loc": list(refusal.loc),
        "msg": refusal.msg,
        "type": refusal.rule,
        "line_id": str(line_id) if line_id else None,
        "equipment_id": str(refusal.equipment_id) if refusal.equipment_id else None,
        "inventory_number": refusal.inventory_number,
    }


async def _claim(session: AsyncSession, actor: Actor, plan: AllocationPlan) -> bool:
    """draft → executed, once: of two callers the second waits on the row (PostgreSQL) or the
    write lock (SQLite) and then finds the plan executed."""
    now = utcnow()
    result = await session.execute(
        update(AllocationPlan)
        .where(AllocationPlan.id == plan.id, AllocationPlan.status == P.draft.value)
        .values(
            status=P.executed.value,
            executed_at=now,
            executed_by=actor.user_id,
            version=AllocationPlan.version + 1,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


async def _requests_locked(session: AsyncSession, ids: set[uuid.UUID]) -> dict:
    if not ids:
        return {}
    statement = select(EquipmentRequest).where(EquipmentRequest.id.in_(ids))
    if session.bind.dialect.name == "postgresql":
        statement = statement.with_for_update()
    rows = await session.execute(statement.execution_options(populate_existing=True))
    return {r.id: r for r in rows.scalars()}


async def _placements(
    session: AsyncSession, plan: AllocationPlan, lines: list[AllocationLine], requests: dict
) -> tuple[list[bulk.Placement], dict, list[dict], frozenset]:
    """Which item goes where: the city's picks, then the stock's first per kind (one query a
    kind); the refusals of the requests themselves and of a short stock."""
    errors: list[dict] = []
    placements: list[bulk.Placement] = []
    kinds: dict[uuid.UUID, str] = {}
    picked_ids: set[uuid.UUID] = set()
    planned: Counter[uuid.UUID] = Counter()
    for line in lines:
        planned[line.request_id] += line.quantity or 0
    named = {uuid.UUID(str(i)) for line in lines for i in line.equipment_ids}
    wanting: dict[str, list[AllocationLine]] = defaultdict(list)
    for line in lines:
        loc = ("lines", line.position)
        request = requests[line.request_id]
        if request.status != R.approved:
            errors.append(
                _error(
                    bulk.Refusal(
                        loc,
                        "request_not_approved",
                        f"The request {request.id} is {request.status}, no longer approved.",
                    ),
                    line.id,
                )
            )
            continue
        left = (request.approved_quantity or 0) - request.fulfilled_quantity
        if planned[request.id] > left:
            errors.append(
                _error(
                    bulk.Refusal(
                        loc,
                        "exceeds_approved",
                        f"The plan moves {planned[request.id]} item(s) for request {request.id}; "
                        f"{left} are left to fulfil.",
                    ),
                    line.id,
                )
            )
            continue
        if line.equipment_ids:
            for item_id in line.equipment_ids:
                item_id = uuid.UUID(str(item_id))
                placements.append(bulk.Placement(item_id, line.space_id, loc, line.id))
                kinds[item_id] = request.kind
        else:
            wanting[request.kind].append(line)
    for kind, group in sorted(wanting.items()):
        need = sum(line.quantity or 0 for line in group)
        picked = await bulk.pick_from_stock(
            session, kind, need, funding_source=plan.funding_source, excluded=named
        )
        for line in group:
            take, picked = picked[: line.quantity], picked[line.quantity :]
            picked_ids.update(take)
            for item_id in take:
                placements.append(
                    bulk.Placement(item_id, line.space_id, ("lines", line.position), line.id)
                )
                kinds[item_id] = kind
            if len(take) < (line.quantity or 0):
                origin = f" funded by {plan.funding_source}" if plan.funding_source else ""
                errors.append(
                    _error(
                        bulk.Refusal(
                            ("lines", line.position),
                            "stock_shortfall",
                            f"{line.quantity - len(take)} {kind}(s){origin} missing in stock "
                            f"for this line (the plan needs {need}).",
                        ),
                        line.id,
                    )
                )
    return placements, kinds, errors, frozenset(picked_ids)


async def execute(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> AllocationPlanRead:
    plan = await PLANS.find(session, actor, plan_id)
    relations = policy.require_allocation_executor(actor)
    bulk.require_may_allocate(relations)
    REQUEST_LIFECYCLE.check(R.approved, R.fulfilled, FULFILS)
    if plan.status == P.executed or not await _claim(session, actor, plan):
        plan = await _reread(session, plan)
        return await PLANS.read(session, actor, plan)
    now = utcnow()
    lines = (await _lines(session, [plan.id]))[plan.id]
    equipment_lines = [line for line in lines if line.kind == L.equipment]
    volunteer_lines = [line for line in lines if line.kind == L.volunteer]
    requests = await _requests_locked(session, {line.request_id for line in equipment_lines})
    placements, kinds, errors, picked = await _placements(session, plan, equipment_lines, requests)
    checked = await bulk.check_allocations(
        session, placements, kinds=kinds, funding_source=plan.funding_source, picked=picked
    )
    by_position = {("lines", line.position): line.id for line in lines}
    errors += [_error(r, by_position.get(tuple(r.loc))) for r in checked.refusals]
    refused = await assignments.refusals(
        session, [(line.user_id, line.space_id) for line in volunteer_lines]
    )
    for line in volunteer_lines:
        why = refused.get((line.user_id, line.space_id))
        if why:
            errors.append(
                _error(
                    bulk.Refusal(("lines", line.position), "volunteer_not_assignable", why),
                    line.id,
                )
            )
    if errors:
        # nothing is written: the claim above goes with the transaction
        raise ValidationFailed(
            f"This plan cannot be executed ({len(errors)} refusal(s)); nothing was moved.",
            errors=errors,
        )
    movements = [
        {
            "id": uuid.uuid4(),
            "equipment_id": p.equipment_id,
            "space_id": p.space_id,
            "loan_agreement_id": checked.agreements[p.space_id],
            "line_id": p.ref,
        }
        for p in placements
    ]

    async def stage():
        if movements:
            await session.execute(
                AllocatedItem.__table__.insert(),
                [
                    {
                        "id": uuid.uuid4(),
                        "plan_id": plan.id,
                        "line_id": m["line_id"],
                        "equipment_id": m["equipment_id"],
                        "space_id": m["space_id"],
                        "loan_agreement_id": m["loan_agreement_id"],
                        "movement_id": m["id"],
                    }
                    for m in movements
                ],
            )
        return select(
            AllocatedItem.equipment_id, AllocatedItem.space_id, AllocatedItem.loan_agreement_id
        ).where(AllocatedItem.plan_id == plan.id)

    await bulk.write_allocations(
        session, actor, movements, stage, reason=f"Plan d'affectation : {plan.title}"
    )
    fulfilled = await _fulfil(session, actor, plan, requests, now)
    due = [line for line in volunteer_lines if assignments.due(line, today())]
    assigned = await assignments.assign(session, actor, due, now)
    audit.record(
        session,
        actor,
        "allocation_plan.execute",
        "allocation_plan",
        plan.id,
        {
            "moved": len(movements),
            "requests_fulfilled": [str(r) for r in fulfilled],
            "volunteers_assigned": assigned,
        },
    )
    outbox.emit(
        session,
        "allocation_plan.executed",
        "allocation_plan",
        plan.id,
        {
            "id": plan.id,
            "title": plan.title,
            "moved": len(movements),
            "spaces": sorted({str(m["space_id"]) for m in movements}),
            "requests_fulfilled": fulfilled,
        },
    )
    await session.commit()
    plan = await _reread(session, plan)
    return await PLANS.read(session, actor, plan)


async def _reread(session: AsyncSession, plan: AllocationPlan) -> AllocationPlan:
    statement = select(AllocationPlan).where(AllocationPlan.id == plan.id)
    return (await session.execute(statement.execution_options(populate_existing=True))).scalar_one()


async def _fulfil(
    session: AsyncSession, actor: Actor, plan: AllocationPlan, requests: dict, now
) -> list[uuid.UUID]:
    """Each request counts the items the plan moved for it (one UPDATE); those complete now
    are `fulfilled` (one more), with their audit and webhook."""
    if not requests:
        return []
    served = select(AllocationLine.request_id).where(
        AllocationLine.plan_id == plan.id, AllocationLine.request_id.is_not(None)
    )
    moved = (
        select(func.count())
        .select_from(AllocatedItem)
        .join(AllocationLine, AllocationLine.id == AllocatedItem.line_id)
        .where(
            AllocatedItem.plan_id == plan.id,
            AllocationLine.request_id == EquipmentRequest.__table__.c.id,
        )
        .scalar_subquery()
    )
    await session.execute(
        update(EquipmentRequest)
        .where(EquipmentRequest.id.in_(served))
        .values(
            fulfilled_quantity=EquipmentRequest.fulfilled_quantity + moved,
            version=EquipmentRequest.version + 1,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    complete = list(
        (
            await session.execute(
                update(EquipmentRequest)
                .where(
                    EquipmentRequest.id.in_(served),
                    EquipmentRequest.status == R.approved.value,
                    EquipmentRequest.fulfilled_quantity >= EquipmentRequest.approved_quantity,
                )
                .values(status=R.fulfilled.value, fulfilled_at=now)
                .returning(EquipmentRequest.id)
                .execution_options(synchronize_session=False)
            )
        ).scalars()
    )
    change = {"status": {"before": R.approved.value, "after": R.fulfilled.value}}
    await audit.record_many(
        session,
        actor,
        "equipment_request.fulfil",
        "equipment_request",
        [(r, change | {"plan_id": plan.id}) for r in complete],
    )
    await outbox.emit_many(
        session,
        "equipment_request.status_changed",
        "equipment_request",
        [
            (
                r,
                {
                    "id": r,
                    "association_id": requests[r].association_id,
                    "space_id": requests[r].space_id,
                    "kind": requests[r].kind,
                    "status": R.fulfilled.value,
                    "previous_status": R.approved.value,
                    "approved_quantity": requests[r].approved_quantity,
                    "fulfilled_quantity": requests[r].approved_quantity,
                },
            )
            for r in complete
        ],
    )
    return complete
