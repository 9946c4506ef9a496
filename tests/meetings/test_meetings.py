"""Meetings: who organises what, invitees and scoping (404), answers, the agenda and its cutoff,
the lifecycle, minutes that are immutable once published and corrected by revisions, decisions,
the iCalendar export read by a real parser, outbox events and audit."""

from datetime import timedelta

import icalendar
from sqlalchemy import select

from app.core.clock import utcnow
from app.models.outbox import OutboxEvent
from tests.helpers_access import assert_problem, audit_events
from tests.meetings.helpers import DECISIONS, MEETINGS, at, held_meeting, move, new_meeting


async def _events(world, resource_id: str) -> list[str]:
    async with world.session() as session:
        rows = await session.execute(
            select(OutboxEvent.event_type)
            .where(OutboxEvent.resource_id == resource_id)
            .order_by(OutboxEvent.sequence)
        )
        return list(rows.scalars())


async def test_city_schedules_network_meeting_with_invitees_and_agenda(net, client, world):
    meeting = await new_meeting(
        client,
        net["city"],
        space_id=str(net["s1"].id),
        address=None,
        invitees=[
            {"association_id": str(net["a1"].id)},
            {"partner_id": str(net["trainer"].id)},
            {"user_id": str(net["vol1"].id)},
        ],
        agenda=[{"title": "Convention de prêt"}, {"title": "Horaires d'ouverture"}],
    )
    assert meeting["status"] == "planned" and meeting["sequence"] == 0
    assert meeting["organiser_name"] == "Ville de Roubaix"
    assert meeting["space_name"] == net["s1"].name
    assert [i["kind"] for i in meeting["invitees"]] == ["association", "partner", "user"]
    assert {i["response"] for i in meeting["invitees"]} == {"invited"}
    assert [(a["position"], a["title"]) for a in meeting["agenda"]] == [
        (1, "Convention de prêt"),
        (2, "Horaires d'ouverture"),
    ]
    assert meeting["allowed_transitions"] == ["held", "cancelled"]
    assert await _events(world, meeting["id"]) == ["meeting.created"]
    actions = [e.action for e in await audit_events(world, resource_type="meeting")]
    assert actions == ["meeting.create"]


async def test_meeting_needs_a_place_and_an_invitee_exactly_one_kind(net, client):
    response = await client.post(
        MEETINGS,
        json={"title": "x", "kind": "other", "starts_at": at(3), "ends_at": at(3, 1)},
        headers=net["city"].headers,
    )
    assert_problem(response, 422, "space_id")
    both = [{"association_id": str(net["a1"].id), "partner_id": str(net["trainer"].id)}]
    await new_meeting(client, net["city"], invitees=both, expect=422)
    await new_meeting(client, net["city"], ends_at=at(6), expect=422)  # ends before it starts


async def test_association_organises_working_groups_only_at_its_own_spaces(net, client):
    group = await new_meeting(
        client,
        net["assoc1"],
        kind="working_group",
        title="Groupe de travail : imprimantes",
        space_id=str(net["s1"].id),
        address=None,
        invitees=[{"association_id": str(net["a2"].id)}],
    )
    assert group["organiser_association_id"] == str(net["a1"].id)
    assert group["organiser_name"] == net["a1"].name
    # network-wide kinds are the city's
    body = await new_meeting(client, net["assoc1"], expect=403)
    assert "city" in body["detail"]
    # another association's space is not one it can see: an unknown reference
    await new_meeting(
        client, net["assoc1"], kind="working_group", space_id=str(net["s2"].id), expect=422
    )
    # and it organises for itself only
    await new_meeting(
        client,
        net["assoc1"],
        kind="working_group",
        organiser_association_id=str(net["a2"].id),
        expect=403,
    )
    await new_meeting(client, net["vol1"], kind="working_group", expect=403)
    # the invited association sees it, and answers
    seen = await client.get(f"{MEETINGS}/{group['id']}", headers=net["assoc2"].headers)
    assert seen.status_code == 200
    assert seen.json()["allowed_transitions"] == []


