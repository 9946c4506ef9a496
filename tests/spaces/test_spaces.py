"""Spaces: create, read, list, update, archive; bad input; lifecycle; derived hours; filters."""

import pytest

from app.models.audit import AuditEvent
from app.models.space import Space
from tests.core.test_http_helpers import API, assert_problem, count, ids, make_association, snapshot

URL = f"{API}/spaces"
STATUSES = ["planned", "installing", "open", "suspended", "closed"]
# Where each status may go for the city (the machine), in the order the API lists them;
# a closed space is reopened by the city only, to suspended.
ALLOWED_FROM = {
    "planned": ["installing", "closed"],
    "installing": ["open", "closed"],
    "open": ["suspended", "closed"],
    "suspended": ["open", "closed"],
    "closed": ["suspended"],
}
LEGAL = {(source, target) for source, targets in ALLOWED_FROM.items() for target in targets}

FULL_PREMISES = {
    "dedicated_room": True,
    "computer_network": True,
    "printer_network": False,
    "internet": {"provider": "Numericable", "connection_type": "cable"},
    "insurance": {"insurer": "MAIF", "policy_number": "RC-2011-0042", "valid_until": "2027-06-30"},
    "wheelchair_accessible": True,
}


def space_body(association: object, **overrides: object) -> dict:
    data = {
        "association_id": str(association),
        "kind": "enc",
        "name": "ENC de l'Epeule",
        "street": "12 rue de l'Epeule",
        "postcode": "59100",
        "latitude": 50.6862,
        "longitude": 3.1622,
        "inaugurated_on": "2011-09-15",
        "description": "Salle informatique du comité.",
        "premises": FULL_PREMISES,
        "opening_hours": [
            {"weekday": "wednesday", "opens": "14:00", "closes": "18:00"},
            {"weekday": "monday", "opens": "14:00", "closes": "18:00"},
            {"weekday": "wednesday", "opens": "09:00", "closes": "12:00"},
        ],
        "exceptional_closures": [
            {"from": "2026-12-24", "to": "2027-01-02", "reason": "Fêtes de fin d'année"}
        ],
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not ...}


async def test_city_creates_reads_lists_updates_and_archives(world, client, app):
    city = await world.user("city")
    association = await make_association(app, "Comité de l'Epeule", neighbourhood="Epeule")
    response = await client.post(URL, json=space_body(association.id), headers=city.headers)
    assert response.status_code == 201, response.text
    space = response.json()
    assert response.headers["location"] == f"{URL}/{space['id']}"
    assert space["status"] == "planned"
    assert space["allowed_transitions"] == ["installing", "closed"]
    assert space["neighbourhood"] == "Epeule"  # inherited from the association
    assert space["city"] == "Roubaix"
    assert space["premises"] == FULL_PREMISES
    assert space["inaugurated_on"] == "2011-09-15"
    # slots come back ordered by day then time, as local times without seconds
    assert space["opening_hours"] == [
        {"weekday": "monday", "opens": "14:00:00", "closes": "18:00:00"},
        {"weekday": "wednesday", "opens": "09:00:00", "closes": "12:00:00"},
        {"weekday": "wednesday", "opens": "14:00:00", "closes": "18:00:00"},
    ]
    assert space["exceptional_closures"] == [
        {"from": "2026-12-24", "to": "2027-01-02", "reason": "Fêtes de fin d'année"}
    ]
    assert space["opening_hours_osm"] == "Mo 14:00-18:00; We 09:00-12:00,14:00-18:00"
    assert space["weekly_opening_hours"] == 11.0
    assert await count(app, AuditEvent, AuditEvent.action == "space.create") == 1

    read = await client.get(f"{URL}/{space['id']}", headers=city.headers)
    assert read.status_code == 200
    assert read.json() == space
    assert ids(await client.get(URL, headers=city.headers)) == [space["id"]]

    patched = await client.patch(
        f"{URL}/{space['id']}",
        json={
            "name": "ENC Epeule – Salle Watteeuw",
            "opening_hours": [
                {"weekday": day, "opens": "09:00", "closes": "12:00"}
                for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
            ],
            "premises": {"dedicated_room": False},
            "latitude": 50.69,
            "longitude": 3.17,
        },
        headers=city.headers,
    )
    assert patched.status_code == 200, patched.text
    updated = patched.json()
    assert updated["name"] == "ENC Epeule – Salle Watteeuw"
    assert updated["opening_hours_osm"] == "Mo-Fr 09:00-12:00"
    assert updated["weekly_opening_hours"] == 15.0
    assert updated["premises"] == {
        "dedicated_room": False,
        "computer_network": False,
        "printer_network": False,
        "internet": None,
        "insurance": None,
        "wheelchair_accessible": False,
    }
    assert (updated["latitude"], updated["longitude"]) == (50.69, 3.17)
    assert updated["exceptional_closures"] == space["exceptional_closures"]  # untouched
    assert await count(app, AuditEvent, AuditEvent.action == "space.update") == 1
    # the new name is what q and the name sort see
    found = await client.get(URL, params={"q": "watteeuw"}, headers=city.headers)
    assert ids(found) == [space["id"]]
    # clearing both coordinates together is allowed
    cleared = await client.patch(
        f"{URL}/{space['id']}", json={"latitude": None, "longitude": None}, headers=city.headers
    )
    assert cleared.status_code == 200, cleared.text
    assert (cleared.json()["latitude"], cleared.json()["longitude"]) == (None, None)

    archived = await client.post(f"{URL}/{space['id']}/archive", headers=city.headers)
    assert archived.status_code == 200, archived.text
    assert archived.json()["archived_at"] is not None
    assert archived.json()["allowed_transitions"] == []
    assert ids(await client.get(URL, headers=city.headers)) == []
    listed = await client.get(URL, params={"include_archived": True}, headers=city.headers)
    assert ids(listed) == [space["id"]]


