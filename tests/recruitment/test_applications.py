"""Applications through the public endpoint, end to end: consent, abuse limits, a receipt that
tells nothing, the status machine with typed decline reasons, accepting (account and
assignment, atomically), stale flags and the retention's anonymisation by the scheduler."""

import json
import logging
import uuid
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select

from app.core.clock import utcnow
from app.core.scheduler import Scheduler
from app.core.security import create_access_token
from app.models.audit import AuditEvent
from app.models.outbox import OutboxEvent
from app.models.recruitment import MissionApplication
from app.models.user import SpaceAssignment, User
from app.services.jobs import APPLICATION_RETENTION, APPLICATION_STALE, scheduled_jobs
from app.services.recruitment import applications as service
from tests.recruitment.helpers import (
    API,
    MISSIONS,
    PUBLIC,
    applicant,
    applications,
    apply,
    move,
    ok,
    open_mission,
    published_description,
)


async def _mission(net, client, **overrides) -> dict:
    description = await published_description(client, net["city"])
    return await open_mission(client, net["city"], description["id"], net["s1"].id, **overrides)


def _scheduler(world, days_ahead: float) -> Scheduler:
    moment = utcnow() + timedelta(days=days_ahead)
    sessionmaker, settings = world.app.state.sessionmaker, world.app.state.settings
    return Scheduler(sessionmaker, scheduled_jobs(sessionmaker, settings), clock=lambda: moment)


async def test_the_application_flow_end_to_end(net, client, world, caplog):
    caplog.set_level(logging.INFO)  # the level the API logs at in production
    mission = await _mission(net, client, tutor_id=str(net["vol1"].id))
    body = applicant(1, email="Ines.Bouaziz@Example.org", full_name="Inès Bouaziz")
    receipt = await apply(client, mission["id"], body)
    again = await apply(client, mission["id"], body | {"motivation": "Encore moi."})
    assert (
        receipt
        == again
        == {
            "mission_id": mission["id"],
            "status": "received",
            "message": service.RECEIPT,
        }
    )
    other = await apply(client, mission["id"], applicant(2))
    assert other == receipt | {"mission_id": mission["id"]}

    assoc1, city = net["assoc1"], net["city"]
    found = await applications(client, assoc1, mission["id"])
    assert len(found) == 2  # the repeat was not stored twice
    ines = next(a for a in found if a["full_name"] == "Inès Bouaziz")
    assert (
        ines["email"] == "ines.bouaziz@example.org" and ines["motivation"] == "J'aide mes voisins."
    )
    assert ines["status"] == "received" and ines["stale"] is False
    assert ines["retention_days"] == 730 and ines["consent_at"]
    assert ines["allowed_transitions"] == ["contacted", "interview", "declined", "withdrawn"]
    # the tutor sees them and takes the first steps; it does not accept
    tutored = await applications(client, net["vol1"], mission["id"])
    assert len(tutored) == 2
    await move(client, net["vol1"], mission["id"], ines["id"], "contacted")
    await move(client, net["vol1"], mission["id"], ines["id"], "interview")
    await move(client, net["vol1"], mission["id"], ines["id"], "accepted", status=403)
    # outside the mission's scope: not found
    for outsider in (net["assoc2"], net["partner"]):
        url = f"{MISSIONS}/{mission['id']}/applications"
        assert (await client.get(url, headers=outsider.headers)).status_code == 404

    accepted = await move(client, assoc1, mission["id"], ines["id"], "accepted", note="Bienvenue")
    assert accepted["status"] == "accepted" and accepted["user_id"]
    assert accepted["status_note"] == "Bienvenue"
    async with world.session() as session:
        user = await session.get(User, uuid.UUID(accepted["user_id"]))
        assert (user.email, user.full_name, user.role) == (
            "ines.bouaziz@example.org",
            "Inès Bouaziz",
            "volunteer",
        )
        assert user.association_id == net["a1"].id
        assert await session.get(SpaceAssignment, (user.id, net["s1"].id)) is not None
        trail = (await session.execute(select(AuditEvent))).scalars().all()
    # one place: the mission is filled; nobody else is accepted
    filled = await ok(await client.get(f"{MISSIONS}/{mission['id']}", headers=city.headers))
    assert filled["status"] == "filled" and filled["places_filled"] == 1
    second = next(a for a in found if a["id"] != ines["id"])
    await move(client, assoc1, mission["id"], second["id"], "contacted")
    full = await move(client, assoc1, mission["id"], second["id"], "accepted", status=409)
    assert "mission is filled" in full["detail"]

    # the new volunteer finds its application in its personal-data export
    token, _ = create_access_token(
        world.app.state.settings, subject=user.id, claims={"role": "volunteer"}
    )
    export = await ok(
        await client.get("/api/v1/users/me/export", headers={"Authorization": f"Bearer {token}"})
    )
    assert [a["id"] for a in export["applications"]] == [ines["id"]]
    assert export["applications"][0]["motivation"] == "J'aide mes voisins."

    # never in the logs nor in the audit trail's details
    personal = ("ines.bouaziz", "Inès Bouaziz", "Bouaziz", "candidate2", "06 12 34 56 78")
    logged = "\n".join(r.getMessage() + json.dumps(r.__dict__, default=str) for r in caplog.records)
    details = json.dumps([e.changes for e in trail], default=str)
    for value in personal:
        assert value not in logged
        assert value not in details
    assert any(e.action == "application.accept" for e in trail)


