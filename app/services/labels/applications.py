"""Label applications: prepared by the space's association, evaluated on live data, reviewed by
the city; an approval grants the label.

draft → submitted → under_review → approved | rejected | changes_requested (→ submitted again);
withdrawn by the association at any point before a decision. Submitting re-evaluates every
criterion — the automatic ones on live data, the declarative ones (charter, welcome booklet,
development plan) against the uploaded documents: an active document of the criterion's kind
of the space or its association, the one attested first — and is refused (409) while a
mandatory criterion is neither met nor waived by the city with a reason. Each status change
is kept in an append-only history; an approval writes `label.approved` to the outbox in the same
transaction, and the worker announces `label.expired` once a label's end date has passed.
"""

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today, utcnow
from app.core.errors import Conflict, Forbidden, NotFound, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import flush_or_conflict, guarded_update, is_unique_violation
from app.core.repository import Repository, rowwise, through_parent
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.models.document import Document
from app.models.label import (
    OPEN_STATUSES,
    LabelApplication,
    LabelApplicationCreate,
    LabelApplicationEvent,
    LabelApplicationEventRead,
    LabelApplicationRead,
    LabelApplicationStatus,
    LabelApplicationTransition,
    LabelAttestation,
    LabelCriteriaVersion,
    LabelCriterionKind,
    LabelCriterionResult,
    LabelCriterionResultRead,
    LabelCriterionSpec,
    LabelStatus,
    LabelWaiver,
)
from app.models.space import Space, SpaceStatus
from app.services import audit, outbox, policy
from app.services.labels import criteria as label_criteria
from app.services.labels.status import label_of_application

S = LabelApplicationStatus
APPLICANT = frozenset({policy.LABEL_APPLICANT})
REVIEWER = frozenset({policy.LABEL_REVIEWER})
DECISIONS = (S.approved, S.rejected, S.changes_requested)
# Where the applicant may still change what it declares: before submitting, or when asked to.
EDITABLE = (S.draft, S.changes_requested)
LABEL_YEARS = 2
NUMBER_ATTEMPTS = 5
ONE_OPEN = "This space already has a label application in progress; finish or withdraw it first."


# ---- reading ------------------------------------------------------------------------------------


def _satisfied(result: LabelCriterionResult) -> bool:
    return bool(result.met) or result.waived_at is not None


async def _versions(
    session: AsyncSession, ids: set[uuid.UUID]
) -> dict[uuid.UUID, list[LabelCriterionSpec]]:
    rows = await session.execute(
        select(LabelCriteriaVersion).where(LabelCriteriaVersion.id.in_(ids))
    )
    return {v.id: label_criteria.specs(v) for v in rows.scalars().all()}


async def _results(
    session: AsyncSession, ids: list[uuid.UUID]
) -> dict[uuid.UUID, dict[str, LabelCriterionResult]]:
    found: dict[uuid.UUID, dict[str, LabelCriterionResult]] = {i: {} for i in ids}
    if ids:
        rows = await session.execute(
            select(LabelCriterionResult).where(LabelCriterionResult.application_id.in_(ids))
        )
        for result in rows.scalars().all():
            found[result.application_id][result.code] = result
    return found


def _criterion_read(
    spec: LabelCriterionSpec, result: LabelCriterionResult
) -> LabelCriterionResultRead:
    return LabelCriterionResultRead(
        code=spec.code,
        title=spec.title,
        kind=spec.kind,
        mandatory=spec.mandatory,
        rule=spec.rule,
        threshold=label_criteria.threshold_of(spec),
        met=result.met,
        measured=result.measured,
        detail=result.detail,
        evaluated_at=result.evaluated_at,
        document_reference=result.document_reference,
        document_id=result.document_id,
        document_version=result.document_version,
        attested_at=result.attested_at,
        waived=result.waived_at is not None,
        waiver_reason=result.waiver_reason,
        review_comment=result.review_comment,
        satisfied=_satisfied(result),
    )


def unmet_mandatory(
    specs: list[LabelCriterionSpec], results: dict[str, LabelCriterionResult]
) -> list[str]:
    return [s.code for s in specs if s.mandatory and not _satisfied(results[s.code])]


