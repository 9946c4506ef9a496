"""Label applications: criteria computed on live data made through the other resources' API,
the workflow with attestations and waivers, review, the label's validity and expiry, versions,
roles."""

import asyncio
import csv
import io
import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from app.core.actor import Actor
from app.core.clock import PARIS
from app.core.clock import today as paris_today
from app.core.scheduler import Scheduler
from app.models.outbox import OutboxEvent
from app.services.jobs import LABEL_EXPIRY, scheduled_jobs
from app.services.labels import applications as label_service
from tests.equipment.test_equipment import active_agreement, move, new_item
from tests.insurance.helpers import day, insured, upload_document

API = "/api/v1"
BASE = f"{API}/label-applications"
AUTOMATIC = {
    "dedicated_room",
    "opening_hours",
    "internet",
    "networks",
    "insurance",
    "loan_agreement",
    "workstations",
    "printer",
    "trained_volunteer",
    "self_evaluation",
    "maintenance",
}
DECLARATIVE = ["charter_signed", "welcome_booklet", "development_plan"]
CONTRACT = {
    level: {"acknowledge_hours": 4, "resolve_hours": 24}
    for level in ("low", "normal", "high", "urgent")
}


def _month_days(months: int) -> list[datetime]:
    """The 15th at 10:00 (Paris) of each of the last `months` complete months."""
    on, days = paris_today(), []
    year, month = on.year, on.month
    for _ in range(months):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        days.append(datetime.combine(date(year, month, 15), time(10), PARIS))
    return days


async def _ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


PREMISES = {
    "dedicated_room": True,
    "computer_network": True,
    "printer_network": True,
    "internet": {"provider": "Orange", "connection_type": "fibre"},
}
HOURS = [
    {"weekday": day, "opens": "09:00", "closes": "12:00"}
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
]


async def _patch_space(client, w, **body) -> dict:
    response = await client.patch(
        f"{API}/spaces/{w['space'].id}", json=body, headers=w["city"].headers
    )
    return await _ok(response)


async def equip_fully(client, w, monkeypatch) -> dict:
    """Everything the automatic criteria look for, made through the API: premises and hours,
    an agreement in force with 3 workstations and a printer, a volunteer trained by ANIS,
    visits in each of the last three months."""
    city = w["city"]
    await _patch_space(client, w, premises=PREMISES, opening_hours=HOURS)
    # the insurance: a certificate uploaded by the association, confirmed by the city
    await insured(client, w["assoc1"], city, w["space"].id, valid_until=day(200))
    await active_agreement(client, city, w["a1"].id)
    items = []
    for kind in ("desktop", "desktop", "laptop", "printer"):
        item = await new_item(client, city, kind=kind)
        await _ok(
            await move(client, city, item["id"], kind="allocate", space_id=str(w["space"].id)),
            201,
        )
        items.append(item)
    starts = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    training = await _ok(
        await client.post(
            f"{API}/training-sessions",
            json={
                "title": "Les six savoirs — module 1",
                "skills": ["read-caf-file"],
                "audience": "accompagnateurs",
                "provider_id": str(w["trainer"].id),
                "space_id": str(w["space"].id),
                "starts_at": starts.isoformat(),
                "ends_at": (starts + timedelta(hours=3)).isoformat(),
                "capacity": 10,
            },
            headers=city.headers,
        ),
        201,
    )
    enrolment = await _ok(
        await client.post(
            f"{API}/training-sessions/{training['id']}/enrolments",
            json={"user_id": str(w["volunteer"].id)},
            headers=city.headers,
        ),
        201,
    )
    # attendance is recorded once the session has begun: move the clock, not the rows
    monkeypatch.setattr(
        "app.services.training.enrolments.utcnow", lambda: starts + timedelta(hours=1)
    )
    await _ok(
        await client.patch(
            f"{API}/training-sessions/{training['id']}/enrolments/{enrolment['id']}",
            json={"attendance": "attended"},
            headers=w["anis"].headers,
        )
    )
    monkeypatch.undo()
    for moment in _month_days(3):
        await _ok(
            await client.post(
                f"{API}/visits",
                json={
                    "space_id": str(w["space"].id),
                    "occurred_at": moment.isoformat(),
                    "duration_minutes": 45,
                    "mode": "individual_support",
                    "skills": ["read-caf-file"],
                    "equipment": ["computer"],
                    "autonomy": "partly_autonomous",
                },
                headers=w["volunteer"].headers,
            ),
            201,
        )
    return {"items": items, "training": training}


