"""Insurance certificates: the space's association records one for a space — an uploaded
document of kind `insurance_certificate` of that space, and what it says (insurer, policy,
validity) — and it stays `pending` until the city confirms or rejects it (with a reason):
pending → confirmed | rejected, nothing after.

A confirmed certificate is what the space is insured by: confirming writes its insurer, policy
and end date on the space's premises (`premises.insurance`, the field the spaces' API has
always shown), unless another confirmed certificate of the space already runs later. The
label's "insurance valid today" criterion reads the confirmed certificates themselves (a typed
`premises.insurance` or a pending certificate counts for nothing there).
"""

import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import Actor
from app.core.clock import today
from app.core.errors import Conflict, ValidationFailed
from app.core.pagination import Listing, SortKey, where_given
from app.core.persistence import guarded_update
from app.core.repository import Repository, rowwise
from app.core.representation import check_if_match
from app.core.state_machine import Move, StateMachine, Step
from app.models.document import Document, DocumentKind, DocumentStatus
from app.models.insurance import (
    InsuranceCertificate,
    InsuranceCertificateCreate,
    InsuranceCertificateRead,
    InsuranceCertificateRejection,
    InsuranceCertificateStatus,
)
from app.models.space import Space, SpaceStatus
from app.services import audit, outbox, policy
from app.services.spaces.records import SPACES

S = InsuranceCertificateStatus
DECIDER = frozenset({policy.CITY})


def to_read(row: InsuranceCertificate, _actor: Actor) -> InsuranceCertificateRead:
    return InsuranceCertificateRead.model_validate(row)


CERTIFICATES = Repository[InsuranceCertificate, InsuranceCertificateRead](
    InsuranceCertificate,
    scope=policy.scope_insurance_certificates,
    label="insurance certificate",
    to_reads=rowwise(to_read),
    sorts={
        "created_at": SortKey(InsuranceCertificate.created_at, "datetime"),
        "valid_until": SortKey(InsuranceCertificate.valid_until, "date"),
    },
    default_sort="-created_at",
)
EXPIRING = Repository[InsuranceCertificate, InsuranceCertificateRead](
    InsuranceCertificate,
    scope=policy.scope_insurance_certificates,
    label="insurance certificate",
    to_reads=rowwise(to_read),
    sorts={
        "valid_until": SortKey(InsuranceCertificate.valid_until, "date"),
        "created_at": SortKey(InsuranceCertificate.created_at, "datetime"),
    },
    default_sort="valid_until",
)


# ---- reading ------------------------------------------------------------------------------------


async def list_space_certificates(
    session: AsyncSession, actor: Actor, space_id: uuid.UUID, *, status: S | None = None
) -> Listing[InsuranceCertificateRead]:
    space = await SPACES.find(session, actor, space_id)
    statement = CERTIFICATES.readable(actor).where(InsuranceCertificate.space_id == space.id)
    statement = where_given(statement, ((InsuranceCertificate.status, status),))
    return CERTIFICATES.listing(session, actor, statement)


async def get_certificate(
    session: AsyncSession, actor: Actor, certificate_id: uuid.UUID
) -> InsuranceCertificateRead:
    return await CERTIFICATES.get(session, actor, certificate_id)


def list_expiring(
    session: AsyncSession, actor: Actor, *, within_days: int, on: date | None = None
) -> Listing[InsuranceCertificateRead]:
    """Confirmed certificates ending from today to `within_days` from now, the soonest first
    (the city's list: whom to ask for next year's certificate)."""
    policy.require(actor, "insurance_certificate:list_expiring")
    on = on or today()
    statement = EXPIRING.readable(actor).where(
        InsuranceCertificate.status == S.confirmed.value,
        InsuranceCertificate.valid_until >= on,
        InsuranceCertificate.valid_until <= on + timedelta(days=within_days),
    )
    return EXPIRING.listing(session, actor, statement)


async def confirmed_on(
    session: AsyncSession, space_id: uuid.UUID, on: date
) -> InsuranceCertificate | None:
    """The confirmed certificate covering `on` that runs the longest (the label's criterion)."""
    return (
        await session.execute(
            select(InsuranceCertificate)
            .where(
                InsuranceCertificate.space_id == space_id,
                InsuranceCertificate.status == S.confirmed.value,
                InsuranceCertificate.valid_from <= on,
                InsuranceCertificate.valid_until >= on,
            )
            .order_by(InsuranceCertificate.valid_until.desc(), InsuranceCertificate.id)
            .limit(1)
        )
    ).scalar_one_or_none()


async def has_pending(session: AsyncSession, space_id: uuid.UUID) -> bool:
    found = await session.execute(
        select(InsuranceCertificate.id)
        .where(
            InsuranceCertificate.space_id == space_id,
            InsuranceCertificate.status == S.pending.value,
        )
        .limit(1)
    )
    return found.first() is not None


# ---- recording ----------------------------------------------------------------------------------


