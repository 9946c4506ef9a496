"""Signatures with proof (issue 19, item 4): typed and scanned signatures of the current version,
the parties and who may sign for them, the hash-chained journal and its verification (a changed
byte of a file or a changed journal field is detected), and loan agreements that come into
force only once the city and the association signed the same version."""

import asyncio
import hashlib
import json
import os
import uuid

import pytest
from sqlalchemy import func, select, text, update

from app.models.audit import AuditEvent
from app.models.document import DocumentSignature, SignatureJournalEntry
from app.models.document.signature import GENESIS_HASH
from app.models.outbox import OutboxEvent
from app.models.user import User
from app.services.documents.signatures import comparable_name
from app.services.documents.storage import FilesystemStorage
from tests.documents import files
from tests.documents.signing import agreement_document, sign
from tests.equipment.test_equipment import new_agreement, transition
from tests.helpers_access import key_headers, make_key

API = "/api/v1/documents"


@pytest.fixture(autouse=True)
def fresh_storage(app, tmp_path):
    saved = app.state.document_storage
    app.state.document_storage = FilesystemStorage(tmp_path / "documents")
    yield app.state.document_storage
    app.state.document_storage = saved


@pytest.fixture
async def w(world):
    return await world.standard()


async def a1_document(client, account, w, data=None) -> dict:
    response = await client.post(
        API,
        headers=account.headers,
        data={"kind": "charter", "title": "Charte du label ENC", "space_id": str(w["s1"].id)},
        files={"file": ("charte.pdf", data or files.pdf(), "application/pdf")},
    )
    assert response.status_code == 201, response.text
    return response.json()


async def count(app, model) -> int:
    async with app.state.sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(model))


async def verification(client, account, document_id) -> dict:
    response = await client.get(f"{API}/{document_id}/verification", headers=account.headers)
    assert response.status_code == 200, response.text
    return response.json()


# ---- signing in place -------------------------------------------------------------------------


async def test_both_parties_sign_in_place_with_proof(app, client, w):
    document = await a1_document(client, w["assoc1"], w)
    sha = document["current_version"]["sha256"]
    city = await sign(client, w["city"], document["id"])
    assert city.status_code == 201, city.text
    body = city.json()
    assert body["party"] == "city" and body["method"] == "typed"
    assert body["sha256"] == sha and body["version_number"] == 1
    assert body["signer_user_id"] == str(w["city"].id)
    assert body["signer_name"] == w["city"].user.full_name and body["signer_role"] == "city"
    assert body["client_address"] == "203.0.113.7"
    assert body["user_agent"].startswith("python-httpx")
    assert w["city"].user.full_name in body["consent_text"] and sha in body["consent_text"]
    assoc = await sign(client, w["assoc1"], document["id"])
    assert assoc.status_code == 201 and assoc.json()["party"] == "association"

    listed = await client.get(f"{API}/{document['id']}/signatures", headers=w["vol1"].headers)
    assert [s["party"] for s in listed.json()["items"]] == ["city", "association"]
    checked = await verification(client, w["city"], document["id"])
    assert checked["intact"] is True and checked["problems"] == []
    first, second = checked["entries"]
    assert (first["seq"], second["seq"]) == (1, 2)
    assert first["previous_hash"] == GENESIS_HASH
    assert second["previous_hash"] == first["entry_hash"]
    assert all(e["recomputed_hash"] == e["entry_hash"] and e["intact"] for e in checked["entries"])

    async with app.state.sessionmaker() as session:
        audited = (
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "document.sign"))
        ).all()
        events = (
            await session.scalars(
                select(OutboxEvent).where(OutboxEvent.event_type == "document.signed")
            )
        ).all()
        stored = await session.scalar(
            select(DocumentSignature).where(DocumentSignature.party == "city")
        )
    assert len(audited) == 2 and {a.changes["party"] for a in audited} == {"city", "association"}
    assert len(events) == 2
    assert stored.consent_text == body["consent_text"] and stored.typed_name


async def test_the_entry_hash_is_the_canonical_json_of_its_fields(app, client, w):
    document = await a1_document(client, w["city"], w)
    assert (await sign(client, w["city"], document["id"])).status_code == 201
    async with app.state.sessionmaker() as session:
        entry = await session.scalar(select(SignatureJournalEntry))
    fields = {
        "document_id": str(entry.document_id),
        "seq": 1,
        "event": "signed",
        "signature_id": str(entry.signature_id),
        "version_number": 1,
        "sha256": document["current_version"]["sha256"],
        "signer_user_id": str(w["city"].id),
        "signer_name": w["city"].user.full_name,
        "party": "city",
        "method": "typed",
        "recorded_at": entry.recorded_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "previous_hash": GENESIS_HASH,
    }
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert entry.entry_hash == hashlib.sha256(canonical.encode()).hexdigest()