async def test_consent_is_required_and_bad_input_stores_nothing(net, client, world):
    mission = await _mission(net, client)
    for body in (
        applicant(1, consent=False),
        {k: v for k, v in applicant(1).items() if k != "consent"},
        applicant(1, email="pas-une-adresse"),
        applicant(1, availability=""),
    ):
        refused = await client.post(f"{PUBLIC}/{mission['id']}/applications", json=body)
        assert refused.status_code == 422, body
        assert refused.headers["content-type"].startswith("application/problem+json")
    unknown = await client.post(f"{PUBLIC}/{uuid.uuid4()}/applications", json=applicant(1))
    assert unknown.status_code == 404
    async with world.session() as session:
        assert await session.scalar(select(func.count()).select_from(MissionApplication)) == 0


def test_the_consent_documents_purpose_and_retention(app):
    schema = app.openapi()["components"]["schemas"]["PublicApplicationCreate"]
    consent = schema["properties"]["consent"]["description"]
    assert "Purpose" in consent and "Retention" in consent and "730 days" in consent


async def test_limits_per_email_and_per_address(net, client, world, app):
    mission = await _mission(net, client)
    limited = app.state.settings.model_copy(
        update={"application_max_per_email": 2, "application_max_per_address": 4}
    )
    saved, app.state.settings = app.state.settings, limited
    try:
        await _spend_the_limits(app, client, mission)
    finally:
        app.state.settings = saved
    async with world.session() as session:
        emails = (await session.execute(select(MissionApplication.email))).scalars().all()
    assert sorted(emails) == [
        "candidate1@example.org",
        "candidate2@example.org",
        "candidate4@example.org",
    ]


