"""Visits: recording one, the rules every visit obeys, reading them back (both backends)."""

import pytest

from app.models.visit import Visit, VisitDailyCount
from tests.helpers_access import assert_problem, count_rows
from tests.visits.visit_helpers import API, ago, network, visit_body


async def _post(client, who, body):
    return await client.post(f"{API}/visits", json=body, headers=who.headers)


async def test_volunteer_records_an_anonymous_visit(world, client):
    w = await network(world)
    response = await _post(client, w["vol1"], visit_body(w["s1"].id))
    assert response.status_code == 201, response.text
    visit = response.json()
    assert visit["association_id"] == str(w["a1"].id)
    assert visit["profile"] == {"age_band": "40_59", "gender": "female",
                                "social_status": "unemployed", "postcode": "59100",
                                "first_visit": True}
    assert visit["profile_counts"] is None
    assert visit["skills"] == ["read-caf-file"] and visit["equipment"] == ["computer"]
    assert visit["source"] == "app" and visit["recorded_by"] == str(w["vol1"].id)
    read = await client.get(f"{API}/visits/{visit['id']}", headers=w["assoc1"].headers)
    assert read.status_code == 200 and read.json() == visit and read.headers["etag"]
    async with world.session() as session:
        rollup = (await session.get(VisitDailyCount, (w["s1"].id, _day(visit))))
        assert (rollup.visits, rollup.participants, rollup.first_visits) == (1, 1, 1)


def _day(visit):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(visit["occurred_at"]).astimezone(ZoneInfo("Europe/Paris")).date()


async def test_workshop_gives_counts_and_not_stated_is_the_rest(world, client):
    w = await network(world)
    body = visit_body(w["s1"].id, mode="collective_workshop", participants=10, profile=None,
                      profile_counts={"age_bands": {"60_69": 4, "70_plus": 3},
                                      "genders": {"female": 6}, "first_visits": 2})
    response = await _post(client, w["assoc1"], body)
    assert response.status_code == 201, response.text
    counts = response.json()["profile_counts"]
    assert counts["age_bands"] == {"60_69": 4, "70_plus": 3, "not_stated": 3}
    assert counts["genders"] == {"female": 6, "not_stated": 4}
    assert counts["social_statuses"] == {"not_stated": 10}
    assert counts["first_visits"] == 2


BAD_FIELDS = [
    ("space_id", {"space_id": "not-a-uuid"}),
    ("occurred_at", {"occurred_at": "2025-03-01T10:00:00"}),  # naive
    ("occurred_at", {"occurred_at": ago(days=-2)}),  # future
    ("occurred_at", {"occurred_at": "2019-06-01T10:00:00+02:00"}),  # before inauguration
    ("duration_minutes", {"duration_minutes": 0}),
    ("duration_minutes", {"duration_minutes": "long"}),
    ("mode", {"mode": "walk_in"}),
    ("participants", {"participants": 3}),  # only workshops
    ("participants", {"participants": 0}),
    ("skills", {"skills": ["not-a-skill"]}),
    ("skills", {"skills": "x"}),
    ("equipment", {"equipment": ["fax"]}),
    ("equipment", {"equipment": ["none", "phone"]}),
    ("profile", {"profile": {"age_band": "30_40"}}),
    ("profile", {"profile": {"gender": "x"}}),
    ("profile", {"profile": {"social_status": "student"}}),
    ("profile", {"profile": {"postcode": "591"}}),
    ("profile", {"profile": {"first_visit": "maybe"}}),
    ("profile", {"profile": {"name": "Jean Dupont"}}),  # anonymous by design
    ("profile_counts", {"profile_counts": {"age_bands": {"60_69": 2}}}),  # not a workshop
    ("autonomy", {"autonomy": "independent"}),
    ("referral", {"referral": "pole_emploi"}),
    ("external_id", {"external_id": "has space"}),
    ("notes", {"notes": "free text about the person"}),
]


@pytest.mark.parametrize(("field", "change"), BAD_FIELDS, ids=[f"{f}-{i}" for i, (f, _) in
                                                             enumerate(BAD_FIELDS)])
async def test_bad_input_names_the_field_and_writes_nothing(world, client, field, change):
    w = await network(world)
    response = await _post(client, w["vol1"], visit_body(w["s1"].id, **change))
    assert_problem(response, 422, field)
    assert await count_rows(world, Visit) == 0
    assert await count_rows(world, VisitDailyCount) == 0