async def new_application(client, account, space) -> dict:
    response = await client.post(BASE, json={"space_id": str(space.id)}, headers=account.headers)
    return await _ok(response, 201)


async def evaluate(client, account, application_id) -> dict:
    return await _ok(
        await client.post(f"{BASE}/{application_id}/evaluate", headers=account.headers)
    )


def by_code(application: dict) -> dict[str, dict]:
    return {c["code"]: c for c in application["criteria"]}


async def go(client, account, application_id, to, expect=200, **body):
    response = await client.post(
        f"{BASE}/{application_id}/transitions", json={"to": to, **body}, headers=account.headers
    )
    assert response.status_code == expect, response.text
    return response.json()


DOCUMENT_KINDS = {
    "charter_signed": "charter",
    "welcome_booklet": "welcome_booklet",
    "development_plan": "development_plan",
}


async def upload_for(client, w, code: str, **fields) -> dict:
    """The document that proves a declarative criterion, uploaded by the space's association
    (the charter signed by it: an unsigned charter does not prove `charter_signed`)."""
    document = await upload_document(
        client, w["assoc1"], DOCUMENT_KINDS[code], space_id=w["space"].id, **fields
    )
    if code == "charter_signed":
        await sign_as(client, w["assoc1"], document["id"])
    return document


async def sign_as(client, account, document_id) -> None:
    body = {"method": "typed", "full_name": account.user.full_name, "consent": "true"}
    response = await client.post(
        f"{API}/documents/{document_id}/signatures", data=body, headers=account.headers
    )
    assert response.status_code == 201, response.text


async def attest(client, account, application_id, code, expect=200, document_id=None):
    """Names a document for a declarative criterion (a random id where the call must be refused
    before the document is looked at)."""
    response = await client.put(
        f"{BASE}/{application_id}/attestations/{code}",
        json={"document_id": str(document_id or uuid.uuid4()), "document_reference": f"GED-{code}"},
        headers=account.headers,
    )
    assert response.status_code == expect, response.text
    return response.json()


# ---- criteria on live data ----------------------------------------------------------------------


async def test_every_automatic_criterion_is_met_on_a_complete_space(net, client, monkeypatch):
    await equip_fully(client, net, monkeypatch)
    application = await new_application(client, net["assoc1"], net["space"])
    assert application["status"] == "draft" and application["criteria_version"] == 1
    assert {c["code"] for c in application["criteria"]} == AUTOMATIC | set(DECLARATIVE)
    assert all(c["met"] is None and c["evaluated_at"] is None for c in application["criteria"])
    evaluated = by_code(await evaluate(client, net["assoc1"], application["id"]))
    for code in AUTOMATIC:
        assert evaluated[code]["met"] is True, (code, evaluated[code])
        assert evaluated[code]["evaluated_at"] is not None
    measured = {code: evaluated[code]["measured"] for code in AUTOMATIC}
    assert measured | {"insurance": 1.0} == {
        "dedicated_room": 1.0,
        "opening_hours": 15.0,
        "internet": 1.0,
        "networks": 2.0,
        "insurance": 1.0,
        "loan_agreement": 1.0,
        "workstations": 3.0,
        "printer": 1.0,
        "trained_volunteer": 1.0,
        "self_evaluation": 3.0,
        "maintenance": 0.0,
    }
    assert evaluated["opening_hours"]["threshold"] == 10
    assert evaluated["workstations"]["threshold"] == 3
    read = await _ok(await client.get(f"{BASE}/{application['id']}", headers=net["assoc1"].headers))
    assert read["unmet_mandatory"] == DECLARATIVE  # only what must be declared is left


