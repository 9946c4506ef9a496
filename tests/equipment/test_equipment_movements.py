"""Movements: each move's rule, the 409s that say why, history, and the concurrent allocation."""

import asyncio
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import update

from app.core.clock import today as paris_today
from app.models.equipment import LoanAgreement
from tests.equipment.test_equipment import API, active_agreement, move, new_agreement, new_item


async def test_full_life_of_an_item(world, client):
    w = await world.standard()
    city = w["city"]
    agreement = await active_agreement(client, city, w["a1"].id)
    item = await new_item(client, city)
    s1, s1b = str(w["s1"].id), str(w["s1b"].id)

    allocated = await move(client, city, item["id"], kind="allocate", space_id=s1)
    assert allocated.status_code == 201, allocated.text
    assert allocated.json()["to_status"] == "allocated"
    assert allocated.json()["loan_agreement_id"] == agreement["id"]
    read = (await client.get(f"{API}/equipment/{item['id']}", headers=city.headers)).json()
    assert read["space_id"] == s1 and read["loan_agreement_id"] == agreement["id"]
    assert set(read["allowed_movements"]) == {
        "transfer",
        "return_to_stock",
        "send_to_repair",
        "declare_lost",
    }

    steps = [
        ({"kind": "transfer", "space_id": s1b}, "allocated", s1b),
        ({"kind": "send_to_repair", "reason": "écran noir"}, "in_repair", s1b),
        ({"kind": "back_from_repair"}, "allocated", s1b),
        ({"kind": "return_to_stock"}, "in_stock", None),
        ({"kind": "declare_lost", "reason": "introuvable"}, "lost", None),
        ({"kind": "return_to_stock", "reason": "retrouvé"}, "in_stock", None),
        ({"kind": "retire", "reason": "hors service"}, "retired", None),
    ]
    for body, status, space in steps:
        response = await move(client, city, item["id"], **body)
        assert response.status_code == 201, (body, response.text)
        read = (await client.get(f"{API}/equipment/{item['id']}", headers=city.headers)).json()
        assert (read["status"], read["space_id"]) == (status, space), body
    assert read["archived_at"] is not None and read["allowed_movements"] == []

    history = await client.get(f"{API}/equipment/{item['id']}/movements", headers=city.headers)
    movements = history.json()["items"]
    assert [m["kind"] for m in movements] == ["allocate"] + [b["kind"] for b, _, _ in steps]
    assert all(m["actor_user_id"] == str(city.id) and m["occurred_at"] for m in movements)
    assert movements[1]["from_space_id"] == s1 and movements[1]["to_space_id"] == s1b
    assert movements[-1]["reason"] == "hors service"
    page = await client.get(
        f"{API}/equipment/{item['id']}/movements", params={"limit": 3}, headers=city.headers
    )
    assert len(page.json()["items"]) == 3 and page.json()["next_cursor"]


@pytest.mark.parametrize(
    ("status_path", "body", "why"),
    [
        ([], {"kind": "transfer", "space_id": "S1"}, "in_stock cannot transfer"),
        ([], {"kind": "back_from_repair"}, "in_stock cannot back from repair"),
        ([], {"kind": "return_to_stock"}, "in_stock cannot return to stock"),
        (["allocate"], {"kind": "allocate", "space_id": "S1B"}, "allocated cannot allocate"),
        (["allocate"], {"kind": "retire", "reason": "x"}, "allocated cannot retire"),
        (["allocate"], {"kind": "transfer", "space_id": "S1"}, "already at"),
        (["retire"], {"kind": "allocate", "space_id": "S1"}, "retired cannot allocate"),
        (["lost"], {"kind": "send_to_repair"}, "lost cannot send to repair"),
    ],
)
async def test_impossible_moves_are_409_saying_why(world, client, status_path, body, why):
    w = await world.standard()
    city = w["city"]
    await active_agreement(client, city, w["a1"].id)
    item = await new_item(client, city)
    for step in status_path:
        prepared = {
            "allocate": {"kind": "allocate", "space_id": str(w["s1"].id)},
            "retire": {"kind": "retire", "reason": "HS"},
            "lost": {"kind": "declare_lost"},
        }[step]
        assert (await move(client, city, item["id"], **prepared)).status_code == 201
    spaces = {"S1": str(w["s1"].id), "S1B": str(w["s1b"].id)}
    if "space_id" in body:
        body = {**body, "space_id": spaces[body["space_id"]]}
    before = (
        await client.get(f"{API}/equipment/{item['id']}/movements", headers=city.headers)
    ).json()["items"]
    response = await move(client, city, item["id"], **body)
    assert response.status_code == 409, response.text
    assert why in response.json()["detail"]
    after = (
        await client.get(f"{API}/equipment/{item['id']}/movements", headers=city.headers)
    ).json()["items"]
    assert after == before


async def test_allocation_needs_an_active_agreement(world, client):
    w = await world.standard()
    city = w["city"]
    item = await new_item(client, city)
    s2 = str(w["s2"].id)
    none = await move(client, city, item["id"], kind="allocate", space_id=s2)
    assert none.status_code == 409 and "no loan agreement in force" in none.json()["detail"]
    await new_agreement(client, city, w["a2"].id, reference="CP-DRAFT")  # a draft is not enough
    draft = await move(client, city, item["id"], kind="allocate", space_id=s2)
    assert draft.status_code == 409
    await active_agreement(client, city, w["a1"].id)  # another association's agreement
    other = await move(client, city, item["id"], kind="allocate", space_id=s2)
    assert other.status_code == 409
    # transfer into an association without an agreement is refused too
    assert (
        await move(client, city, item["id"], kind="allocate", space_id=str(w["s1"].id))
    ).status_code == 201
    transfer = await move(client, city, item["id"], kind="transfer", space_id=s2)
    assert transfer.status_code == 409 and "no loan agreement" in transfer.json()["detail"]