async def test_the_typed_name_must_be_the_accounts_accents_and_case_aside(app, client, w):
    async with app.state.sessionmaker() as session:
        await session.execute(
            update(User).where(User.id == w["assoc1"].id).values(full_name="Élodie Dupré-Lefèvre")
        )
        await session.commit()
    document = await a1_document(client, w["city"], w)
    wrong = await sign(client, w["assoc1"], document["id"], full_name="Elodie Martin")
    assert wrong.status_code == 422, wrong.text
    assert wrong.headers["content-type"].startswith("application/problem+json")
    assert wrong.json()["errors"][0]["loc"] == ["body", "full_name"]
    missing = await sign(client, w["assoc1"], document["id"], full_name="")
    assert missing.status_code == 422
    no_consent = await sign(
        client, w["assoc1"], document["id"], full_name="Élodie Dupré-Lefèvre", consent="false"
    )
    assert no_consent.status_code == 422 and no_consent.json()["errors"][0]["loc"] == [
        "body",
        "consent",
    ]
    assert await count(app, DocumentSignature) == 0
    assert await count(app, SignatureJournalEntry) == 0
    ok = await sign(client, w["assoc1"], document["id"], full_name="  elodie DUPRE lefevre ")
    assert ok.status_code == 201, ok.text
    assert comparable_name("Élodie  Dupré-Lefèvre") == "elodie dupre lefevre"


async def test_who_may_sign(app, client, w, world):
    document = await a1_document(client, w["city"], w)
    volunteer = await sign(client, w["vol1"], document["id"])
    assert volunteer.status_code == 403, volunteer.text  # in scope, signs for nobody
    other = await sign(client, w["assoc2"], document["id"])
    assert other.status_code == 404  # out of scope
    partner = await sign(client, w["partner"], document["id"])
    assert partner.status_code == 404
    raw, _ = await make_key(world, association_id=w["a1"].id)
    keyed = await client.post(
        f"{API}/{document['id']}/signatures",
        headers=key_headers(raw),
        data={"method": "typed", "full_name": "x", "consent": "true"},
    )
    assert keyed.status_code == 403
    assert await count(app, DocumentSignature) == 0


async def test_a_party_signs_a_version_once(app, client, w):
    document = await a1_document(client, w["city"], w)
    assert (await sign(client, w["city"], document["id"])).status_code == 201
    again = await sign(client, w["city"], document["id"])
    assert again.status_code == 409
    assert await count(app, SignatureJournalEntry) == 1


async def test_a_new_version_is_unsigned_and_the_signature_stays_with_its_version(client, w):
    document = await a1_document(client, w["city"], w)
    await sign(client, w["city"], document["id"])
    await sign(client, w["assoc1"], document["id"])
    added = await client.post(
        f"{API}/{document['id']}/versions",
        headers=w["assoc1"].headers,
        files={"file": ("charte-v2.png", files.png(), "image/png")},
    )
    assert added.status_code == 201 and added.json()["current_version"]["number"] == 2
    listed = await client.get(f"{API}/{document['id']}/signatures", headers=w["city"].headers)
    assert {s["version_number"] for s in listed.json()["items"]} == {1}
    # the city may sign version 2 now: its signature of version 1 was for version 1
    signed_again = await sign(client, w["city"], document["id"])
    assert signed_again.status_code == 201 and signed_again.json()["version_number"] == 2
    assert (await verification(client, w["city"], document["id"]))["intact"] is True


# ---- signing by scan --------------------------------------------------------------------------