async def test_every_automatic_criterion_is_unmet_on_a_bare_space(net, client):
    application = await new_application(client, net["assoc2"], net["bare"])
    evaluated = by_code(await evaluate(client, net["assoc2"], application["id"]))
    unmet = {code for code in AUTOMATIC if evaluated[code]["met"] is False}
    # with no ticket at all, the maintenance criterion holds; see the breached-ticket test
    assert unmet == AUTOMATIC - {"maintenance"}
    assert evaluated["workstations"]["measured"] == 0
    assert evaluated["self_evaluation"]["measured"] == 0
    assert "no visit recorded" in evaluated["self_evaluation"]["detail"]
    assert evaluated["loan_agreement"]["detail"] == "no loan agreement in force"
    assert evaluated["trained_volunteer"]["measured"] == 0


async def test_criteria_follow_changes_made_through_the_api(net, client, monkeypatch):
    made = await equip_fully(client, net, monkeypatch)
    application = await new_application(client, net["assoc1"], net["space"])
    city = net["city"]
    # an insurance typed by hand on the premises is not a certificate: still met
    expired = {"insurer": "MAIF", "policy_number": "RC-2026-17", "valid_until": day(-1)}
    await _patch_space(
        client,
        net,
        premises=PREMISES
        | {"dedicated_room": False, "printer_network": False, "internet": None}
        | {"insurance": expired},
        opening_hours=HOURS[:2],
    )
    workstation, printer = made["items"][0], made["items"][3]
    await _ok(await move(client, city, workstation["id"], kind="return_to_stock"), 201)
    await _ok(await move(client, city, printer["id"], kind="send_to_repair"), 201)
    evaluated = by_code(await evaluate(client, net["assoc1"], application["id"]))
    for code in (
        "dedicated_room",
        "opening_hours",
        "internet",
        "networks",
        "workstations",
        "printer",
    ):
        assert evaluated[code]["met"] is False, code
    assert evaluated["insurance"]["met"] is True  # the confirmed certificate
    assert "RC-2026-17" in evaluated["insurance"]["detail"]
    assert evaluated["opening_hours"]["measured"] == 6
    assert evaluated["networks"]["detail"] == "missing: printer_network"
    assert (evaluated["workstations"]["measured"], evaluated["printer"]["measured"]) == (2, 0)
    assert evaluated["loan_agreement"]["met"] and evaluated["trained_volunteer"]["met"]


async def test_time_tells_agreement_visits_and_long_breached_tickets(
    net, client, world, monkeypatch
):
    await equip_fully(client, net, monkeypatch)
    city = net["city"]
    await _ok(
        await client.put(
            f"{API}/partners/{net['operator'].id}/maintenance-contract",
            json={"clock": "calendar", "is_network_default": True, "terms": CONTRACT},
            headers=city.headers,
        )
    )
    await _ok(
        await client.post(
            f"{API}/maintenance-tickets",
            json={
                "space_id": str(net["space"].id),
                "category": "printer",
                "title": "Imprimante en panne",
                "description": "Bourrage papier",
            },
            headers=net["volunteer"].headers,
        ),
        201,
    )
    application = await new_application(client, net["assoc1"], net["space"])
    now = by_code(await evaluate(client, net["assoc1"], application["id"]))
    assert now["maintenance"]["met"] is True  # its deadline has not passed
    actor = Actor(
        kind="user", role="association", user_id=net["assoc1"].id, association_id=net["a1"].id
    )
    application_id = uuid.UUID(application["id"])
    in_a_month = datetime.now(UTC) + timedelta(days=20)
    async with world.session() as session:
        soon = by_code(
            (
                await label_service.evaluate(session, actor, application_id, now=in_a_month)
            ).model_dump(mode="json")
        )
    # breached for 19 days: not yet over 30
    assert soon["maintenance"]["met"] is True and soon["loan_agreement"]["met"] is True
    in_a_year = datetime.now(UTC) + timedelta(days=400)
    async with world.session() as session:
        later = by_code(
            (
                await label_service.evaluate(session, actor, application_id, now=in_a_year)
            ).model_dump(mode="json")
        )
    assert later["maintenance"]["met"] is False and later["maintenance"]["measured"] == 1
    assert "Imprimante en panne" in later["maintenance"]["detail"]
    assert later["loan_agreement"]["met"] is False  # it ends in 365 days
    assert later["self_evaluation"]["met"] is False  # no visit in the 3 months before then
    assert later["insurance"]["met"] is False


