"""What the meetings tests share: a network with accounts, and a meeting made through the API."""

from datetime import timedelta

from app.core.clock import utcnow

API = "/api/v1"
MEETINGS = f"{API}/meetings"
ACTIONS = f"{API}/actions"
DECISIONS = f"{API}/decisions"


def at(days: float = 7, hours: float = 0) -> str:
    return (utcnow() + timedelta(days=days, hours=hours)).replace(microsecond=0).isoformat()


async def new_meeting(client, account, *, expect=201, days: float = 7, **overrides) -> dict:
    body = {
        "title": "Réunion du réseau des ENC",
        "kind": "network_meeting",
        "starts_at": at(days),
        "ends_at": at(days, 2),
        "address": "Hôtel de ville, Grand-Place, Roubaix",
        **overrides,
    }
    body = {k: v for k, v in body.items() if v is not None}
    response = await client.post(MEETINGS, json=body, headers=account.headers)
    assert response.status_code == expect, response.text
    return response.json()


async def move(client, account, meeting_id: str, to: str, expect=200, **extra) -> dict:
    response = await client.post(
        f"{MEETINGS}/{meeting_id}/transitions", json={"to": to, **extra}, headers=account.headers
    )
    assert response.status_code == expect, response.text
    return response.json()


async def held_meeting(client, net, **overrides) -> dict:
    """A network meeting of yesterday inviting A1, with two agenda items, held."""
    meeting = await new_meeting(
        client,
        net["city"],
        days=-1,
        invitees=[{"association_id": str(net["a1"].id)}],
        agenda=[{"title": "Convention de prêt"}, {"title": "Charte du label"}],
        **overrides,
    )
    return await move(client, net["city"], meeting["id"], "held")
