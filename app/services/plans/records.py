"""Development plans: written by an association for one period, submitted, agreed by the city,
closed. Objectives are measured live (an indicator of the registry) or declarative (a value
reported with its date and who reported it).

draft → submitted (the association; one objective at least) → agreed (the city) → closed (the
city); the city may send a submitted plan back to draft with a reason. Agreeing freezes each
new objective's baseline (its value at that moment) and keeps the version as agreed, frozen,
in `development_plan_versions`. A change to an agreed plan (its title, an objective) starts the
next version, in draft: the agreed one stays readable at `/versions/{number}` until the next
agreement. Reporting a declarative objective's value changes no version.
"""

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today, utcnow
from app.core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import flush_or_conflict, guarded_update
from app.core.repository import Repository, rowwise, through_parent
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.models.association import Association
from app.models.meeting import FollowUpAction
from app.models.plan import MAX_OBJECTIVES as _MAX
from app.models.plan import (
    AgreedObjective,
    DevelopmentPlan,
    DevelopmentPlanVersion,
    ObjectiveCreate,
    ObjectiveRead,
    ObjectiveReport,
    ObjectiveUpdate,
    PlanCreate,
    PlanObjective,
    PlanRead,
    PlanStatus,
    PlanTransition,
    PlanUpdate,
    PlanVersionRead,
)
from app.models.training import Skill
from app.services import audit, policy
from app.services.plans import indicators

S = PlanStatus
OWNER = frozenset({policy.PLAN_OWNER})
CITY = frozenset({policy.CITY})
ONE_A_PERIOD = "This association already has a development plan for this period."


# ---- reading ------------------------------------------------------------------------------------


async def _objectives(
    session: AsyncSession, plan_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[PlanObjective]]:
    found: dict[uuid.UUID, list[PlanObjective]] = defaultdict(list)
    if plan_ids:
        rows = await session.execute(
            select(PlanObjective)
            .where(PlanObjective.plan_id.in_(plan_ids))
            .order_by(PlanObjective.position)
        )
        for objective in rows.scalars().all():
            found[objective.plan_id].append(objective)
    return found


async def current_value(
    session: AsyncSession, plan: DevelopmentPlan, objective: PlanObjective, now: datetime
) -> float | None:
    if objective.indicator is None:
        return objective.reported_value
    return await indicators.measure(
        session, plan.association_id, objective.indicator, now, objective.skill_code
    )


async def objective_read(
    session: AsyncSession, plan: DevelopmentPlan, objective: PlanObjective, now: datetime
) -> ObjectiveRead:
    current = await current_value(session, plan, objective, now)
    indicator = indicators.INDICATORS.get(objective.indicator) if objective.indicator else None
    return ObjectiveRead(
        id=objective.id,
        position=objective.position,
        title=objective.title,
        description=objective.description,
        kind="indicator" if indicator else "declarative",
        indicator=objective.indicator,
        indicator_label=indicator.label if indicator else None,
        skill_code=objective.skill_code,
        unit=indicator.unit if indicator else objective.unit,
        target=objective.target,
        baseline=objective.baseline,
        baseline_at=objective.baseline_at,
        current=current,
        trend=indicators.trend(objective.baseline, objective.target, current),
        met=indicators.met(objective.baseline, objective.target, current),
        reported_on=objective.reported_on,
        reported_by=objective.reported_by,
    )


async def to_reads(
    session: AsyncSession, actor: Actor, plans: Sequence[DevelopmentPlan]
) -> list[PlanRead]:
    objectives = await _objectives(session, [p.id for p in plans])
    now = utcnow()
    reads = []
    for plan in plans:
        relations = policy.development_plan_relations(actor, plan)
        reads.append(
            PlanRead(
                id=plan.id,
                association_id=plan.association_id,
                period=plan.period,
                title=plan.title,
                summary=plan.summary,
                status=plan.status,
                allowed_transitions=PLAN_LIFECYCLE.allowed(plan.status, relations),
                plan_version=plan.plan_version,
                agreed_version=plan.agreed_version,
                objectives=[
                    await objective_read(session, plan, o, now) for o in objectives[plan.id]
                ],
                submitted_at=plan.submitted_at,
                agreed_at=plan.agreed_at,
                closed_at=plan.closed_at,
                return_reason=plan.return_reason,
                created_at=plan.created_at,
                updated_at=plan.updated_at,
            )
        )
    return reads


