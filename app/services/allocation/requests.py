"""Equipment requests: an association asks for items of a kind for one of its spaces, with a
justification and a priority; the city reviews.

submitted → under_review (city) → approved, in full or in part (city, with the approved
quantity) | declined (city, with a reason); submitted or under review → withdrawn (the
association). An approved request is fulfilled as executed plans move its items to the space
(`fulfilled_quantity`); it becomes `fulfilled` when that reaches the approved quantity (the
plans do it, through the machine's last move, which no caller makes by hand).
"""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import Conflict, PreconditionFailed, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.repository import Repository, rowwise
from app.core.state_machine import Move, StateMachine, Step
from app.models.allocation import (
    EquipmentRequest,
    EquipmentRequestCreate,
    EquipmentRequestRead,
    EquipmentRequestTransition,
    RequestPriority,
    RequestStatus,
)
from app.models.space import Space, SpaceStatus
from app.services import audit, outbox, policy

S = RequestStatus
CITY = frozenset({policy.CITY})
REQUESTER = frozenset({policy.REQUESTER})
# No caller holds this relation: only an executed plan fulfils a request.
PLAN = frozenset({"allocation_plan"})
OPEN = (S.submitted, S.under_review)


def to_read(request: EquipmentRequest, actor: Actor) -> EquipmentRequestRead:
    relations = policy.equipment_request_relations(actor, request)
    return EquipmentRequestRead.model_validate(
        {
            **request.model_dump(),
            "allowed_transitions": REQUEST_LIFECYCLE.allowed(request.status, relations),
        }
    )


REQUESTS = Repository[EquipmentRequest, EquipmentRequestRead](
    EquipmentRequest,
    scope=policy.scope_equipment_requests,
    label="equipment request",
    to_reads=rowwise(to_read),
    sorts={
        "created_at": SortKey(EquipmentRequest.created_at, "datetime"),
        "updated_at": SortKey(EquipmentRequest.updated_at, "datetime"),
    },
    default_sort="-created_at",
)


async def get_request(
    session: AsyncSession, actor: Actor, request_id: uuid.UUID
) -> EquipmentRequestRead:
    return await REQUESTS.get(session, actor, request_id)


def list_requests(
    session: AsyncSession,
    actor: Actor,
    *,
    status: RequestStatus | None = None,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    kind: str | None = None,
    priority: RequestPriority | None = None,
) -> Listing[EquipmentRequestRead]:
    statement = where_given(
        REQUESTS.readable(actor),
        (
            (EquipmentRequest.status, status),
            (EquipmentRequest.space_id, space_id),
            (EquipmentRequest.association_id, association_id),
            (EquipmentRequest.kind, kind),
            (EquipmentRequest.priority, priority),
        ),
    )
    return REQUESTS.listing(session, actor, statement)


def _event(request: EquipmentRequest) -> dict:
    return {
        "id": request.id,
        "association_id": request.association_id,
        "space_id": request.space_id,
        "kind": request.kind,
        "quantity": request.quantity,
        "status": request.status,
        "approved_quantity": request.approved_quantity,
        "fulfilled_quantity": request.fulfilled_quantity,
    }


async def create_request(
    session: AsyncSession, actor: Actor, data: EquipmentRequestCreate
) -> EquipmentRequestRead:
    policy.require(actor, "equipment_request:create")
    space = await session.scalar(
        policy.scope_spaces(actor, select(Space)).where(Space.id == data.space_id)
    )
    if space is None or space.association_id != actor.association_id:
        raise ValidationFailed("No such space of your association.", loc=("body", "space_id"))
    if space.archived_at is not None or space.status == SpaceStatus.closed:
        raise ValidationFailed(
            f"The space '{space.name}' is closed; it receives no equipment.",
            loc=("body", "space_id"),
        )
    request = EquipmentRequest(
        association_id=space.association_id,
        space_id=space.id,
        kind=data.kind.value,
        quantity=data.quantity,
        justification=data.justification,
        priority=data.priority.value,
        requested_by=actor.user_id,
    )
    session.add(request)
    await session.flush()
    audit.record(
        session,
        actor,
        "equipment_request.create",
        "equipment_request",
        request.id,
        data.model_dump(mode="json"),
    )
    outbox.emit(
        session, "equipment_request.submitted", "equipment_request", request.id, _event(request)
    )
    await session.commit()
    return to_read(request, actor)


async def _approve(request: EquipmentRequest, step: Step) -> None:
    data: EquipmentRequestTransition = step.data
    quantity = data.approved_quantity or request.quantity
    if quantity > request.quantity:
        raise ValidationFailed(
            f"At most the quantity asked ({request.quantity}) is approved.",
            loc=("body", "approved_quantity"),
        )
    step.changes["approved_quantity"] = quantity


async def _reviewed(request: EquipmentRequest, step: Step) -> None:
    step.changes |= {
        "reviewed_by": step.actor.user_id,
        "reviewed_at": step.now,
        "decision_reason": step.reason,
    }


REQUEST_LIFECYCLE = StateMachine(
    "equipment request",
    S,
    [
        Move(S.submitted, S.under_review, CITY),
        Move(OPEN, S.approved, CITY, effects=(_approve,)),
        Move(OPEN, S.declined, CITY, needs_reason=True),
        Move(OPEN, S.withdrawn, REQUESTER),
        Move(S.approved, S.fulfilled, PLAN),
    ],
    on_enter={S.approved: [_reviewed], S.declined: [_reviewed]},
)


async def transition(
    session: AsyncSession,
    actor: Actor,
    request_id: uuid.UUID,
    data: EquipmentRequestTransition,
) -> EquipmentRequestRead:
    request = await REQUESTS.find(session, actor, request_id)
    policy.require(actor, "equipment_request:transition")
    before = request.status

    async def write(changes: dict) -> None:
        try:
            diff = await guarded_update(session, request, changes)
        except PreconditionFailed as exc:
            raise Conflict("This request was changed at the same moment; read it again.") from exc
        audit.record(
            session,
            actor,
            "equipment_request.transition",
            "equipment_request",
            request.id,
            diff | {"reason": data.reason},
        )

    await REQUEST_LIFECYCLE.transition(
        request,
        data.to,
        current=before,
        relations=policy.equipment_request_relations(actor, request),
        actor=actor,
        session=session,
        reason=data.reason,
        data=data,
        write=write,
    )
    outbox.emit(
        session,
        "equipment_request.status_changed",
        "equipment_request",
        request.id,
        _event(request) | {"previous_status": before},
    )
    await session.commit()
    return to_read(request, actor)
