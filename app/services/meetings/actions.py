"""Follow-up actions: from a decision or free-standing, owned by a person or an association,
due on a date, open → in_progress → done | dropped (with a reason), with comments. `overdue`
is computed in SQL against the date in Roubaix, on every read and in `?overdue=`."""

import uuid
from collections.abc import Sequence

from sqlalchemy import Select, not_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.errors import Conflict, NotFound, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.repository import Repository, rowwise, through_parent
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.models.association import Association
from app.models.meeting import (
    ACTION_OPEN_STATUSES,
    ActionComment,
    ActionCommentCreate,
    ActionCommentRead,
    ActionCreate,
    ActionRead,
    ActionStatus,
    ActionTransition,
    ActionUpdate,
    FollowUpAction,
)
from app.models.user import User
from app.services import audit, outbox, policy
from app.services.meetings.meetings import overdue_condition
from app.services.meetings.minutes import DECISIONS
from app.services.plans import records as plan_records

A = ActionStatus
OWNER_SIDE = frozenset({policy.CITY, policy.ACTION_OWNER})


async def _stamp_done(action: FollowUpAction, step: Step) -> None:
    step.changes["done_at"] = step.now


async def _stamp_dropped(action: FollowUpAction, step: Step) -> None:
    step.changes |= {"dropped_at": step.now, "drop_reason": step.reason}


ACTION_LIFECYCLE = StateMachine(
    "follow-up action",
    A,
    [
        Move(A.open, A.in_progress, OWNER_SIDE),
        Move((A.open, A.in_progress), A.done, OWNER_SIDE),
        Move((A.open, A.in_progress), A.dropped, OWNER_SIDE, needs_reason=True),
    ],
    on_enter={A.done: [_stamp_done], A.dropped: [_stamp_dropped]},
)


# ---- reading ------------------------------------------------------------------------------------


async def _owners_associations(
    session: AsyncSession, actions: Sequence[FollowUpAction]
) -> dict[uuid.UUID, uuid.UUID | None]:
    ids = {a.owner_user_id for a in actions if a.owner_user_id}
    if not ids:
        return {}
    rows = await session.execute(select(User.id, User.association_id).where(User.id.in_(ids)))
    return dict(rows.all())


async def reads(
    session: AsyncSession, actor: Actor, actions: Sequence[FollowUpAction]
) -> list[ActionRead]:
    """The page, with `overdue` from the database: one query for the page's flags."""
    ids = [a.id for a in actions]
    late: set[uuid.UUID] = set()
    if ids:
        rows = await session.execute(
            select(FollowUpAction.id).where(FollowUpAction.id.in_(ids), overdue_condition())
        )
        late = set(rows.scalars())
    member_of = await _owners_associations(session, actions)
    return [
        ActionRead.model_validate(
            {
                **a.model_dump(),
                "overdue": a.id in late,
                "allowed_transitions": ACTION_LIFECYCLE.allowed(
                    a.status, policy.action_relations(actor, a, member_of.get(a.owner_user_id))
                ),
            }
        )
        for a in actions
    ]


ACTIONS = Repository[FollowUpAction, ActionRead](
    FollowUpAction,
    scope=policy.scope_actions,
    label="action",
    to_reads=reads,
    sorts={
        "created_at": SortKey(FollowUpAction.created_at, "datetime"),
        "updated_at": SortKey(FollowUpAction.updated_at, "datetime"),
    },
    default_sort="-created_at",
)
COMMENTS = Repository[ActionComment, ActionCommentRead](
    ActionComment,
    scope=through_parent,
    label="comment",
    to_reads=rowwise(lambda row, actor: ActionCommentRead.model_validate(row)),
    sorts={"created_at": SortKey(ActionComment.created_at, "datetime")},
    default_sort="created_at",
)


async def get_action(session: AsyncSession, actor: Actor, action_id: uuid.UUID) -> ActionRead:
    return await ACTIONS.get(session, actor, action_id)


def filtered(
    statement: Select,
    *,
    status: str | None = None,
    overdue: bool | None = None,
    owner_association_id: uuid.UUID | None = None,
    owner_user_id: uuid.UUID | None = None,
    decision_id: uuid.UUID | None = None,
    meeting_id: uuid.UUID | None = None,
    objective_id: uuid.UUID | None = None,
) -> Select:
    a = FollowUpAction
    statement = where_given(
        statement,
        (
            (a.status, status),
            (a.owner_association_id, owner_association_id),
            (a.owner_user_id, owner_user_id),
            (a.decision_id, decision_id),
            (a.meeting_id, meeting_id),
            (a.objective_id, objective_id),
        ),
    )
    if overdue is True:
        statement = statement.where(overdue_condition())
    elif overdue is False:
        statement = statement.where(not_(overdue_condition()))
    return statement


def list_actions(session: AsyncSession, actor: Actor, **filters) -> Listing[ActionRead]:
    return ACTIONS.listing(session, actor, filtered(ACTIONS.readable(actor), **filters))


# ---- writing ------------------------------------------------------------------------------------


async def _owner_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> User:
    """A person the caller may see (an association gives actions to its own members)."""
    user = await session.scalar(policy.scope_users(actor, select(User)).where(User.id == user_id))
    if user is None or user.archived_at is not None or not user.is_active:
        raise ValidationFailed("No such user.", loc=("body", "owner_user_id"))
    return user


async def _require_objective(
    session: AsyncSession, actor: Actor, objective_id: uuid.UUID, association_id: uuid.UUID | None
) -> None:
    """An objective of a plan the caller reads, and of the owner association's plan: an action
    serves its own association's objectives (anything else is an unknown reference, 422)."""
    owner = await plan_records.objective_association(session, actor, objective_id)
    if owner is None or owner != association_id:
        raise ValidationFailed(
            "No such objective among the owner association's development plans.",
            loc=("body", "objective_id"),
        )


