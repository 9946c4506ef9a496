"""Bulk import: every row checked first, all-or-nothing, partial, dry run, idempotent."""

import json

import pytest

from tests.equipment.test_equipment import API, new_item, placed
from tests.helpers_access import key_headers, make_key

# An import commits for real: its staging table lives until COMMIT (ON COMMIT DROP), and
# several imports run in one test.
pytestmark = pytest.mark.commits

CSV = "text/csv"
NDJSON = "application/x-ndjson"
GOOD_CSV = (
    "inventory_number,kind,funding_source,serial_number,brand,model,acquired_on,purchase_value\n"
    "ENC-2025-00001,desktop,assoclic,CZC1,HP,ProDesk,2025-09-15,649.00\n"
    "ENC-2025-00002,printer,city_purchase,,Brother,HL-2350,2025-10-02,\n"
    "ENC-2025-00003,laptop,donation,,,,,\n"
)


async def _import(client, who, body: str, content_type: str = CSV, **params):
    return await client.post(
        f"{API}/equipment/import",
        content=body.encode(),
        params=params,
        headers={**who.headers, "Content-Type": content_type},
    )


async def _inventory(client, city) -> dict[str, dict]:
    response = await client.get(f"{API}/equipment", params={"limit": 200}, headers=city.headers)
    return {item["inventory_number"]: item for item in response.json()["items"]}


async def test_csv_import_is_idempotent(world, client):
    w = await world.standard()
    city = w["city"]
    first = await _import(client, city, GOOD_CSV)
    assert first.status_code == 200, first.text
    assert first.json() | {"errors": []} == {
        "mode": "all_or_nothing",
        "dry_run": False,
        "total_rows": 3,
        "valid_rows": 3,
        "invalid_rows": 0,
        "created": 3,
        "updated": 0,
        "unchanged": 0,
        "errors": [],
    }
    stored = await _inventory(client, city)
    assert stored["ENC-2025-00001"]["purchase_value"] == "649.00"
    assert stored["ENC-2025-00001"]["status"] == "in_stock"
    assert stored["ENC-2025-00002"]["serial_number"] is None
    again = await _import(client, city, GOOD_CSV)
    assert (again.json()["created"], again.json()["updated"], again.json()["unchanged"]) == (
        0,
        0,
        3,
    )
    assert await _inventory(client, city) == stored
    changed = GOOD_CSV.replace("HP,ProDesk", "HP,EliteDesk")
    third = await _import(client, city, changed)
    assert (third.json()["created"], third.json()["updated"], third.json()["unchanged"]) == (
        0,
        1,
        2,
    )
    assert (await _inventory(client, city))["ENC-2025-00001"]["model"] == "EliteDesk"
    # the next generated number follows the imported ones of that year
    generated = await new_item(client, city, inventory_number=None)
    assert generated["inventory_number"].startswith("ENC-")


async def test_ndjson_import(world, client):
    w = await world.standard()
    city = w["city"]
    lines = (
        "\n".join(
            json.dumps(row)
            for row in [
                {"inventory_number": "N-1", "kind": "tablet", "funding_source": "assoclic"},
                {
                    "inventory_number": "N-2",
                    "kind": "screen",
                    "funding_source": "other",
                    "acquired_on": "2020-01-01",
                    "purchase_value": 120,
                },
            ]
        )
        + "\n\n"
    )
    response = await _import(client, city, lines, NDJSON)
    assert response.status_code == 200 and response.json()["created"] == 2
    assert (await _inventory(client, city))["N-2"]["purchase_value"] == "120.00"