# ---- the workflow -------------------------------------------------------------------------------


async def test_submission_needs_mandatory_criteria_met_attested_or_waived(net, client, monkeypatch):
    await equip_fully(client, net, monkeypatch)
    application = await new_application(client, net["assoc1"], net["space"])
    aid = application["id"]
    refused = await go(client, net["assoc1"], aid, "submitted", expect=409)
    assert refused["unmet_criteria"] == DECLARATIVE
    # the evaluation made by the refused submission is kept: it says what is missing
    read = await _ok(await client.get(f"{BASE}/{aid}", headers=net["assoc1"].headers))
    assert by_code(read)["workstations"]["evaluated_at"] is not None
    assert read["status"] == "draft"

    await attest(client, net["volunteer"], aid, "charter_signed", expect=403)
    await attest(client, net["city"], aid, "charter_signed", expect=403)  # the applicant's
    await attest(client, net["assoc1"], aid, "workstations", expect=409)  # computed, not declared
    await attest(client, net["assoc1"], aid, "no_such_code", expect=404)
    charter = await upload_for(client, net, "charter_signed")
    booklet = await upload_for(client, net, "welcome_booklet")
    # a document of another kind, or of another association, proves nothing (422)
    await attest(client, net["assoc1"], aid, "charter_signed", 422, booklet["id"])
    theirs = await upload_document(client, net["assoc2"], "charter", space_id=net["bare"].id)
    await attest(client, net["assoc1"], aid, "charter_signed", 422, theirs["id"])
    await attest(client, net["assoc1"], aid, "charter_signed", document_id=charter["id"])
    after = await attest(client, net["assoc1"], aid, "welcome_booklet", document_id=booklet["id"])
    assert by_code(after)["welcome_booklet"]["document_reference"] == "GED-welcome_booklet"
    assert by_code(after)["welcome_booklet"]["document_id"] == booklet["id"]
    assert by_code(after)["welcome_booklet"]["document_version"] == 1
    assert (await go(client, net["assoc1"], aid, "submitted", expect=409))["unmet_criteria"] == [
        "development_plan"
    ]
    waiver = {"reason": "Plan de développement en cours de rédaction avec la Ville."}
    url = f"{BASE}/{aid}/waivers/development_plan"
    assert (await client.put(url, json=waiver, headers=net["assoc1"].headers)).status_code == 403
    short = await client.put(url, json={"reason": " "}, headers=net["city"].headers)
    assert short.status_code == 422
    waived = await _ok(await client.put(url, json=waiver, headers=net["city"].headers))
    assert by_code(waived)["development_plan"]["waived"] is True
    assert waived["unmet_mandatory"] == []
    submitted = await _ok(await client.post(f"{BASE}/{aid}/submit", headers=net["assoc1"].headers))
    assert submitted["status"] == "submitted" and submitted["submitted_at"]
    # once submitted the documents are frozen until the city asks for changes
    await attest(client, net["assoc1"], aid, "charter_signed", expect=409)


async def _submitted(client, net, monkeypatch) -> str:
    await equip_fully(client, net, monkeypatch)
    aid = (await new_application(client, net["assoc1"], net["space"]))["id"]
    for code in DECLARATIVE:
        document = await upload_for(client, net, code)
        await attest(client, net["assoc1"], aid, code, document_id=document["id"])
    await go(client, net["assoc1"], aid, "submitted")
    return aid


