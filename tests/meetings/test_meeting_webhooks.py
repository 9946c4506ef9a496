"""meeting.* and action.* events reach a subscriber through the outbox, signed (Standard
Webhooks), like the other domains' events."""

import pytest
from standardwebhooks.webhooks import Webhook

from app.services.webhooks.dispatcher import Dispatcher
from tests.meetings.helpers import ACTIONS, move, new_meeting
from tests.webhooks.test_webhooks import Receiver, _drain, _subscribe, hook_settings  # noqa: F401

EVENTS = ("meeting.created", "meeting.updated", "meeting.status_changed", "action.created")


# The dispatcher delivers from its own sessions, concurrently: real commits.
@pytest.mark.commits
async def test_meeting_and_action_events_are_delivered(net, client, world, hook_settings):  # noqa: F811
    async with Receiver() as receiver:
        created = await _subscribe(world, client, receiver.url, events=EVENTS)
        meeting = await new_meeting(client, net["city"], days=-1)
        await move(client, net["city"], meeting["id"], "held")
        response = await client.post(
            ACTIONS,
            json={"title": "Relire la charte", "owner_association_id": str(net["a1"].id)},
            headers=net["city"].headers,
        )
        assert response.status_code == 201
        await _drain(Dispatcher(world.app.state.sessionmaker, hook_settings))
    verifier = Webhook(created["secret"])
    for headers, body in receiver.received:
        verifier.verify(body, headers)
    # delivery order is kept per resource (the outbox's sequence), not across resources
    got = [(e["type"], e["data"]["id"], e["data"].get("status")) for e in receiver.accepted]
    assert [g for g in got if g[1] == meeting["id"]] == [
        ("meeting.created", meeting["id"], "planned"),
        ("meeting.status_changed", meeting["id"], "held"),
    ]
    assert [g for g in got if g[1] != meeting["id"]] == [
        ("action.created", response.json()["id"], "open")
    ]