async def _spend_the_limits(app, client, mission) -> None:
    same = applicant(1)
    await apply(client, mission["id"], same)
    await apply(client, mission["id"], same)
    refused = await client.post(f"{PUBLIC}/{mission['id']}/applications", json=same)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    # another e-mail from the same address: two more, then the address is spent
    await apply(client, mission["id"], applicant(2))
    refused = await client.post(f"{PUBLIC}/{mission['id']}/applications", json=applicant(3))
    assert refused.status_code == 429
    # another address with a fresh e-mail is still served
    transport = httpx.ASGITransport(app=app, client=("198.51.100.9", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as elsewhere:
        await apply(elsewhere, mission["id"], applicant(4))
        spent = await elsewhere.post(f"{PUBLIC}/{mission['id']}/applications", json=same)
        assert spent.status_code == 429  # the e-mail's budget is spent wherever it comes from


async def test_declining_needs_a_typed_reason(net, client):
    mission = await _mission(net, client)
    await apply(client, mission["id"], applicant(1))
    (application,) = await applications(client, net["assoc1"], mission["id"])
    assoc1, aid, mid = net["assoc1"], application["id"], mission["id"]
    missing = await move(client, assoc1, mid, aid, "declined", status=422)
    assert missing["errors"][0]["loc"] == ["body", "decline_reason"]
    await move(client, assoc1, mid, aid, "declined", status=422, decline_reason="too_young")
    await move(client, assoc1, mid, aid, "contacted", status=422, decline_reason="other")
    await move(client, assoc1, mid, aid, "accepted", status=409)  # not from received
    declined = await move(client, assoc1, mid, aid, "declined", decline_reason="mission_filled")
    assert declined["decline_reason"] == "mission_filled" and declined["allowed_transitions"] == []
    await move(client, assoc1, mid, aid, "contacted", status=409)


async def test_accepting_is_atomic(net, client, world, monkeypatch):
    mission = await _mission(net, client)
    await apply(client, mission["id"], applicant(1))
    (application,) = await applications(client, net["assoc1"], mission["id"])
    await move(client, net["assoc1"], mission["id"], application["id"], "interview")

    async def broken(session, user, mission):
        await session.flush()  # the account is written …
        raise RuntimeError("the assignment failed")  # … then the assignment fails

    monkeypatch.setattr(service, "assign", broken)
    transport = httpx.ASGITransport(app=world.app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as failing:
        url = f"{MISSIONS}/{mission['id']}/applications/{application['id']}/transitions"
        response = await failing.post(url, json={"to": "accepted"}, headers=net["assoc1"].headers)
        assert response.status_code == 500
    async with world.session() as session:
        assert (
            await session.scalar(select(User).where(User.email == "candidate1@example.org")) is None
        )
        stored = await session.get(MissionApplication, uuid.UUID(application["id"]))
        assert stored.status == "interview" and stored.user_id is None
        actions = (await session.execute(select(AuditEvent.action))).scalars().all()
        assert "application.accept" not in actions
    monkeypatch.undo()
    accepted = await move(client, net["assoc1"], mission["id"], application["id"], "accepted")
    assert accepted["user_id"]


async def test_accepting_links_the_associations_volunteer_and_refuses_a_foreign_account(
    net, client, world
):
    mission = await _mission(net, client, places=2)
    existing = net["vol1"].user
    await apply(client, mission["id"], applicant(1, email=existing.email))
    await apply(client, mission["id"], applicant(2, email=net["assoc2"].user.email))
    found = {a["email"]: a for a in await applications(client, net["assoc1"], mission["id"])}
    mine, foreign = found[existing.email], found[net["assoc2"].user.email]
    for a in (mine, foreign):
        await move(client, net["assoc1"], mission["id"], a["id"], "contacted")
    linked = await move(client, net["assoc1"], mission["id"], mine["id"], "accepted")
    assert linked["user_id"] == str(existing.id)
    refused = await move(
        client, net["assoc1"], mission["id"], foreign["id"], "accepted", status=409
    )
    assert "nothing was changed" in refused["detail"]
    async with world.session() as session:
        assert (
            await session.scalar(select(func.count()).select_from(User)) == 5
        )  # the standard five: no new account


async def test_stale_applications_are_flagged_in_the_feed_and_announced_once(net, client, world):
    mission = await _mission(net, client)
    await apply(client, mission["id"], applicant(1))
    await apply(client, mission["id"], applicant(2))
    listed = await applications(client, net["assoc1"], mission["id"])
    answered = listed[0]
    await move(client, net["assoc1"], mission["id"], answered["id"], "contacted")
    feed = f"{MISSIONS}/stale-applications"
    assert (await ok(await client.get(feed, headers=net["assoc1"].headers)))["items"] == []

    scheduler = _scheduler(world, 9)
    assert await scheduler.run_pass([APPLICATION_STALE]) == {APPLICATION_STALE: 0}
    scheduler = _scheduler(world, 11)
    assert await scheduler.run_pass([APPLICATION_STALE]) == {APPLICATION_STALE: 1}
    assert await scheduler.run_pass([APPLICATION_STALE]) == {APPLICATION_STALE: 0}  # once
    async with world.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent).where(OutboxEvent.event_type == "application.stale")
                )
            )
            .scalars()
            .all()
        )
        # the feed reads "now": age the application as the scheduler saw it
        waiting = next(a for a in listed if a["id"] != answered["id"])
        stored = await session.get(MissionApplication, uuid.UUID(waiting["id"]))
        stored.created_at = utcnow() - timedelta(days=11)
        await session.commit()
    assert [e.payload["application_id"] for e in events] == [waiting["id"]]
    assert "email" not in events[0].payload and "full_name" not in events[0].payload
    items = (await ok(await client.get(feed, headers=net["assoc1"].headers)))["items"]
    assert [a["id"] for a in items] == [waiting["id"]] and items[0]["stale"] is True
    assert (await ok(await client.get(feed, headers=net["city"].headers)))["items"] == items
    assert (await ok(await client.get(feed, headers=net["assoc2"].headers)))["items"] == []


