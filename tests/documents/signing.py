"""Sign a loan agreement as the tests of other domains need it: its document uploaded by the
city, then signed in place by the city and by a user of the association (created here)."""

import uuid

from tests.documents import files
from tests.factories import Account, World

API = "/api/v1"


async def sign(client, account: Account, document_id, **fields):
    body = {"method": "typed", "full_name": account.user.full_name, "consent": "true"} | fields
    return await client.post(
        f"{API}/documents/{document_id}/signatures", headers=account.headers, data=body
    )


async def agreement_document(client, city: Account, agreement: dict) -> dict:
    response = await client.post(
        f"{API}/documents",
        headers=city.headers,
        data={
            "kind": "loan_agreement",
            "title": f"Convention de prêt {agreement['reference']}",
            "resource_type": "loan_agreement",
            "resource_id": agreement["id"],
        },
        files={"file": ("convention.pdf", files.pdf(), "application/pdf")},
    )
    assert response.status_code == 201, response.text
    return response.json()


async def sign_agreement(client, city: Account, agreement: dict) -> dict:
    """Upload the agreement's document and have both parties sign it; returns the document."""
    world = World(client._transport.app, client)
    president = await world.user(
        "association", association_id=uuid.UUID(str(agreement["association_id"]))
    )
    document = await agreement_document(client, city, agreement)
    for signer in (city, president):
        response = await sign(client, signer, document["id"])
        assert response.status_code == 201, response.text
    return document
