"""Partners: the city manages them; every account reads them; bad input writes nothing."""

import pytest

from app.models.audit import AuditEvent
from app.models.partner import Partner
from tests.core.test_http_helpers import API, assert_problem, count, ids

URL = f"{API}/partners"


async def _counts(app) -> tuple[int, int]:
    return await count(app, Partner), await count(app, AuditEvent)


async def test_city_creates_reads_updates_and_archives(world, client, app):
    city = await world.user("city")
    created = await client.post(
        URL,
        json={
            "name": "ANIS",
            "kind": "training_provider",
            "contact_email": "contact@anis.fr",
            "contact_phone": "03 20 00 00 01",
            "website": "https://anis.asso.fr",
        },
        headers=city.headers,
    )
    assert created.status_code == 201, created.text
    partner = created.json()
    assert created.headers["location"] == f"{URL}/{partner['id']}"
    assert partner["contact_phone"] == "+33320000001"
    etag = created.headers["etag"]
    read = await client.get(f"{URL}/{partner['id']}", headers=city.headers)
    assert read.json() == partner and read.headers["etag"] == etag

    renamed = await client.patch(
        f"{URL}/{partner['id']}",
        json={"name": "ANIS — Association Numérique et Innovation Sociale"},
        headers={**city.headers, "If-Match": etag},
    )
    assert renamed.status_code == 200, renamed.text
    stale = await client.patch(
        f"{URL}/{partner['id']}", json={"name": "x"}, headers={**city.headers, "If-Match": etag}
    )
    assert_problem(stale, 412)
    assert (await client.get(f"{URL}/{partner['id']}", headers=city.headers)).json()[
        "name"
    ] == "ANIS — Association Numérique et Innovation Sociale"

    archived = await client.post(f"{URL}/{partner['id']}/archive", headers=city.headers)
    assert archived.status_code == 200 and archived.json()["archived_at"]
    assert ids(await client.get(URL, headers=city.headers)) == []
    listed = await client.get(URL, params={"include_archived": True}, headers=city.headers)
    assert ids(listed) == [partner["id"]]
    before = await _counts(app)
    assert_problem(await client.post(f"{URL}/{partner['id']}/archive", headers=city.headers), 409)
    assert_problem(
        await client.patch(
            f"{URL}/{partner['id']}", json={"website": "https://x.fr"}, headers=city.headers
        ),
        409,
    )
    assert await _counts(app) == before


async def test_everyone_reads_only_the_city_writes(world, client, app):
    w = await world.standard()
    operator = w["operator"]
    for role in ("assoc1", "vol1", "partner"):
        headers = w[role].headers
        assert (await client.get(f"{URL}/{operator.id}", headers=headers)).status_code == 200
        assert len(ids(await client.get(URL, headers=headers))) == 2
        before = await _counts(app)
        assert_problem(
            await client.post(URL, json={"name": "X", "kind": "other"}, headers=headers), 403
        )
        assert_problem(
            await client.patch(f"{URL}/{operator.id}", json={"name": "X"}, headers=headers), 403
        )
        assert_problem(await client.post(f"{URL}/{operator.id}/archive", headers=headers), 403)
        assert await _counts(app) == before
    assert_problem(await client.get(URL), 401)
    kinds = await client.get(URL, params={"kind": "training_provider"}, headers=w["city"].headers)
    assert ids(kinds) == [str(w["trainer"].id)]


BAD = [
    ("kind", {"kind": "supplier"}, ("body", "kind")),
    ("kind missing", {"kind": ...}, ("body", "kind")),
    ("name empty", {"name": ""}, ("body", "name")),
    ("name null", {"name": None}, ("body", "name")),
    ("email", {"contact_email": "no"}, ("body", "contact_email")),
    ("phone", {"contact_phone": "1"}, ("body", "contact_phone")),
    ("unknown", {"siret": "x"}, ("body", "siret")),
]


@pytest.mark.parametrize(("case", "overrides", "loc"), BAD, ids=[b[0] for b in BAD])
async def test_bad_input_is_422_and_writes_nothing(world, client, app, case, overrides, loc):
    city = await world.user("city")
    body = {"name": "Opérateur", "kind": "maintenance_operator", **overrides}
    body = {k: v for k, v in body.items() if v is not ...}
    before = await _counts(app)
    assert_problem(await client.post(URL, json=body, headers=city.headers), 422, loc=loc)
    assert await _counts(app) == before


async def test_duplicate_names_are_409(world, client, app):
    city = await world.user("city")
    first = await client.post(
        URL, json={"name": "Opérateur", "kind": "maintenance_operator"}, headers=city.headers
    )
    assert first.status_code == 201
    other = await world.partner("other", name="Médiathèque de Roubaix")
    before = await _counts(app)
    again = await client.post(
        URL, json={"name": "Opérateur", "kind": "other"}, headers=city.headers
    )
    assert_problem(again, 409)
    clash = await client.patch(
        f"{URL}/{other.id}", json={"name": "Opérateur"}, headers=city.headers
    )
    assert_problem(clash, 409)
    assert await _counts(app) == before
    null_kind = await client.patch(f"{URL}/{other.id}", json={"kind": None}, headers=city.headers)
    assert_problem(null_kind, 422, loc=("body", "kind"))