async def test_meetings_are_seen_by_organiser_and_invitees_only(net, client, world):
    meeting = await new_meeting(
        client, net["city"], invitees=[{"association_id": str(net["a1"].id)}]
    )
    url = f"{MEETINGS}/{meeting['id']}"
    for who in ("assoc2", "vol1", "partner", "anis"):
        assert_problem(await client.get(url, headers=net[who].headers), 404)
        listed = await client.get(MEETINGS, headers=net[who].headers)
        assert meeting["id"] not in {m["id"] for m in listed.json()["items"]}
    for who in ("city", "assoc1"):
        assert (await client.get(url, headers=net[who].headers)).status_code == 200
        listed = await client.get(MEETINGS, headers=net[who].headers)
        assert meeting["id"] in {m["id"] for m in listed.json()["items"]}
    # a volunteer and a partner see the meetings they are invited to
    for who, body in (
        ("vol1", {"user_id": str(net["vol1"].id)}),
        ("anis", {"partner_id": str(net["trainer"].id)}),
    ):
        response = await client.post(f"{url}/invitees", json=body, headers=net["city"].headers)
        assert response.status_code == 201, response.text
        assert (await client.get(url, headers=net[who].headers)).status_code == 200
    again = await client.post(
        f"{url}/invitees", json={"user_id": str(net["vol1"].id)}, headers=net["city"].headers
    )
    assert_problem(again, 409)
    # an invitee cannot change the meeting (403), an outsider cannot find it (404)
    assert_problem(await client.patch(url, json={"title": "x"}, headers=net["assoc1"].headers), 403)
    assert_problem(await client.patch(url, json={"title": "x"}, headers=net["assoc2"].headers), 404)


async def test_invitees_answer_and_the_organiser_takes_the_roll(net, client):
    meeting = await new_meeting(
        client,
        net["city"],
        days=-1,
        invitees=[{"association_id": str(net["a1"].id)}, {"partner_id": str(net["trainer"].id)}],
    )
    a1_inv, anis_inv = (i["id"] for i in meeting["invitees"])
    url = f"{MEETINGS}/{meeting['id']}/invitees"
    answered = await client.patch(
        f"{url}/{a1_inv}", json={"response": "accepted"}, headers=net["assoc1"].headers
    )
    assert answered.status_code == 200, answered.text
    assert answered.json()["invitees"][0]["response"] == "accepted"
    # not its invitation to answer
    other = await client.patch(
        f"{url}/{anis_inv}", json={"response": "declined"}, headers=net["assoc1"].headers
    )
    assert_problem(other, 403)
    # the roll call is the organiser's, once the meeting is held
    early = await client.patch(
        f"{url}/{a1_inv}", json={"response": "attended"}, headers=net["city"].headers
    )
    assert_problem(early, 409)
    await move(client, net["city"], meeting["id"], "held")
    own_roll = await client.patch(
        f"{url}/{a1_inv}", json={"response": "attended"}, headers=net["assoc1"].headers
    )
    assert_problem(own_roll, 403)
    roll = await client.patch(
        f"{url}/{anis_inv}", json={"response": "excused"}, headers=net["city"].headers
    )
    assert roll.json()["invitees"][1]["response"] == "excused"


async def test_invited_associations_propose_items_until_the_cutoff(net, client, world):
    meeting = await new_meeting(
        client,
        net["city"],
        invitees=[{"association_id": str(net["a1"].id)}],
        agenda=[{"title": "Convention de prêt"}],
        agenda_cutoff_at=at(2),
    )
    url = f"{MEETINGS}/{meeting['id']}/agenda-items"
    proposed = await client.post(
        url, json={"title": "Recrutement d'animateurs"}, headers=net["assoc1"].headers
    )
    assert proposed.status_code == 201, proposed.text
    item = proposed.json()["agenda"][-1]
    assert item["position"] == 2 and item["proposed_by_association_id"] == str(net["a1"].id)
    outsider = await client.post(url, json={"title": "x"}, headers=net["assoc2"].headers)
    assert_problem(outsider, 404)
    # the organiser closes the agenda: proposals are refused with the cutoff named
    past = (utcnow() - timedelta(minutes=1)).isoformat()
    closed = await client.patch(
        f"{MEETINGS}/{meeting['id']}", json={"agenda_cutoff_at": past}, headers=net["city"].headers
    )
    assert closed.status_code == 200 and closed.json()["sequence"] == 0  # not a time change
    late = await client.post(url, json={"title": "Horaires"}, headers=net["assoc1"].headers)
    body = assert_problem(late, 409)
    assert "cutoff" in body["detail"] and body["agenda_cutoff_at"]
    # the organiser still adds items
    added = await client.post(url, json={"title": "Horaires"}, headers=net["city"].headers)
    assert [a["position"] for a in added.json()["agenda"]] == [1, 2, 3]
    logged = [e.action for e in await audit_events(world, resource_type="meeting")]
    assert logged.count("meeting.agenda_item.create") == 2


