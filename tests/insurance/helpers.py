"""Uploading documents and recording insurance certificates through the API, for the
insurance and label tests."""

from datetime import timedelta

from app.core.clock import today
from tests.documents import files

API = "/api/v1"
CERTIFICATES = f"{API}/insurance-certificates"


def day(offset: int) -> str:
    return (today() + timedelta(days=offset)).isoformat()


async def upload_document(client, account, kind: str, *, space_id=None, title=None, **fields):
    form = {"kind": kind, "title": title or f"Document {kind}"}
    if space_id is not None:
        form["space_id"] = str(space_id)
    form |= {k: str(v) for k, v in fields.items()}
    response = await client.post(
        f"{API}/documents",
        headers=account.headers,
        data=form,
        files={"file": (f"{kind}.pdf", files.pdf(form["title"]), "application/pdf")},
    )
    assert response.status_code == 201, response.text
    return response.json()


async def record_certificate(client, account, space_id, *, document_id=None, expect=201, **body):
    if document_id is None:
        document_id = (
            await upload_document(
                client, account, "insurance_certificate", space_id=space_id, title="Attestation"
            )
        )["id"]
    payload = {
        "document_id": str(document_id),
        "insurer": "MAIF",
        "policy_number": "RC-2026-17",
        "valid_from": day(-30),
        "valid_until": day(200),
    } | body
    response = await client.post(
        f"{API}/spaces/{space_id}/insurance-certificates", json=payload, headers=account.headers
    )
    assert response.status_code == expect, response.text
    return response.json()


async def decide(client, account, certificate_id, to: str, expect=200, **body):
    kwargs = {"json": body} if to == "reject" else {}
    response = await client.post(
        f"{CERTIFICATES}/{certificate_id}/{to}", headers=account.headers, **kwargs
    )
    assert response.status_code == expect, response.text
    return response.json()


async def insured(client, association_account, city_account, space_id, **body) -> dict:
    """A certificate recorded by the space's association and confirmed by the city."""
    created = await record_certificate(client, association_account, space_id, **body)
    return await decide(client, city_account, created["id"], "confirm")