async def test_association_manages_its_own_spaces_only(world, client, app):
    w = await world.standard()
    own, other = w["assoc1"].headers, w["assoc2"].headers
    response = await client.post(
        URL, json=space_body(w["a1"].id, kind="paic", name="PAIC Trichon"), headers=own
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["kind"] == "paic"
    assert created["allowed_transitions"] == ["installing", "closed"]

    before = await snapshot(app)
    # an association out of scope is not an association the caller may name
    assert_problem(
        await client.post(URL, json=space_body(w["a2"].id), headers=own),
        422,
        loc=("body", "association_id"),
    )
    assert await snapshot(app) == before

    s1, s2 = w["s1"], w["s2"]
    assert (await client.get(f"{URL}/{s1.id}", headers=own)).status_code == 200
    assert_problem(await client.get(f"{URL}/{s2.id}", headers=own), 404)
    assert_problem(await client.get(f"{URL}/{s1.id}", headers=other), 404)
    assert_problem(await client.patch(f"{URL}/{s2.id}", json={"name": "x"}, headers=own), 404)
    assert_problem(
        await client.post(f"{URL}/{s2.id}/transitions", json={"to": "closed"}, headers=own), 404
    )
    assert_problem(await client.post(f"{URL}/{s2.id}/archive", headers=own), 404)
    patched = await client.patch(f"{URL}/{s1.id}", json={"name": "ENC Centre"}, headers=own)
    assert patched.status_code == 200, patched.text

    listed = await client.get(URL, params={"limit": 200}, headers=own)
    assert sorted(ids(listed)) == sorted([str(s1.id), str(w["s1b"].id), created["id"]])
    assert len(ids(await client.get(URL, headers=w["city"].headers))) == 4
    assert ids(await client.get(URL, headers=w["vol1"].headers)) == [str(s1.id)]
    assert ids(await client.get(URL, headers=w["partner"].headers)) == []


async def test_volunteer_reads_its_spaces_without_moves(world, client, app):
    w = await world.standard()
    vol = w["vol1"].headers
    s1 = w["s1"]  # open, assigned to the volunteer
    read = await client.get(f"{URL}/{s1.id}", headers=vol)
    assert read.status_code == 200
    assert read.json()["allowed_transitions"] == []
    assert (await client.get(URL, headers=vol)).json()["items"][0]["allowed_transitions"] == []
    for headers in (w["city"].headers, w["assoc1"].headers):
        as_manager = (await client.get(f"{URL}/{s1.id}", headers=headers)).json()
        assert as_manager["allowed_transitions"] == ["suspended", "closed"]
    # the volunteer may not change the space (403: it is in scope), nor see the other one
    before = await snapshot(app)
    assert_problem(await client.patch(f"{URL}/{s1.id}", json={"name": "x"}, headers=vol), 403)
    assert_problem(
        await client.post(f"{URL}/{s1.id}/transitions", json={"to": "closed"}, headers=vol), 403
    )
    assert_problem(await client.post(f"{URL}/{s1.id}/archive", headers=vol), 403)
    assert_problem(await client.post(URL, json=space_body(w["a1"].id), headers=vol), 403)
    assert_problem(await client.get(f"{URL}/{w['s1b'].id}", headers=vol), 404)
    assert await snapshot(app) == before


def _slots(*slots: tuple[str, str, str]) -> list[dict]:
    return [{"weekday": d, "opens": o, "closes": c} for d, o, c in slots]


BAD_CREATE = [
    ("postcode short", {"postcode": "5910"}, ("body", "postcode")),
    ("postcode letters", {"postcode": "ABCDE"}, ("body", "postcode")),
    ("postcode null", {"postcode": None}, ("body", "postcode")),
    ("postcode missing", {"postcode": ...}, ("body", "postcode")),
    ("street missing", {"street": ...}, ("body", "street")),
    ("name empty", {"name": ""}, ("body", "name")),
    ("name too long", {"name": "x" * 201}, ("body", "name")),
    ("latitude 91", {"latitude": 91, "longitude": 3.1}, ("body", "latitude")),
    ("latitude -90.5", {"latitude": -90.5, "longitude": 3.1}, ("body", "latitude")),
    ("latitude text", {"latitude": "north", "longitude": 3.1}, ("body", "latitude")),
    ("longitude 181", {"latitude": 50.6, "longitude": 181}, ("body", "longitude")),
    ("longitude -180.1", {"latitude": 50.6, "longitude": -180.1}, ("body", "longitude")),
    ("latitude alone", {"longitude": ...}, ("body",)),
    ("longitude null", {"latitude": 50.6, "longitude": None}, ("body",)),
    ("latitude null", {"latitude": None, "longitude": 3.1}, ("body",)),
    ("kind", {"kind": "cybercafe"}, ("body", "kind")),
    ("kind null", {"kind": None}, ("body", "kind")),
    ("status not settable", {"status": "open"}, ("body", "status")),
    ("association not a uuid", {"association_id": "42"}, ("body", "association_id")),
    (
        "association unknown",
        {"association_id": "6f1c2b1e-0000-4000-8000-000000000001"},
        ("body", "association_id"),
    ),
    ("inaugurated_on", {"inaugurated_on": "2011-02-30"}, ("body", "inaugurated_on")),
    ("description too long", {"description": "x" * 5001}, ("body", "description")),
    (
        "weekday",
        {"opening_hours": _slots(("funday", "09:00", "12:00"))},
        ("body", "opening_hours", "0", "weekday"),
    ),
    (
        "weekday abbreviated",
        {"opening_hours": _slots(("mon", "09:00", "12:00"))},
        ("body", "opening_hours", "0", "weekday"),
    ),
    (
        "opens = closes",
        {"opening_hours": _slots(("monday", "09:00", "09:00"))},
        ("body", "opening_hours", "0"),
    ),
    (
        "opens > closes",
        {"opening_hours": _slots(("monday", "18:00", "09:00"))},
        ("body", "opening_hours", "0"),
    ),
    (
        "same minute",
        {"opening_hours": _slots(("monday", "09:00:10", "09:00:50"))},
        ("body", "opening_hours", "0"),
    ),
    (
        "time not a time",
        {"opening_hours": _slots(("monday", "9h", "12:00"))},
        ("body", "opening_hours", "0", "opens"),
    ),
    (
        "time 25:00",
        {"opening_hours": _slots(("monday", "09:00", "25:00"))},
        ("body", "opening_hours", "0", "closes"),
    ),
    (
        "time with offset",
        {"opening_hours": _slots(("monday", "09:00+02:00", "12:00"))},
        ("body", "opening_hours", "0", "opens"),
    ),
    (
        "overlap",
        {"opening_hours": _slots(("monday", "09:00", "12:00"), ("monday", "11:00", "14:00"))},
        ("body", "opening_hours"),
    ),
    (
        "contained",
        {"opening_hours": _slots(("friday", "09:00", "18:00"), ("friday", "10:00", "11:00"))},
        ("body", "opening_hours"),
    ),
    (
        "duplicate slot",
        {"opening_hours": _slots(("monday", "09:00", "12:00"), ("monday", "09:00", "12:00"))},
        ("body", "opening_hours"),
    ),
    (
        "slot unknown field",
        {
            "opening_hours": [
                {"weekday": "monday", "opens": "09:00", "closes": "12:00", "note": "x"}
            ]
        },
        ("body", "opening_hours", "0", "note"),
    ),
    (
        "slot missing closes",
        {"opening_hours": [{"weekday": "monday", "opens": "09:00"}]},
        ("body", "opening_hours", "0", "closes"),
    ),
    ("opening hours null", {"opening_hours": None}, ("body", "opening_hours")),
    (
        "closure to < from",
        {"exceptional_closures": [{"from": "2027-01-02", "to": "2026-12-24", "reason": "Fêtes"}]},
        ("body", "exceptional_closures", "0"),
    ),
    (
        "closure no reason",
        {"exceptional_closures": [{"from": "2027-01-02", "to": "2027-01-03"}]},
        ("body", "exceptional_closures", "0", "reason"),
    ),
    (
        "closure bad date",
        {"exceptional_closures": [{"from": "soon", "to": "2027-01-03", "reason": "x"}]},
        ("body", "exceptional_closures", "0", "from"),
    ),
    ("premises unknown field", {"premises": {"sauna": True}}, ("body", "premises", "sauna")),
    (
        "premises bool",
        {"premises": {"dedicated_room": "perhaps"}},
        ("body", "premises", "dedicated_room"),
    ),
    (
        "connection type",
        {"premises": {"internet": {"provider": "Orange", "connection_type": "pigeon"}}},
        ("body", "premises", "internet", "connection_type"),
    ),
    (
        "insurance valid_until",
        {
            "premises": {
                "insurance": {"insurer": "MAIF", "policy_number": "1", "valid_until": "someday"}
            }
        },
        ("body", "premises", "insurance", "valid_until"),
    ),
    (
        "insurance no policy",
        {"premises": {"insurance": {"insurer": "MAIF", "valid_until": "2027-01-01"}}},
        ("body", "premises", "insurance", "policy_number"),
    ),
    ("unknown field", {"capacity": 12}, ("body", "capacity")),
    ("derived field", {"opening_hours_osm": "Mo-Fr 09:00-12:00"}, ("body", "opening_hours_osm")),
]


@pytest.mark.parametrize(("case", "overrides", "loc"), BAD_CREATE, ids=[c[0] for c in BAD_CREATE])
async def test_bad_create_is_422_naming_the_field_and_writes_nothing(
    world, client, app, case, overrides, loc
):
    city = await world.user("city")
    association = await world.association()
    before = await snapshot(app)
    response = await client.post(
        URL, json=space_body(association.id, **overrides), headers=city.headers
    )
    assert_problem(response, 422, loc=loc)
    assert await snapshot(app) == before


NON_NULLABLE = [
    "name",
    "kind",
    "street",
    "postcode",
    "city",
    "premises",
    "opening_hours",
    "exceptional_closures",
]
BAD_PATCH = [(f"{name} null", {name: None}, ("body", name)) for name in NON_NULLABLE] + [
    ("status", {"status": "open"}, ("body", "status")),
    (
        "association_id",
        {"association_id": "6f1c2b1e-0000-4000-8000-000000000001"},
        ("body", "association_id"),
    ),
    ("archived_at", {"archived_at": "2026-01-01T00:00:00Z"}, ("body", "archived_at")),
    ("postcode", {"postcode": "1234"}, ("body", "postcode")),
    ("latitude", {"latitude": -91, "longitude": 3.0}, ("body", "latitude")),
    ("longitude", {"latitude": 50.0, "longitude": 200}, ("body", "longitude")),
    ("latitude alone", {"latitude": 50.7}, ("body",)),
    ("latitude null alone", {"latitude": None}, ("body",)),
    ("longitude null with latitude", {"latitude": 50.7, "longitude": None}, ("body",)),
    ("kind", {"kind": "fablab"}, ("body", "kind")),
    (
        "weekday",
        {"opening_hours": _slots(("someday", "09:00", "12:00"))},
        ("body", "opening_hours", "0", "weekday"),
    ),
    (
        "opens >= closes",
        {"opening_hours": _slots(("sunday", "12:00", "11:59"))},
        ("body", "opening_hours", "0"),
    ),
    (
        "overlap",
        {"opening_hours": _slots(("tuesday", "14:00", "18:00"), ("tuesday", "09:00", "14:01"))},
        ("body", "opening_hours"),
    ),
    (
        "closure to < from",
        {"exceptional_closures": [{"from": "2026-08-15", "to": "2026-08-01", "reason": "Été"}]},
        ("body", "exceptional_closures", "0"),
    ),
    ("unknown field", {"wifi": True}, ("body", "wifi")),
]


@pytest.mark.parametrize(("case", "changes", "loc"), BAD_PATCH, ids=[c[0] for c in BAD_PATCH])
async def test_bad_patch_is_422_naming_the_field_and_changes_nothing(
    world, client, app, case, changes, loc
):
    city = await world.user("city")
    association = await world.association()
    space = await world.space(association.id, status="open", latitude=50.6, longitude=3.1)
    before_row = (await client.get(f"{URL}/{space.id}", headers=city.headers)).json()
    before = await snapshot(app)
    response = await client.patch(f"{URL}/{space.id}", json=changes, headers=city.headers)
    assert_problem(response, 422, loc=loc)
    assert await snapshot(app) == before
    assert (await client.get(f"{URL}/{space.id}", headers=city.headers)).json() == before_row


async def test_adjacent_slots_and_split_days_are_accepted(world, client):
    city = await world.user("city")
    association = await world.association()
    slots = _slots(
        ("monday", "14:00", "18:00"),
        ("monday", "09:00", "12:00"),
        ("tuesday", "09:00", "12:00"),
        ("tuesday", "14:00", "18:00"),
        ("wednesday", "12:00", "14:00"),
        ("wednesday", "14:00", "16:30"),
        ("saturday", "10:00", "12:00"),
    )
    response = await client.post(
        URL, json=space_body(association.id, opening_hours=slots), headers=city.headers
    )
    assert response.status_code == 201, response.text
    space = response.json()
    assert space["opening_hours_osm"] == (
        "Mo,Tu 09:00-12:00,14:00-18:00; We 12:00-14:00,14:00-16:30; Sa 10:00-12:00"
    )
    assert space["weekly_opening_hours"] == 7 + 7 + 4.5 + 2

    emptied = await client.patch(
        f"{URL}/{space['id']}", json={"opening_hours": []}, headers=city.headers
    )
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["opening_hours_osm"] is None
    assert emptied.json()["weekly_opening_hours"] == 0


@pytest.mark.parametrize(
    ("source", "target"), [(s, t) for s in STATUSES for t in STATUSES], ids=lambda v: v
)
async def test_status_machine(world, client, app, source, target):
    city = await world.user("city")
    association = await world.association()
    space = await world.space(association.id, status=source)
    url = f"{URL}/{space.id}/transitions"
    events = await count(app, AuditEvent, AuditEvent.action == "space.transition")
    body = {"to": target, "reason": "Raison donnée"}  # closing and reopening need one
    response = await client.post(url, json=body, headers=city.headers)
    if (source, target) in LEGAL:
        assert response.status_code == 200, response.text
        assert response.json()["status"] == target
        assert response.json()["allowed_transitions"] == ALLOWED_FROM[target]
        assert await count(app, AuditEvent, AuditEvent.action == "space.transition") == events + 1
    else:
        problem = assert_problem(response, 409)
        assert problem["allowed_transitions"] == ALLOWED_FROM[source]
        assert source in problem["detail"] and target in problem["detail"]
        assert await count(app, AuditEvent, AuditEvent.action == "space.transition") == events
    current = (await client.get(f"{URL}/{space.id}", headers=city.headers)).json()
    assert current["status"] == (target if (source, target) in LEGAL else source)


async def test_whole_lifecycle_as_the_association(world, client):
    w = await world.standard()
    own = w["assoc1"].headers
    created = await client.post(URL, json=space_body(w["a1"].id), headers=own)
    space_id = created.json()["id"]
    for target in ("installing", "open", "suspended", "open", "suspended", "closed"):
        body = {"to": target, "reason": "Fin du bail"} if target == "closed" else {"to": target}
        response = await client.post(f"{URL}/{space_id}/transitions", json=body, headers=own)
        assert response.status_code == 200, (target, response.text)
        assert response.json()["status"] == target
    unknown = await client.post(
        f"{URL}/{space_id}/transitions", json={"to": "demolished"}, headers=own
    )
    assert_problem(unknown, 422, loc=("body", "to"))


async def test_archive_rules(world, client, app):
    city = await world.user("city")
    association = await world.association()
    for status in ("installing", "open", "suspended"):
        space = await world.space(association.id, status=status)
        response = await client.post(f"{URL}/{space.id}/archive", headers=city.headers)
        problem = assert_problem(response, 409)
        assert status in problem["detail"]
    assert await count(app, Space, Space.archived_at.is_not(None)) == 0

    for status in ("planned", "closed"):
        space = await world.space(association.id, status=status)
        response = await client.post(f"{URL}/{space.id}/archive", headers=city.headers)
        assert response.status_code == 200, response.text
        assert response.json()["archived_at"] is not None
        assert response.json()["allowed_transitions"] == []
        before = await snapshot(app)
        assert_problem(await client.post(f"{URL}/{space.id}/archive", headers=city.headers), 409)
        assert_problem(
            await client.patch(f"{URL}/{space.id}", json={"name": "x"}, headers=city.headers), 409
        )
        assert_problem(
            await client.post(
                f"{URL}/{space.id}/transitions", json={"to": "closed"}, headers=city.headers
            ),
            409,
        )
        assert await snapshot(app) == before
        read = await client.get(f"{URL}/{space.id}", headers=city.headers)
        assert read.status_code == 200 and read.json()["archived_at"] is not None


async def test_filters(world, client, app):
    city = await world.user("city")
    a1 = await make_association(app, "CQ Epeule", neighbourhood="Epeule")
    a2 = await make_association(app, "CQ Hauts-Champs", neighbourhood="Hauts-Champs")
    epeule = await world.space(a1.id, status="open", name="ENC de l'Épeule")
    paic = await world.space(
        a1.id, status="planned", kind="paic", name="PAIC Fontenoy", neighbourhood="Fontenoy"
    )
    hauts = await world.space(a2.id, status="suspended", name="ENC des Hauts-Champs")
    closed = await world.space(a2.id, status="closed", kind="paic", name="PAIC Cul de Four")
    headers = city.headers

    async def found(**params: object) -> set[str]:
        response = await client.get(URL, params=params, headers=headers)
        assert response.status_code == 200, response.text
        return {item["id"] for item in response.json()["items"]}

    def of(*spaces: object) -> set[str]:
        return {str(s.id) for s in spaces}

    assert await found() == of(epeule, paic, hauts, closed)
    assert await found(association_id=a1.id) == of(epeule, paic)
    assert await found(kind="paic") == of(paic, closed)
    assert await found(status="suspended") == of(hauts)
    assert await found(status="closed", kind="paic") == of(closed)
    assert await found(neighbourhood="Fontenoy") == of(paic)
    assert await found(neighbourhood="Hauts-Champs") == of(hauts, closed)
    assert await found(q="EPÉULE") == of(epeule)
    assert await found(q="epeule") == of(epeule)
    assert await found(q="l’épeule") == of(epeule)  # typographic apostrophe
    assert await found(q="hauts champs") == of(hauts)
    assert await found(q="HAUTS-CHAMPS") == of(hauts)
    assert await found(q="cul de four") == of(closed)
    assert await found(q="enc") == of(epeule, hauts)
    assert await found(q="%") == set()
    assert await found(q="_") == set()
    assert await found(q="zzz") == set()
    assert await found(association_id=a2.id, q="paic") == of(closed)
    for name, value in (("kind", "cafe"), ("status", "gone"), ("association_id", "nope")):
        response = await client.get(URL, params={name: value}, headers=headers)
        assert_problem(response, 422, loc=("query", name))

    archived_space = await world.space(a1.id, status="planned", name="ENC archivé")
    response = await client.post(f"{URL}/{archived_space.id}/archive", headers=headers)
    assert response.status_code == 200
    assert await found(q="archive") == set()
    assert await found(q="archive", include_archived="true") == of(archived_space)
    assert str(archived_space.id) not in await found(association_id=a1.id)


async def test_sorts(world, client):
    city = await world.user("city")
    association = await world.association()
    names = ["ENC Trois Ponts", "espace Alma", "PAIC Épeule", "ENC Alouette", "PAIC Cul de Four"]
    made = [await world.space(association.id, name=name) for name in names]
    headers = city.headers

    async def listed(sort: str) -> list[str]:
        response = await client.get(URL, params={"sort": sort}, headers=headers)
        assert response.status_code == 200, response.text
        return [item["name"] for item in response.json()["items"]]

    # names compare without case or accents, on both backends
    assert await listed("name") == [
        "ENC Alouette",
        "ENC Trois Ponts",
        "espace Alma",
        "PAIC Cul de Four",
        "PAIC Épeule",
    ]
    assert await listed("-name") == list(reversed(await listed("name")))
    assert await listed("created_at") == [s.name for s in made]
    assert await listed("-created_at") == [s.name for s in reversed(made)]
    for bad in ("street", "-status", "name,created_at"):
        response = await client.get(URL, params={"sort": bad}, headers=headers)
        assert_problem(response, 422, loc=("query", "sort"))


async def test_longest_names_fit_their_search_key(world, client):
    city = await world.user("city")
    association = await world.association()
    name = "Straße " * 28 + "Ende"  # 200 characters; its key is longer before truncation
    assert len(name) == 200
    response = await client.post(
        URL, json=space_body(association.id, name=name), headers=city.headers
    )
    assert response.status_code == 201, response.text
    found = await client.get(URL, params={"q": "STRASSE"}, headers=city.headers)
    assert ids(found) == [response.json()["id"]]
    patched = await client.patch(
        f"{URL}/{response.json()['id']}", json={"name": "ß" * 200}, headers=city.headers
    )
    assert patched.status_code == 200, patched.text


async def test_closing_needs_a_reason_kept_in_the_audit_and_only_the_city_reopens(world, client):
    from tests.helpers_access import audit_events

    w = await world.standard()
    own, city = w["assoc1"].headers, w["city"].headers
    space = await world.space(w["a1"].id, status="open")
    url = f"{URL}/{space.id}/transitions"

    # closing without a reason is a validation problem naming the field, and changes nothing
    assert_problem(
        await client.post(url, json={"to": "closed"}, headers=own), 422, loc=("body", "reason")
    )
    blank = {"to": "closed", "reason": "   "}
    assert_problem(await client.post(url, json=blank, headers=own), 422, loc=("body", "reason"))
    assert (await client.get(f"{URL}/{space.id}", headers=own)).json()["status"] == "open"

    reason = "Fin du bail des locaux"
    closed = await client.post(url, json={"to": "closed", "reason": reason}, headers=own)
    assert closed.status_code == 200, closed.text
    assert closed.json()["allowed_transitions"] == []  # nothing more for the association
    events = await audit_events(world, action="space.transition", resource_id=str(space.id))
    event = events[-1]  # the factory's own moves came first
    assert event.changes["reason"] == reason
    assert event.changes["status"] == {"before": "open", "after": "closed"}

    # the association may not reopen (the move exists, for the city: 403 naming it); nobody goes
    # from closed straight to open (409); both list what the caller may do
    back = {"to": "suspended", "reason": "Nouveaux locaux"}
    refused = assert_problem(await client.post(url, json=back, headers=own), 403)
    assert "city" in refused["detail"] and refused["allowed_transitions"] == []
    reopen = {"to": "open", "reason": "x"}
    impossible = assert_problem(await client.post(url, json=reopen, headers=city), 409)
    assert impossible["allowed_transitions"] == ["suspended"]
    assert_problem(
        await client.post(url, json={"to": "suspended"}, headers=city), 422, loc=("body", "reason")
    )

    reopened = await client.post(url, json=back, headers=city)
    assert reopened.status_code == 200, reopened.text
    assert reopened.json()["status"] == "suspended"
    assert reopened.json()["allowed_transitions"] == ["open", "closed"]
    events = await audit_events(world, action="space.transition", resource_id=str(space.id))
    assert events[-1].changes["reason"] == "Nouveaux locaux"
    opened = await client.post(url, json={"to": "open"}, headers=city)
    assert opened.status_code == 200 and opened.json()["status"] == "open"


async def test_role_refused_move_is_403_and_a_missing_move_409_for_spaces(world, client):
    w = await world.standard()
    space = await world.space(w["a1"].id, status="planned")
    url = f"{URL}/{space.id}/transitions"
    missing = assert_problem(
        await client.post(url, json={"to": "open"}, headers=w["assoc1"].headers), 409
    )
    assert missing["allowed_transitions"] == ["installing", "closed"]
    # another association's space is out of scope (404), never a 403 or 409
    other = await client.post(url, json={"to": "installing"}, headers=w["assoc2"].headers)
    assert other.status_code == 404