async def test_lifecycle_minutes_immutable_once_published_and_revisions(net, client, world):
    future = await new_meeting(client, net["city"])
    body = await move(client, net["city"], future["id"], "held", expect=409)
    assert "started" in body["detail"]
    meeting = await held_meeting(client, net)
    assert meeting["status"] == "held" and meeting["held_at"] and meeting["sequence"] == 1
    first, second = meeting["agenda"]
    item_url = f"{MEETINGS}/{meeting['id']}/agenda-items"
    # minutes are written once held
    planned_item = future["id"]
    draft = await client.patch(
        f"{item_url}/{first['id']}",
        json={"minutes": "La convention est relue."},
        headers=net["city"].headers,
    )
    assert draft.status_code == 200, draft.text
    assert draft.json()["agenda"][0]["minutes"] == "La convention est relue."
    not_yours = await client.patch(
        f"{item_url}/{first['id']}", json={"minutes": "x"}, headers=net["assoc1"].headers
    )
    assert_problem(not_yours, 403)
    decided = await client.post(
        f"{MEETINGS}/{meeting['id']}/decisions",
        json={
            "text": "La convention de prêt est signée par les quatre associations.",
            "agenda_item_id": first["id"],
            "association_ids": [str(net["a1"].id)],
        },
        headers=net["city"].headers,
    )
    assert decided.status_code == 201, decided.text
    assert decided.json()["decisions"][0]["association_ids"] == [str(net["a1"].id)]
    # publishing freezes the minutes as revision 1
    published = await move(client, net["city"], meeting["id"], "minutes_published")
    assert published["minutes_revision"] == 1 and published["minutes_published_at"]
    frozen = await client.patch(
        f"{item_url}/{first['id']}", json={"minutes": "Autre texte."}, headers=net["city"].headers
    )
    assert "revision" in assert_problem(frozen, 409)["detail"]
    late_decision = await client.post(
        f"{MEETINGS}/{meeting['id']}/decisions", json={"text": "x"}, headers=net["city"].headers
    )
    assert_problem(late_decision, 409)
    # a correction is a new revision; the first is kept
    revisions = f"{MEETINGS}/{meeting['id']}/minutes/revisions"
    correction = await client.post(
        revisions,
        json={
            "note": "Correction : charte relue.",
            "items": [{"agenda_item_id": second["id"], "minutes": "La charte est adoptée."}],
        },
        headers=net["city"].headers,
    )
    assert correction.status_code == 201, correction.text
    assert correction.json()["number"] == 2
    unknown = await client.post(
        revisions,
        json={"note": "x", "items": [{"agenda_item_id": planned_item, "minutes": "x"}]},
        headers=net["city"].headers,
    )
    assert_problem(unknown, 422)
    listed = (await client.get(revisions, headers=net["assoc1"].headers)).json()["items"]
    assert [r["number"] for r in listed] == [1, 2]
    assert [i["minutes"] for i in listed[0]["items"]] == ["La convention est relue.", None]
    assert [i["minutes"] for i in listed[1]["items"]] == [
        "La convention est relue.",
        "La charte est adoptée.",
    ]
    read = (await client.get(f"{MEETINGS}/{meeting['id']}", headers=net["city"].headers)).json()
    assert read["minutes_revision"] == 2
    assert read["agenda"][1]["minutes"] == "La charte est adoptée."
    assert await _events(world, meeting["id"]) == [
        "meeting.created",
        "meeting.status_changed",
        "meeting.minutes_published",
        "meeting.status_changed",
        "meeting.minutes_published",
    ]
    assert_problem(
        await client.post(revisions, json={"note": "x", "items": []}, headers=net["city"].headers),
        422,
    )
    # a correction needs published minutes
    other = await held_meeting(client, net)
    early = await client.post(
        f"{MEETINGS}/{other['id']}/minutes/revisions",
        json={"note": "x", "items": [{"agenda_item_id": other["agenda"][0]["id"], "minutes": "y"}]},
        headers=net["city"].headers,
    )
    assert_problem(early, 409)