async def _relations(session: AsyncSession, actor: Actor, action: FollowUpAction) -> frozenset[str]:
    member_of = (await _owners_associations(session, [action])).get(action.owner_user_id)
    return policy.action_relations(actor, action, member_of)


async def create_action(session: AsyncSession, actor: Actor, data: ActionCreate) -> ActionRead:
    policy.require(actor, "action:create")
    meeting_id = None
    if data.decision_id is not None:
        try:
            decision = await DECISIONS.find(session, actor, data.decision_id)
        except NotFound as exc:  # not in the caller's scope: an unknown reference
            raise ValidationFailed("No such decision.", loc=("body", "decision_id")) from exc
        meeting_id = decision.meeting_id
    user = await _owner_user(session, actor, data.owner_user_id) if data.owner_user_id else None
    association_id = data.owner_association_id
    if association_id is not None:
        visible = policy.scope_associations(actor, select(Association))
        found = await session.scalar(visible.where(Association.id == association_id))
        if found is None or found.archived_at is not None:
            raise ValidationFailed("No such association.", loc=("body", "owner_association_id"))
    if user is not None and association_id is None:
        association_id = user.association_id
    if user is None and association_id is None:
        raise ValidationFailed(
            "Name the owner: an owner_user_id or an owner_association_id.",
            loc=("body", "owner_user_id"),
        )
    policy.require_action_owner_choice(actor, association_id, user.association_id if user else None)
    if data.objective_id is not None:
        await _require_objective(session, actor, data.objective_id, association_id)
    action = FollowUpAction(
        **data.model_dump(exclude={"owner_association_id"}),
        owner_association_id=association_id,
        meeting_id=meeting_id,
        created_by=actor.user_id,
    )
    session.add(action)
    await session.flush()
    outbox.emit(
        session,
        "action.created",
        "action",
        action.id,
        {
            "id": action.id,
            "title": action.title,
            "decision_id": action.decision_id,
            "meeting_id": action.meeting_id,
            "owner_user_id": action.owner_user_id,
            "owner_association_id": action.owner_association_id,
            "due_on": action.due_on,
            "status": action.status,
        },
    )
    audit.record(session, actor, "action.create", "action", action.id, data.model_dump(mode="json"))
    await session.commit()
    return await ACTIONS.read(session, actor, action)


async def update_action(
    session: AsyncSession,
    actor: Actor,
    action_id: uuid.UUID,
    data: ActionUpdate,
    if_match: str | None,
) -> ActionRead:
    action = await ACTIONS.find(session, actor, action_id, for_update=True)
    policy.require_on(await _relations(session, actor, action), "action:update")
    check_if_match(if_match, await ACTIONS.read(session, actor, action))
    if action.status not in ACTION_OPEN_STATUSES:
        raise Conflict(f"This action is {action.status}; it can no longer change.")
    changes = data.model_dump(exclude_unset=True)
    if changes.get("owner_user_id") is not None:
        user = await _owner_user(session, actor, changes["owner_user_id"])
        policy.require_action_owner_choice(actor, action.owner_association_id, user.association_id)
    if changes.get("objective_id") is not None:
        await _require_objective(
            session, actor, changes["objective_id"], action.owner_association_id
        )
    diff = await guarded_update(session, action, changes)
    if diff:
        audit.record(session, actor, "action.update", "action", action.id, diff)
    await session.commit()
    return await ACTIONS.read(session, actor, action)


async def transition_action(
    session: AsyncSession,
    actor: Actor,
    action_id: uuid.UUID,
    data: ActionTransition,
    if_match: str | None,
) -> ActionRead:
    action = await ACTIONS.find(session, actor, action_id, for_update=True)
    relations = await _relations(session, actor, action)
    if not relations:
        policy.require_on(relations, "action:update")
    check_if_match(if_match, await ACTIONS.read(session, actor, action))
    current = action.status

    async def write(changes: dict) -> None:
        await guarded_update(session, action, changes)

    await ACTION_LIFECYCLE.transition(
        action,
        data.to,
        current=current,
        relations=relations,
        actor=actor,
        session=session,
        reason=data.reason,
        write=write,
    )
    outbox.emit(
        session,
        "action.status_changed",
        "action",
        action.id,
        {
            "id": action.id,
            "title": action.title,
            "previous_status": current,
            "status": action.status,
            "reason": data.reason,
        },
    )
    audit.record(
        session,
        actor,
        "action.transition",
        "action",
        action.id,
        {"status": {"before": current, "after": data.to.value}, "reason": data.reason},
    )
    await session.commit()
    return await ACTIONS.read(session, actor, action)


async def comment(
    session: AsyncSession, actor: Actor, action_id: uuid.UUID, data: ActionCommentCreate
) -> ActionCommentRead:
    action = await ACTIONS.find(session, actor, action_id)
    policy.require_on(await _relations(session, actor, action), "action:comment")
    note = ActionComment(action_id=action.id, author_user_id=actor.user_id, body=data.body)
    session.add(note)
    await session.flush()
    audit.record(session, actor, "action.comment", "action", action.id, {"comment_id": note.id})
    await session.commit()
    return ActionCommentRead.model_validate(note)


async def list_comments(
    session: AsyncSession, actor: Actor, action_id: uuid.UUID
) -> Listing[ActionCommentRead]:
    action = await ACTIONS.find(session, actor, action_id)
    statement = COMMENTS.readable(actor).where(ActionComment.action_id == action.id)
    return COMMENTS.listing(session, actor, statement)
