"""Loan agreements (conventions de prêt) between the city and an association.

draft → pending_signature → active (signed) → ended at its end date, or terminated early;
declined from pending_signature. Nobody has to end an agreement: an active agreement whose end
date has passed *reads* as `ended`, and every query filters on that effective status.
It comes into force (`active`) only once the city and the association have both signed the
same version of a document attached to it (`/documents/{id}/signatures`); `signed_by` and
`signed_on` then default to the association's signer and the later signature's date.
"""

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey
from app.core.persistence import flush_or_conflict
from app.core.repository import Repository
from app.core.state_machine import Move, StateMachine, Step
from app.models.association import Association
from app.models.document import Document, DocumentSignature, DocumentStatus
from app.models.equipment import (
    Equipment,
    EquipmentStatus,
    LoanAgreement,
    LoanAgreementCreate,
    LoanAgreementRead,
    LoanAgreementStatus,
    LoanAgreementTransition,
    LoanAgreementUpdate,
)
from app.services import audit, crud, policy

L = LoanAgreementStatus
CITY = frozenset({policy.CITY})
DUPLICATE = "A loan agreement with this reference already exists."
# Items that are still under an agreement: at the space, or away in repair and coming back.
COVERED_STATUSES = (EquipmentStatus.allocated.value, EquipmentStatus.in_repair.value)


def effective_status_column(on: date):
    return case(
        (and_(LoanAgreement.status == L.active.value, LoanAgreement.ends_on < on), L.ended.value),
        else_=LoanAgreement.status,
    )


def effective_status(agreement: LoanAgreement, on: date | None = None) -> str:
    on = on or today()
    if agreement.status == L.active and agreement.ends_on < on:
        return L.ended.value
    return agreement.status


def _relations(actor: Actor) -> frozenset[str]:
    return policy.equipment_relations(actor)