async def test_all_or_nothing_reports_every_bad_row(world, client):
    w = await world.standard()
    city = w["city"]
    await new_item(client, city, serial_number="TAKEN", inventory_number="EXISTING-1")
    body = GOOD_CSV + (
        "ENC-2025-00004,toaster,assoclic,,,,,\n"  # line 5: kind
        "ENC-2025-00005,desktop,lottery,,,,2025-13-01,-3\n"  # line 6: three fields
        "ENC-2025-00001,desktop,assoclic,,,,,\n"  # line 7: duplicate inventory number
        "ENC-2025-00006,desktop,assoclic,TAKEN,,,,\n"  # line 8: serial of another item
        "ENC-2025-00007,desktop,assoclic,CZC1,,,,\n"  # line 9: serial repeated in file
        "ENC-2025-00008,desktop,assoclic,,,,,,extra\n"  # line 10: too many cells
        ",desktop,assoclic,,,,,\n"  # line 11: no inventory number
    )
    response = await _import(client, city, body)
    assert response.status_code == 422, response.text
    report = response.json()["report"]
    found = {(e["row"], e["field"]) for e in report["errors"]}
    assert found == {
        (5, "kind"),
        (6, "funding_source"),
        (6, "acquired_on"),
        (6, "purchase_value"),
        (7, "inventory_number"),
        (8, "serial_number"),
        (9, "serial_number"),
        (10, None),
        (11, "inventory_number"),
    }
    assert report["invalid_rows"] == 7 and report["valid_rows"] == 3
    assert all(e["message"] for e in report["errors"])
    assert set(await _inventory(client, city)) == {"EXISTING-1"}  # nothing written

    dry = await _import(client, city, body, mode="partial", dry_run="true")
    assert dry.status_code == 200 and dry.json()["created"] == 3 and dry.json()["dry_run"]
    assert len(dry.json()["errors"]) == 9
    assert set(await _inventory(client, city)) == {"EXISTING-1"}

    partial = await _import(client, city, body, mode="partial")
    assert partial.status_code == 200 and partial.json()["created"] == 3
    assert set(await _inventory(client, city)) == {
        "EXISTING-1",
        "ENC-2025-00001",
        "ENC-2025-00002",
        "ENC-2025-00003",
    }


async def test_dry_run_writes_nothing(world, client):
    w = await world.standard()
    city = w["city"]
    response = await _import(client, city, GOOD_CSV, dry_run="true")
    assert response.status_code == 200 and response.json()["created"] == 3
    assert await _inventory(client, city) == {}


async def test_ndjson_line_errors(world, client):
    w = await world.standard()
    city = w["city"]
    body = (
        '{"inventory_number": "A-1", "kind": "desktop", "funding_source": "assoclic"}\n'
        "not json\n"
        "[1, 2]\n"
        '{"inventory_number": "A-2", "kind": "desktop", "funding_source": "assoclic", '
        '"status": "allocated"}\n'
    )
    response = await _import(client, city, body, NDJSON)
    assert response.status_code == 422
    found = {(e["row"], e["field"]) for e in response.json()["report"]["errors"]}
    assert found == {(2, None), (3, None), (4, "status")}


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (GOOD_CSV, "application/json", 415),
        (GOOD_CSV, "text/plain", 415),
        ("", CSV, 422),
        ("\xff".encode("latin-1").decode("latin-1"), CSV, 422),
    ],
)
async def test_bad_files(world, client, body, content_type, status):
    w = await world.standard()
    city = w["city"]
    if body == "\xff":
        response = await client.post(
            f"{API}/equipment/import",
            content=b"\xff\xfe",
            headers={**city.headers, "Content-Type": content_type},
        )
    else:
        response = await _import(client, city, body, content_type)
    assert response.status_code == status, response.text


async def test_bad_query_parameters(world, client):
    w = await world.standard()
    response = await _import(client, w["city"], GOOD_CSV, mode="some")
    assert response.status_code == 422 and "mode" in response.json()["errors"][0]["loc"]


async def test_volunteers_and_partners_do_not_import(world, client):
    w = await world.standard()
    for role in ("vol1", "partner"):
        response = await _import(client, w[role], GOOD_CSV)
        assert response.status_code == 403, role
    assert await _inventory(client, w["city"]) == {}


class _Caller:
    def __init__(self, headers: dict) -> None:
        self.headers = headers


async def _items_at_spaces(client, w) -> dict:
    items = await placed(client, w)
    return {name: item["inventory_number"] for name, item in items.items()}


def _rows(*rows: str) -> str:
    return "inventory_number,kind,funding_source,serial_number,brand,notes\n" + "".join(
        f"{row}\n" for row in rows
    )


@pytest.mark.parametrize("through", ["user", "api_key"])
async def test_association_imports_the_descriptions_of_items_at_its_spaces(world, client, through):
    w = await world.standard()
    city = w["city"]
    numbers = await _items_at_spaces(client, w)
    if through == "user":
        caller = w["assoc1"]
    else:
        raw, _ = await make_key(world, association_id=w["a1"].id, scopes=["equipment:import"])
        caller = _Caller(key_headers(raw))
    body = _rows(
        f"{numbers['s1']},desktop,assoclic,SN-S1,Dell,Poste accueil",
        f"{numbers['s1b']},desktop,assoclic,,Lenovo,",
    )
    first = await _import(client, caller, body)
    assert first.status_code == 200, first.text
    assert (first.json()["created"], first.json()["updated"]) == (0, 2)
    stored = await _inventory(client, city)
    assert stored[numbers["s1"]]["serial_number"] == "SN-S1"
    assert stored[numbers["s1"]]["notes"] == "Poste accueil"
    assert stored[numbers["s1b"]]["brand"] == "Lenovo"
    again = await _import(client, caller, body)
    assert (again.json()["updated"], again.json()["unchanged"]) == (0, 2)


