"""What the subscriptions tests share: a network with opening hours, and subscriptions made
through the API."""

from datetime import timedelta

from app.core.clock import today

API = "/api/v1"
SUBSCRIPTIONS = f"{API}/subscriptions"
STATS = f"{API}/stats/subscriptions"
HOURS = [
    {"weekday": "monday", "opens": "14:00", "closes": "18:00"},
    {"weekday": "tuesday", "opens": "09:00", "closes": "12:00"},
]  # 7 hours a week
INTERNET = {
    "kind": "internet",
    "provider": "Numericable",
    "offer": "Box pro 100 Mbit/s",
    "connection_type": "cable",
    "advertised_down_kbps": 100000,
    "advertised_up_kbps": 5000,
    "monthly_cost_excl_vat_cents": 2900,
    "monthly_cost_incl_vat_cents": 3480,
    "payer": "city",
}


def day(offset: int) -> str:
    return (today() + timedelta(days=offset)).isoformat()


async def ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


async def subscribe(client, account, space_id, expect: int = 201, **fields) -> dict:
    body = {**INTERNET, "started_on": day(-400), **fields}
    body = {k: v for k, v in body.items() if v is not None}
    response = await client.post(
        f"{API}/spaces/{space_id}/subscriptions", json=body, headers=account.headers
    )
    return await ok(response, expect)