async def _counts(session: AsyncSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    rows = await session.execute(
        select(Equipment.loan_agreement_id, func.count())
        .where(Equipment.loan_agreement_id.in_(ids), Equipment.status.in_(COVERED_STATUSES))
        .group_by(Equipment.loan_agreement_id)
    )
    return dict(rows.all())


def _read(agreement: LoanAgreement, actor: Actor, count: int) -> LoanAgreementRead:
    status = effective_status(agreement)
    return LoanAgreementRead.model_validate(
        {
            **agreement.model_dump(),
            "status": status,
            "allowed_transitions": LOAN_AGREEMENT_LIFECYCLE.allowed(status, _relations(actor)),
            "equipment_count": count,
        }
    )


async def _to_reads(
    session: AsyncSession, actor: Actor, rows: Sequence[LoanAgreement]
) -> list[LoanAgreementRead]:
    counts = await _counts(session, [row.id for row in rows])
    return [_read(row, actor, counts.get(row.id, 0)) for row in rows]


LOAN_AGREEMENTS = Repository[LoanAgreement, LoanAgreementRead](
    LoanAgreement,
    scope=policy.scope_loan_agreements,
    label="loan agreement",
    to_reads=_to_reads,
    sorts={
        "reference": SortKey(LoanAgreement.reference),
        "starts_on": SortKey(LoanAgreement.starts_on, "date"),
        "ends_on": SortKey(LoanAgreement.ends_on, "date"),
        "created_at": SortKey(LoanAgreement.created_at, "datetime"),
    },
    default_sort="-starts_on",
)


async def get_agreement(
    session: AsyncSession, actor: Actor, agreement_id: uuid.UUID
) -> LoanAgreementRead:
    return await LOAN_AGREEMENTS.get(session, actor, agreement_id)


async def active_agreement_for(
    session: AsyncSession, association_id: uuid.UUID, on: date | None = None
) -> LoanAgreement | None:
    """The association's agreement in force on that day (the latest started, if several)."""
    on = on or today()
    statement = (
        select(LoanAgreement)
        .where(
            LoanAgreement.association_id == association_id,
            effective_status_column(on) == L.active.value,
            LoanAgreement.starts_on <= on,
        )
        .order_by(LoanAgreement.starts_on.desc(), LoanAgreement.id)
        .limit(1)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def create_agreement(
    session: AsyncSession, actor: Actor, data: LoanAgreementCreate
) -> LoanAgreementRead:
    policy.require(actor, "loan_agreement:create")
    association = await session.get(Association, data.association_id)
    if association is None:
        raise ValidationFailed("No such association.", loc=("body", "association_id"))
    if association.archived_at is not None:
        raise Conflict("This association is archived; it cannot sign new agreements.")
    agreement = LoanAgreement(**data.model_dump())
    session.add(agreement)
    await flush_or_conflict(session, DUPLICATE)
    audit.record(
        session,
        actor,
        "loan_agreement.create",
        "loan_agreement",
        agreement.id,
        data.model_dump(mode="json"),
    )
    await session.commit()
    return _read(agreement, actor, 0)


def list_agreements(
    session: AsyncSession,
    actor: Actor,
    *,
    association_id: uuid.UUID | None,
    status: str | None,
    q: str | None,
    active_on: date | None,
) -> Listing[LoanAgreementRead]:
    statement = LOAN_AGREEMENTS.readable(actor)
    if association_id is not None:
        statement = statement.where(LoanAgreement.association_id == association_id)
    if status is not None:
        statement = statement.where(effective_status_column(today()) == status)
    if q:
        statement = statement.where(func.lower(LoanAgreement.reference).contains(q.lower()))
    if active_on is not None:
        statement = statement.where(
            effective_status_column(today()) == L.active.value,
            LoanAgreement.starts_on <= active_on,
            LoanAgreement.ends_on >= active_on,
        )

    return LOAN_AGREEMENTS.listing(session, actor, statement)


async def update_agreement(
    session: AsyncSession,
    actor: Actor,
    agreement_id: uuid.UUID,
    data: LoanAgreementUpdate,
    if_match: str | None,
) -> LoanAgreementRead:
    agreement = await LOAN_AGREEMENTS.find(session, actor, agreement_id)
    policy.require(actor, "loan_agreement:update")
    changes = data.model_dump(exclude_unset=True)
    terms = {"reference", "starts_on", "ends_on"} & set(changes)
    if terms and agreement.status != L.draft:
        raise Conflict(
            f"Only a draft's terms change; this agreement is {effective_status(agreement)} "
            f"({', '.join(sorted(terms))} cannot change)."
        )
    starts = changes.get("starts_on", agreement.starts_on)
    ends = changes.get("ends_on", agreement.ends_on)
    if ends < starts:
        raise ValidationFailed("ends_on must be on or after starts_on.", loc=("body", "ends_on"))
    current = await LOAN_AGREEMENTS.read(session, actor, agreement)
    await crud.update(
        session,
        actor,
        agreement,
        changes,
        if_match=if_match,
        current=current,
        resource_type="loan_agreement",
        conflict=DUPLICATE,
    )
    return await LOAN_AGREEMENTS.read(session, actor, agreement)


async def _covered_items(session: AsyncSession, agreement: LoanAgreement) -> list[str]:
    rows = await session.execute(
        select(Equipment.inventory_number)
        .where(Equipment.loan_agreement_id == agreement.id, Equipment.status.in_(COVERED_STATUSES))
        .order_by(Equipment.inventory_number)
    )
    return list(rows.scalars().all())


async def _both_signatures(session: AsyncSession, agreement: LoanAgreement) -> dict:
    """The signatures that bring the agreement into force: the city's and the association's,
    on the same (current) version of a document attached to it (409 otherwise)."""
    documents = (
        (
            await session.execute(
                select(Document)
                .where(
                    Document.resource_type == "loan_agreement",
                    Document.resource_id == agreement.id,
                    Document.status == DocumentStatus.active.value,
                )
                .order_by(Document.created_at.desc(), Document.id)
            )
        )
        .scalars()
        .all()
    )
    if not documents:
        raise Conflict(
            "This agreement has no document yet: upload it (resource_type loan_agreement) and "
            "have the city and the association sign it before it comes into force.",
            missing=["city", "association"],
        )
    missing_everywhere: set[str] = {"city", "association"}
    for document in documents:
        signed = await session.execute(
            select(DocumentSignature).where(
                DocumentSignature.document_id == document.id,
                DocumentSignature.version_number == document.current_version,
            )
        )
        by_party = {s.party: s for s in signed.scalars().all()}
        missing = {"city", "association"} - set(by_party)
        if not missing:
            return {
                "document_id": document.id,
                "signed_by": by_party["association"].signer_name,
                "signed_on": max(s.signed_at for s in by_party.values()).date(),
            }
        missing_everywhere &= missing
    raise Conflict(
        "Both the city and the association must sign the same (current) version of the "
        "agreement's document before it comes into force; not signed yet by: "
        + " and ".join(sorted(missing_everywhere or {"city", "association"}))
        + ".",
        missing=sorted(missing_everywhere),
    )


async def _check_activation(
    session: AsyncSession, agreement: LoanAgreement, data: LoanAgreementTransition
) -> dict:
    if data.signed_on is not None and data.signed_on > today():
        raise ValidationFailed("signed_on cannot be in the future.", loc=("body", "signed_on"))
    if agreement.ends_on < today():
        raise Conflict("This agreement's end date has passed; it cannot come into force.")
    overlapping = (
        (
            await session.execute(
                select(LoanAgreement.reference).where(
                    LoanAgreement.association_id == agreement.association_id,
                    LoanAgreement.id != agreement.id,
                    effective_status_column(today()) == L.active.value,
                    LoanAgreement.starts_on <= agreement.ends_on,
                    LoanAgreement.ends_on >= agreement.starts_on,
                )
            )
        )
        .scalars()
        .all()
    )
    if overlapping:
        raise Conflict(
            "This association already has an agreement in force over these dates: "
            + ", ".join(sorted(overlapping))
            + ".",
            agreements=sorted(overlapping),
        )
    signed = await _both_signatures(session, agreement)
    return {
        "signed_by": data.signed_by or signed["signed_by"],
        "signed_on": data.signed_on or signed["signed_on"],
    }


# ---- the lifecycle -----------------------------------------------------------------------------


async def _activate(agreement: LoanAgreement, step: Step) -> None:
    step.changes |= await _check_activation(step.session, agreement, step.data)


async def _ends_on_its_date(agreement: LoanAgreement, step: Step) -> None:
    if agreement.ends_on > today():
        raise Conflict(
            f"This agreement runs until {agreement.ends_on.isoformat()}; to stop it before "
            "its end date, terminate it with a reason."
        )


async def _nothing_covered(agreement: LoanAgreement, step: Step) -> None:
    items = await _covered_items(step.session, agreement)
    if items:
        raise Conflict(
            f"{len(items)} item(s) are still allocated under this agreement; return them to "
            "stock first: " + ", ".join(items) + ".",
            equipment=items,
        )


async def _stamp_terminated(agreement: LoanAgreement, step: Step) -> None:
    step.changes |= {"terminated_on": today(), "reason": step.reason}


async def _keep_reason(agreement: LoanAgreement, step: Step) -> None:
    step.changes["reason"] = step.reason


LOAN_AGREEMENT_LIFECYCLE = StateMachine(
    "loan agreement",
    L,
    [
        Move(L.draft, L.pending_signature, CITY),
        Move(L.pending_signature, L.draft, CITY),
        Move(L.pending_signature, L.active, CITY, effects=(_activate,)),
        Move(L.pending_signature, L.declined, CITY, needs_reason=True),
        Move(L.active, L.ended, CITY, requires=(_ends_on_its_date, _nothing_covered)),
        Move(L.active, L.terminated, CITY, needs_reason=True, requires=(_nothing_covered,)),
    ],
    on_enter={L.terminated: [_stamp_terminated], L.declined: [_keep_reason]},
)


async def transition_agreement(
    session: AsyncSession,
    actor: Actor,
    agreement_id: uuid.UUID,
    data: LoanAgreementTransition,
    if_match: str | None,
) -> LoanAgreementRead:
    agreement = await LOAN_AGREEMENTS.find(session, actor, agreement_id)
    policy.require(actor, "loan_agreement:transition")
    current = await LOAN_AGREEMENTS.read(session, actor, agreement)

    async def write(changes: dict) -> None:
        await crud.update(
            session,
            actor,
            agreement,
            changes,
            if_match=if_match,
            current=current,
            resource_type="loan_agreement",
            action="transition",
        )

    await LOAN_AGREEMENT_LIFECYCLE.transition(
        agreement,
        data.to,
        current=effective_status(agreement),
        relations=_relations(actor),
        actor=actor,
        session=session,
        reason=data.reason,
        data=data,
        write=write,
    )
    return await LOAN_AGREEMENTS.read(session, actor, agreement)