async def test_review_changes_requested_resubmission_and_approval(net, client, world, monkeypatch):
    aid = await _submitted(client, net, monkeypatch)
    city, assoc = net["city"], net["assoc1"]
    # the move exists, for the city: 403 (it was 409 before issue #16), still listing hers
    assert (await go(client, assoc, aid, "under_review", expect=403))["allowed_transitions"] == [
        "withdrawn"
    ]
    reviewing = await go(client, city, aid, "under_review")
    assert reviewing["allowed_transitions"] == ["approved", "rejected", "changes_requested"]
    await go(client, city, aid, "changes_requested", expect=422)  # a reason is required
    await go(
        client,
        city,
        aid,
        "changes_requested",
        expect=422,
        comment="x",
        criteria_comments={"unknown_code": "?"},
    )
    asked = await go(
        client,
        city,
        aid,
        "changes_requested",
        comment="Merci de joindre le livret d'accueil à jour.",
        criteria_comments={"welcome_booklet": "La version jointe date de 2019."},
    )
    assert by_code(asked)["welcome_booklet"]["review_comment"] == "La version jointe date de 2019."
    assert asked["decision_comment"].startswith("Merci")
    booklet = await upload_for(client, net, "welcome_booklet", title="Livret d'accueil 2026")
    await attest(client, assoc, aid, "welcome_booklet", document_id=booklet["id"])
    await go(client, assoc, aid, "submitted")
    await go(client, city, aid, "under_review")
    approved = await go(client, city, aid, "approved", comment="Conforme à la charte.")
    label = approved["label"]
    today = paris_today()
    assert label["status"] == "valid" and label["valid_from"] == today.isoformat()
    assert label["label_number"] == f"LABEL-ENC-{today.year}-001"
    assert date.fromisoformat(label["valid_until"]) == today.replace(
        year=today.year + 2
    ) - timedelta(days=1)
    assert approved["allowed_transitions"] == []

    space = await _ok(await client.get(f"{API}/spaces/{net['space'].id}", headers=assoc.headers))
    assert space["label"]["status"] == "valid"
    assert space["label"]["label_number"] == label["label_number"]
    public = await _ok(await client.get(f"{API}/public/spaces", params={"labelled": "true"}))
    assert [s["id"] for s in public["items"]] == [str(net["space"].id)]
    assert public["items"][0]["label"]["status"] == "valid"

    history = await _ok(await client.get(f"{BASE}/{aid}/history", headers=net["volunteer"].headers))
    moves = [(e["from_status"], e["to_status"]) for e in history["items"]]
    assert moves == [
        (None, "draft"),
        ("draft", "submitted"),
        ("submitted", "under_review"),
        ("under_review", "changes_requested"),
        ("changes_requested", "submitted"),
        ("submitted", "under_review"),
        ("under_review", "approved"),
    ]
    assert history["items"][3]["comment"].startswith("Merci")
    assert history["items"][-1]["actor_user_id"] == str(city.id)
    async with world.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent).where(OutboxEvent.event_type == "label.approved")
                )
            )
            .scalars()
            .all()
        )
    assert [e.payload["label_number"] for e in events] == [label["label_number"]]

    # a renewal is a new application; the next approval gets the next number
    renewal = await new_application(client, assoc, net["space"])
    assert renewal["status"] == "draft" and renewal["label"] is None


async def test_rejection_withdrawal_and_one_open_application_per_space(net, client, monkeypatch):
    aid = await _submitted(client, net, monkeypatch)
    city, assoc = net["city"], net["assoc1"]
    duplicate = await client.post(
        BASE, json={"space_id": str(net["space"].id)}, headers=assoc.headers
    )
    assert duplicate.status_code == 409
    await go(client, city, aid, "under_review")
    await go(client, city, aid, "rejected", expect=422)  # a reason is required
    rejected = await go(client, city, aid, "rejected", comment="Locaux non conformes.")
    assert rejected["status"] == "rejected" and rejected["label"] is None
    await go(client, assoc, aid, "withdrawn", expect=409)  # decided: nothing more to do
    second = await new_application(client, assoc, net["space"])
    withdrawn = await go(client, assoc, second["id"], "withdrawn", comment="Nous reviendrons.")
    assert withdrawn["status"] == "withdrawn"
    await _ok(await client.post(f"{BASE}/{second['id']}/evaluate", headers=assoc.headers), 409)
    listed = await _ok(
        await client.get(BASE, params={"space_id": str(net["space"].id)}, headers=city.headers)
    )
    assert {a["status"] for a in listed["items"]} == {"rejected", "withdrawn"}


