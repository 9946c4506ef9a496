"""Follow-up actions: from a decision or free-standing, owners and scoping (404), the lifecycle,
`overdue` computed in SQL (and filterable), comments, the next meeting's follow-up computed on
read, outbox events, and the figures the network review reads."""

import uuid
from datetime import date, timedelta

from sqlalchemy import select, update

from app.core.clock import today
from app.models.meeting import FollowUpAction
from app.models.outbox import OutboxEvent
from app.services.meetings.review import meetings_review
from tests.helpers_access import assert_problem, audit_events
from tests.meetings.helpers import ACTIONS, MEETINGS, held_meeting, move, new_meeting


async def new_action(client, account, *, expect=201, **body) -> dict:
    response = await client.post(ACTIONS, json={"title": "Action", **body}, headers=account.headers)
    assert response.status_code == expect, response.text
    return response.json()


async def decision_of(client, net) -> tuple[dict, str]:
    meeting = await held_meeting(client, net)
    response = await client.post(
        f"{MEETINGS}/{meeting['id']}/decisions",
        json={"text": "Recruter des animateurs.", "association_ids": [str(net["a1"].id)]},
        headers=net["city"].headers,
    )
    return meeting, response.json()["decisions"][0]["id"]


async def test_action_from_a_decision_owned_by_an_association(net, client, world):
    meeting, decision_id = await decision_of(client, net)
    action = await new_action(
        client,
        net["city"],
        title="Recruter deux animateurs",
        decision_id=decision_id,
        owner_association_id=str(net["a1"].id),
        due_on=str(today() + timedelta(days=30)),
    )
    assert action["meeting_id"] == meeting["id"] and action["status"] == "open"
    assert action["overdue"] is False
    assert action["allowed_transitions"] == ["in_progress", "done", "dropped"]
    url = f"{ACTIONS}/{action['id']}"
    for who in ("assoc2", "vol1", "partner"):
        assert_problem(await client.get(url, headers=net[who].headers), 404)
    own = await client.get(url, headers=net["assoc1"].headers)
    assert own.status_code == 200
    # the owner's association moves it on and comments
    started = await client.post(
        f"{url}/transitions", json={"to": "in_progress"}, headers=net["assoc1"].headers
    )
    assert started.status_code == 200 and started.json()["status"] == "in_progress"
    assert_problem(
        await client.post(
            f"{url}/transitions", json={"to": "dropped"}, headers=net["city"].headers
        ),
        422,
        "reason",
    )
    noted = await client.post(
        f"{url}/comments", json={"body": "Fiche de poste envoyée."}, headers=net["assoc1"].headers
    )
    assert noted.status_code == 201
    comments = await client.get(f"{url}/comments", headers=net["city"].headers)
    assert [c["body"] for c in comments.json()["items"]] == ["Fiche de poste envoyée."]
    done = await client.post(
        f"{url}/transitions", json={"to": "done"}, headers=net["assoc1"].headers
    )
    assert done.json()["status"] == "done" and done.json()["done_at"]
    assert done.json()["allowed_transitions"] == []
    again = await client.post(
        f"{url}/transitions", json={"to": "open"}, headers=net["city"].headers
    )
    assert_problem(again, 409)
    assert_problem(await client.patch(url, json={"title": "x"}, headers=net["city"].headers), 409)
    async with world.session() as session:
        events = (
            await session.execute(
                select(OutboxEvent.event_type)
                .where(OutboxEvent.resource_id == action["id"])
                .order_by(OutboxEvent.sequence)
            )
        ).scalars()
        assert list(events) == ["action.created", "action.status_changed", "action.status_changed"]
    logged = [e.action for e in await audit_events(world, resource_type="action")]
    assert logged == ["action.create", "action.transition", "action.comment", "action.transition"]


async def test_owners_and_who_may_create(net, client):
    # a volunteer's action: its association is answerable; it sees its own actions
    mine = await new_action(client, net["city"], owner_user_id=str(net["vol1"].id))
    assert mine["owner_association_id"] == str(net["a1"].id)
    assert (
        await client.get(f"{ACTIONS}/{mine['id']}", headers=net["vol1"].headers)
    ).status_code == 200
    moved = await client.post(
        f"{ACTIONS}/{mine['id']}/transitions",
        json={"to": "in_progress"},
        headers=net["vol1"].headers,
    )
    assert moved.status_code == 200
    listed = await client.get(ACTIONS, headers=net["vol1"].headers)
    assert [a["id"] for a in listed.json()["items"]] == [mine["id"]]
    # an association gives actions to itself or its members; another's is an unknown reference
    await new_action(client, net["assoc1"], owner_user_id=str(net["vol1"].id))
    await new_action(client, net["assoc1"], owner_association_id=str(net["a2"].id), expect=422)
    await new_action(client, net["assoc2"], owner_user_id=str(net["vol1"].id), expect=422)
    await new_action(client, net["vol1"], owner_user_id=str(net["vol1"].id), expect=403)
    await new_action(client, net["city"], expect=422)  # no owner
    # a decision the caller cannot see is unknown too
    _, decision_id = await decision_of(client, net)
    await new_action(
        client,
        net["assoc2"],
        decision_id=decision_id,
        owner_association_id=str(net["a2"].id),
        expect=422,
    )


