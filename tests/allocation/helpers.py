"""Shared steps of the allocation tests: a request approved by the city, items in stock."""

from tests.equipment.test_equipment import API, new_item

REQUESTS = f"{API}/equipment-requests"
PLANS = f"{API}/allocation-plans"


async def ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


async def ask(client, member, space_id, kind="desktop", quantity=2, **extra) -> dict:
    body = {
        "space_id": str(space_id),
        "kind": kind,
        "quantity": quantity,
        "justification": "Atelier CAF du mardi : file d'attente.",
        **extra,
    }
    return await ok(await client.post(REQUESTS, json=body, headers=member.headers), 201)


async def review(client, who, request_id, to, status=200, **body) -> dict:
    response = await client.post(
        f"{REQUESTS}/{request_id}/transitions", json={"to": to, **body}, headers=who.headers
    )
    return await ok(response, status)


async def approved(client, city, member, space_id, quantity=2, approve=None, **extra) -> dict:
    request = await ask(client, member, space_id, quantity=quantity, **extra)
    body = {"approved_quantity": approve} if approve else {}
    return await review(client, city, request["id"], "approved", **body)


async def stock(client, city, n, kind="desktop", funding_source="assoclic") -> list[dict]:
    return [
        await new_item(client, city, kind=kind, funding_source=funding_source) for _ in range(n)
    ]


async def plan(client, city, lines, status=201, **extra) -> dict:
    body = {"title": "Affectation ASSOCLIC", "lines": lines, **extra}
    return await ok(await client.post(PLANS, json=body, headers=city.headers), status)


async def execute(client, who, plan_id):
    return await client.post(f"{PLANS}/{plan_id}/execute", headers=who.headers)
