"""Equipment inventory: create, read, filter, update, role scoping, per-space counts, stats."""

import asyncio
import re
import uuid
from datetime import timedelta

import pytest

from app.core.clock import today as paris_today
from tests.documents.signing import sign_agreement

API = "/api/v1"


# ---- helpers shared by the equipment and loan agreement tests -----------------------------------


async def new_item(client, city, **fields) -> dict:
    body = {"kind": "desktop", "funding_source": "assoclic", **fields}
    response = await client.post(f"{API}/equipment", json=body, headers=city.headers)
    assert response.status_code == 201, response.text
    return response.json()


async def new_agreement(client, city, association_id, **fields) -> dict:
    today = paris_today()
    body = {
        "association_id": str(association_id),
        "reference": f"CP-{uuid.uuid4().hex[:12]}",  # unique: a dict's id() can be reused
        "starts_on": (today - timedelta(days=30)).isoformat(),
        "ends_on": (today + timedelta(days=365)).isoformat(),
        **fields,
    }
    response = await client.post(f"{API}/loan-agreements", json=body, headers=city.headers)
    assert response.status_code == 201, response.text
    return response.json()


async def transition(client, who, agreement_id, **body):
    return await client.post(
        f"{API}/loan-agreements/{agreement_id}/transitions", json=body, headers=who.headers
    )


async def active_agreement(client, city, association_id, **fields) -> dict:
    agreement = await new_agreement(client, city, association_id, **fields)
    assert (
        await transition(client, city, agreement["id"], to="pending_signature")
    ).status_code == 200
    await sign_agreement(client, city, agreement)
    response = await transition(
        client, city, agreement["id"], to="active", signed_by="Mme Martin, présidente"
    )
    assert response.status_code == 200, response.text
    return response.json()


async def move(client, who, item_id, **body):
    return await client.post(f"{API}/equipment/{item_id}/movements", json=body, headers=who.headers)


async def placed(client, w) -> dict:
    """One item at each space (s1, s1b, s2) and one in stock, under active agreements."""
    city = w["city"]
    await active_agreement(client, city, w["a1"].id)
    await active_agreement(client, city, w["a2"].id)
    items = {}
    for name in ("s1", "s1b", "s2"):
        item = await new_item(client, city)
        response = await move(client, city, item["id"], kind="allocate", space_id=str(w[name].id))
        assert response.status_code == 201, response.text
        items[name] = item
    items["stock"] = await new_item(client, city)
    return items


# ---- create and read ----------------------------------------------------------------------------


async def test_create_generates_inventory_number_and_reads_back(world, client):
    w = await world.standard()
    city = w["city"]
    item = await new_item(
        client,
        city,
        serial_number="CZC1",
        brand="HP",
        model="ProDesk",
        acquired_on="2024-03-01",
        purchase_value="649.90",
        notes="Lot 1",
    )
    year = paris_today().year
    assert re.fullmatch(rf"ENC-{year}-\d{{5}}", item["inventory_number"])
    assert item["status"] == "in_stock" and item["space_id"] is None
    assert item["purchase_value"] == "649.90"
    assert "allocate" in item["allowed_movements"]
    second = await new_item(client, city)
    assert int(second["inventory_number"][-5:]) == int(item["inventory_number"][-5:]) + 1
    response = await client.get(f"{API}/equipment/{item['id']}", headers=city.headers)
    assert response.status_code == 200 and response.json() == item
    etag = response.headers["etag"]
    cached = await client.get(
        f"{API}/equipment/{item['id']}", headers={**city.headers, "If-None-Match": etag}
    )
    assert cached.status_code == 304


async def test_given_inventory_number_is_kept_and_unique(world, client):
    w = await world.standard()
    city = w["city"]
    item = await new_item(client, city, inventory_number="ville-2019-042")
    assert item["inventory_number"] == "VILLE-2019-042"
    again = await client.post(
        f"{API}/equipment",
        headers=city.headers,
        json={"kind": "laptop", "funding_source": "donation", "inventory_number": "VILLE-2019-042"},
    )
    assert again.status_code == 409 and "VILLE-2019-042" in again.json()["detail"]


async def test_serial_number_unique_when_present(world, client):
    w = await world.standard()
    city = w["city"]
    await new_item(client, city)
    await new_item(client, city)  # two items without serial: fine
    first = await new_item(client, city, serial_number="SN-1")
    dup = await client.post(
        f"{API}/equipment",
        headers=city.headers,
        json={"kind": "desktop", "funding_source": "assoclic", "serial_number": "SN-1"},
    )
    assert dup.status_code == 409 and first["inventory_number"] in dup.json()["detail"]
    other = await new_item(client, city, serial_number="SN-2")
    clash = await client.patch(
        f"{API}/equipment/{other['id']}", headers=city.headers, json={"serial_number": "SN-1"}
    )
    assert clash.status_code == 409


