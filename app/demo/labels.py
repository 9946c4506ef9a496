"""The demo network's labels: the ENC des Hauts-Champs holds the label (its application went
through the whole workflow), the ENC de l'Epeule has applied and waits for the city's review.
A step of `app.demo.network.seed_demo`, idempotent: a space with an application is left alone.

Everything goes through the label workflow's services, acting as each association (its demo
user when there is one) and as the city: criteria are evaluated on the demo's live data, the
declarative ones are proved by documents uploaded for the space (the charter, the welcome
booklet, the development plan, each a small PDF) and the insurance by a certificate the city
confirmed; what the demo lacks is waived by the city with a reason.
"""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.actor import SYSTEM, Actor
from app.core.clock import today
from app.demo import documents as demo_documents
from app.models.document import DocumentKind
from app.models.label import (
    LabelApplication,
    LabelApplicationCreate,
    LabelApplicationTransition,
    LabelAttestation,
    LabelCriterionKind,
    LabelWaiver,
)
from app.models.space import Space
from app.models.user import Role, User
from app.services.labels import applications as labels
from app.services.labels.criteria import SIGNED_BY

KINDS = {
    "charter_signed": DocumentKind.charter,
    "welcome_booklet": DocumentKind.welcome_booklet,
    "development_plan": DocumentKind.development_plan,
}
DOCUMENTS = {
    "charter_signed": "Charte du label ENC signée le {year}-01-15 (GED ville n° {n})",
    "welcome_booklet": "Livret d'accueil, version {year} (GED ville n° {n})",
    "development_plan": "Plan de développement {year}-{next} (GED ville n° {n})",
}
WAIVER = "Démonstration : critère en cours de mise en conformité, suivi par la mission."
# (demo space, how far its application goes)
APPLICATIONS = (("enc-hauts-champs", "approved"), ("enc-epeule", "submitted"))


async def _applicant(session: AsyncSession, space: Space) -> Actor:
    user = await session.scalar(
        select(User).where(
            User.association_id == space.association_id, User.role == Role.association
        )
    )
    return Actor(
        kind="user",
        role=Role.association.value,
        user_id=user.id if user else None,
        association_id=space.association_id,
    )


async def _apply(session: AsyncSession, seeded, space_id: uuid.UUID, goal: str, n: int) -> None:
    space = await session.get(Space, space_id)
    applicant = await _applicant(session, space)
    on = today()
    await demo_documents.insure(session, seeded, applicant, space, on.replace(month=1, day=1))
    application = await labels.create_application(
        session, applicant, LabelApplicationCreate(space_id=space.id)
    )
    evaluated = await labels.evaluate(session, applicant, application.id)
    year = evaluated.created_at.year
    for criterion in evaluated.criteria:
        if criterion.code in SIGNED_BY and applicant.user_id is None:
            # nobody of the association has an account to sign the charter: waived, as the
            # mission does for a criterion being brought into line
            await labels.waive(
                session, SYSTEM, application.id, criterion.code, LabelWaiver(reason=WAIVER)
            )
        elif criterion.kind == LabelCriterionKind.declarative:
            reference = DOCUMENTS.get(criterion.code, "{year} (GED ville n° {n})").format(
                year=year, next=year + 2, n=f"{n:03d}-{criterion.code}"
            )
            document_id = await demo_documents.upload(
                session,
                seeded,
                applicant,
                space,
                KINDS.get(criterion.code, DocumentKind.other),
                reference.split(" (")[0],
                [reference],
            )
            if criterion.code in SIGNED_BY:  # the charter counts once the association signed
                await demo_documents.sign(session, seeded, applicant, document_id)
            await labels.attest(
                session,
                applicant,
                application.id,
                criterion.code,
                LabelAttestation(document_id=document_id, document_reference=reference),
            )
        elif criterion.mandatory and not criterion.met:
            await labels.waive(
                session, SYSTEM, application.id, criterion.code, LabelWaiver(reason=WAIVER)
            )
    move = LabelApplicationTransition
    await labels.transition(session, applicant, application.id, move(to="submitted"), None)
    if goal == "approved":
        await labels.transition(session, SYSTEM, application.id, move(to="under_review"), None)
        await labels.transition(
            session,
            SYSTEM,
            application.id,
            move(to="approved", comment="Espace conforme à la charte du label ENC."),
            None,
        )


async def seed_labels(session: AsyncSession, seeded) -> None:
    for n, (key, goal) in enumerate(APPLICATIONS, start=1):
        space_id = seeded.spaces.get(key)
        if space_id is None:
            continue
        if await session.scalar(
            select(LabelApplication.id).where(LabelApplication.space_id == space_id)
        ):
            continue
        await _apply(session, seeded, space_id, goal, n)