async def test_cancel_needs_a_reason_and_the_calendar_says_so(net, client, world):
    meeting = await new_meeting(
        client, net["city"], invitees=[{"association_id": str(net["a1"].id)}]
    )
    assert_problem(
        await client.post(
            f"{MEETINGS}/{meeting['id']}/transitions",
            json={"to": "cancelled"},
            headers=net["city"].headers,
        ),
        422,
        "reason",
    )
    refused = await client.post(
        f"{MEETINGS}/{meeting['id']}/transitions",
        json={"to": "cancelled", "reason": "x"},
        headers=net["assoc1"].headers,
    )
    assert_problem(refused, 403)
    cancelled = await move(
        client, net["city"], meeting["id"], "cancelled", reason="Salle indisponible."
    )
    assert cancelled["cancel_reason"] == "Salle indisponible." and cancelled["sequence"] == 1
    ics = await client.get(f"{MEETINGS}/{meeting['id']}.ics", headers=net["assoc1"].headers)
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(ics.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) == 1
    assert "Salle indisponible." in str(event["DESCRIPTION"])
    assert "meeting.status_changed" in await _events(world, meeting["id"])


async def test_icalendar_sequence_bumps_on_time_and_place_changes(net, client, world):
    meeting = await new_meeting(
        client,
        net["city"],
        invitees=[{"association_id": str(net["a1"].id)}],
        agenda=[{"title": "Charte du label"}],
    )
    url = f"{MEETINGS}/{meeting['id']}"

    async def event():
        response = await client.get(f"{url}.ics", headers=net["assoc1"].headers)
        calendar = icalendar.Calendar.from_ical(response.content)
        assert str(calendar["METHOD"]) == "PUBLISH"
        (found,) = calendar.walk("VEVENT")
        return found

    first = await event()
    assert int(first["SEQUENCE"]) == 0 and str(first["STATUS"]) == "CONFIRMED"
    assert str(first["UID"]) == f"meeting-{meeting['id']}@enc-roubaix"
    assert "Charte du label" in str(first["DESCRIPTION"])
    renamed = await client.patch(
        url, json={"title": "Réunion de réseau"}, headers=net["city"].headers
    )
    assert renamed.json()["sequence"] == 0
    moved = await client.patch(
        url, json={"starts_at": at(8), "ends_at": at(8, 2)}, headers=net["city"].headers
    )
    assert moved.status_code == 200 and moved.json()["sequence"] == 1
    placed = await client.patch(
        url, json={"address": "Médiathèque de Roubaix"}, headers=net["city"].headers
    )
    assert placed.json()["sequence"] == 2
    later = await event()
    assert int(later["SEQUENCE"]) == 2 and "Médiathèque" in str(later["LOCATION"])
    assert later.decoded("DTSTART") == moved.json()["starts_at"] or later.decoded("DTSTART")
    assert await _events(world, meeting["id"]) == [
        "meeting.created",
        "meeting.updated",
        "meeting.updated",
    ]
    # the caller's feed: its meetings only
    other = await new_meeting(
        client, net["city"], title="Comité de pilotage", kind="steering_committee"
    )
    feed = await client.get(f"{MEETINGS}.ics", headers=net["assoc1"].headers)
    calendar = icalendar.Calendar.from_ical(feed.content)
    uids = {str(e["UID"]) for e in calendar.walk("VEVENT")}
    assert f"meeting-{meeting['id']}@enc-roubaix" in uids
    assert f"meeting-{other['id']}@enc-roubaix" not in uids
    city_feed = await client.get(f"{MEETINGS}.ics", headers=net["city"].headers)
    assert len(icalendar.Calendar.from_ical(city_feed.content).walk("VEVENT")) == 2