async def create_certificate(
    session: AsyncSession, actor: Actor, space_id: uuid.UUID, body: InsuranceCertificateCreate
) -> InsuranceCertificateRead:
    space = await SPACES.find(session, actor, space_id)
    policy.require(actor, "insurance_certificate:create")
    if space.archived_at is not None or space.status == SpaceStatus.closed.value:
        raise Conflict("This space is closed; it takes no new insurance certificate.")
    document = (
        await session.execute(
            policy.scope_documents(actor, select(Document)).where(Document.id == body.document_id)
        )
    ).scalar_one_or_none()
    where = ["body", "document_id"]
    if document is None:
        raise ValidationFailed("No such document.", loc=where)
    if document.kind != DocumentKind.insurance_certificate:
        raise ValidationFailed(
            "The document must be of kind insurance_certificate.", loc=where, kind=document.kind
        )
    if document.space_id != space.id:
        raise ValidationFailed("The document must be one of this space's.", loc=where)
    if document.status != DocumentStatus.active:
        raise ValidationFailed("The document is archived.", loc=where)
    certificate = InsuranceCertificate(
        space_id=space.id,
        association_id=space.association_id,
        document_id=document.id,
        document_version=document.current_version,
        insurer=body.insurer,
        policy_number=body.policy_number,
        valid_from=body.valid_from,
        valid_until=body.valid_until,
        created_by=actor.user_id,
    )
    session.add(certificate)
    await session.flush()
    audit.record(
        session,
        actor,
        "insurance_certificate.create",
        "insurance_certificate",
        certificate.id,
        body.model_dump(mode="json")
        | {"space_id": str(space.id), "document_version": document.current_version},
    )
    await session.commit()
    return await CERTIFICATES.get(session, actor, certificate.id)


# ---- the city's decision ------------------------------------------------------------------------


async def _stamp_decision(certificate: InsuranceCertificate, step: Step) -> None:
    step.changes |= {"decided_by": step.actor.user_id, "decided_at": step.now}
    if step.reason:
        step.changes["rejection_reason"] = step.reason


async def _set_premises(certificate: InsuranceCertificate, step: Step) -> None:
    """The space's premises show the confirmed certificate that runs the latest."""
    session = step.session
    later = await session.execute(
        select(InsuranceCertificate.id)
        .where(
            InsuranceCertificate.space_id == certificate.space_id,
            InsuranceCertificate.status == S.confirmed.value,
            InsuranceCertificate.id != certificate.id,
            InsuranceCertificate.valid_until > certificate.valid_until,
        )
        .limit(1)
    )
    if later.first() is not None:
        return
    space = await session.get(Space, certificate.space_id)
    premises = dict(space.premises or {})
    premises["insurance"] = {
        "insurer": certificate.insurer,
        "policy_number": certificate.policy_number,
        "valid_until": certificate.valid_until.isoformat(),
    }
    diff = await guarded_update(session, space, {"premises": premises})
    if diff:
        # the same thin `space.updated` the spaces' own writes announce
        outbox.emit(
            session,
            "space.updated",
            "space",
            space.id,
            {
                "id": space.id,
                "association_id": space.association_id,
                "name": space.name,
                "kind": space.kind,
                "status": space.status,
                "changed": ["premises"],
            },
        )
        audit.record(
            session,
            step.actor,
            "space.update",
            "space",
            space.id,
            {"premises.insurance": premises["insurance"], "from_certificate": str(certificate.id)},
        )


INSURANCE_CERTIFICATE_LIFECYCLE = StateMachine(
    "insurance certificate",
    S,
    [
        Move(S.pending, S.confirmed, DECIDER),
        Move(S.pending, S.rejected, DECIDER, needs_reason=True),
    ],
    on_enter={S.confirmed: [_stamp_decision], S.rejected: [_stamp_decision]},
    after_enter={S.confirmed: [_set_premises]},
)


async def decide(
    session: AsyncSession,
    actor: Actor,
    certificate_id: uuid.UUID,
    to: S,
    rejection: InsuranceCertificateRejection | None = None,
    if_match: str | None = None,
) -> InsuranceCertificateRead:
    certificate = await CERTIFICATES.find(session, actor, certificate_id)
    policy.require(actor, "insurance_certificate:decide")
    check_if_match(if_match, await CERTIFICATES.read(session, actor, certificate))
    before = certificate.status
    reason = rejection.reason if rejection else None

    async def write(changes: dict) -> None:
        await guarded_update(session, certificate, changes)
        audit.record(
            session,
            actor,
            f"insurance_certificate.{'confirm' if to == S.confirmed else 'reject'}",
            "insurance_certificate",
            certificate.id,
            {"status": {"before": before, "after": to.value}, "reason": reason},
        )

    await INSURANCE_CERTIFICATE_LIFECYCLE.transition(
        certificate,
        to,
        current=before,
        relations=policy.role_relations(actor),
        actor=actor,
        session=session,
        reason=reason,
        write=write,
    )
    await session.commit()
    return await CERTIFICATES.get(session, actor, certificate.id)
