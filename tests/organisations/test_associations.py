"""Associations: create, read, list, update, archive; bad input; duplicates; filters."""

import asyncio

import pytest

from app.models.association import Association
from app.models.audit import AuditEvent
from app.models.validators import search_key
from tests.core.test_http_helpers import API, assert_problem, count, ids, make_association, snapshot
from tests.factories import luhn_siret

URL = f"{API}/associations"
VALID_SIRET = luhn_siret(5_012_345_600_01)
BAD_LUHN_SIRET = VALID_SIRET[:-1] + str((int(VALID_SIRET[-1]) + 1) % 10)


def body(**overrides: object) -> dict:
    data = {
        "name": "Comité de quartier de l'Epeule",
        "legal_form": "association_1901",
        "rna": "W595012345",
        "street": "12 rue de l'Epeule",
        "postcode": "59100",
        "neighbourhood": "Epeule",
        "contact_email": "contact@cq-epeule.fr",
        "contact_phone": "03 20 00 00 00",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not ...}


async def test_city_creates_reads_lists_updates_and_archives(world, client, app):
    city = await world.user("city")
    spaced = f"{VALID_SIRET[:3]} {VALID_SIRET[3:6]} {VALID_SIRET[6:9]} {VALID_SIRET[9:]}"
    created = await client.post(URL, json=body(siret=spaced), headers=city.headers)
    assert created.status_code == 201, created.text
    data = created.json()
    assert created.headers["location"] == f"{URL}/{data['id']}"
    assert data["name"] == "Comité de quartier de l'Epeule"
    assert data["siret"] == VALID_SIRET
    assert data["rna"] == "W595012345"
    assert data["contact_phone"] == "+33320000000"  # normalised to E.164
    assert data["city"] == "Roubaix"
    assert data["archived_at"] is None
    assert await count(app, AuditEvent, AuditEvent.action == "association.create") == 1

    read = await client.get(f"{URL}/{data['id']}", headers=city.headers)
    assert read.status_code == 200
    assert read.json() == data
    assert read.headers["etag"]

    listed = await client.get(URL, headers=city.headers)
    assert ids(listed) == [data["id"]]

    patched = await client.patch(
        f"{URL}/{data['id']}",
        json={"contact_phone": "+33 3 20 11 22 33", "neighbourhood": "Epeule-Trichon"},
        headers=city.headers,
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["contact_phone"] == "+33320112233"
    assert patched.json()["neighbourhood"] == "Epeule-Trichon"
    assert patched.json()["updated_at"] > data["updated_at"]
    # a nullable field may be cleared with null
    cleared = await client.patch(
        f"{URL}/{data['id']}", json={"contact_phone": None}, headers=city.headers
    )
    assert cleared.status_code == 200
    assert cleared.json()["contact_phone"] is None
    events = await count(app, AuditEvent, AuditEvent.action == "association.update")
    assert events == 2

    archived = await client.post(f"{URL}/{data['id']}/archive", headers=city.headers)
    assert archived.status_code == 200, archived.text
    assert archived.json()["archived_at"] is not None
    assert ids(await client.get(URL, headers=city.headers)) == []
    listed = await client.get(URL, params={"include_archived": "true"}, headers=city.headers)
    assert ids(listed) == [data["id"]]
    again = await client.get(f"{URL}/{data['id']}", headers=city.headers)
    assert again.status_code == 200 and again.json()["archived_at"] is not None


async def test_association_user_sees_and_edits_only_its_own(world, client):
    w = await world.standard()
    a1, a2 = w["a1"], w["a2"]
    own = w["assoc1"].headers

    assert (await client.get(f"{URL}/{a1.id}", headers=own)).status_code == 200
    assert_problem(await client.get(f"{URL}/{a2.id}", headers=own), 404)
    assert ids(await client.get(URL, headers=own)) == [str(a1.id)]

    patched = await client.patch(f"{URL}/{a1.id}", json={"street": "3 rue Neuve"}, headers=own)
    assert patched.status_code == 200, patched.text
    assert patched.json()["street"] == "3 rue Neuve"
    assert_problem(await client.patch(f"{URL}/{a2.id}", json={"street": "x"}, headers=own), 404)
    # creating and archiving associations is the city's
    assert_problem(await client.post(URL, json=body(rna="W591111111"), headers=own), 403)
    assert_problem(await client.post(f"{URL}/{a1.id}/archive", headers=own), 403)
    # a volunteer reads its association but does not edit it; a partner does not see it
    vol = w["vol1"].headers
    assert (await client.get(f"{URL}/{a1.id}", headers=vol)).status_code == 200
    assert_problem(await client.patch(f"{URL}/{a1.id}", json={"street": "x"}, headers=vol), 403)
    assert_problem(await client.get(f"{URL}/{a1.id}", headers=w["partner"].headers), 404)
    assert ids(await client.get(URL, headers=w["partner"].headers)) == []
    assert_problem(await client.get(URL), 401)


BAD_CREATE = [
    ("siret 13 digits", {"siret": "1234567890123"}, ("body", "siret")),
    ("siret 15 digits", {"siret": "123456789012345"}, ("body", "siret")),
    ("siret letters", {"siret": "1234567890123A"}, ("body", "siret")),
    ("siret Luhn", {"siret": BAD_LUHN_SIRET}, ("body", "siret")),
    ("siret number", {"siret": 12345678901234}, ("body", "siret")),
    ("rna 8 digits", {"rna": "W59501234"}, ("body", "rna")),
    ("rna 10 digits", {"rna": "W5950123456"}, ("body", "rna")),
    ("rna no W", {"rna": "X595012345"}, ("body", "rna")),
    ("postcode short", {"postcode": "5910"}, ("body", "postcode")),
    ("postcode letters", {"postcode": "59IOO"}, ("body", "postcode")),
    ("email", {"contact_email": "contact-at-cq.fr"}, ("body", "contact_email")),
    ("email no domain", {"contact_email": "contact@"}, ("body", "contact_email")),
    ("phone short", {"contact_phone": "03 20 00"}, ("body", "contact_phone")),
    ("phone letters", {"contact_phone": "03 20 AB CD EF"}, ("body", "contact_phone")),
    ("legal form", {"legal_form": "sarl"}, ("body", "legal_form")),
    ("name empty", {"name": ""}, ("body", "name")),
    ("name blank", {"name": "   "}, ("body", "name")),
    ("name too long", {"name": "x" * 201}, ("body", "name")),
    ("name null", {"name": None}, ("body", "name")),
    ("name missing", {"name": ...}, ("body", "name")),
    ("street too long", {"street": "x" * 201}, ("body", "street")),
    ("city null", {"city": None}, ("body", "city")),
    ("unknown field", {"president": "Mme Martin"}, ("body", "president")),
    ("archived_at not writable", {"archived_at": "2020-01-01T00:00:00Z"}, ("body", "archived_at")),
    ("id not writable", {"id": "6f1c2b1e-0000-4000-8000-000000000001"}, ("body", "id")),
    ("no identifier", {"rna": ..., "siret": ...}, ("body",)),
]


@pytest.mark.parametrize(("case", "overrides", "loc"), BAD_CREATE, ids=[c[0] for c in BAD_CREATE])
async def test_bad_create_is_422_naming_the_field_and_writes_nothing(
    world, client, app, case, overrides, loc
):
    city = await world.user("city")
    before = await snapshot(app)
    response = await client.post(URL, json=body(**overrides), headers=city.headers)
    assert_problem(response, 422, loc=loc)
    assert await snapshot(app) == before


async def test_body_that_is_not_an_object_is_422(world, client, app):
    city = await world.user("city")
    before = await snapshot(app)
    for content in (b"[]", b"not json", b'"text"'):
        response = await client.post(
            URL, content=content, headers={**city.headers, "Content-Type": "application/json"}
        )
        assert_problem(response, 422)
    assert await snapshot(app) == before


BAD_PATCH = [
    ("siret", {"siret": BAD_LUHN_SIRET}, ("body", "siret")),
    ("rna", {"rna": "W12"}, ("body", "rna")),
    ("postcode", {"postcode": "591000"}, ("body", "postcode")),
    ("email", {"contact_email": "nobody"}, ("body", "contact_email")),
    ("phone", {"contact_phone": "12"}, ("body", "contact_phone")),
    ("legal form", {"legal_form": "company"}, ("body", "legal_form")),
    ("name null", {"name": None}, ("body", "name")),
    ("legal form null", {"legal_form": None}, ("body", "legal_form")),
    ("city null", {"city": None}, ("body", "city")),
    ("name empty", {"name": ""}, ("body", "name")),
    ("unknown field", {"colour": "blue"}, ("body", "colour")),
    ("archived_at", {"archived_at": None}, ("body", "archived_at")),
    # the factory's association has an RNA number and no SIRET: it must keep one of them
    ("last identifier removed", {"rna": None}, ("body", "rna")),
    ("both identifiers removed", {"rna": None, "siret": None}, ("body", "rna")),
]


@pytest.mark.parametrize(("case", "changes", "loc"), BAD_PATCH, ids=[c[0] for c in BAD_PATCH])
async def test_bad_patch_is_422_naming_the_field_and_changes_nothing(
    world, client, app, case, changes, loc
):
    city = await world.user("city")
    association = await world.association()
    before_row = (await client.get(f"{URL}/{association.id}", headers=city.headers)).json()
    before = await snapshot(app)
    response = await client.patch(f"{URL}/{association.id}", json=changes, headers=city.headers)
    assert_problem(response, 422, loc=loc)
    assert await snapshot(app) == before
    after_row = (await client.get(f"{URL}/{association.id}", headers=city.headers)).json()
    assert after_row == before_row


async def test_an_identifier_may_be_replaced_by_the_other(world, client):
    city = await world.user("city")
    association = await world.association()
    url = f"{URL}/{association.id}"
    swapped = await client.patch(
        url, json={"rna": None, "siret": VALID_SIRET}, headers=city.headers
    )
    assert swapped.status_code == 200, swapped.text
    assert (swapped.json()["rna"], swapped.json()["siret"]) == (None, VALID_SIRET)
    assert_problem(
        await client.patch(url, json={"siret": None}, headers=city.headers),
        422,
        loc=("body", "siret"),
    )


async def test_duplicate_siret_or_rna_is_409_and_writes_nothing(world, client, app):
    city = await world.user("city")
    first = await client.post(URL, json=body(siret=VALID_SIRET), headers=city.headers)
    assert first.status_code == 201, first.text
    before = await snapshot(app)

    same_rna = await client.post(
        URL, json=body(name="Autre", rna="w595012345"), headers=city.headers
    )
    assert_problem(same_rna, 409)  # compared after normalisation (upper case)
    spaced = " ".join([VALID_SIRET[:3], VALID_SIRET[3:6], VALID_SIRET[6:9], VALID_SIRET[9:]])
    same_siret = await client.post(
        URL, json=body(name="Autre", rna="W591111111", siret=spaced), headers=city.headers
    )
    assert_problem(same_siret, 409)
    assert await snapshot(app) == before

    other = await world.association()
    before_row = (await client.get(f"{URL}/{other.id}", headers=city.headers)).json()
    before = await snapshot(app)
    response = await client.patch(
        f"{URL}/{other.id}", json={"rna": "W595012345"}, headers=city.headers
    )
    assert_problem(response, 409)
    response = await client.patch(
        f"{URL}/{other.id}", json={"siret": VALID_SIRET}, headers=city.headers
    )
    assert_problem(response, 409)
    assert await snapshot(app) == before
    assert (await client.get(f"{URL}/{other.id}", headers=city.headers)).json() == before_row


@pytest.mark.commits
async def test_concurrent_creates_with_the_same_rna_make_one_row(world, client, app):
    city = await world.user("city")
    responses = await asyncio.gather(
        *(client.post(URL, json=body(name=f"Comité {n}"), headers=city.headers) for n in range(3))
    )
    assert sorted(r.status_code for r in responses) == [201, 409, 409]
    assert await count(app, Association) == 1


async def test_archive_refused_while_spaces_are_active(world, client, app):
    city = await world.user("city")
    association = await world.association()
    planned = await world.space(association.id, status="planned")
    opened = await world.space(association.id, status="open")

    response = await client.post(f"{URL}/{association.id}/archive", headers=city.headers)
    problem = assert_problem(response, 409)
    assert sorted(problem["spaces"]) == sorted([planned.name, opened.name])
    assert await count(app, Association, Association.archived_at.is_not(None)) == 0

    # the open space must be closed before it can be archived
    space_url = f"{API}/spaces"
    assert_problem(await client.post(f"{space_url}/{opened.id}/archive", headers=city.headers), 409)
    closed = await client.post(
        f"{space_url}/{opened.id}/transitions",
        json={"to": "closed", "reason": "Fin d'activité"},
        headers=city.headers,
    )
    assert closed.status_code == 200, closed.text
    for space in (planned, opened):
        archived = await client.post(f"{space_url}/{space.id}/archive", headers=city.headers)
        assert archived.status_code == 200, archived.text

    response = await client.post(f"{URL}/{association.id}/archive", headers=city.headers)
    assert response.status_code == 200, response.text
    assert_problem(await client.post(f"{URL}/{association.id}/archive", headers=city.headers), 409)

    # an archived association gets no new space and can no longer be edited
    new_space = {
        "association_id": str(association.id),
        "kind": "paic",
        "name": "PAIC",
        "street": "1 rue Pierre de Roubaix",
        "postcode": "59100",
    }
    before = await snapshot(app)
    assert_problem(await client.post(space_url, json=new_space, headers=city.headers), 409)
    assert_problem(
        await client.patch(f"{URL}/{association.id}", json={"street": "x"}, headers=city.headers),
        409,
    )
    assert await snapshot(app) == before


async def test_filters_and_sorts(world, client, app):
    city = await world.user("city")
    made = {}
    for name, neighbourhood, legal_form in (
        ("Comité de quartier de l'Épeule", "Epeule", "association_1901"),
        ("Centre Social des Trois Ponts", "Trois Ponts", "social_centre"),
        ("Comité de quartier des Hauts-Champs – Petites-Haies", "Hauts-Champs", "association_1901"),
        ("Association SERVIR", "Centre", "association_1901"),
        ("collectif du Pile", "Pile", "other"),
        ("Épicerie sociale de l'Alma", "Alma", "other"),
    ):
        made[name] = await make_association(
            app, name, neighbourhood=neighbourhood, legal_form=legal_form
        )
    headers = city.headers

    async def names(**params: object) -> list[str]:
        response = await client.get(URL, params=params, headers=headers)
        assert response.status_code == 200, response.text
        return [item["name"] for item in response.json()["items"]]

    assert await names(q="EPEULE") == ["Comité de quartier de l'Épeule"]
    assert await names(q="épeule") == ["Comité de quartier de l'Épeule"]
    assert await names(q="trois ponts") == ["Centre Social des Trois Ponts"]
    assert await names(q="hauts champs") == ["Comité de quartier des Hauts-Champs – Petites-Haies"]
    assert await names(q="COMITÉ DE QUARTIER") == sorted(
        ["Comité de quartier de l'Épeule", "Comité de quartier des Hauts-Champs – Petites-Haies"]
    )
    assert await names(q="%") == []  # LIKE wildcards are matched literally
    assert await names(q="_") == []
    assert await names(neighbourhood="Trois Ponts") == ["Centre Social des Trois Ponts"]
    assert await names(legal_form="social_centre") == ["Centre Social des Trois Ponts"]
    assert_problem(
        await client.get(URL, params={"legal_form": "club"}, headers=headers),
        422,
        loc=("query", "legal_form"),
    )

    # by name, ignoring case and accents, the same on both backends
    by_name = await names(sort="name")
    assert by_name == sorted(made, key=search_key)
    assert by_name.index("collectif du Pile") < by_name.index("Comité de quartier de l'Épeule")
    assert by_name.index("Épicerie sociale de l'Alma") > by_name.index("collectif du Pile")
    assert await names(sort="-name") == list(reversed(by_name))
    newest_first = await names(sort="-created_at")
    assert newest_first == list(reversed(list(made)))
    assert await names(sort="created_at") == list(made)
    assert_problem(
        await client.get(URL, params={"sort": "siret"}, headers=headers), 422, loc=("query", "sort")
    )


async def test_longest_names_fit_their_search_key(world, client, app):
    """Case folding lengthens some texts ("ß" → "ss"): a 200-character name must still store."""
    city = await world.user("city")
    name = "ß" * 199 + "x"
    response = await client.post(URL, json=body(name=name), headers=city.headers)
    assert response.status_code == 201, response.text
    assert response.json()["name"] == name
    found = await client.get(URL, params={"q": "SSSX"}, headers=city.headers)
    assert ids(found) == []  # the stored key keeps the first 200 characters
    found = await client.get(URL, params={"q": "ssss"}, headers=city.headers)
    assert ids(found) == [response.json()["id"]]
    renamed = await client.patch(
        f"{URL}/{response.json()['id']}", json={"name": "ﬁ" * 200}, headers=city.headers
    )
    assert renamed.status_code == 200, renamed.text
    assert ids(await client.get(URL, params={"q": "fifi"}, headers=city.headers)) == [
        response.json()["id"]
    ]
