"""Loan agreements: lifecycle, automatic end, 409s naming allocated items, roles, bad input."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import update

from app.core.clock import today as paris_today
from app.models.equipment import LoanAgreement
from tests.documents.signing import sign_agreement
from tests.equipment.test_equipment import (
    API,
    active_agreement,
    move,
    new_agreement,
    new_item,
    transition,
)


async def _backdate(world, agreement_id: str, ends_ago_days: int = 1) -> None:
    async with world.session() as session:
        await session.execute(
            update(LoanAgreement)
            .where(LoanAgreement.id == uuid.UUID(agreement_id))
            .values(
                starts_on=paris_today() - timedelta(days=400),
                ends_on=paris_today() - timedelta(days=ends_ago_days),
            )
        )
        await session.commit()


async def test_lifecycle_to_active_then_terminated(world, client):
    w = await world.standard()
    city = w["city"]
    agreement = await new_agreement(client, city, w["a1"].id, reference="CP-2026-001")
    assert agreement["status"] == "draft"
    assert agreement["allowed_transitions"] == ["pending_signature"]
    sent = await transition(client, city, agreement["id"], to="pending_signature")
    assert sent.json()["allowed_transitions"] == ["draft", "active", "declined"]
    unsigned = await transition(client, city, agreement["id"], to="active")
    assert unsigned.status_code == 409 and "sign" in unsigned.json()["detail"]
    await sign_agreement(client, city, agreement)
    signed = await transition(
        client,
        city,
        agreement["id"],
        to="active",
        signed_by="M. Dupont",
        signed_on=paris_today().isoformat(),
    )
    assert signed.status_code == 200, signed.text
    body = signed.json()
    assert body["status"] == "active" and body["signed_by"] == "M. Dupont"
    assert body["signed_on"] == paris_today().isoformat()
    no_reason = await transition(client, city, agreement["id"], to="terminated")
    assert no_reason.status_code == 422 and "reason" in no_reason.json()["detail"]
    early_end = await transition(client, city, agreement["id"], to="ended")
    assert early_end.status_code == 409 and "terminate" in early_end.json()["detail"]
    done = await transition(
        client, city, agreement["id"], to="terminated", reason="Fermeture de l'ENC"
    )
    assert done.status_code == 200
    assert done.json()["status"] == "terminated" and done.json()["reason"] == "Fermeture de l'ENC"
    assert done.json()["terminated_on"] == paris_today().isoformat()
    assert done.json()["allowed_transitions"] == []
    again = await transition(client, city, agreement["id"], to="active", signed_by="x")
    assert again.status_code == 409 and again.json()["allowed_transitions"] == []


async def test_declined_from_pending_with_reason(world, client):
    w = await world.standard()
    city = w["city"]
    agreement = await new_agreement(client, city, w["a1"].id)
    early = await transition(client, city, agreement["id"], to="declined", reason="non")
    assert early.status_code == 409
    await transition(client, city, agreement["id"], to="pending_signature")
    declined = await transition(
        client, city, agreement["id"], to="declined", reason="Le bureau refuse"
    )
    assert declined.status_code == 200 and declined.json()["status"] == "declined"


async def test_ends_by_itself_at_its_end_date(world, client):
    w = await world.standard()
    city = w["city"]
    agreement = await active_agreement(client, city, w["a1"].id, reference="CP-OLD")
    current = await active_agreement(client, city, w["a2"].id, reference="CP-NOW")
    await _backdate(world, agreement["id"])
    read = (
        await client.get(f"{API}/loan-agreements/{agreement['id']}", headers=city.headers)
    ).json()
    assert read["status"] == "ended" and read["allowed_transitions"] == []

    async def refs(**params) -> set[str]:
        response = await client.get(f"{API}/loan-agreements", params=params, headers=city.headers)
        assert response.status_code == 200, response.text
        return {a["reference"] for a in response.json()["items"]}

    assert await refs(status="ended") == {"CP-OLD"}
    assert await refs(status="active") == {"CP-NOW"}
    assert await refs(active_on=paris_today().isoformat()) == {"CP-NOW"}
    assert await refs(association_id=str(w["a1"].id)) == {"CP-OLD"}
    assert await refs(q="now") == {"CP-NOW"}
    assert current["status"] == "active"
    item = await new_item(client, city)
    refused = await move(client, city, item["id"], kind="allocate", space_id=str(w["s1"].id))
    assert refused.status_code == 409 and "no loan agreement in force" in refused.json()["detail"]


async def test_end_on_its_last_day_is_allowed(world, client):
    w = await world.standard()
    city = w["city"]
    agreement = await active_agreement(client, city, w["a1"].id)
    await _backdate(world, agreement["id"], ends_ago_days=0)
    ended = await transition(client, city, agreement["id"], to="ended")
    assert ended.status_code == 200 and ended.json()["status"] == "ended"


@pytest.mark.parametrize("target", ["terminated", "ended"])
async def test_ending_with_equipment_allocated_is_409_naming_items(world, client, target):
    w = await world.standard()
    city = w["city"]
    agreement = await active_agreement(client, city, w["a1"].id)
    items = [await new_item(client, city, inventory_number=f"INV-{n}") for n in (1, 2, 3)]
    for item in items:
        await move(client, city, item["id"], kind="allocate", space_id=str(w["s1"].id))
    await move(client, city, items[1]["id"], kind="send_to_repair")
    await move(client, city, items[2]["id"], kind="return_to_stock")
    if target == "ended":
        await _backdate(world, agreement["id"], ends_ago_days=0)
    refused = await transition(client, city, agreement["id"], to=target, reason="fin")
    assert refused.status_code == 409, refused.text
    assert refused.json()["equipment"] == ["INV-1", "INV-2"]
    assert "INV-1" in refused.json()["detail"] and "INV-3" not in refused.json()["detail"]
    covered = await client.get(
        f"{API}/loan-agreements/{agreement['id']}/equipment", headers=city.headers
    )
    assert {i["inventory_number"] for i in covered.json()["items"]} == {"INV-1", "INV-2"}
    assert (
        await client.get(f"{API}/loan-agreements/{agreement['id']}", headers=city.headers)
    ).json()["equipment_count"] == 2
    await move(client, city, items[0]["id"], kind="return_to_stock")
    await move(client, city, items[1]["id"], kind="back_from_repair")
    await move(client, city, items[1]["id"], kind="return_to_stock")
    done = await transition(client, city, agreement["id"], to=target, reason="fin")
    assert done.status_code == 200, done.text


async def test_one_agreement_in_force_per_association(world, client):
    w = await world.standard()
    city = w["city"]
    await active_agreement(client, city, w["a1"].id, reference="CP-A")
    second = await new_agreement(client, city, w["a1"].id, reference="CP-B")
    await transition(client, city, second["id"], to="pending_signature")
    clash = await transition(client, city, second["id"], to="active", signed_by="X")
    assert clash.status_code == 409 and "CP-A" in clash.json()["detail"]


async def test_update_only_in_draft_and_reference_unique(world, client):
    w = await world.standard()
    city = w["city"]
    agreement = await new_agreement(client, city, w["a1"].id, reference="CP-1")
    await new_agreement(client, city, w["a1"].id, reference="CP-2")
    url = f"{API}/loan-agreements/{agreement['id']}"
    changed = await client.patch(
        url, json={"ends_on": "2040-01-01", "notes": "n"}, headers=city.headers
    )
    assert changed.status_code == 200 and changed.json()["ends_on"] == "2040-01-01"
    dup = await client.patch(url, json={"reference": "CP-2"}, headers=city.headers)
    assert dup.status_code == 409
    dup_create = await client.post(
        f"{API}/loan-agreements",
        headers=city.headers,
        json={
            "association_id": str(w["a1"].id),
            "reference": "CP-2",
            "starts_on": "2026-01-01",
            "ends_on": "2027-01-01",
        },
    )
    assert dup_create.status_code == 409
    backwards = await client.patch(url, json={"ends_on": "2000-01-01"}, headers=city.headers)
    assert backwards.status_code == 422 and "ends_on" in backwards.json()["errors"][0]["loc"]
    await transition(client, city, agreement["id"], to="pending_signature")
    frozen = await client.patch(url, json={"ends_on": "2041-01-01"}, headers=city.headers)
    assert frozen.status_code == 409
    notes = await client.patch(url, json={"notes": "signature prévue lundi"}, headers=city.headers)
    assert notes.status_code == 200


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"association_id": None}, "association_id"),
        ({"association_id": "nope"}, "association_id"),
        ({"association_id": "00000000-0000-4000-8000-000000000000"}, "association_id"),
        ({"reference": ""}, "reference"),
        ({"reference": "R" * 65}, "reference"),
        ({"starts_on": "soon"}, "starts_on"),
        ({"ends_on": "2020-01-01"}, "ends_on"),
        ({"notes": "n" * 5001}, "notes"),
        ({"status": "active"}, "status"),
    ],
)
async def test_bad_agreement_input(world, client, change, field):
    w = await world.standard()
    city = w["city"]
    body = {
        "association_id": str(w["a1"].id),
        "reference": "CP-X",
        "starts_on": "2026-01-01",
        "ends_on": "2027-01-01",
        **change,
    }
    body = {k: v for k, v in body.items() if v is not None}
    response = await client.post(f"{API}/loan-agreements", json=body, headers=city.headers)
    assert response.status_code == 422, response.text
    errors = response.json()["errors"]
    assert any(field in e["loc"] or field in e["msg"] for e in errors), errors
    assert (await client.get(f"{API}/loan-agreements", headers=city.headers)).json()["items"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"to": "signed"}, "to"),
        ({}, "to"),
        ({"to": "active", "signed_on": "x"}, "signed_on"),
        ({"to": "active", "signed_by": ""}, "signed_by"),
    ],
)
async def test_bad_transition_input(world, client, body, field):
    w = await world.standard()
    city = w["city"]
    agreement = await new_agreement(client, city, w["a1"].id)
    response = await transition(client, city, agreement["id"], **body)
    assert response.status_code == 422 and any(field in e["loc"] for e in response.json()["errors"])


async def test_role_matrix(world, client):
    w = await world.standard()
    city = w["city"]
    mine = await active_agreement(client, city, w["a1"].id, reference="CP-A1")
    theirs = await new_agreement(client, city, w["a2"].id, reference="CP-A2")
    visible = {
        "city": {"CP-A1", "CP-A2"},
        "assoc1": {"CP-A1"},
        "vol1": {"CP-A1"},
        "assoc2": {"CP-A2"},
        "partner": set(),
    }
    for role, expected in visible.items():
        who = w[role]
        listing = await client.get(f"{API}/loan-agreements", headers=who.headers)
        assert {a["reference"] for a in listing.json()["items"]} == expected, role
        for agreement in (mine, theirs):
            in_scope = agreement["reference"] in expected
            one = await client.get(f"{API}/loan-agreements/{agreement['id']}", headers=who.headers)
            assert one.status_code == (200 if in_scope else 404), (role, agreement["reference"])
            covered = await client.get(
                f"{API}/loan-agreements/{agreement['id']}/equipment", headers=who.headers
            )
            assert covered.status_code == (200 if in_scope else 404)
            if role == "city":
                continue
            if in_scope:
                assert one.json()["allowed_transitions"] == []
            write = 403 if in_scope else 404
            moved = await transition(client, who, agreement["id"], to="terminated", reason="x")
            assert moved.status_code == write, (role, agreement["reference"])
            patched = await client.patch(
                f"{API}/loan-agreements/{agreement['id']}", json={"notes": "x"}, headers=who.headers
            )
            assert patched.status_code == write
        if role == "city":
            continue
        created = await client.post(
            f"{API}/loan-agreements",
            headers=who.headers,
            json={
                "association_id": str(w["a1"].id),
                "reference": f"CP-{role}",
                "starts_on": "2026-01-01",
                "ends_on": "2027-01-01",
            },
        )
        assert created.status_code == 403, role


async def test_a_move_for_the_city_only_is_403_and_no_move_is_409(world, client):
    w = await world.standard()
    city = w["city"]
    agreement = await new_agreement(client, city, w["a1"].id)
    refused = await transition(client, w["assoc1"], agreement["id"], to="pending_signature")
    assert refused.status_code == 403, refused.text
    missing = await transition(client, city, agreement["id"], to="active", signed_by="M. Dupont")
    assert missing.status_code == 409, missing.text
    assert missing.json()["allowed_transitions"] == ["pending_signature"]
