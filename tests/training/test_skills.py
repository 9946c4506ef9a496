"""The skills catalogue: the six seeded savoirs, the city's additions, archive and delete."""

import pytest

from app.models.training import SEED_SKILLS
from tests.helpers_access import assert_problem, audit_events

API = "/api/v1"


async def test_six_seeded_skills_listed_to_any_user(world, client):
    w = await world.standard()
    for who in ("city", "assoc1", "vol1", "partner"):
        response = await client.get(f"{API}/skills", headers=w[who].headers)
        assert response.status_code == 200, response.text
        items = response.json()["items"]
        by_code = {s["code"]: s for s in items}
        assert set(by_code) == set(SEED_SKILLS)
        assert all(s["seeded"] for s in items)
        assert by_code["read-caf-file"]["title_fr"] == "Lire son dossier CAF"
        assert by_code["read-caf-file"]["title_en"] == "Read one's CAF (family benefits) file"
    assert (await client.get(f"{API}/skills")).status_code == 401


async def test_city_creates_updates_archives_deletes(world, client):
    w = await world.standard()
    city = w["city"]
    body = {"code": "use-ameli-account", "title_fr": "Utiliser ameli", "title_en": "Use ameli"}
    created = await client.post(f"{API}/skills", json=body, headers=city.headers)
    assert created.status_code == 201, created.text
    assert created.json()["seeded"] is False
    assert_problem(await client.post(f"{API}/skills", json=body, headers=city.headers), 409)
    for who in ("assoc1", "vol1", "partner"):
        assert_problem(await client.post(f"{API}/skills", json=body, headers=w[who].headers), 403)
        patch = await client.patch(
            f"{API}/skills/use-ameli-account", json={"title_fr": "x"}, headers=w[who].headers
        )
        assert_problem(patch, 403)
    patched = await client.patch(
        f"{API}/skills/use-ameli-account",
        json={"title_fr": "Utiliser son compte ameli"},
        headers=city.headers,
    )
    assert patched.status_code == 200 and patched.json()["title_fr"] == "Utiliser son compte ameli"
    assert patched.json()["code"] == "use-ameli-account"
    archived = await client.post(f"{API}/skills/use-ameli-account/archive", headers=city.headers)
    assert archived.status_code == 200 and archived.json()["archived_at"]
    listed = await client.get(f"{API}/skills", headers=city.headers)
    assert "use-ameli-account" not in [s["code"] for s in listed.json()["items"]]
    deleted = await client.delete(f"{API}/skills/use-ameli-account", headers=city.headers)
    assert deleted.status_code == 204
    assert_problem(await client.get(f"{API}/skills/use-ameli-account", headers=city.headers), 404)
    actions = [e.action for e in await audit_events(world, resource_type="skill")]
    assert actions == ["skill.create", "skill.update", "skill.archive", "skill.delete"]


async def test_skill_in_use_is_never_deleted(world, client):
    from tests.training.test_training import new_session

    w = await world.standard()
    body = {"code": "use-ameli-account", "title_fr": "Utiliser ameli", "title_en": "Use ameli"}
    assert (
        await client.post(f"{API}/skills", json=body, headers=w["city"].headers)
    ).status_code == 201
    await new_session(client, w["city"], w, skills=["use-ameli-account"])
    response = await client.delete(f"{API}/skills/use-ameli-account", headers=w["city"].headers)
    assert_problem(response, 409)
    seeded = await client.delete(f"{API}/skills/read-caf-file", headers=w["city"].headers)
    assert_problem(seeded, 409)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"code": "Read_CAF", "title_fr": "a", "title_en": "b"}, "code"),
        ({"code": "double--hyphen", "title_fr": "a", "title_en": "b"}, "code"),
        ({"code": "-leading", "title_fr": "a", "title_en": "b"}, "code"),
        ({"code": "ok-code", "title_fr": "", "title_en": "b"}, "title_fr"),
        ({"code": "ok-code", "title_fr": "a"}, "title_en"),
        ({"code": "ok-code", "title_fr": "a", "title_en": "b", "colour": "red"}, "colour"),
    ],
)
async def test_bad_skill_input_is_422_and_writes_nothing(world, client, body, field):
    w = await world.standard()
    response = await client.post(f"{API}/skills", json=body, headers=w["city"].headers)
    assert_problem(response, 422, field)
    listed = await client.get(f"{API}/skills", headers=w["city"].headers)
    assert len(listed.json()["items"]) == 6