async def test_applications_not_accepted_are_anonymised_after_the_retention(net, client, world):
    mission = await _mission(net, client, places=2)
    for n in (1, 2, 3):
        await apply(client, mission["id"], applicant(n))
    by_email = {a["email"]: a for a in await applications(client, net["assoc1"], mission["id"])}
    declined, accepted = by_email["candidate1@example.org"], by_email["candidate2@example.org"]
    mid = mission["id"]
    await move(client, net["assoc1"], mid, declined["id"], "declined", decline_reason="other")
    await move(client, net["assoc1"], mid, accepted["id"], "contacted")
    await move(client, net["assoc1"], mid, accepted["id"], "accepted")

    assert await _scheduler(world, 729).run_pass([APPLICATION_RETENTION]) == {
        APPLICATION_RETENTION: 0
    }
    done = await _scheduler(world, 731).run_pass([APPLICATION_RETENTION])
    assert done == {APPLICATION_RETENTION: 2}  # the declined one and the one never answered
    assert await _scheduler(world, 732).run_pass([APPLICATION_RETENTION]) == {
        APPLICATION_RETENTION: 0
    }
    after = {a["id"]: a for a in await applications(client, net["assoc1"], mission["id"])}
    for a in (after[declined["id"]], after[by_email["candidate3@example.org"]["id"]]):
        assert a["anonymised_at"] is not None
        assert (a["full_name"], a["email"], a["phone"], a["availability"], a["motivation"]) == (
            None,
        ) * 5
    kept = after[accepted["id"]]
    assert kept["email"] == "candidate2@example.org" and kept["anonymised_at"] is None
    await move(
        client,
        net["assoc1"],
        mid,
        after[by_email["candidate3@example.org"]["id"]]["id"],
        "contacted",
        status=409,
    )


@pytest.mark.parametrize("who", ["city", "assoc1"])
async def test_managers_withdraw_on_the_applicants_behalf(net, client, who):
    mission = await _mission(net, client)
    await apply(client, mission["id"], applicant(1))
    (application,) = await applications(client, net[who], mission["id"])
    withdrawn = await move(client, net[who], mission["id"], application["id"], "withdrawn")
    assert withdrawn["status"] == "withdrawn"


async def test_anonymising_the_volunteer_anonymises_its_applications(net, client):
    mission = await _mission(net, client)
    await apply(client, mission["id"], applicant(1))
    (application,) = await applications(client, net["assoc1"], mission["id"])
    await move(client, net["assoc1"], mission["id"], application["id"], "contacted")
    accepted = await move(client, net["assoc1"], mission["id"], application["id"], "accepted")
    url = f"/api/v1/users/{accepted['user_id']}/anonymise"
    await ok(await client.post(url, headers=net["city"].headers))
    (after,) = await applications(client, net["assoc1"], mission["id"])
    assert after["anonymised_at"] and after["email"] is None and after["full_name"] is None
    assert after["status"] == "accepted" and after["user_id"] == accepted["user_id"]