async def test_association_import_stays_inside_its_scope(world, client):
    w = await world.standard()
    city = w["city"]
    numbers = await _items_at_spaces(client, w)
    await new_item(client, city, serial_number="SN-OTHER", inventory_number="OTHER-1")
    before = await _inventory(client, city)
    body = _rows(
        f"{numbers['s1']},desktop,assoclic,,HP,",  # line 2: fine
        f"{numbers['s2']},desktop,assoclic,,HP,",  # line 3: another association's item
        f"{numbers['stock']},desktop,assoclic,,HP,",  # line 4: in the city's stock
        "NEW-1,laptop,donation,,,",  # line 5: a new item: the city registers items
        f"{numbers['s1b']},laptop,assoclic,,,",  # line 6: kind is the city's record
        f"{numbers['s1b']}X,desktop,assoclic,SN-OTHER,,",  # line 7: unknown, serial taken
    )
    response = await _import(client, w["assoc1"], body)
    assert response.status_code == 422, response.text
    errors = response.json()["report"]["errors"]
    found = {(e["row"], e["field"]) for e in errors}
    assert found == {
        (3, "inventory_number"),
        (4, "inventory_number"),
        (5, "inventory_number"),
        (6, "kind"),
        (7, "serial_number"),
        (7, "inventory_number"),
    }
    # another association's item and an unknown number read the same: nothing is revealed
    messages = {e["row"]: e["message"] for e in errors if e["field"] == "inventory_number"}
    assert messages[3] == messages[4] == messages[5]
    serial = next(e["message"] for e in errors if e["field"] == "serial_number")
    assert "OTHER-1" not in serial
    assert await _inventory(client, city) == before  # nothing written

    partial = await _import(client, w["assoc1"], body, mode="partial")
    assert partial.status_code == 200 and partial.json()["updated"] == 1
    assert (await _inventory(client, city))[numbers["s1"]]["brand"] == "HP"


async def test_api_keys_import_with_their_owners_scope(world, client):
    w = await world.standard()
    city = w["city"]
    numbers = await _items_at_spaces(client, w)
    # keys belong to associations or partners; a partner's scope holds no equipment
    partner_raw, _ = await make_key(world, partner_id=w["operator"].id, scopes=["equipment:import"])
    response = await _import(client, _Caller(key_headers(partner_raw)), GOOD_CSV)
    assert response.status_code == 403
    assert not set(await _inventory(client, city)) & {"ENC-2025-00001", "ENC-2025-00002"}

    unscoped, _ = await make_key(world, association_id=w["a1"].id, scopes=["equipment:read"])
    body = _rows(f"{numbers['s1']},desktop,assoclic,,Acer,")
    refused = await _import(client, _Caller(key_headers(unscoped)), body)
    assert refused.status_code == 403
    other_raw, _ = await make_key(world, association_id=w["a2"].id, scopes=["equipment:import"])
    outside = await _import(client, _Caller(key_headers(other_raw)), body)
    assert outside.status_code == 422
    assert (await _inventory(client, city))[numbers["s1"]]["brand"] is None


async def test_retired_items_cannot_change_by_import(world, client):
    w = await world.standard()
    city = w["city"]
    await _import(client, city, GOOD_CSV)
    item = (await _inventory(client, city))["ENC-2025-00003"]
    await client.post(
        f"{API}/equipment/{item['id']}/movements",
        headers=city.headers,
        json={"kind": "retire", "reason": "HS"},
    )
    unchanged = await _import(client, city, GOOD_CSV)
    assert unchanged.status_code == 200 and unchanged.json()["unchanged"] == 3
    changed = await _import(client, city, GOOD_CSV.replace("laptop,donation", "laptop,other"))
    assert changed.status_code == 422
    assert changed.json()["report"]["errors"][0]["row"] == 4


async def test_a_file_the_csv_module_refuses_is_422(world, client):
    w = await world.standard()
    body = GOOD_CSV.replace("CZC1", "CZ\rC1")
    response = await _import(client, w["city"], body)
    assert response.status_code == 422, response.text
    assert "not valid" in response.json()["detail"]
    assert await _inventory(client, w["city"]) == {}