async def test_overdue_is_computed_in_sql_and_filterable(net, client, world):
    yesterday, later = today() - timedelta(days=1), today() + timedelta(days=5)
    late = await new_action(
        client, net["city"], owner_association_id=str(net["a1"].id), due_on=str(yesterday)
    )
    on_time = await new_action(
        client, net["city"], owner_association_id=str(net["a1"].id), due_on=str(later)
    )
    undated = await new_action(client, net["city"], owner_association_id=str(net["a1"].id))
    assert late["overdue"] is True and on_time["overdue"] is False and undated["overdue"] is False

    async def ids(**params):
        response = await client.get(ACTIONS, params=params, headers=net["assoc1"].headers)
        return {a["id"] for a in response.json()["items"]}

    assert await ids(overdue="true") == {late["id"]}
    assert await ids(overdue="false") == {on_time["id"], undated["id"]}
    # the date moves in the database, not in a copy: the flag follows
    async with world.session() as session:
        await session.execute(
            update(FollowUpAction)
            .where(FollowUpAction.id == uuid.UUID(on_time["id"]))
            .values(due_on=date(2020, 1, 1))
        )
        await session.commit()
    assert await ids(overdue="true") == {late["id"], on_time["id"]}
    # done is never overdue
    await client.post(
        f"{ACTIONS}/{late['id']}/transitions", json={"to": "done"}, headers=net["city"].headers
    )
    assert await ids(overdue="true") == {on_time["id"]}


async def test_next_meeting_shows_open_actions_of_its_invitees(net, client):
    meeting = await new_meeting(
        client,
        net["city"],
        invitees=[{"association_id": str(net["a1"].id)}, {"partner_id": str(net["trainer"].id)}],
    )
    url = f"{MEETINGS}/{meeting['id']}"
    assert meeting["follow_up"] == []
    late = await new_action(
        client,
        net["city"],
        title="Signer la convention",
        owner_association_id=str(net["a1"].id),
        due_on=str(today() - timedelta(days=3)),
    )
    member = await new_action(
        client, net["city"], title="Relire", owner_user_id=str(net["vol1"].id)
    )
    trainer = await new_action(
        client, net["city"], title="Planifier", owner_user_id=str(net["anis"].id)
    )
    elsewhere = await new_action(client, net["city"], owner_association_id=str(net["a2"].id))
    read = (await client.get(url, headers=net["assoc1"].headers)).json()
    shown = [(f["id"], f["overdue"]) for f in read["follow_up"]]
    assert shown[0] == (late["id"], True)  # overdue first
    assert {i for i, _ in shown} == {late["id"], member["id"], trainer["id"]}
    assert elsewhere["id"] not in {i for i, _ in shown}
    # computed on read: an action done leaves the agenda
    await client.post(
        f"{ACTIONS}/{late['id']}/transitions", json={"to": "done"}, headers=net["city"].headers
    )
    read = (await client.get(url, headers=net["assoc1"].headers)).json()
    assert late["id"] not in {f["id"] for f in read["follow_up"]}
    # a meeting no longer planned shows none
    cancelled = await move(client, net["city"], meeting["id"], "cancelled", reason="Reportée.")
    assert cancelled["follow_up"] == []


async def test_meetings_review_counts_the_year(net, client, world):
    year = today().year
    meeting, decision_id = await decision_of(client, net)
    await move(client, net["city"], meeting["id"], "minutes_published")
    cancelled = await new_meeting(client, net["city"], days=3)
    await move(client, net["city"], cancelled["id"], "cancelled", reason="Reportée.")
    done = await new_action(
        client, net["city"], decision_id=decision_id, owner_association_id=str(net["a1"].id)
    )
    await client.post(
        f"{ACTIONS}/{done['id']}/transitions", json={"to": "done"}, headers=net["city"].headers
    )
    await new_action(
        client,
        net["city"],
        owner_association_id=str(net["a1"].id),
        due_on=str(today() - timedelta(days=1)),
    )
    await new_action(client, net["city"], owner_association_id=str(net["a2"].id))
    month = (today() - timedelta(days=1)).month
    async with world.session() as session:
        network = await meetings_review(session, None, year)
        a1 = await meetings_review(session, {net["a1"].id}, year)
        a2 = await meetings_review(session, {net["a2"].id}, year)
    held_year = (today() - timedelta(days=1)).year
    if held_year == year:
        assert [(h.kind, h.month, h.count) for h in network.meetings_held] == [
            ("network_meeting", month, 1)
        ]
        assert network.meetings_held_total == 1 and network.decisions == 1
        assert a1.meetings_held_total == 1 and a1.decisions == 1
    assert (network.actions_done, network.actions_open, network.actions_overdue) == (1, 2, 1)
    assert (a1.actions_done, a1.actions_open, a1.actions_overdue) == (1, 1, 1)
    assert (a2.meetings_held_total, a2.decisions, a2.actions_open, a2.actions_overdue) == (
        0,
        0,
        1,
        0,
    )
    assert network.year == year