@pytest.mark.commits
async def test_concurrent_creations_get_distinct_numbers(world, client):
    w = await world.standard()
    city = w["city"]
    body = {"kind": "tablet", "funding_source": "city_purchase"}
    responses = await asyncio.gather(
        *(client.post(f"{API}/equipment", json=body, headers=city.headers) for _ in range(6))
    )
    assert [r.status_code for r in responses] == [201] * 6, [r.text for r in responses]
    numbers = {r.json()["inventory_number"] for r in responses}
    assert len(numbers) == 6


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"funding_source": "assoclic"}, "kind"),
        ({"kind": "toaster", "funding_source": "assoclic"}, "kind"),
        ({"kind": "desktop"}, "funding_source"),
        ({"kind": "desktop", "funding_source": "lottery"}, "funding_source"),
        (
            {"kind": "desktop", "funding_source": "assoclic", "inventory_number": ""},
            "inventory_number",
        ),
        (
            {"kind": "desktop", "funding_source": "assoclic", "inventory_number": "A B"},
            "inventory_number",
        ),
        (
            {"kind": "desktop", "funding_source": "assoclic", "inventory_number": "X" * 33},
            "inventory_number",
        ),
        ({"kind": "desktop", "funding_source": "assoclic", "serial_number": ""}, "serial_number"),
        ({"kind": "desktop", "funding_source": "assoclic", "brand": "B" * 101}, "brand"),
        ({"kind": "desktop", "funding_source": "assoclic", "model": ""}, "model"),
        (
            {"kind": "desktop", "funding_source": "assoclic", "acquired_on": "yesterday"},
            "acquired_on",
        ),
        (
            {"kind": "desktop", "funding_source": "assoclic", "purchase_value": "-1"},
            "purchase_value",
        ),
        (
            {"kind": "desktop", "funding_source": "assoclic", "purchase_value": "1.234"},
            "purchase_value",
        ),
        ({"kind": "desktop", "funding_source": "assoclic", "notes": "n" * 5001}, "notes"),
        ({"kind": "desktop", "funding_source": "assoclic", "status": "allocated"}, "status"),
        ({"kind": "desktop", "funding_source": "assoclic", "space_id": "x"}, "space_id"),
    ],
)
async def test_bad_input_names_the_field_and_writes_nothing(world, client, body, field):
    w = await world.standard()
    city = w["city"]
    response = await client.post(f"{API}/equipment", json=body, headers=city.headers)
    assert response.status_code == 422, response.text
    assert any(field in error["loc"] for error in response.json()["errors"])
    listing = await client.get(f"{API}/equipment", headers=city.headers)
    assert listing.json()["items"] == []


async def test_update_fields_and_refusals(world, client):
    w = await world.standard()
    city = w["city"]
    item = await new_item(client, city, brand="HP")
    etag = (await client.get(f"{API}/equipment/{item['id']}", headers=city.headers)).headers["etag"]
    changed = await client.patch(
        f"{API}/equipment/{item['id']}",
        headers=city.headers,
        json={"brand": "Dell", "purchase_value": "10.5"},
    )
    assert changed.status_code == 200 and changed.json()["brand"] == "Dell"
    assert changed.json()["purchase_value"] == "10.50"
    stale = await client.patch(
        f"{API}/equipment/{item['id']}",
        json={"brand": "Lenovo"},
        headers={**city.headers, "If-Match": etag},
    )
    assert stale.status_code == 412
    for body, field in (
        ({"kind": None}, "kind"),
        ({"status": "lost"}, "status"),
        ({"inventory_number": "X-1"}, "inventory_number"),
        ({"funding_source": "gift"}, "funding_source"),
    ):
        bad = await client.patch(f"{API}/equipment/{item['id']}", json=body, headers=city.headers)
        assert bad.status_code == 422 and any(field in e["loc"] for e in bad.json()["errors"])
    retired = await move(client, city, item["id"], kind="retire", reason="HS")
    assert retired.status_code == 201
    late = await client.patch(
        f"{API}/equipment/{item['id']}", json={"brand": "Acer"}, headers=city.headers
    )
    assert late.status_code == 409


# ---- filters ------------------------------------------------------------------------------------