async def test_a_scan_becomes_the_next_version_and_is_signed(app, client, w):
    document = await a1_document(client, w["city"], w)
    scan = files.jpeg()
    response = await client.post(
        f"{API}/{document['id']}/signatures",
        headers=w["assoc1"].headers,
        data={"method": "scan", "consent": "true"},
        files={"file": ("convention-signee.jpg", scan, "image/jpeg")},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["method"] == "scan" and body["version_number"] == 2
    assert body["sha256"] == hashlib.sha256(scan).hexdigest() and body["typed_name"] is None
    current = await client.get(f"{API}/{document['id']}", headers=w["city"].headers)
    assert current.json()["current_version"]["number"] == 2
    assert (await verification(client, w["city"], document["id"]))["intact"] is True


async def test_a_bad_scan_is_refused_and_nothing_is_written(app, client, w):
    document = await a1_document(client, w["city"], w)
    response = await client.post(
        f"{API}/{document['id']}/signatures",
        headers=w["assoc1"].headers,
        data={"method": "scan", "consent": "true"},
        files={"file": ("scan.pdf", b"not a pdf at all", "application/pdf")},
    )
    assert response.status_code == 415, response.text
    no_file = await client.post(
        f"{API}/{document['id']}/signatures",
        headers=w["assoc1"].headers,
        data={"method": "scan", "consent": "true"},
    )
    assert no_file.status_code == 422
    current = await client.get(f"{API}/{document['id']}", headers=w["city"].headers)
    assert current.json()["current_version"]["number"] == 1
    assert await count(app, DocumentSignature) == 0


# ---- verification detects tampering -------------------------------------------------------------


async def _signed_twice(client, w) -> dict:
    document = await a1_document(client, w["city"], w)
    await sign(client, w["city"], document["id"])
    await sign(client, w["assoc1"], document["id"])
    return document


async def test_one_changed_byte_of_the_stored_file_is_detected(app, client, w, fresh_storage):
    document = await _signed_twice(client, w)
    path = fresh_storage.path_of(document["current_version"]["sha256"])
    os.chmod(path, 0o640)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    checked = await verification(client, w["city"], document["id"])
    assert checked["intact"] is False
    assert any("version 1" in p and "bytes" in p for p in checked["problems"])
    assert all(e["intact"] for e in checked["entries"])  # the chain itself is untouched


async def test_one_changed_journal_field_is_detected(app, client, w):
    document = await _signed_twice(client, w)
    async with app.state.sessionmaker() as session:
        await session.execute(
            text("UPDATE signature_journal SET signer_name = :name WHERE seq = 1"),
            {"name": "Quelqu'un d'autre"},
        )
        await session.commit()
    checked = await verification(client, w["city"], document["id"])
    assert checked["intact"] is False
    assert [e["intact"] for e in checked["entries"]] == [False, True]
    assert any("entry 1" in p for p in checked["problems"])


async def test_a_rewritten_entry_breaks_the_next_link(app, client, w):
    """Recomputing the hash of a changed entry does not help: the next entry names the old one."""
    from app.services.documents.signatures import entry_hash, hashed_fields

    document = await _signed_twice(client, w)
    async with app.state.sessionmaker() as session:
        entry = await session.scalar(
            select(SignatureJournalEntry).where(SignatureJournalEntry.seq == 1)
        )
        entry.method = "scan"
        entry.entry_hash = entry_hash(hashed_fields(entry))
        await session.commit()
    checked = await verification(client, w["city"], document["id"])
    assert checked["intact"] is False
    assert any("entry 2: previous_hash" in p for p in checked["problems"])
    assert any("signature row differs" in p for p in checked["problems"])


async def test_no_route_changes_or_deletes_a_signature(app, client, w):
    document = await _signed_twice(client, w)
    url = f"{API}/{document['id']}/signatures"
    for method in ("PUT", "PATCH", "DELETE"):
        response = await client.request(method, url, headers=w["city"].headers)
        assert response.status_code == 405, method


async def test_verification_is_scoped(client, w):
    document = await _signed_twice(client, w)
    out = await client.get(f"{API}/{document['id']}/verification", headers=w["assoc2"].headers)
    assert out.status_code == 404
    missing = await client.get(f"{API}/{uuid.uuid4()}/verification", headers=w["city"].headers)
    assert missing.status_code == 404


# ---- loan agreements come into force once both parties signed ---------------------------------


async def test_a_loan_agreement_needs_both_signatures_of_the_same_version(client, w):
    city = w["city"]
    agreement = await new_agreement(client, city, w["a1"].id, reference="CP-SIG-1")
    await transition(client, city, agreement["id"], to="pending_signature")
    no_document = await transition(client, city, agreement["id"], to="active")
    assert no_document.status_code == 409 and "upload" in no_document.json()["detail"]
    document = await agreement_document(client, city, agreement)
    assert (await sign(client, city, document["id"])).status_code == 201
    half = await transition(client, city, agreement["id"], to="active")
    assert half.status_code == 409, half.text
    assert half.json()["missing"] == ["association"] and "association" in half.json()["detail"]
    # the association signs, but a new version came in between: the signatures are on two
    await client.post(
        f"/api/v1/documents/{document['id']}/versions",
        headers=city.headers,
        files={"file": ("convention-v2.pdf", files.pdf("Convention v2"), "application/pdf")},
    )
    assert (await sign(client, w["assoc1"], document["id"])).status_code == 201
    split = await transition(client, city, agreement["id"], to="active")
    assert split.status_code == 409 and split.json()["missing"] == ["city"]
    assert (await sign(client, city, document["id"])).status_code == 201
    active = await transition(client, city, agreement["id"], to="active")
    assert active.status_code == 200, active.text
    assert active.json()["status"] == "active"
    assert active.json()["signed_by"] == w["assoc1"].user.full_name
    assert active.json()["signed_on"] is not None


@pytest.mark.commits
async def test_racing_signers_leave_one_unbroken_chain(app, client, w, world):
    """Signers at the same moment: one signature per party and version, the others get a 409
    (nothing written), and the chain has no gap nor fork. The city and the association both
    sign: signers of a document take turns, so different parties never collide."""
    document = await a1_document(client, w["city"], w)
    second_president = await world.user("association", association_id=w["a1"].id)
    signers = [w["city"], w["assoc1"], second_president, w["assoc1"]]
    responses = await asyncio.gather(*(sign(client, s, document["id"]) for s in signers))
    codes = [r.status_code for r in responses]
    assert set(codes) <= {201, 409}, [r.text for r in responses]
    won = [r.json() for r in responses if r.status_code == 201]
    assert sorted(s["party"] for s in won) == ["association", "city"], codes
    checked = await verification(client, w["city"], document["id"])
    assert checked["intact"] is True, checked["problems"]
    assert [e["seq"] for e in checked["entries"]] == list(range(1, len(won) + 1))
    assert await count(app, DocumentSignature) == len(won)
