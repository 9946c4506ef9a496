"""The demo network: Hauts-Champs' label rests on uploaded documents and a confirmed
insurance certificate, which its premises show."""

from sqlalchemy import select

from app.demo.network import seed_demo
from app.models.document import Document
from app.models.insurance import InsuranceCertificate
from app.models.label import LabelApplication, LabelCriterionResult
from app.models.space import Space


async def test_demo_label_backed_by_documents_and_certificate(app, world):
    await seed_demo(app.state.sessionmaker, app.state.settings, app.state.document_storage)
    async with world.session() as session:
        space = await session.scalar(select(Space).where(Space.name == "ENC des Hauts-Champs"))
        application = await session.scalar(
            select(LabelApplication).where(LabelApplication.space_id == space.id)
        )
        results = {
            r.code: r
            for r in (
                await session.execute(
                    select(LabelCriterionResult).where(
                        LabelCriterionResult.application_id == application.id
                    )
                )
            ).scalars()
        }
        certificate = await session.scalar(
            select(InsuranceCertificate).where(InsuranceCertificate.space_id == space.id)
        )
        charter = await session.get(Document, results["charter_signed"].document_id)
    assert application.status == "approved"
    assert charter.kind == "charter" and charter.space_id == space.id
    assert results["charter_signed"].document_version == 1
    for code in ("welcome_booklet", "development_plan"):
        assert results[code].met and results[code].document_id is not None
    assert certificate.status == "confirmed"
    assert results["insurance"].met is True and results["insurance"].waived_at is None
    assert space.premises["insurance"]["policy_number"] == certificate.policy_number
    # seeding again adds nothing
    await seed_demo(app.state.sessionmaker, app.state.settings, app.state.document_storage)
    async with world.session() as session:
        rows = await session.execute(
            select(InsuranceCertificate).where(InsuranceCertificate.space_id == space.id)
        )
        assert len(rows.scalars().all()) == 1