async def test_accepting_with_an_initial_password_lets_the_new_volunteer_log_in(net, client):
    mission = await _mission(net, client, places=2)
    await apply(client, mission["id"], applicant(7))
    (received,) = await applications(client, net["assoc1"], mission["id"])
    # only with accepting, and checked as any password (nothing written on refusal)
    await move(
        client,
        net["assoc1"],
        mission["id"],
        received["id"],
        "contacted",
        status=422,
        initial_password="ateliers du mardi au Pile 2027",
    )
    await move(client, net["assoc1"], mission["id"], received["id"], "contacted")
    weak = await move(
        client,
        net["assoc1"],
        mission["id"],
        received["id"],
        "accepted",
        status=422,
        initial_password="password1234",
    )
    assert weak["errors"][0]["loc"] == ["body", "initial_password"]
    assert (await applications(client, net["assoc1"], mission["id"]))[0]["status"] == "contacted"
    password = "ateliers du mardi au Pile 2027"
    accepted = await move(
        client, net["assoc1"], mission["id"], received["id"], "accepted", initial_password=password
    )
    login = await client.post(
        f"{API}/auth/token", data={"username": applicant(7)["email"], "password": password}
    )
    assert login.status_code == 200, login.text
    me = await client.get(
        f"{API}/users/me", headers={"Authorization": f"Bearer {login.json()['access_token']}"}
    )
    assert me.json()["id"] == accepted["user_id"] and me.json()["role"] == "volunteer"


async def test_accepting_records_the_engagement_of_the_missions_kind(net, client, world):
    mission = await _mission(net, client)  # a Service Civique description, 24 h a week
    await apply(client, mission["id"], applicant(8))
    (received,) = await applications(client, net["assoc1"], mission["id"])
    terms = {
        "starts_on": "2030-01-07",
        "ends_on": "2030-08-31",
        "service_civique": {"contract_reference": "SC-059-30-00008"},
    }
    # only with accepting
    refused = await move(
        client,
        net["assoc1"],
        mission["id"],
        received["id"],
        "contacted",
        status=422,
        engagement=terms,
    )
    assert refused["errors"][0]["loc"] == ["body", "engagement"]
    await move(client, net["assoc1"], mission["id"], received["id"], "interview")
    # the engagement's rules apply, placed under `engagement`, and a refusal writes nothing:
    # neither the account nor the acceptance
    short = await move(
        client,
        net["assoc1"],
        mission["id"],
        received["id"],
        "accepted",
        status=422,
        engagement=terms | {"ends_on": "2030-03-31"},
    )
    assert short["errors"][0]["loc"][:2] == ["body", "engagement"], short
    async with world.session() as session:
        assert await session.scalar(select(User).where(User.email == applicant(8)["email"])) is None
    assert (await applications(client, net["assoc1"], mission["id"]))[0]["status"] == "interview"

    accepted = await move(
        client, net["assoc1"], mission["id"], received["id"], "accepted", engagement=terms
    )
    listed = await ok(
        await client.get(
            f"{API}/engagements",
            params={"user_id": accepted["user_id"]},
            headers=net["assoc1"].headers,
        )
    )
    (engagement,) = listed["items"]
    assert engagement["kind"] == "service_civique"
    assert engagement["space_id"] == str(net["s1"].id)
    assert engagement["weekly_hours"] == 24  # the description's hours, as none were given
    assert (engagement["starts_on"], engagement["ends_on"]) == ("2030-01-07", "2030-08-31")
    assert engagement["status"] == "planned"
    async with world.session() as session:
        details = (
            await session.execute(
                select(AuditEvent.changes).where(AuditEvent.action == "application.accept")
            )
        ).scalar_one()
    assert details["engagement_id"] == engagement["id"]