@pytest.mark.commits
async def test_concurrent_applications_for_one_space_give_one(net, client):
    responses = await asyncio.gather(
        *(
            client.post(
                BASE, json={"space_id": str(net["space"].id)}, headers=net["assoc1"].headers
            )
            for _ in range(5)
        )
    )
    assert sorted(r.status_code for r in responses) == [201, 409, 409, 409, 409]


async def test_labels_expire_on_their_date_without_anyone_touching_them(
    net, client, world, monkeypatch
):
    aid = await _submitted(client, net, monkeypatch)
    city = net["city"]
    await go(client, city, aid, "under_review")
    until = paris_today() + timedelta(days=30)
    await go(client, city, aid, "approved", valid_until="2000-01-01", expect=422)
    approved = await go(client, city, aid, "approved", valid_until=until.isoformat())
    assert approved["label"]["valid_until"] == until.isoformat()
    expiring = await _ok(
        await client.get(BASE, params={"expiring_within_days": 90}, headers=city.headers)
    )
    assert [a["id"] for a in expiring["items"]] == [aid]
    assert (
        await _ok(await client.get(BASE, params={"expiring_within_days": 10}, headers=city.headers))
    )["items"] == []

    later = until + timedelta(days=1)
    monkeypatch.setattr("app.services.labels.status.today", lambda: later)
    monkeypatch.setattr("app.services.labels.applications.today", lambda: later)
    read = await _ok(await client.get(f"{BASE}/{aid}", headers=city.headers))
    assert read["label"]["status"] == "expired"
    space = await _ok(await client.get(f"{API}/spaces/{net['space'].id}", headers=city.headers))
    assert space["label"]["status"] == "expired"
    public = await _ok(await client.get(f"{API}/public/spaces"))
    shown = {s["id"]: s["label"] for s in public["items"]}
    assert shown[str(net["space"].id)]["status"] == "expired"
    labelled = await _ok(await client.get(f"{API}/public/spaces", params={"labelled": "true"}))
    assert labelled["items"] == []
    expired = await _ok(
        await client.get(BASE, params={"label_status": "expired"}, headers=city.headers)
    )
    assert [a["id"] for a in expired["items"]] == [aid]

    moment = datetime.combine(later, time(12), PARIS)
    scheduler = Scheduler(
        world.app.state.sessionmaker,
        scheduled_jobs(world.app.state.sessionmaker, world.app.state.settings),
        clock=lambda: moment,
    )
    assert await scheduler.run_pass([LABEL_EXPIRY]) == {LABEL_EXPIRY: 1}
    assert await scheduler.run_pass([LABEL_EXPIRY]) == {LABEL_EXPIRY: 0}  # announced once
    async with world.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent).where(OutboxEvent.event_type == "label.expired")
                )
            )
            .scalars()
            .all()
        )
    assert [e.payload["application_id"] for e in events] == [aid]


# ---- versions and roles -------------------------------------------------------------------------