async def test_transfer_joins_the_destination_agreement(world, client):
    w = await world.standard()
    city = w["city"]
    first = await active_agreement(client, city, w["a1"].id)
    second = await active_agreement(client, city, w["a2"].id)
    item = await new_item(client, city)
    await move(client, city, item["id"], kind="allocate", space_id=str(w["s1"].id))
    moved = await move(client, city, item["id"], kind="transfer", space_id=str(w["s2"].id))
    assert moved.status_code == 201 and moved.json()["loan_agreement_id"] == second["id"]
    counts = {
        a["id"]: a["equipment_count"]
        for a in (await client.get(f"{API}/loan-agreements", headers=city.headers)).json()["items"]
    }
    assert counts == {first["id"]: 0, second["id"]: 1}


async def test_closed_space_and_unknown_space(world, client):
    w = await world.standard()
    city = w["city"]
    await active_agreement(client, city, w["a1"].id)
    closed = await world.space(w["a1"].id, status="closed")
    item = await new_item(client, city)
    refused = await move(client, city, item["id"], kind="allocate", space_id=str(closed.id))
    assert refused.status_code == 409 and "closed" in refused.json()["detail"]
    unknown = await move(
        client, city, item["id"], kind="allocate", space_id="00000000-0000-4000-8000-000000000000"
    )
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["loc"] == ["body", "space_id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "teleport"}, "kind"),
        ({}, "kind"),
        ({"kind": "allocate"}, "space_id"),
        ({"kind": "allocate", "space_id": "not-a-uuid"}, "space_id"),
        (
            {"kind": "return_to_stock", "space_id": "00000000-0000-4000-8000-000000000000"},
            "space_id",
        ),
        ({"kind": "retire"}, "reason"),
        ({"kind": "retire", "reason": "   "}, "reason"),
        ({"kind": "declare_lost", "reason": "r" * 5001}, "reason"),
        ({"kind": "declare_lost", "by": "me"}, "by"),
    ],
)
async def test_bad_movement_input_is_422_naming_the_field(world, client, body, field):
    w = await world.standard()
    city = w["city"]
    item = await new_item(client, city)
    response = await move(client, city, item["id"], **body)
    assert response.status_code == 422, response.text
    assert any(field in error["loc"] for error in response.json()["errors"])
    history = await client.get(f"{API}/equipment/{item['id']}/movements", headers=city.headers)
    assert history.json()["items"] == []


@pytest.mark.commits
async def test_two_simultaneous_allocations_exactly_one_wins(world, client):
    w = await world.standard()
    city = w["city"]
    await active_agreement(client, city, w["a1"].id)
    await active_agreement(client, city, w["a2"].id)
    for _ in range(3):
        item = await new_item(client, city)
        responses = await asyncio.gather(
            move(client, city, item["id"], kind="allocate", space_id=str(w["s1"].id)),
            move(client, city, item["id"], kind="allocate", space_id=str(w["s2"].id)),
        )
        codes = sorted(r.status_code for r in responses)
        assert codes == [201, 409], [r.text for r in responses]
        winner = next(r for r in responses if r.status_code == 201).json()
        read = (await client.get(f"{API}/equipment/{item['id']}", headers=city.headers)).json()
        assert read["space_id"] == winner["to_space_id"]
        history = await client.get(f"{API}/equipment/{item['id']}/movements", headers=city.headers)
        assert [m["kind"] for m in history.json()["items"]] == ["allocate"]


async def test_repair_return_goes_to_stock_when_the_agreement_ended(world, client):
    w = await world.standard()
    city = w["city"]
    agreement = await active_agreement(client, city, w["a1"].id)
    item = await new_item(client, city)
    await move(client, city, item["id"], kind="allocate", space_id=str(w["s1"].id))
    await move(client, city, item["id"], kind="send_to_repair")
    async with world.session() as session:
        await session.execute(
            update(LoanAgreement)
            .where(LoanAgreement.id == uuid.UUID(agreement["id"]))
            .values(
                starts_on=paris_today() - timedelta(days=60),
                ends_on=paris_today() - timedelta(days=1),
            )
        )
        await session.commit()
    back = await move(client, city, item["id"], kind="back_from_repair")
    assert back.status_code == 201 and back.json()["to_status"] == "in_stock"
    assert back.json()["to_space_id"] is None


async def test_a_movement_by_another_role_is_403_and_an_impossible_one_409(world, client):
    w = await world.standard()
    city = w["city"]
    await active_agreement(client, city, w["a1"].id)
    item = await new_item(client, city)
    assert (
        await move(client, city, item["id"], kind="allocate", space_id=str(w["s1"].id))
    ).status_code == 201
    # the association sees the item at its space; moving it is the city's
    refused = await move(client, w["assoc1"], item["id"], kind="return_to_stock")
    assert refused.status_code == 403, refused.text
    missing = await move(client, city, item["id"], kind="retire", reason="HS")
    assert missing.status_code == 409, missing.text
    assert missing.json()["allowed_movements"] == [
        "transfer",
        "return_to_stock",
        "send_to_repair",
        "declare_lost",
    ]
    unreasoned = await move(client, city, item["id"], kind="declare_lost")
    assert unreasoned.status_code == 201  # declaring lost needs no reason
    no_reason = await move(client, city, item["id"], kind="retire")
    assert no_reason.status_code == 422 and no_reason.json()["errors"][0]["loc"] == [
        "body",
        "reason",
    ]