async def test_filters(world, client):
    w = await world.standard()
    city = w["city"]
    items = await placed(client, w)
    printer = await new_item(
        client,
        city,
        kind="printer",
        funding_source="donation",
        brand="Brother",
        model="HL-2350",
        serial_number="BRO-778",
        acquired_on="2018-05-01",
    )
    old = await new_item(
        client, city, kind="laptop", acquired_on="2015-01-10", inventory_number="OLD-1"
    )

    async def ids(**params) -> set[str]:
        response = await client.get(f"{API}/equipment", params=params, headers=city.headers)
        assert response.status_code == 200, response.text
        return {item["id"] for item in response.json()["items"]}

    assert await ids(kind="printer") == {printer["id"]}
    assert await ids(funding_source="donation") == {printer["id"]}
    assert await ids(status="allocated") == {items[s]["id"] for s in ("s1", "s1b", "s2")}
    assert await ids(space_id=str(w["s1"].id)) == {items["s1"]["id"]}
    assert await ids(association_id=str(w["a1"].id)) == {items["s1"]["id"], items["s1b"]["id"]}
    assert await ids(brand="brother") == {printer["id"]}
    assert await ids(model="hl-2350") == {printer["id"]}
    assert await ids(acquired_from="2016-01-01", acquired_to="2019-01-01") == {printer["id"]}
    assert await ids(acquired_to="2016-01-01") == {old["id"]}
    assert await ids(q="bro-7") == {printer["id"]}
    assert await ids(q="old-") == {old["id"]}
    bad = await client.get(f"{API}/equipment", params={"kind": "toaster"}, headers=city.headers)
    assert bad.status_code == 422
    page = await client.get(f"{API}/equipment", params={"limit": 2}, headers=city.headers)
    assert len(page.json()["items"]) == 2 and page.json()["next_cursor"]
    rest = await client.get(
        f"{API}/equipment",
        headers=city.headers,
        params={"limit": 200, "cursor": page.json()["next_cursor"]},
    )
    assert len(rest.json()["items"]) == 4


# ---- roles --------------------------------------------------------------------------------------


async def test_read_scope_matrix(world, client):
    w = await world.standard()
    items = await placed(client, w)
    visible = {
        "city": {"s1", "s1b", "s2", "stock"},
        "assoc1": {"s1", "s1b"},
        "assoc2": {"s2"},
        "vol1": {"s1"},
        "partner": set(),
    }
    for role, expected in visible.items():
        who = w[role]
        listing = await client.get(f"{API}/equipment", headers=who.headers)
        assert listing.status_code == 200
        assert {i["id"] for i in listing.json()["items"]} == {items[n]["id"] for n in expected}
        for name, item in items.items():
            one = await client.get(f"{API}/equipment/{item['id']}", headers=who.headers)
            assert one.status_code == (200 if name in expected else 404), (role, name)
            history = await client.get(
                f"{API}/equipment/{item['id']}/movements", headers=who.headers
            )
            assert history.status_code == (200 if name in expected else 404), (role, name)
            if name in expected and role != "city":
                assert one.json()["allowed_movements"] == []


async def test_write_matrix(world, client):
    w = await world.standard()
    items = await placed(client, w)
    for role in ("assoc1", "assoc2", "vol1", "partner"):
        who = w[role]
        create = await client.post(
            f"{API}/equipment",
            headers=who.headers,
            json={"kind": "desktop", "funding_source": "assoclic"},
        )
        assert create.status_code == 403, role
        for name, item in items.items():
            in_scope = (
                name
                in {"assoc1": {"s1", "s1b"}, "assoc2": {"s2"}, "vol1": {"s1"}, "partner": set()}[
                    role
                ]
            )
            expected = 403 if in_scope else 404
            patch = await client.patch(
                f"{API}/equipment/{item['id']}", json={"brand": "X"}, headers=who.headers
            )
            assert patch.status_code == expected, (role, name)
            moved = await move(client, who, item["id"], kind="return_to_stock")
            assert moved.status_code == expected, (role, name)
    anonymous = await client.get(f"{API}/equipment")
    assert anonymous.status_code == 401


# ---- counts -------------------------------------------------------------------------------------


