"""Label criteria backed by documents (issue 19 item 6): the declarative criteria (charter,
welcome booklet, development plan) are met by an active document of their kind of the space
or its association, found at each evaluation, and the application shows which document (id,
version) met which criterion; the insurance criterion reads the confirmed certificate only."""

import uuid
from datetime import timedelta

from app.core.actor import Actor
from app.core.clock import utcnow
from app.services.labels import applications as label_service
from tests.insurance.helpers import API, day, decide, insured, record_certificate, upload_document
from tests.labels.test_labels import (
    DECLARATIVE,
    by_code,
    equip_fully,
    evaluate,
    go,
    new_application,
    sign_as,
    upload_for,
)


async def test_documents_meet_the_declarative_criteria_and_are_shown(net, client, monkeypatch):
    await equip_fully(client, net, monkeypatch)
    aid = (await new_application(client, net["assoc1"], net["space"]))["id"]
    bare = by_code(await evaluate(client, net["assoc1"], aid))
    for code in DECLARATIVE:
        assert bare[code]["met"] is False and bare[code]["document_id"] is None
    assert bare["charter_signed"]["detail"] == (
        "no active charter document for this space or its association whose current version "
        "the association signed"
    )
    # a charter of the space, a booklet of the association (no space named), a plan of
    # another association (proves nothing here)
    charter = await upload_for(client, net, "charter_signed", title="Charte du label ENC")
    booklet = await upload_document(client, net["assoc1"], "welcome_booklet")
    await upload_document(client, net["assoc2"], "development_plan", space_id=net["bare"].id)
    evaluated = by_code(await evaluate(client, net["assoc1"], aid))
    assert (evaluated["charter_signed"]["document_id"], evaluated["charter_signed"]["met"]) == (
        charter["id"],
        True,
    )
    assert evaluated["charter_signed"]["document_version"] == 1
    assert "Charte du label ENC" in evaluated["charter_signed"]["detail"]
    assert evaluated["welcome_booklet"]["document_id"] == booklet["id"]
    assert evaluated["development_plan"]["met"] is False
    refused = await go(client, net["assoc1"], aid, "submitted", expect=409)
    assert refused["unmet_criteria"] == ["development_plan"]

    # a new version of the charter is the one shown; an archived booklet no longer counts
    response = await client.post(
        f"{API}/documents/{charter['id']}/versions",
        headers=net["assoc1"].headers,
        files={"file": ("charte-v2.pdf", (await _pdf("Charte v2")), "application/pdf")},
    )
    assert response.status_code == 201, response.text
    response = await client.post(
        f"{API}/documents/{booklet['id']}/archive", headers=net["assoc1"].headers
    )
    assert response.status_code == 200, response.text
    plan = await upload_for(client, net, "development_plan")
    evaluated = by_code(await evaluate(client, net["assoc1"], aid))
    # the new version is not the signed paper: the charter counts again once it is signed
    assert evaluated["charter_signed"]["met"] is False
    await sign_as(client, net["assoc1"], charter["id"])
    evaluated = by_code(await evaluate(client, net["assoc1"], aid))
    assert evaluated["charter_signed"]["met"] is True
    assert evaluated["charter_signed"]["document_version"] == 2
    assert evaluated["welcome_booklet"]["met"] is False
    assert evaluated["welcome_booklet"]["document_id"] is None
    assert evaluated["development_plan"]["document_id"] == plan["id"]
    await upload_for(client, net, "welcome_booklet")
    submitted = await go(client, net["assoc1"], aid, "submitted")
    assert submitted["status"] == "submitted" and submitted["unmet_mandatory"] == []


async def _pdf(text: str) -> bytes:
    from tests.documents import files

    return files.pdf(text)


async def test_an_attested_document_is_kept_while_it_qualifies(net, client, monkeypatch):
    await equip_fully(client, net, monkeypatch)
    aid = (await new_application(client, net["assoc1"], net["space"]))["id"]
    older = await upload_for(client, net, "charter_signed", title="Charte signée 2025")
    await upload_for(client, net, "charter_signed", title="Charte 2026 (brouillon)")
    response = await client.put(
        f"{API}/label-applications/{aid}/attestations/charter_signed",
        json={"document_id": older["id"]},
        headers=net["assoc1"].headers,
    )
    assert response.status_code == 200, response.text
    evaluated = by_code(await evaluate(client, net["assoc1"], aid))
    assert evaluated["charter_signed"]["document_id"] == older["id"]  # not the newest
    assert evaluated["charter_signed"]["attested_at"] is not None


async def test_insurance_criterion_reads_the_confirmed_certificate(net, client, world):
    w = net
    aid = (await new_application(client, w["assoc1"], w["space"]))["id"]
    # typed on the premises by hand: not a certificate
    response = await client.patch(
        f"{API}/spaces/{w['space'].id}",
        json={
            "premises": {
                "insurance": {"insurer": "MAIF", "policy_number": "1", "valid_until": day(100)}
            }
        },
        headers=w["assoc1"].headers,
    )
    assert response.status_code == 200, response.text
    criterion = by_code(await evaluate(client, w["assoc1"], aid))["insurance"]
    assert criterion["met"] is False
    assert criterion["detail"] == "no confirmed insurance certificate covering today"
    pending = await record_certificate(client, w["assoc1"], w["space"].id)
    criterion = by_code(await evaluate(client, w["assoc1"], aid))["insurance"]
    assert criterion["met"] is False and "awaits the city" in criterion["detail"]
    await decide(client, w["city"], pending["id"], "reject", reason="Illisible.")
    assert by_code(await evaluate(client, w["assoc1"], aid))["insurance"]["met"] is False
    # one starting in the future does not cover today
    await insured(client, w["assoc1"], w["city"], w["space"].id, valid_from=day(5))
    assert by_code(await evaluate(client, w["assoc1"], aid))["insurance"]["met"] is False
    confirmed = await insured(client, w["assoc1"], w["city"], w["space"].id)
    criterion = by_code(await evaluate(client, w["assoc1"], aid))["insurance"]
    assert criterion["met"] is True and confirmed["id"] in criterion["detail"]
    # past its end, it no longer counts
    actor = Actor(
        kind="user", role="association", user_id=w["assoc1"].id, association_id=w["a1"].id
    )
    async with world.session() as session:
        later = await label_service.evaluate(
            session, actor, uuid.UUID(aid), now=utcnow() + timedelta(days=400)
        )
    assert by_code(later.model_dump(mode="json"))["insurance"]["met"] is False