async def test_workshop_counts_cannot_exceed_participants(world, client):
    w = await network(world)
    body = visit_body(w["s1"].id, mode="collective_workshop", participants=3, profile=None,
                      profile_counts={"age_bands": {"60_69": 4}})
    assert_problem(await _post(client, w["vol1"], body), 422, "profile_counts")
    body["profile_counts"] = None
    body["profile"] = {"age_band": "60_69"}
    assert_problem(await _post(client, w["vol1"], body), 422, "profile")


async def test_closed_space_and_space_out_of_reach(world, client):
    w = await network(world)
    closed = await world.space(w["a1"].id, status="closed", inaugurated_on="2020-01-01")
    assert_problem(await _post(client, w["assoc1"], visit_body(closed.id)), 422, "space_id")
    # a volunteer records only on its spaces; an association only on its own
    assert_problem(await _post(client, w["vol1"], visit_body(w["s1b"].id)), 422, "space_id")
    assert_problem(await _post(client, w["assoc2"], visit_body(w["s1"].id)), 422, "space_id")
    # before the space existed: created now, no inauguration date
    fresh = await world.space(w["a1"].id)
    assert_problem(await _post(client, w["assoc1"], visit_body(fresh.id)), 422, "occurred_at")
    assert (await _post(client, w["assoc1"], visit_body(fresh.id, occurred_at=ago(seconds=0))
                        )).status_code == 201
    # the city reads, it does not record
    assert_problem(await _post(client, w["city"], visit_body(w["s1"].id)), 403)
    assert await count_rows(world, Visit) == 1


async def test_external_id_is_unique_per_source(world, client):
    w = await network(world)
    first = await _post(client, w["assoc1"], visit_body(w["s1"].id, external_id="X-1"))
    assert first.status_code == 201
    again = await _post(client, w["assoc1"], visit_body(w["s1"].id, external_id="X-1"))
    assert_problem(again, 422, "external_id")


async def test_list_filters_scope_and_keyset(world, client):
    w = await network(world)
    for days, space, mode in ((1, "s1", "individual_support"), (2, "s1b", "free_access"),
                              (3, "s1", "remote")):
        body = visit_body(w[space].id, occurred_at=ago(days=days), mode=mode)
        assert (await _post(client, w["assoc1"], body)).status_code == 201
    assert (await _post(client, w["assoc2"], visit_body(w["s2"].id))).status_code == 201

    async def ids(who, **params):
        response = await client.get(f"{API}/visits", params=params, headers=who.headers)
        assert response.status_code == 200, response.text
        return response.json()

    assert len((await ids(w["city"]))["items"]) == 4
    assert len((await ids(w["assoc1"]))["items"]) == 3
    assert len((await ids(w["vol1"]))["items"]) == 2
    assert len((await ids(w["assoc2"]))["items"]) == 1
    assert len((await ids(w["city"], space_id=str(w["s1b"].id)))["items"]) == 1
    assert len((await ids(w["city"], association_id=str(w["a2"].id)))["items"]) == 1
    assert len((await ids(w["city"], mode="remote"))["items"]) == 1
    assert len((await ids(w["city"], skill="read-caf-file"))["items"]) == 4
    assert len((await ids(w["city"], skill="simulate-rsa"))["items"]) == 0
    assert len((await ids(w["city"], autonomy="partly_autonomous"))["items"]) == 4
    page = await ids(w["assoc1"], limit=2)
    assert len(page["items"]) == 2 and page["next_cursor"]
    rest = await ids(w["assoc1"], limit=2, cursor=page["next_cursor"])
    assert len(rest["items"]) == 1 and rest["next_cursor"] is None
    times = [v["occurred_at"] for v in page["items"] + rest["items"]]
    assert times == sorted(times, reverse=True)
    csv = await client.get(f"{API}/visits", params={"format": "csv"}, headers=w["city"].headers)
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert len(csv.text.strip().splitlines()) == 5
    bad = await client.get(f"{API}/visits", params={"mode": "x"}, headers=w["city"].headers)
    assert_problem(bad, 422, "mode")


async def test_vocabularies_serve_modes_and_the_coop_mapping(client):
    vocabularies = {v["name"]: v for v in (await client.get(f"{API}/vocabularies")).json()}
    modes = {v["code"]: v["label_fr"] for v in vocabularies["visit_mode"]["values"]}
    assert modes["collective_workshop"] == "Dans un atelier collectif"
    mapping = {v["code"]: v["label_fr"] for v in vocabularies["skill_coop_theme"]["values"]}
    assert mapping["open-email-address"] == "E-mail"
    assert len(mapping) == 6
    assert "70_plus" in {v["code"] for v in vocabularies["visit_age_band"]["values"]}