async def test_criteria_are_versioned_and_applications_keep_theirs(net, client):
    city = net["city"]
    current = await _ok(await client.get(f"{API}/label-criteria", headers=net["volunteer"].headers))
    assert current["number"] == 1 and len(current["criteria"]) == 14
    first = await new_application(client, net["assoc1"], net["space"])
    criteria = [{k: v for k, v in c.items() if v is not None} for c in current["criteria"]]
    for criterion in criteria:
        if criterion["code"] == "opening_hours":
            criterion["threshold"] = 12
    criteria.append(
        {"code": "accessibility", "title": "Accès PMR", "kind": "declarative", "mandatory": False}
    )
    body = {"criteria": criteria, "note": "Seuil d'ouverture à 12 h"}
    refused = await client.put(f"{API}/label-criteria", json=body, headers=net["assoc1"].headers)
    assert refused.status_code == 403
    published = await client.put(f"{API}/label-criteria", json=body, headers=city.headers)
    assert published.status_code == 201 and published.json()["number"] == 2
    assert published.headers["Location"].endswith("/label-criteria/versions/2")
    again = await client.put(f"{API}/label-criteria", json=body, headers=city.headers)
    assert again.status_code == 200 and again.json()["number"] == 2

    kept = await _ok(await client.get(f"{BASE}/{first['id']}", headers=city.headers))
    assert kept["criteria_version"] == 1
    assert by_code(kept)["opening_hours"]["threshold"] == 10 and "accessibility" not in by_code(
        kept
    )
    newer = await new_application(client, net["assoc2"], net["bare"])
    assert newer["criteria_version"] == 2
    assert by_code(newer)["opening_hours"]["threshold"] == 12
    assert by_code(newer)["accessibility"]["mandatory"] is False
    assert "accessibility" not in newer["unmet_mandatory"]
    versions = await _ok(await client.get(f"{API}/label-criteria/versions", headers=city.headers))
    assert [v["number"] for v in versions["items"]] == [2, 1]
    old = await _ok(await client.get(f"{API}/label-criteria/versions/1", headers=city.headers))
    assert len(old["criteria"]) == 14
    assert (
        await client.get(f"{API}/label-criteria/versions/9", headers=city.headers)
    ).status_code == 404


@pytest.mark.parametrize(
    ("criteria", "where"),
    [
        ([{"code": "x1", "title": "Sans règle", "kind": "automatic"}], "criteria"),
        (
            [{"code": "x1", "title": "Déclaré", "kind": "declarative", "rule": "printers"}],
            "criteria",
        ),
        (
            [
                {"code": "x1", "title": "A", "kind": "declarative"},
                {"code": "x1", "title": "B", "kind": "declarative"},
            ],
            None,
        ),
        ([{"code": "Bad Code", "title": "A", "kind": "declarative"}], "code"),
        (
            [
                {
                    "code": "x1",
                    "title": "A",
                    "kind": "automatic",
                    "rule": "printers",
                    "threshold": -1,
                }
            ],
            "threshold",
        ),
        ([], "criteria"),
    ],
)
async def test_bad_catalogues_are_422_and_publish_nothing(net, client, criteria, where):
    response = await client.put(
        f"{API}/label-criteria", json={"criteria": criteria}, headers=net["city"].headers
    )
    assert response.status_code == 422, response.text
    if where:
        assert any(where in [str(p) for p in e["loc"]] for e in response.json()["errors"])
    current = await _ok(await client.get(f"{API}/label-criteria", headers=net["city"].headers))
    assert current["number"] == 1


async def test_who_does_what(net, client):
    assoc1, assoc2, vol = net["assoc1"], net["assoc2"], net["volunteer"]
    application = await new_application(client, assoc1, net["space"])
    aid = application["id"]
    for account in (net["city"], vol, net["partner"]):
        response = await client.post(
            BASE, json={"space_id": str(net["space"].id)}, headers=account.headers
        )
        assert response.status_code == 403, account
    other_space = await client.post(
        BASE, json={"space_id": str(net["bare"].id)}, headers=assoc1.headers
    )
    assert other_space.status_code == 422  # not one of its spaces
    assert (await client.get(f"{BASE}/{aid}", headers=vol.headers)).status_code == 200
    assert (await client.get(f"{BASE}/{aid}", headers=assoc2.headers)).status_code == 404
    assert (
        await client.get(f"{BASE}/{aid}", headers=net["bare_volunteer"].headers)
    ).status_code == 404
    assert (await client.post(f"{BASE}/{aid}/evaluate", headers=vol.headers)).status_code == 403
    assert (await client.post(f"{BASE}/{aid}/evaluate", headers=assoc2.headers)).status_code == 404
    listed = await _ok(await client.get(BASE, headers=net["partner"].headers))
    assert listed["items"] == []
    assert [a["id"] for a in (await _ok(await client.get(BASE, headers=vol.headers)))["items"]] == [
        aid
    ]
    city_view = await _ok(await client.get(f"{BASE}/{aid}", headers=net["city"].headers))
    assert city_view["allowed_transitions"] == []  # the city reviews once it is submitted
    assert application["allowed_transitions"] == ["submitted", "withdrawn"]


