"""The demo network: Hauts-Champs' loan agreement is a signed document (both parties) whose
hash chain verifies, and its label's charter is one the association signed."""

from sqlalchemy import select

from app.demo.network import DEMO_LOGINS, seed_demo
from app.models.document import Document, DocumentSignature

API = "/api/v1"


async def test_the_demo_agreement_and_charter_of_hauts_champs_are_signed(app, client, world):
    for _ in range(2):  # seeding again signs nothing twice
        await seed_demo(app.state.sessionmaker, app.state.settings, app.state.document_storage)
    async with world.session() as session:
        agreement_document = await session.scalar(
            select(Document).where(Document.kind == "loan_agreement")
        )
        parties = (
            (
                await session.execute(
                    select(DocumentSignature.party).where(
                        DocumentSignature.document_id == agreement_document.id
                    )
                )
            )
            .scalars()
            .all()
        )
        charter = await session.scalar(select(Document).where(Document.kind == "charter"))
        charter_parties = (
            (
                await session.execute(
                    select(DocumentSignature.party).where(
                        DocumentSignature.document_id == charter.id
                    )
                )
            )
            .scalars()
            .all()
        )
    assert sorted(parties) == ["association", "city"]
    assert charter_parties == ["association"]
    city = next(d for d in DEMO_LOGINS if d.key == "city")
    token = (
        await client.post(
            f"{API}/auth/token", data={"username": city.email, "password": city.password}
        )
    ).json()["access_token"]
    verification = await client.get(
        f"{API}/documents/{agreement_document.id}/verification",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert verification.status_code == 200, verification.text
    assert verification.json()["intact"] is True and len(verification.json()["entries"]) == 2