async def test_decisions_listed_across_meetings_by_association_date_and_words(net, client):
    ids = []
    for text, concerned in (
        ("Les imprimantes en panne sont signalées à l'opérateur.", [net["a1"].id]),
        ("Horaires d'ouverture harmonisés le samedi.", [net["a1"].id, net["a2"].id]),
        ("Recrutement de deux animateurs multimédia.", [net["a2"].id]),
    ):
        meeting = await held_meeting(client, net)
        response = await client.post(
            f"{MEETINGS}/{meeting['id']}/decisions",
            json={"text": text, "association_ids": [str(a) for a in concerned]},
            headers=net["city"].headers,
        )
        assert response.status_code == 201, response.text
        ids.append(response.json()["decisions"][0]["id"])
    city = net["city"].headers

    async def listed(headers, **params):
        response = await client.get(DECISIONS, params=params, headers=headers)
        assert response.status_code == 200, response.text
        return [d["id"] for d in response.json()["items"]]

    assert set(await listed(city)) == set(ids)
    assert set(await listed(city, association_id=str(net["a1"].id))) == set(ids[:2])
    assert await listed(city, q="IMPRIMANTES") == [ids[0]]
    assert await listed(city, q="ouverture samedi") == []  # words are matched as typed
    assert await listed(city, q="harmonises") == [ids[1]]  # accents aside
    assert await listed(city, **{"from": at(1)}) == []
    # keyset pages
    first = (await client.get(DECISIONS, params={"limit": 2}, headers=city)).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    rest = await client.get(
        DECISIONS, params={"limit": 2, "cursor": first["next_cursor"]}, headers=city
    )
    assert len(rest.json()["items"]) == 1
    # A2 was not invited: it sees the decisions that concern it, nothing else
    assert set(await listed(net["assoc2"].headers)) == set(ids[1:])
    assert_problem(await client.get(f"{DECISIONS}/{ids[0]}", headers=net["assoc2"].headers), 404)
    one = await client.get(f"{DECISIONS}/{ids[0]}", headers=net["assoc1"].headers)
    assert one.status_code == 200 and one.json()["meeting_title"]
    assert await listed(net["vol1"].headers) == []


async def test_vocabularies_name_the_meeting_codes_in_french(client):
    response = await client.get("/api/v1/vocabularies")
    vocabularies = {v["name"]: v for v in response.json()}
    kinds = {v["code"]: v["label_fr"] for v in vocabularies["meeting_kind"]["values"]}
    assert kinds["steering_committee"] == "Comité de pilotage"
    assert list(kinds) == [
        "network_meeting",
        "steering_committee",
        "working_group",
        "training_day",
        "other",
    ]
    for name in ("meeting_status", "invitation_response", "action_status", "invitee_kind"):
        assert vocabularies[name]["values"], name
    events = {v["code"] for v in vocabularies["webhook_event_type"]["values"]}
    assert {"meeting.created", "meeting.status_changed", "action.created"} <= events


async def test_etags_guard_meeting_changes_and_reorder_the_agenda(net, client):
    meeting = await new_meeting(
        client, net["city"], agenda=[{"title": "Convention de prêt"}, {"title": "Horaires"}]
    )
    url = f"{MEETINGS}/{meeting['id']}"
    read = await client.get(url, headers=net["city"].headers)
    tag = read.headers["ETag"]
    again = await client.get(url, headers={**net["city"].headers, "If-None-Match": tag})
    assert again.status_code == 304
    first, second = meeting["agenda"]
    moved = await client.patch(
        f"{url}/agenda-items/{second['id']}", json={"position": 0}, headers=net["city"].headers
    )
    assert_problem(moved, 422, "position")
    moved = await client.patch(
        f"{url}/agenda-items/{first['id']}", json={"position": 3}, headers=net["city"].headers
    )
    assert [a["title"] for a in moved.json()["agenda"]] == ["Horaires", "Convention de prêt"]
    stale = await client.patch(
        url, json={"title": "Autre titre"}, headers={**net["city"].headers, "If-Match": tag}
    )
    assert_problem(stale, 412)
    fresh = await client.patch(
        url,
        json={"title": "Autre titre"},
        headers={**net["city"].headers, "If-Match": moved.headers["ETag"]},
    )
    assert fresh.status_code == 200 and fresh.json()["title"] == "Autre titre"