async def _closed_spaces(session: AsyncSession, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    rows = await session.execute(
        select(Space.id).where(Space.id.in_(ids), Space.status == SpaceStatus.closed.value)
    )
    return set(rows.scalars().all())


async def to_reads(
    session: AsyncSession, actor: Actor, applications: Sequence[LabelApplication]
) -> list[LabelApplicationRead]:
    versions = await _versions(session, {a.criteria_version_id for a in applications})
    results = await _results(session, [a.id for a in applications])
    closed = await _closed_spaces(session, {a.space_id for a in applications})
    on = today()
    reads = []
    for application in applications:
        specs, mine = versions[application.criteria_version_id], results[application.id]
        relations = policy.label_application_relations(actor, application)
        reads.append(
            LabelApplicationRead(
                id=application.id,
                space_id=application.space_id,
                association_id=application.association_id,
                criteria_version=application.criteria_version,
                status=application.status,
                allowed_transitions=LABEL_APPLICATION_LIFECYCLE.allowed(
                    application.status, relations
                ),
                criteria=[_criterion_read(s, mine[s.code]) for s in specs],
                unmet_mandatory=unmet_mandatory(specs, mine),
                submitted_at=application.submitted_at,
                decided_at=application.decided_at,
                decision_comment=application.decision_comment,
                label=label_of_application(
                    application, on, space_closed=application.space_id in closed
                ),
                created_at=application.created_at,
                updated_at=application.updated_at,
            )
        )
    return reads


APPLICATIONS = Repository[LabelApplication, LabelApplicationRead](
    LabelApplication,
    scope=policy.scope_label_applications,
    label="label application",
    to_reads=to_reads,
    sorts={
        "created_at": SortKey(LabelApplication.created_at, "datetime"),
        "updated_at": SortKey(LabelApplication.updated_at, "datetime"),
    },
    default_sort="-created_at",
)
APPLICATION_EVENTS = Repository[LabelApplicationEvent, LabelApplicationEventRead](
    LabelApplicationEvent,
    scope=through_parent,
    label="label application event",
    to_reads=rowwise(lambda row, actor: LabelApplicationEventRead.model_validate(row)),
    sorts={"occurred_at": SortKey(LabelApplicationEvent.occurred_at, "datetime")},
    default_sort="occurred_at",
)


async def get_application(
    session: AsyncSession, actor: Actor, application_id: uuid.UUID
) -> LabelApplicationRead:
    return await APPLICATIONS.get(session, actor, application_id)


def list_applications(
    session: AsyncSession,
    actor: Actor,
    *,
    space_id: uuid.UUID | None = None,
    association_id: uuid.UUID | None = None,
    status: LabelApplicationStatus | None = None,
    label_status: LabelStatus | None = None,
    expiring_within_days: int | None = None,
) -> Listing[LabelApplicationRead]:
    on = today()
    statement = where_given(
        APPLICATIONS.readable(actor),
        (
            (LabelApplication.space_id, space_id),
            (LabelApplication.association_id, association_id),
            (LabelApplication.status, status),
        ),
    )
    granted = LabelApplication.status == S.approved.value
    closed = LabelApplication.space_id.in_(
        select(Space.id).where(Space.status == SpaceStatus.closed.value)
    )
    if label_status == LabelStatus.valid:
        statement = statement.where(granted, ~closed, LabelApplication.valid_until >= on)
    elif label_status == LabelStatus.expired:
        statement = statement.where(granted, ~closed, LabelApplication.valid_until < on)
    elif label_status == LabelStatus.space_closed:
        statement = statement.where(granted, closed)
    elif label_status == LabelStatus.none:
        statement = statement.where(LabelApplication.status != S.approved.value)
    if expiring_within_days is not None:
        statement = statement.where(
            granted,
            ~closed,
            LabelApplication.valid_until >= on,
            LabelApplication.valid_until <= on + timedelta(days=expiring_within_days),
        )

    return APPLICATIONS.listing(session, actor, statement)


async def history(
    session: AsyncSession, actor: Actor, application_id: uuid.UUID
) -> Listing[LabelApplicationEventRead]:
    """Every status change, oldest first."""
    application = await APPLICATIONS.find(session, actor, application_id)

    statement = APPLICATION_EVENTS.readable(actor).where(
        LabelApplicationEvent.application_id == application.id
    )
    return APPLICATION_EVENTS.listing(session, actor, statement)


# ---- preparing ----------------------------------------------------------------------------------


def _record_event(
    session: AsyncSession,
    actor: Actor,
    application: LabelApplication,
    before: str | None,
    comment: str | None = None,
) -> None:
    session.add(
        LabelApplicationEvent(
            application_id=application.id,
            from_status=before,
            to_status=application.status,
            actor_user_id=actor.user_id,
            actor_api_key_id=actor.api_key_id,
            comment=comment,
        )
    )


async def create_application(
    session: AsyncSession, actor: Actor, data: LabelApplicationCreate
) -> LabelApplicationRead:
    policy.require(actor, "label_application:create")
    space = (
        await session.execute(
            policy.scope_spaces(actor, select(Space).where(Space.id == data.space_id))
        )
    ).scalar_one_or_none()
    if space is None:
        raise ValidationFailed("No such space among yours.", loc=("body", "space_id"))
    if space.archived_at is not None or space.status == "closed":
        raise Conflict("This space is closed; it cannot apply for the label.")
    version = await label_criteria.current_version(session)
    application = LabelApplication(
        space_id=space.id,
        association_id=space.association_id,
        criteria_version_id=version.id,
        criteria_version=version.number,
    )
    session.add(application)
    await flush_or_conflict(session, ONE_OPEN)
    for spec in label_criteria.specs(version):
        session.add(
            LabelCriterionResult(
                application_id=application.id,
                code=spec.code,
                threshold=label_criteria.threshold_of(spec),
            )
        )
    _record_event(session, actor, application, None)
    audit.record(
        session,
        actor,
        "label_application.create",
        "label_application",
        application.id,
        {"space_id": str(space.id), "criteria_version": version.number},
    )
    await session.commit()
    return await APPLICATIONS.read(session, actor, application)


async def _locked(session: AsyncSession, application: LabelApplication) -> LabelApplication:
    """Re-read the row for update (PostgreSQL) so that evaluations and transitions of one
    application are serialized; SQLite transactions already are (BEGIN IMMEDIATE)."""
    statement = select(LabelApplication).where(LabelApplication.id == application.id)
    if session.bind.dialect.name == "postgresql":
        statement = statement.with_for_update()
    return (await session.execute(statement.execution_options(populate_existing=True))).scalar_one()


async def _evaluate(
    session: AsyncSession, application: LabelApplication, now: datetime
) -> dict[str, LabelCriterionResult]:
    """Every automatic criterion measured on live data at `now`, every declarative one looked
    up among the documents; results stored in place."""
    space = await session.get(Space, application.space_id)
    version = await session.get(LabelCriteriaVersion, application.criteria_version_id)
    results = (await _results(session, [application.id]))[application.id]
    for spec in label_criteria.specs(version):
        if spec.kind != LabelCriterionKind.automatic:
            await _find_document(session, space, spec, results[spec.code], now)
            continue
        found = await label_criteria.measure(session, space, spec, now)
        result = results[spec.code]
        result.met, result.measured, result.detail = found.met, found.measured, found.detail
        result.threshold, result.evaluated_at = label_criteria.threshold_of(spec), now
    await session.flush()
    return results


def _document_detail(document) -> str:
    return f"{document.kind} «{document.title}», version {document.current_version}"


async def _find_document(
    session: AsyncSession,
    space: Space,
    spec: LabelCriterionSpec,
    result: LabelCriterionResult,
    now: datetime,
) -> None:
    """A declarative criterion is met by a document: the one attested while it still
    qualifies (active, of the space or association, of the criterion's kind), else the newest
    such document uploaded for the space or its association; archived, it no longer counts."""
    document = await label_criteria.document_for(session, space, spec.code, result.document_id)
    if document is None:
        kind = label_criteria.DOCUMENT_KINDS.get(spec.code)
        signed = label_criteria.SIGNED_BY.get(spec.code)
        result.met, result.measured, result.document_version = False, 0.0, None
        result.document_id = None
        result.detail = (
            f"no active {kind.value} document for this space or its association"
            + (f" whose current version the {signed} signed" if signed else "")
            if kind
            else "no document attested"
        )
    else:
        result.met, result.measured = True, 1.0
        result.document_id, result.document_version = document.id, document.current_version
        result.detail = _document_detail(document)
    result.evaluated_at = now


def _require_stage(application: LabelApplication, stages: tuple, doing: str) -> None:
    if application.status not in stages:
        raise Conflict(
            f"This application is {application.status}; {doing} only while it is "
            + " or ".join(str(s) for s in stages)
            + "."
        )


async def evaluate(
    session: AsyncSession,
    actor: Actor,
    application_id: uuid.UUID,
    now: datetime | None = None,
) -> LabelApplicationRead:
    application = await APPLICATIONS.find(session, actor, application_id)
    policy.require(actor, "label_application:prepare")
    if not policy.label_application_relations(actor, application):
        raise Forbidden("Only the applicant association and the city evaluate an application.")
    application = await _locked(session, application)
    _require_stage(application, OPEN_STATUSES, "it is evaluated")
    await _evaluate(session, application, now or utcnow())
    audit.record(session, actor, "label_application.evaluate", "label_application", application.id)
    await session.commit()
    return await APPLICATIONS.read(session, actor, application)


async def _criterion(
    session: AsyncSession, application: LabelApplication, code: str
) -> tuple[LabelCriterionSpec, LabelCriterionResult]:
    version = await session.get(LabelCriteriaVersion, application.criteria_version_id)
    spec = next((s for s in label_criteria.specs(version) if s.code == code), None)
    if spec is None:
        raise NotFound("No such criterion in this application's criteria version.")
    result = (
        await session.execute(
            select(LabelCriterionResult).where(
                LabelCriterionResult.application_id == application.id,
                LabelCriterionResult.code == code,
            )
        )
    ).scalar_one()
    return spec, result


async def attest(
    session: AsyncSession,
    actor: Actor,
    application_id: uuid.UUID,
    code: str,
    data: LabelAttestation,
) -> LabelApplicationRead:
    """A declarative criterion is met by naming the uploaded document that proves it (422
    when it cannot: another kind, another association's, archived)."""
    application = await APPLICATIONS.find(session, actor, application_id)
    policy.require(actor, "label_application:prepare")
    if policy.LABEL_APPLICANT not in policy.label_application_relations(actor, application):
        raise Forbidden("Only the applicant association attests its documents.")
    application = await _locked(session, application)
    _require_stage(application, EDITABLE, "its documents change")
    spec, result = await _criterion(session, application, code)
    if spec.kind != LabelCriterionKind.declarative:
        raise Conflict(f"'{code}' is computed from live data; evaluate the application instead.")
    document = (
        await session.execute(
            policy.scope_documents(actor, select(Document)).where(Document.id == data.document_id)
        )
    ).scalar_one_or_none()
    space = await session.get(Space, application.space_id)
    if document is None:
        raise ValidationFailed("No such document.", loc=("body", "document_id"))
    if not await label_criteria.document_meets(session, document, space, code):
        kind = label_criteria.DOCUMENT_KINDS.get(code)
        signed = label_criteria.SIGNED_BY.get(code)
        raise ValidationFailed(
            "This document does not prove this criterion: it must be active, of this space or "
            "its association"
            + (f", of kind {kind.value}" if kind else "")
            + (f", its current version signed by the {signed}" if signed else "")
            + ".",
            loc=("body", "document_id"),
        )
    now = utcnow()
    result.document_reference, result.met, result.measured = data.document_reference, True, 1.0
    result.document_id, result.document_version = document.id, document.current_version
    result.detail = _document_detail(document)
    result.attested_by, result.attested_at, result.evaluated_at = actor.user_id, now, now
    audit.record(
        session,
        actor,
        "label_application.attest",
        "label_application",
        application.id,
        {
            "code": code,
            "document_id": str(document.id),
            "document_version": document.current_version,
            "document_reference": data.document_reference,
        },
    )
    await session.commit()
    return await APPLICATIONS.read(session, actor, application)


async def waive(
    session: AsyncSession,
    actor: Actor,
    application_id: uuid.UUID,
    code: str,
    data: LabelWaiver,
) -> LabelApplicationRead:
    """The city exempts one criterion of one application, with a reason kept for the review."""
    application = await APPLICATIONS.find(session, actor, application_id)
    policy.require(actor, "label_application:waive")
    application = await _locked(session, application)
    _require_stage(application, OPEN_STATUSES, "a criterion is waived")
    _spec, result = await _criterion(session, application, code)
    result.waiver_reason, result.waived_by, result.waived_at = data.reason, actor.user_id, utcnow()
    audit.record(
        session,
        actor,
        "label_application.waive",
        "label_application",
        application.id,
        {"code": code, "reason": data.reason},
    )
    await session.commit()
    return await APPLICATIONS.read(session, actor, application)


# ---- moving through the workflow ----------------------------------------------------------------


async def _next_label_number(session: AsyncSession, year: int) -> str:
    prefix = f"LABEL-ENC-{year}-"
    highest = (
        await session.execute(
            select(func.max(LabelApplication.label_number)).where(
                LabelApplication.label_number.like(prefix + "___")
            )
        )
    ).scalar_one_or_none()
    seq = int(highest[len(prefix) :]) + 1 if highest else 1
    return f"{prefix}{seq:03d}"


def _default_end(start: date) -> date:
    try:
        return start.replace(year=start.year + LABEL_YEARS) - timedelta(days=1)
    except ValueError:  # granted on 29 February
        return start.replace(year=start.year + LABEL_YEARS, day=28)


def _grant(data: LabelApplicationTransition) -> dict:
    start = today()
    end = data.valid_until or _default_end(start)
    if end <= start:
        raise ValidationFailed("valid_until must be after today.", loc=("body", "valid_until"))
    return {"valid_from": start, "valid_until": end}


async def _apply(session: AsyncSession, application: LabelApplication, changes: dict) -> None:
    """The guarded status change; on approval the label number is generated, retried when a
    concurrent approval took the same one."""
    if "valid_from" not in changes:
        await guarded_update(session, application, changes)
        return
    for _ in range(NUMBER_ATTEMPTS):
        number = await _next_label_number(session, changes["valid_from"].year)
        try:
            async with session.begin_nested():
                await guarded_update(session, application, changes | {"label_number": number})
            return
        except IntegrityError as exc:
            if not is_unique_violation(exc):
                raise
    raise Conflict("Could not generate a free label number; retry the request.")


# ---- the lifecycle -----------------------------------------------------------------------------


async def _mandatory_met(application: LabelApplication, step: Step) -> None:
    """Submitting re-evaluates the automatic criteria; refused while a mandatory one is unmet."""
    session = step.session
    results = await _evaluate(session, application, step.now)
    version = await session.get(LabelCriteriaVersion, application.criteria_version_id)
    unmet = unmet_mandatory(label_criteria.specs(version), results)
    if unmet:
        await session.commit()  # the fresh evaluation is kept: it says what is missing
        raise Conflict(
            "Mandatory criteria are not met (nor waived): " + ", ".join(unmet) + ".",
            unmet_criteria=unmet,
        )


async def _stamp_submitted(application: LabelApplication, step: Step) -> None:
    step.changes["submitted_at"] = step.now


async def _record_decision(application: LabelApplication, step: Step) -> None:
    step.changes |= {"decided_at": step.now, "decision_comment": step.reason}
    await _comment_criteria(step.session, application, step.data.criteria_comments)


async def _grant_label(application: LabelApplication, step: Step) -> None:
    step.changes |= _grant(step.data)


async def _announce_label(application: LabelApplication, step: Step) -> None:
    outbox.emit(
        step.session, "label.approved", "space", application.space_id, _label_payload(application)
    )


LABEL_APPLICATION_LIFECYCLE = StateMachine(
    "label application",
    S,
    [
        Move(S.draft, S.submitted, APPLICANT, requires=(_mandatory_met,)),
        Move(S.changes_requested, S.submitted, APPLICANT, requires=(_mandatory_met,)),
        Move(S.submitted, S.under_review, REVIEWER),
        Move(S.under_review, S.approved, REVIEWER),
        Move(S.under_review, S.rejected, REVIEWER, needs_reason=True),
        Move(S.under_review, S.changes_requested, REVIEWER, needs_reason=True),
        *(Move(status, S.withdrawn, APPLICANT) for status in OPEN_STATUSES),
    ],
    on_enter={
        S.submitted: [_stamp_submitted],
        S.approved: [_record_decision, _grant_label],
        S.rejected: [_record_decision],
        S.changes_requested: [_record_decision],
    },
    after_enter={S.approved: [_announce_label]},
    reason_field="comment",
)


async def transition(
    session: AsyncSession,
    actor: Actor,
    application_id: uuid.UUID,
    data: LabelApplicationTransition,
    if_match: str | None,
) -> LabelApplicationRead:
    application = await APPLICATIONS.find(session, actor, application_id)
    policy.require(actor, "label_application:transition")
    check_if_match(if_match, await APPLICATIONS.read(session, actor, application))
    if data.criteria_comments and data.to not in DECISIONS:
        raise ValidationFailed(
            "Comments per criterion go with a decision (approved, rejected, changes_requested).",
            loc=("body", "criteria_comments"),
        )
    if data.valid_until is not None and data.to != S.approved:
        raise ValidationFailed("valid_until goes with an approval.", loc=("body", "valid_until"))
    application = await _locked(session, application)
    before = application.status

    async def write(changes: dict) -> None:
        await _apply(session, application, changes)
        _record_event(session, actor, application, before, data.comment)
        audit.record(
            session,
            actor,
            "label_application.transition",
            "label_application",
            application.id,
            {"status": {"before": before, "after": data.to.value}, "comment": data.comment},
        )

    await LABEL_APPLICATION_LIFECYCLE.transition(
        application,
        data.to,
        current=before,
        relations=policy.label_application_relations(actor, application),
        actor=actor,
        session=session,
        reason=data.comment,
        data=data,
        write=write,
    )
    await session.commit()
    return await APPLICATIONS.read(session, actor, application)


async def _comment_criteria(
    session: AsyncSession, application: LabelApplication, comments: dict[str, str]
) -> None:
    if not comments:
        return
    results = (await _results(session, [application.id]))[application.id]
    unknown = sorted(set(comments) - set(results))
    if unknown:
        raise ValidationFailed(
            "No such criterion in this application: " + ", ".join(unknown) + ".",
            loc=("body", "criteria_comments"),
        )
    for code, comment in comments.items():
        results[code].review_comment = comment


def _label_payload(application: LabelApplication) -> dict:
    return {
        "application_id": str(application.id),
        "space_id": str(application.space_id),
        "association_id": str(application.association_id),
        "label_number": application.label_number,
        "valid_from": application.valid_from,
        "valid_until": application.valid_until,
    }


# ---- expiry -------------------------------------------------------------------------------------


async def announce_expired(session: AsyncSession, on: date | None = None) -> int:
    """`label.expired` for each label whose end date has passed, once (the scheduler's job; the
    caller commits). Once with any number of workers: the UPDATE that marks the label still
    requires it unmarked, and the event is written only when it did (PostgreSQL makes a second
    worker wait for the first's commit, then finds the label marked; SQLite has one writer).
    A label replaced by a renewal still in force expires silently: the space stays labelled. So
    does the label of a closed space: it stopped holding at the closure (it reads `space_closed`),
    so announcing its expiry later would tell the portal about a space that is gone."""
    on = on or today()
    expired = (
        (
            await session.execute(
                select(LabelApplication).where(
                    LabelApplication.status == S.approved.value,
                    LabelApplication.valid_until < on,
                    LabelApplication.expiry_announced_at.is_(None),
                )
            )
        )
        .scalars()
        .all()
    )
    announced = 0
    for application in expired:
        renewed = await session.execute(
            select(LabelApplication.id).where(
                and_(
                    LabelApplication.space_id == application.space_id,
                    LabelApplication.status == S.approved.value,
                    LabelApplication.valid_until >= on,
                )
            )
        )
        marked = await session.execute(
            update(LabelApplication)
            .where(
                LabelApplication.id == application.id,
                LabelApplication.expiry_announced_at.is_(None),
            )
            .values(expiry_announced_at=utcnow())
        )
        closed = await session.scalar(
            select(Space.id).where(
                Space.id == application.space_id, Space.status == SpaceStatus.closed.value
            )
        )
        if marked.rowcount == 1 and renewed.first() is None and closed is None:
            outbox.emit(
                session, "label.expired", "space", application.space_id, _label_payload(application)
            )
            announced += 1
    return announced