PLANS = Repository[DevelopmentPlan, PlanRead](
    DevelopmentPlan,
    scope=policy.scope_development_plans,
    label="development plan",
    to_reads=to_reads,
    sorts={
        "created_at": SortKey(DevelopmentPlan.created_at, "datetime"),
        "period": SortKey(DevelopmentPlan.period, "str"),
    },
    default_sort="-created_at",
)
VERSIONS = Repository[DevelopmentPlanVersion, PlanVersionRead](
    DevelopmentPlanVersion,
    scope=through_parent,
    label="development plan version",
    to_reads=rowwise(lambda row, actor: PlanVersionRead.model_validate(row)),
    sorts={"number": SortKey(DevelopmentPlanVersion.number, "int")},
    default_sort="number",
)


async def get_plan(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> PlanRead:
    return await PLANS.get(session, actor, plan_id)


def list_plans(
    session: AsyncSession,
    actor: Actor,
    *,
    association_id: uuid.UUID | None = None,
    period: str | None = None,
    status: PlanStatus | None = None,
) -> Listing[PlanRead]:
    statement = where_given(
        PLANS.readable(actor),
        (
            (DevelopmentPlan.association_id, association_id),
            (DevelopmentPlan.period, period),
            (DevelopmentPlan.status, status),
        ),
    )
    return PLANS.listing(session, actor, statement)


async def list_versions(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID
) -> Listing[PlanVersionRead]:
    plan = await PLANS.find(session, actor, plan_id)
    statement = VERSIONS.readable(actor).where(DevelopmentPlanVersion.plan_id == plan.id)
    return VERSIONS.listing(session, actor, statement)


async def get_version(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, number: int
) -> PlanVersionRead:
    plan = await PLANS.find(session, actor, plan_id)
    version = await session.scalar(
        select(DevelopmentPlanVersion).where(
            DevelopmentPlanVersion.plan_id == plan.id, DevelopmentPlanVersion.number == number
        )
    )
    if version is None:
        raise NotFound("No such agreed version of this plan.")
    return PlanVersionRead.model_validate(version)


# ---- writing ------------------------------------------------------------------------------------


async def _locked(session: AsyncSession, plan: DevelopmentPlan) -> DevelopmentPlan:
    statement = select(DevelopmentPlan).where(DevelopmentPlan.id == plan.id)
    if session.bind.dialect.name == "postgresql":
        statement = statement.with_for_update()
    return (await session.execute(statement.execution_options(populate_existing=True))).scalar_one()


def _require_owner(actor: Actor, plan: DevelopmentPlan, doing: str) -> None:
    if policy.PLAN_OWNER not in policy.development_plan_relations(actor, plan):
        raise Forbidden(f"Only the plan's association {doing}.")


async def _open_for_change(session: AsyncSession, actor: Actor, plan: DevelopmentPlan) -> None:
    """A draft is changed as it is; an agreed plan starts its next version (the agreed one is
    kept); a submitted plan waits for the city, a closed one is over."""
    if plan.status == S.draft:
        return
    if plan.status == S.agreed:
        before = plan.plan_version
        await guarded_update(session, plan, {"status": S.draft.value, "plan_version": before + 1})
        audit.record(
            session,
            actor,
            "development_plan.revise",
            "development_plan",
            plan.id,
            {"plan_version": {"before": before, "after": before + 1}, "kept": before},
        )
        return
    raise Conflict(
        f"This plan is {plan.status}; it changes only in draft, or once agreed (a new version)."
    )


async def _require_known_skills(
    session: AsyncSession, objectives: Sequence[ObjectiveCreate], loc: Callable[[int], tuple]
) -> None:
    """A skill named by an objective is one of the catalogue's (else its indicator would read 0
    for ever): 422 at `loc(n)` for the first unknown one, before anything is written."""
    named = {o.skill_code for o in objectives if o.skill_code}
    if not named:
        return
    known = set((await session.execute(select(Skill.code).where(Skill.code.in_(named)))).scalars())
    for n, objective in enumerate(objectives):
        if objective.skill_code and objective.skill_code not in known:
            raise ValidationFailed(f"No such skill: {objective.skill_code}.", loc=loc(n))


def _objective_row(plan_id: uuid.UUID, position: int, data: ObjectiveCreate) -> PlanObjective:
    return PlanObjective(
        plan_id=plan_id,
        position=position,
        title=data.title,
        description=data.description,
        indicator=data.indicator.value if data.indicator else None,
        skill_code=data.skill_code,
        target=data.target,
        unit=None if data.indicator else data.unit,
    )


async def create_plan(session: AsyncSession, actor: Actor, data: PlanCreate) -> PlanRead:
    policy.require(actor, "development_plan:create")
    association_id = data.association_id or actor.association_id
    if association_id != actor.association_id:
        raise ValidationFailed(
            "An association writes its own plans.", loc=("body", "association_id")
        )
    if await session.get(Association, association_id) is None:
        raise ValidationFailed("No such association.", loc=("body", "association_id"))
    await _require_known_skills(
        session, data.objectives, lambda n: ("body", "objectives", n, "skill_code")
    )
    plan = DevelopmentPlan(
        association_id=association_id, period=data.period, title=data.title, summary=data.summary
    )
    session.add(plan)
    await flush_or_conflict(session, ONE_A_PERIOD)
    for position, objective in enumerate(data.objectives, start=1):
        session.add(_objective_row(plan.id, position, objective))
    audit.record(
        session,
        actor,
        "development_plan.create",
        "development_plan",
        plan.id,
        {"period": data.period, "objectives": len(data.objectives)},
    )
    await session.commit()
    return await PLANS.read(session, actor, plan)


async def update_plan(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, data: PlanUpdate, if_match: str | None
) -> PlanRead:
    plan = await PLANS.find(session, actor, plan_id)
    policy.require(actor, "development_plan:edit")
    _require_owner(actor, plan, "changes it")
    check_if_match(if_match, await PLANS.read(session, actor, plan))
    plan = await _locked(session, plan)
    changes = data.model_dump(exclude_unset=True)
    if any(getattr(plan, k) != v for k, v in changes.items()):
        await _open_for_change(session, actor, plan)
        diff = await guarded_update(session, plan, changes)
        audit.record(session, actor, "development_plan.update", "development_plan", plan.id, diff)
    await session.commit()
    return await PLANS.read(session, actor, plan)


async def _find_objective(
    session: AsyncSession, plan: DevelopmentPlan, objective_id: uuid.UUID
) -> PlanObjective:
    objective = await session.scalar(
        select(PlanObjective).where(
            PlanObjective.id == objective_id, PlanObjective.plan_id == plan.id
        )
    )
    if objective is None:
        raise NotFound("No such objective in this plan.")
    return objective


async def add_objective(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, data: ObjectiveCreate
) -> PlanRead:
    plan = await PLANS.find(session, actor, plan_id)
    policy.require(actor, "development_plan:edit")
    _require_owner(actor, plan, "adds objectives")
    await _require_known_skills(session, [data], lambda _: ("body", "skill_code"))
    plan = await _locked(session, plan)
    await _open_for_change(session, actor, plan)
    count, highest = (
        await session.execute(
            select(func.count(), func.max(PlanObjective.position)).where(
                PlanObjective.plan_id == plan.id
            )
        )
    ).one()
    if count >= _MAX:
        raise Conflict(f"A plan holds {_MAX} objectives at most.")
    objective = _objective_row(plan.id, (highest or 0) + 1, data)
    session.add(objective)
    await session.flush()
    audit.record(
        session,
        actor,
        "development_plan.objective_add",
        "development_plan",
        plan.id,
        {"objective_id": str(objective.id), "title": data.title, "target": data.target},
    )
    await session.commit()
    return await PLANS.read(session, actor, plan)


async def update_objective(
    session: AsyncSession,
    actor: Actor,
    plan_id: uuid.UUID,
    objective_id: uuid.UUID,
    data: ObjectiveUpdate,
) -> PlanRead:
    plan = await PLANS.find(session, actor, plan_id)
    policy.require(actor, "development_plan:edit")
    _require_owner(actor, plan, "changes objectives")
    plan = await _locked(session, plan)
    objective = await _find_objective(session, plan, objective_id)
    changes = data.model_dump(exclude_unset=True)
    if objective.indicator and "unit" in changes:
        raise ValidationFailed("An indicator has its own unit.", loc=("body", "unit"))
    if any(getattr(objective, k) != v for k, v in changes.items()):
        await _open_for_change(session, actor, plan)
        diff = await guarded_update(session, objective, changes)
        audit.record(
            session,
            actor,
            "development_plan.objective_update",
            "development_plan",
            plan.id,
            {"objective_id": str(objective.id)} | diff,
        )
    await session.commit()
    return await PLANS.read(session, actor, plan)


async def objective_association(
    session: AsyncSession, actor: Actor, objective_id: uuid.UUID
) -> uuid.UUID | None:
    """The association whose plan holds the objective, if the caller may read that plan."""
    statement = PLANS.readable(actor).join(
        PlanObjective, PlanObjective.plan_id == DevelopmentPlan.id
    )
    plan = await session.scalar(statement.where(PlanObjective.id == objective_id))
    return None if plan is None else plan.association_id


async def delete_objective(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, objective_id: uuid.UUID
) -> None:
    plan = await PLANS.find(session, actor, plan_id)
    policy.require(actor, "development_plan:edit")
    _require_owner(actor, plan, "removes objectives")
    plan = await _locked(session, plan)
    objective = await _find_objective(session, plan, objective_id)
    await _open_for_change(session, actor, plan)
    followed = await session.scalar(
        select(func.count()).where(FollowUpAction.objective_id == objective.id)
    )
    if followed:
        raise Conflict(
            f"{followed} follow-up action(s) serve this objective; attach them elsewhere first."
        )
    await session.delete(objective)
    audit.record(
        session,
        actor,
        "development_plan.objective_delete",
        "development_plan",
        plan.id,
        {"objective_id": str(objective.id), "title": objective.title},
    )
    await session.commit()


async def report_objective(
    session: AsyncSession,
    actor: Actor,
    plan_id: uuid.UUID,
    objective_id: uuid.UUID,
    data: ObjectiveReport,
) -> PlanRead:
    """A declarative objective's value as reported (by the association or the city), with its
    date and who reported it; an indicator is never reported, it is measured."""
    plan = await PLANS.find(session, actor, plan_id)
    policy.require(actor, "development_plan:report")
    if not policy.development_plan_relations(actor, plan):
        raise Forbidden("Only the plan's association and the city report a value.")
    if plan.status == S.closed:
        raise Conflict("This plan is closed.")
    objective = await _find_objective(session, plan, objective_id)
    if objective.indicator is not None:
        raise Conflict("This objective is measured live by its indicator; nothing to report.")
    on = data.reported_on or today()
    if on > today():
        raise ValidationFailed(
            "A value is reported for today or a past day.", loc=("body", "reported_on")
        )
    diff = await guarded_update(
        session,
        objective,
        {"reported_value": data.value, "reported_on": on, "reported_by": actor.user_id},
    )
    audit.record(
        session,
        actor,
        "development_plan.objective_report",
        "development_plan",
        plan.id,
        {"objective_id": str(objective.id)} | diff,
    )
    await session.commit()
    return await PLANS.read(session, actor, plan)


# ---- the lifecycle ------------------------------------------------------------------------------


async def _has_objectives(plan: DevelopmentPlan, step: Step) -> None:
    count = await step.session.scalar(select(func.count()).where(PlanObjective.plan_id == plan.id))
    if not count:
        raise Conflict("A plan is submitted with one objective at least.")


async def _stamp_submitted(plan: DevelopmentPlan, step: Step) -> None:
    step.changes |= {"submitted_at": step.now, "return_reason": None}


async def _sent_back(plan: DevelopmentPlan, step: Step) -> None:
    step.changes["return_reason"] = step.reason


async def _agree(plan: DevelopmentPlan, step: Step) -> None:
    """Freeze the baseline of every objective that has none yet, then keep this version."""
    session = step.session
    objectives = (await _objectives(session, [plan.id]))[plan.id]
    for objective in objectives:
        if objective.baseline is None:
            objective.baseline = await current_value(session, plan, objective, step.now)
            objective.baseline_at = step.now
    await session.flush()
    session.add(
        DevelopmentPlanVersion(
            plan_id=plan.id,
            number=plan.plan_version,
            title=plan.title,
            summary=plan.summary,
            objectives=[
                AgreedObjective.model_validate(o).model_dump(mode="json") for o in objectives
            ],
            agreed_by=step.actor.user_id,
            agreed_at=step.now,
        )
    )
    step.changes |= {"agreed_at": step.now, "agreed_version": plan.plan_version}


async def _stamp_closed(plan: DevelopmentPlan, step: Step) -> None:
    step.changes["closed_at"] = step.now


PLAN_LIFECYCLE = StateMachine(
    "development plan",
    S,
    [
        Move(S.draft, S.submitted, OWNER, requires=(_has_objectives,)),
        Move(S.submitted, S.agreed, CITY),
        Move(S.submitted, S.draft, CITY, needs_reason=True),
        Move(S.agreed, S.closed, CITY),
    ],
    on_enter={
        S.draft: [_sent_back],
        S.submitted: [_stamp_submitted],
        S.agreed: [_agree],
        S.closed: [_stamp_closed],
    },
)


async def transition(
    session: AsyncSession,
    actor: Actor,
    plan_id: uuid.UUID,
    data: PlanTransition,
    if_match: str | None,
) -> PlanRead:
    plan = await PLANS.find(session, actor, plan_id)
    policy.require(actor, "development_plan:transition")
    check_if_match(if_match, await PLANS.read(session, actor, plan))
    plan = await _locked(session, plan)
    before = plan.status

    async def write(changes: dict) -> None:
        await guarded_update(session, plan, changes)
        audit.record(
            session,
            actor,
            "development_plan.transition",
            "development_plan",
            plan.id,
            {
                "status": {"before": before, "after": data.to.value},
                "plan_version": plan.plan_version,
                "reason": data.reason,
            },
        )

    await PLAN_LIFECYCLE.transition(
        plan,
        data.to,
        current=before,
        relations=policy.development_plan_relations(actor, plan),
        actor=actor,
        session=session,
        reason=data.reason,
        data=data,
        write=write,
    )
    await session.commit()
    return await PLANS.read(session, actor, plan)