async def test_space_equipment_summary(world, client):
    w = await world.standard()
    city = w["city"]
    await active_agreement(client, city, w["a1"].id)
    s1 = str(w["s1"].id)
    for kind in ("desktop", "desktop", "laptop", "printer", "screen"):
        item = await new_item(client, city, kind=kind)
        assert (
            await move(client, city, item["id"], kind="allocate", space_id=s1)
        ).status_code == 201
    broken = await new_item(client, city, kind="desktop")
    await move(client, city, broken["id"], kind="allocate", space_id=s1)
    await move(client, city, broken["id"], kind="send_to_repair", reason="écran noir")
    gone = await new_item(client, city, kind="laptop")
    await move(client, city, gone["id"], kind="allocate", space_id=s1)
    await move(client, city, gone["id"], kind="declare_lost", reason="vol")
    response = await client.get(f"{API}/spaces/{s1}/equipment-summary", headers=w["vol1"].headers)
    assert response.status_code == 200, response.text
    summary = response.json()
    assert summary["total"] == 6
    assert summary["operational_workstations"] == 3 and summary["printers"] == 1
    assert summary["by_status"] == {"allocated": 5, "in_repair": 1}
    assert summary["by_kind"] == {"desktop": 3, "laptop": 1, "printer": 1, "screen": 1}
    for role, code in (("city", 200), ("assoc1", 200), ("assoc2", 404), ("partner", 404)):
        got = await client.get(f"{API}/spaces/{s1}/equipment-summary", headers=w[role].headers)
        assert got.status_code == code, role
    other = await client.get(
        f"{API}/spaces/{w['s1b'].id}/equipment-summary", headers=w["vol1"].headers
    )
    assert other.status_code == 404


async def test_equipment_stats(world, client):
    w = await world.standard()
    city = w["city"]
    today = paris_today()
    await active_agreement(client, city, w["a1"].id)
    await active_agreement(client, city, w["a2"].id)
    ages = {
        "new": today - timedelta(days=100),
        "mid": today - timedelta(days=800),
        "old": today.replace(year=today.year - 6),
        "older": today.replace(year=today.year - 9),
    }
    spots = {"new": "s1", "mid": "s1b", "old": "s2", "older": None}
    made = {}
    for name, acquired in ages.items():
        made[name] = await new_item(
            client,
            city,
            acquired_on=acquired.isoformat(),
            kind="printer" if name == "mid" else "desktop",
        )
        if spots[name]:
            await move(
                client, city, made[name]["id"], kind="allocate", space_id=str(w[spots[name]].id)
            )
    await new_item(client, city)  # acquisition date unknown
    retired = await new_item(client, city, acquired_on="2001-01-01")
    await move(client, city, retired["id"], kind="retire", reason="HS")

    response = await client.get(f"{API}/stats/equipment", headers=city.headers)
    assert response.status_code == 200, response.text
    stats = response.json()
    assert stats["older_than_years"] == 5
    assert stats["totals"]["total"] == 6
    assert stats["totals"]["by_status"] == {"allocated": 3, "in_stock": 2, "retired": 1}
    assert stats["at_no_space"]["total"] == 3
    assert stats["age_distribution"] == {
        "under_1": 1,
        "1_to_3": 1,
        "3_to_5": 0,
        "5_plus": 2,
        "unknown": 1,
    }
    assert stats["to_renew_count"] == 2
    assert [i["id"] for i in stats["to_renew"]] == [made["older"]["id"], made["old"]["id"]]
    by_association = {a["association_id"]: a for a in stats["associations"]}
    a1 = by_association[str(w["a1"].id)]
    assert a1["total"] == 2 and a1["by_kind"] == {"desktop": 1, "printer": 1}
    assert {s["space_id"] for s in a1["spaces"]} == {str(w["s1"].id), str(w["s1b"].id)}
    assert by_association[str(w["a2"].id)]["total"] == 1

    eight = await client.get(
        f"{API}/stats/equipment", params={"older_than_years": 8}, headers=city.headers
    )
    assert eight.json()["to_renew_count"] == 1
    bad = await client.get(
        f"{API}/stats/equipment", params={"older_than_years": 0}, headers=city.headers
    )
    assert bad.status_code == 422 and "older_than_years" in bad.json()["errors"][0]["loc"]

    mine = (await client.get(f"{API}/stats/equipment", headers=w["assoc1"].headers)).json()
    assert mine["totals"]["total"] == 2
    assert [a["association_id"] for a in mine["associations"]] == [str(w["a1"].id)]
    assert mine["at_no_space"]["total"] == 0
    nothing = (await client.get(f"{API}/stats/equipment", headers=w["partner"].headers)).json()
    assert nothing["totals"]["total"] == 0 and nothing["associations"] == []


async def test_vocabularies_are_served(client):
    response = await client.get(f"{API}/vocabularies")
    names = {v["name"] for v in response.json()} if response.status_code == 200 else set()
    if not names:  # served as a page by some versions
        names = {v["name"] for v in response.json()["items"]}
    for name in (
        "equipment_kind",
        "equipment_status",
        "funding_source",
        "movement_kind",
        "loan_agreement_status",
        "equipment_age_band",
        "import_mode",
    ):
        assert name in names
