"""Generated PDFs: their text (parties, serials, clauses), deterministic bytes, scope (404), and
the versioned clause templates the city edits."""

import hashlib
import io
import os
import uuid
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import update

from app.core.clock import utcnow
from app.models.association import Association
from app.models.document_template import DocumentTemplate
from app.services.pdf_documents.charter import render_charter, render_criteria_charter
from app.services.pdf_documents.loan_agreement import render_loan_agreement
from app.services.pdf_documents.receipt import render_receipt
from tests.equipment.test_equipment import active_agreement, move, new_agreement, new_item

API = "/api/v1"
TEMPLATES = f"{API}/document-templates"
# Set to a folder to keep the PDFs the tests render (to look at them as images).
KEEP = os.environ.get("ENC_KEEP_PDFS")


def text_of(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def keep(name: str, content: bytes) -> None:
    if KEEP:
        Path(KEEP, name).write_bytes(content)


async def get_pdf(client, url: str, account, expect: int = 200) -> bytes:
    response = await client.get(url, headers=account.headers)
    assert response.status_code == expect, response.text[:300]
    if expect == 200:
        assert response.headers["content-type"] == "application/pdf"
        assert response.headers["content-disposition"].startswith("inline; filename=")
        assert response.content.startswith(b"%PDF-")
    return response.content


async def lent(client, w) -> dict:
    """An active agreement of A1 with two items allocated at S1 (serials known)."""
    city = w["city"]
    agreement = await active_agreement(client, city, w["a1"].id, notes="Lot ASSOCLIC 2025")
    items = []
    for n, kind in enumerate(("desktop", "laptop")):
        item = await new_item(
            client,
            city,
            kind=kind,
            serial_number=f"SN-{uuid.uuid4().hex[:8].upper()}",
            brand="HP",
            model=f"ProDesk 40{n}",
        )
        response = await move(client, city, item["id"], kind="allocate", space_id=str(w["s1"].id))
        assert response.status_code == 201, response.text
        items.append(item | {"movement_id": response.json()["id"]})
    return {"agreement": agreement, "items": items}


# ---- the loan agreement -------------------------------------------------------------------------


async def test_loan_agreement_pdf_names_the_parties_items_and_clauses(world, client):
    w = await world.standard()
    data = await lent(client, w)
    agreement = data["agreement"]
    url = f"{API}/loan-agreements/{agreement['id']}/agreement.pdf"
    content = await get_pdf(client, url, w["city"])
    keep("agreement.pdf", content)
    text = flat(text_of(content))
    assert "CONVENTION DE PRÊT" in text
    assert agreement["reference"] in text
    assert "Ville de Roubaix" in text and "59512" in text
    assert w["a1"].name in text and w["a1"].rna in text
    assert w["s1"].name in text
    for item in data["items"]:
        assert item["inventory_number"] in text
        assert item["serial_number"] in text
    for clause in ("Objet", "Durée", "Assurance", "Interdiction de cession", "Maintenance"):
        assert clause in text
    assert "Perte et vol" in text and "Résiliation" in text and "Restitution" in text
    assert "ne peut être ni vendu" in text
    assert "Mme Martin, présidente" in text  # who signed for the association
    assert "version 1" in text


async def test_loan_agreement_pdf_is_deterministic_and_follows_its_data(world, client, app):
    w = await world.standard()
    data = await lent(client, w)
    agreement_id = uuid.UUID(data["agreement"]["id"])
    url = f"{API}/loan-agreements/{agreement_id}/agreement.pdf"
    first = await get_pdf(client, url, w["city"])
    second = await get_pdf(client, url, w["city"])
    assert sha(first) == sha(second)
    async with app.state.sessionmaker() as session:
        assert sha(await render_loan_agreement(session, agreement_id)) == sha(first)
    # the metadata's dates come from the data, not the clock
    info = PdfReader(io.BytesIO(first)).metadata
    assert info.creation_date.year == utcnow().year

    # a data change (a serial number corrected) changes the bytes
    item = data["items"][0]
    response = await client.patch(
        f"{API}/equipment/{item['id']}",
        json={"serial_number": "SN-CORRIGE-01"},
        headers=w["city"].headers,
    )
    assert response.status_code == 200, response.text
    changed = await get_pdf(client, url, w["city"])
    assert sha(changed) != sha(first)
    assert "SN-CORRIGE-01" in text_of(changed)


async def test_loan_agreement_pdf_is_scoped_like_the_agreement(world, client):
    w = await world.standard()
    agreement = await new_agreement(client, w["city"], w["a1"].id)
    url = f"{API}/loan-agreements/{agreement['id']}/agreement.pdf"
    for account in ("city", "assoc1", "vol1"):
        text = flat(text_of(await get_pdf(client, url, w[account])))
        assert "Aucun matériel n'est encore affecté" in text
        assert w["s1"].name in text and w["s1b"].name in text  # the association's spaces
    for account in ("assoc2", "partner"):
        response = await client.get(url, headers=w[account].headers)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")
    missing = await client.get(
        f"{API}/loan-agreements/{uuid.uuid4()}/agreement.pdf", headers=w["city"].headers
    )
    assert missing.status_code == 404


# ---- the charter --------------------------------------------------------------------------------


async def test_charter_pdf_lists_the_criteria_version(world, client, app):
    w = await world.standard()
    response = await client.post(
        f"{API}/label-applications", json={"space_id": str(w["s1"].id)}, headers=w["assoc1"].headers
    )
    assert response.status_code == 201, response.text
    application = response.json()
    url = f"{API}/label-applications/{application['id']}/charter.pdf"
    content = await get_pdf(client, url, w["assoc1"])
    keep("charter.pdf", content)
    text = flat(text_of(content))
    assert "CHARTE DU LABEL ENC" in text
    assert w["a1"].name in text and w["s1"].name in text
    assert "version 1 des critères" in text
    for title in (
        "Une salle dédiée à l'accueil numérique",
        "Au moins 10 heures d'ouverture publiées par semaine",
        "Charte du label ENC signée",
        "Plan de développement",
    ):
        assert title in text
    assert "Engagements de l'association" in text
    assert sha(content) == sha(await get_pdf(client, url, w["city"]))
    async with app.state.sessionmaker() as session:
        assert sha(await render_charter(session, uuid.UUID(application["id"]))) == sha(content)

    assert (await client.get(url, headers=w["assoc2"].headers)).status_code == 404
    assert (await client.get(url, headers=w["partner"].headers)).status_code == 404

    blank = await get_pdf(client, f"{API}/label-criteria/versions/1/charter.pdf", w["partner"])
    assert "Une connexion internet" in text_of(blank)
    assert w["a1"].name not in text_of(blank)
    async with app.state.sessionmaker() as session:
        assert sha(await render_criteria_charter(session, 1)) == sha(blank)
    missing = await client.get(
        f"{API}/label-criteria/versions/999/charter.pdf", headers=w["city"].headers
    )
    assert missing.status_code == 404


# ---- the hand-over receipt ----------------------------------------------------------------------


async def test_receipt_pdf_for_a_movement(world, client, app):
    w = await world.standard()
    data = await lent(client, w)
    item = data["items"][0]
    url = f"{API}/equipment/{item['id']}/movements/{item['movement_id']}/receipt.pdf"
    content = await get_pdf(client, url, w["vol1"])
    keep("receipt.pdf", content)
    text = flat(text_of(content))
    assert "BON DE REMISE" in text
    assert "Affectation à un lieu" in text
    assert item["inventory_number"] in text and item["serial_number"] in text
    assert "Stock de la Ville de Roubaix" in text  # where it came from
    assert w["s1"].name in text and w["a1"].name in text
    assert data["agreement"]["reference"] in text
    assert "Remis par la Ville de Roubaix" in text
    assert f"Reçu par l'association {w['a1'].name}" in text
    assert sha(content) == sha(await get_pdf(client, url, w["city"]))
    async with app.state.sessionmaker() as session:
        assert sha(await render_receipt(session, uuid.UUID(item["movement_id"]))) == sha(content)

    # the return gives its own receipt: handed back by the association to the city
    back = await move(client, w["city"], item["id"], kind="return_to_stock")
    assert back.status_code == 201, back.text
    url_back = f"{API}/equipment/{item['id']}/movements/{back.json()['id']}/receipt.pdf"
    text_back = flat(text_of(await get_pdf(client, url_back, w["city"])))
    assert "Retour en stock" in text_back
    assert f"Remis par l'association {w['a1'].name}" in text_back
    assert "Reçu par la Ville de Roubaix" in text_back

    # the item left S1: its movements (and their receipts) are out of A1's scope now
    assert (await client.get(url, headers=w["assoc1"].headers)).status_code == 404
    assert (await client.get(url, headers=w["assoc2"].headers)).status_code == 404
    other = data["items"][1]
    crossed = f"{API}/equipment/{other['id']}/movements/{item['movement_id']}/receipt.pdf"
    assert (await client.get(crossed, headers=w["city"].headers)).status_code == 404


# ---- the templates ------------------------------------------------------------------------------


CLAUSES = {
    "title": "Convention de prêt de matériel informatique",
    "note": "Article sur le vol réécrit",
    "clauses": [
        {"title": "Objet", "text": "La Ville prête le matériel désigné ci-dessus."},
        {"title": "Perte et vol", "text": "Tout vol est déclaré sous 24 heures au commissariat."},
    ],
}


async def test_templates_are_versioned_and_old_documents_keep_theirs(world, client, app):
    w = await world.standard()
    city = w["city"]
    current = await client.get(f"{TEMPLATES}/loan_agreement", headers=w["assoc1"].headers)
    assert current.status_code == 200, current.text
    assert current.json()["version"] == 1 and len(current.json()["clauses"]) == 9
    assert "etag" in current.headers

    old = await new_agreement(client, city, w["a1"].id)
    old_url = f"{API}/loan-agreements/{old['id']}/agreement.pdf"
    before = await get_pdf(client, old_url, city)

    published = await client.put(f"{TEMPLATES}/loan_agreement", json=CLAUSES, headers=city.headers)
    assert published.status_code == 201, published.text
    assert published.json()["version"] == 2
    assert published.headers["location"].endswith("/document-templates/loan_agreement/versions/2")
    again = await client.put(f"{TEMPLATES}/loan_agreement", json=CLAUSES, headers=city.headers)
    assert again.status_code == 200 and again.json()["version"] == 2  # unchanged: no version

    versions = await client.get(f"{TEMPLATES}/loan_agreement/versions", headers=city.headers)
    assert [v["version"] for v in versions.json()["items"]] == [2, 1]
    first = await client.get(f"{TEMPLATES}/loan_agreement/versions/1", headers=city.headers)
    assert first.json()["clauses"][0]["title"] == "Objet" and len(first.json()["clauses"]) == 9
    assert (
        await client.get(f"{TEMPLATES}/loan_agreement/versions/3", headers=city.headers)
    ).status_code == 404
    charter = await client.get(f"{TEMPLATES}/charter", headers=city.headers)
    assert charter.json()["version"] == 1  # each kind has its own versions

    # the agreement drawn up before the edit keeps version 1; a new one takes version 2
    assert sha(await get_pdf(client, old_url, city)) == sha(before)
    new = await new_agreement(client, city, w["a1"].id)
    text = flat(
        text_of(await get_pdf(client, f"{API}/loan-agreements/{new['id']}/agreement.pdf", city))
    )
    assert "sous 24 heures au commissariat" in text and "version 2" in text
    assert "Interdiction de cession" not in text

    async with app.state.sessionmaker() as session:
        rows = (
            await session.execute(
                DocumentTemplate.__table__.select().where(DocumentTemplate.kind == "loan_agreement")
            )
        ).all()
    assert sorted(row.version for row in rows) == [1, 2]  # version 1 is still there, unchanged


async def test_only_the_city_edits_templates(world, client):
    w = await world.standard()
    for account in ("assoc1", "vol1", "partner"):
        response = await client.put(
            f"{TEMPLATES}/loan_agreement", json=CLAUSES, headers=w[account].headers
        )
        assert response.status_code == 403, (account, response.text)
    versions = await client.get(f"{TEMPLATES}/loan_agreement/versions", headers=w["city"].headers)
    assert [v["version"] for v in versions.json()["items"]] == [1]


async def test_bad_template_bodies_are_refused_and_write_nothing(world, client):
    w = await world.standard()
    city = w["city"]
    bad = [
        {"title": "Sans clause", "clauses": []},
        {"title": "", "clauses": CLAUSES["clauses"]},
        {"title": "Doublon", "clauses": [CLAUSES["clauses"][0], CLAUSES["clauses"][0]]},
        {"title": "Vide", "clauses": [{"title": "Objet", "text": ""}]},
        {**CLAUSES, "version": 7},
    ]
    for body in bad:
        response = await client.put(f"{TEMPLATES}/charter", json=body, headers=city.headers)
        assert response.status_code == 422, (body, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    unknown = await client.put(f"{TEMPLATES}/welcome_booklet", json=CLAUSES, headers=city.headers)
    assert unknown.status_code == 422
    versions = await client.get(f"{TEMPLATES}/charter/versions", headers=city.headers)
    assert [v["version"] for v in versions.json()["items"]] == [1]


async def test_a_document_older_than_every_template_uses_version_1(world, client, app):
    """Agreements drawn up before the first template (data older than migration 0017) render
    with version 1, whatever its publication date."""
    w = await world.standard()
    agreement = await new_agreement(client, w["city"], w["a1"].id)
    async with app.state.sessionmaker() as session:
        await session.execute(
            update(DocumentTemplate)
            .where(DocumentTemplate.kind == "loan_agreement")
            .values(published_at=utcnow() + timedelta(days=1))
        )
        await session.execute(
            update(Association).where(Association.id == w["a1"].id).values(siret=None)
        )
        content = await render_loan_agreement(session, uuid.UUID(agreement["id"]))
        await session.rollback()
    text = flat(text_of(content))
    assert "version 1" in text and "SIRET non renseigné" in text


async def test_the_agreement_filed_as_a_document_keeps_its_items_as_signed(world, client):
    """Filing renders the agreement into its document; the signed version keeps the items it
    covered that day, while a later filing (an item returned) is a new, unsigned version."""
    w = await world.standard()
    data = await lent(client, w)
    agreement = data["agreement"]
    url = f"{API}/loan-agreements/{agreement['id']}/document"
    filed = await client.post(url, headers=w["city"].headers)
    assert filed.status_code == 201, filed.text
    document = filed.json()
    assert document["kind"] == "loan_agreement" and document["resource_id"] == agreement["id"]
    # (the agreement was activated with a signed upload: the rendering is its next version)
    first = document["current_version"]["number"]
    again = await client.post(url, headers=w["city"].headers)  # nothing printed changed
    assert again.status_code == 200 and again.json()["current_version"]["number"] == first
    signed = await client.post(
        f"{API}/documents/{document['id']}/signatures",
        data={"method": "typed", "full_name": w["city"].user.full_name, "consent": "true"},
        headers=w["city"].headers,
    )
    assert signed.status_code == 201, signed.text

    returned = data["items"][0]
    response = await move(client, w["city"], returned["id"], kind="return_to_stock")
    assert response.status_code == 201, response.text
    refiled = await client.post(url, headers=w["city"].headers)
    assert refiled.status_code == 201
    assert refiled.json()["current_version"]["number"] == first + 1
    versions = f"{API}/documents/{document['id']}/versions"
    as_signed = await client.get(f"{versions}/{first}/content", headers=w["city"].headers)
    now = await client.get(f"{versions}/{first + 1}/content", headers=w["city"].headers)
    assert returned["serial_number"] in text_of(as_signed.content)
    assert returned["serial_number"] not in text_of(now.content)
    assert data["items"][1]["serial_number"] in text_of(now.content)
    # someone outside the agreement's scope cannot file it
    outsider = await client.post(url, headers=w["assoc2"].headers)
    assert outsider.status_code == 404