async def test_the_association_deciding_its_own_application_is_403_not_409(
    net, client, monkeypatch
):
    """Issue #16: approving, rejecting or asking for changes exist for the reviewer (403 naming
    it, with the moves the association has); a move that exists for no one from here is 409."""
    aid = await _submitted(client, net, monkeypatch)
    city, assoc = net["city"], net["assoc1"]
    early = await go(client, assoc, aid, "approved", expect=409)  # submitted: not yet reviewable
    assert early["allowed_transitions"] == ["withdrawn"]
    await go(client, city, aid, "under_review")
    for target in ("approved", "rejected", "changes_requested"):
        refused = await go(client, assoc, aid, target, expect=403, comment="Nous validons.")
        assert refused["type"].endswith("/forbidden") and "reviewer" in refused["detail"]
        assert refused["allowed_transitions"] == ["withdrawn"]
    read = await _ok(await client.get(f"{BASE}/{aid}", headers=city.headers))
    assert read["status"] == "under_review" and read["label"] is None
    assert (await go(client, assoc, aid, "draft", expect=409))["allowed_transitions"] == [
        "withdrawn"
    ]


async def test_a_closed_space_label_is_no_longer_valid_nor_public(net, client, monkeypatch):
    aid = await _submitted(client, net, monkeypatch)
    city, assoc = net["city"], net["assoc1"]
    await go(client, city, aid, "under_review")
    await go(client, city, aid, "approved")
    space_url = f"{API}/spaces/{net['space'].id}"
    sid = str(net["space"].id)

    async def public_ids() -> tuple[set[str], set[str]]:
        listed = await _ok(await client.get(f"{API}/public/spaces"))
        export = await client.get(f"{API}/public/lieux-mediation-numerique.csv")
        assert export.status_code == 200, export.text
        rows = csv.DictReader(io.StringIO(export.text))
        return {s["id"] for s in listed["items"]}, {r["id"] for r in rows}

    listed, exported = await public_ids()
    assert sid in listed and sid in exported

    closing = {"to": "closed", "reason": "Fermeture définitive"}
    closed = await client.post(f"{space_url}/transitions", json=closing, headers=assoc.headers)
    assert closed.status_code == 200, closed.text
    assert closed.json()["label"]["status"] == "space_closed"
    application = await _ok(await client.get(f"{BASE}/{aid}", headers=city.headers))
    assert application["label"]["status"] == "space_closed"
    assert application["label"]["label_number"]  # the record stays; it no longer holds

    async def by_label(status: str) -> list[str]:
        found = await client.get(BASE, params={"label_status": status}, headers=city.headers)
        return [a["id"] for a in (await _ok(found))["items"]]

    assert await by_label("valid") == [] and await by_label("space_closed") == [aid]
    expiring = await client.get(BASE, params={"expiring_within_days": 3650}, headers=city.headers)
    assert (await _ok(expiring))["items"] == []
    listed, exported = await public_ids()
    assert sid not in listed and sid not in exported

    # reopened by the city (to suspended, then open): the label reads valid again
    reopen = {"to": "suspended", "reason": "Nouveaux locaux trouvés"}
    suspended = await client.post(f"{space_url}/transitions", json=reopen, headers=city.headers)
    assert suspended.status_code == 200, suspended.text
    assert suspended.json()["label"]["status"] == "valid"
    assert await by_label("valid") == [aid]
