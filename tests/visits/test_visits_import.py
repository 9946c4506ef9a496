"""Visit imports (streamed, one transaction, idempotent) and the statistics (both backends)."""

import json

import pytest

from app.models.visit import Visit, VisitDailyCount
from tests.helpers_access import assert_problem, count_rows
from tests.visits.visit_helpers import API, CSV, HEADER, NDJSON, csv_row, network, skill_marks

# An import commits for real: its staging table lives until COMMIT (ON COMMIT DROP), and
# several imports run in one test.
pytestmark = pytest.mark.commits


async def _import(client, who, body: str, content_type: str = CSV, **params):
    async def chunks():
        data = body.encode()
        for start in range(0, len(data), 97):
            yield data[start : start + 97]

    return await client.post(
        f"{API}/visits/import",
        content=chunks(),
        params=params,
        headers={**who.headers, "Content-Type": content_type},
    )


async def test_csv_import_is_idempotent(world, client):
    w = await network(world)
    body = HEADER + "".join(csv_row(n, w["s1"].id) for n in range(1, 41))
    body += csv_row(41, w["s1b"].id, mode="collective_workshop")
    first = await _import(client, w["assoc1"], body)
    assert first.status_code == 200, first.text
    report = first.json()
    assert (
        report["total_rows"],
        report["created"],
        report["unchanged"],
        report["invalid_rows"],
    ) == (41, 41, 0, 0)
    assert await count_rows(world, Visit) == 41
    assert await skill_marks(world) == 82
    again = await _import(client, w["assoc1"], body)
    assert (again.json()["created"], again.json()["unchanged"]) == (0, 41)
    assert await count_rows(world, Visit) == 41
    async with world.session() as session:
        from sqlalchemy import func, select

        visits = (await session.execute(select(func.sum(VisitDailyCount.visits)))).scalar_one()
        people = (
            await session.execute(select(func.sum(VisitDailyCount.participants)))
        ).scalar_one()
    assert (visits, people) == (41, 46)  # the rollup counted each visit once
    workshop = await client.get(
        f"{API}/visits", params={"mode": "collective_workshop"}, headers=w["assoc1"].headers
    )
    counts = workshop.json()["items"][0]["profile_counts"]
    assert counts["age_bands"] == {"60_69": 3, "70_plus": 2, "not_stated": 1}
    assert workshop.json()["items"][0]["source"] == "app"


async def test_all_or_nothing_reports_every_bad_row(world, client):
    w = await network(world)
    body = HEADER + csv_row(1, w["s1"].id) + csv_row(2, w["s1"].id, mode="teleport")
    body += csv_row(3, w["s2"].id)  # another association's space
    body += csv_row(4, w["s1"].id, skills="nope") + csv_row(1, w["s1"].id)  # repeated id
    body += csv_row(5, w["s1"].id, when="2030-01-01T10:00:00+01:00")
    response = await _import(client, w["assoc1"], body)
    problem = assert_problem(response, 422)
    report = problem["report"]
    assert report["invalid_rows"] == 5 and report["total_rows"] == 6
    where = {(e["row"], e["field"]) for e in report["errors"]}
    assert {(3, "mode"), (4, "space_id"), (5, "skills"), (7, "occurred_at")} <= where
    assert await count_rows(world, Visit) == 0
    partial = await _import(client, w["assoc1"], body, mode="partial")
    assert partial.status_code == 200, partial.text
    assert (partial.json()["created"], partial.json()["invalid_rows"]) == (1, 5)
    assert (6, "external_id") in {(e["row"], e["field"]) for e in partial.json()["errors"]}
    assert await count_rows(world, Visit) == 1


async def _rollup_totals(world) -> tuple:
    from sqlalchemy import func, select

    async with world.session() as session:
        row = (
            await session.execute(
                select(
                    func.coalesce(func.sum(VisitDailyCount.visits), 0),
                    func.coalesce(func.sum(VisitDailyCount.participants), 0),
                )
            )
        ).one()
    return tuple(row)


async def test_batches_repeats_and_rows_already_there(world, client, monkeypatch):
    """Rows are written a few at a time (here 4): a repeat in the same batch or a later one,
    and a row sent before, are told apart, and all-or-nothing still writes nothing."""
    from app.services.visits import imports as visit_imports

    monkeypatch.setattr(visit_imports, "BATCH", 4)
    w = await network(world)
    s1 = w["s1"].id
    sent = HEADER + "".join(csv_row(n, s1) for n in range(1, 7))
    first = await _import(client, w["assoc1"], sent)
    assert first.json()["created"] == 6, first.text
    lines = [1, 7, 8, 7, 9, 2, 10, 11, 12, 8, 1]  # file lines 2 to 12
    body = HEADER + "".join(csv_row(n, s1) for n in lines)
    body += csv_row(13, w["s1b"].id, mode="collective_workshop")
    response = await _import(client, w["assoc1"], body, mode="partial")
    assert response.status_code == 200, response.text
    report = response.json()
    assert (
        report["total_rows"],
        report["invalid_rows"],
        report["created"],
        report["unchanged"],
    ) == (12, 3, 7, 2)
    assert [(e["row"], e["field"], e["message"]) for e in report["errors"]] == [
        (5, "external_id", "already given on line 3"),
        (11, "external_id", "already given on line 4"),
        (12, "external_id", "already given on line 2"),
    ]
    assert await count_rows(world, Visit) == 13
    assert await skill_marks(world) == 26  # the created visits' skills, once each
    assert await _rollup_totals(world) == (13, 18)  # the workshop counts its 6 participants

    again = HEADER + "".join(csv_row(n, s1) for n in range(20, 28)) + csv_row(21, s1)
    refused = assert_problem(await _import(client, w["assoc1"], again), 422)
    assert refused["report"]["invalid_rows"] == 1
    assert refused["report"]["errors"][0]["message"] == "already given on line 3"
    bad_first = (
        HEADER
        + csv_row(30, s1, mode="teleport")
        + "".join(csv_row(n, s1) for n in range(31, 40))
        + csv_row(35, s1)
    )
    refused = assert_problem(await _import(client, w["assoc1"], bad_first), 422)
    assert {(e["row"], e["field"]) for e in refused["report"]["errors"]} == {
        (2, "mode"),
        (12, "external_id"),
    }
    assert await count_rows(world, Visit) == 13  # the batches moved before the refusal: undone
    assert await _rollup_totals(world) == (13, 18)


async def test_a_large_import_refreshes_the_planner_statistics(world, client, backend, monkeypatch):
    """After a bulk load PostgreSQL plans from stale statistics until autovacuum comes by;
    the import refreshes them itself (here "large" is made small)."""
    if backend != "postgresql":
        pytest.skip("PostgreSQL's planner statistics")
    from sqlalchemy import text

    from app.services.visits import imports as visit_imports

    query = text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'visits'")

    async def analysed():
        async with world.session() as session:
            return (await session.execute(query)).scalar_one()

    before = await analysed()
    w = await network(world)
    monkeypatch.setattr(visit_imports, "ANALYZE_AFTER", 5)
    small = await _import(client, w["assoc1"], HEADER + csv_row(1, w["s1"].id))
    assert small.status_code == 200 and await analysed() == before  # 1 row: left to autovacuum
    body = HEADER + "".join(csv_row(n, w["s1"].id) for n in range(2, 8))
    assert (await _import(client, w["assoc1"], body)).json()["created"] == 6
    after = await analysed()
    assert after is not None and (before is None or after > before)


async def test_ndjson_import_and_bad_formats(world, client):
    w = await network(world)
    rows = [
        {
            "external_id": "N-1",
            "space_id": str(w["s1"].id),
            "occurred_at": "2025-05-02T09:00:00+02:00",
            "duration_minutes": 30,
            "mode": "remote",
            "skills": ["open-email-address"],
            "age_band": "18_24",
        },
        {
            "external_id": "N-2",
            "space_id": str(w["s1"].id),
            "occurred_at": "2025-05-02T10:00:00+02:00",
            "duration_minutes": 90,
            "mode": "collective_workshop",
            "participants": 4,
            "genders": {"female": 3},
        },
    ]
    body = "\n".join(json.dumps(r) for r in rows) + "\n"
    response = await _import(client, w["vol1"], body, NDJSON)
    assert_problem(response, 403)  # volunteers record visits one by one; imports are scripts'
    response = await _import(client, w["assoc1"], body, NDJSON)
    assert response.status_code == 200 and response.json()["created"] == 2, response.text
    bad = await _import(client, w["assoc1"], '{"external_id": "N-3"\nnot json\n', NDJSON)
    assert assert_problem(bad, 422)["report"]["invalid_rows"] == 2
    assert_problem(await _import(client, w["assoc1"], "a;b", "text/plain"), 415)
    assert await count_rows(world, Visit) == 2


async def test_import_with_an_api_key_is_its_own_source(world, client):
    from tests.helpers_access import key_headers, make_key

    w = await network(world)
    raw, key = await make_key(world, association_id=w["a1"].id, scopes=["visits:import"])
    body = HEADER + csv_row(1, w["s1"].id)
    response = await client.post(
        f"{API}/visits/import", content=body, headers={**key_headers(raw), "Content-Type": CSV}
    )
    assert response.status_code == 200 and response.json()["created"] == 1, response.text
    listed = await client.get(f"{API}/visits", headers=w["assoc1"].headers)
    assert listed.json()["items"][0]["source"] == f"api_key:{key.id}"
    # the same external id from the app is another source's: a new visit
    again = await _import(client, w["assoc1"], body)
    assert again.json()["created"] == 1


async def test_stats_group_scope_and_shares(world, client):
    w = await network(world)
    body = HEADER + "".join(csv_row(n, w["s1"].id, duration_minutes=n * 7) for n in range(1, 8))
    body += csv_row(8, w["s1b"].id, mode="collective_workshop")
    body += csv_row(9, w["s1b"].id, when="2025-04-02T10:00:00+02:00")
    assert (await _import(client, w["assoc1"], body)).status_code == 200
    body2 = HEADER + csv_row(100, w["s2"].id)
    assert (await _import(client, w["assoc2"], body2)).status_code == 200

    async def stats(who, *group_by, **params):
        response = await client.get(
            f"{API}/stats/visits",
            headers=who.headers,
            params={"group_by": list(group_by), **params},
        )
        assert response.status_code == 200, response.text
        return response.json()

    by_space = await stats(w["city"], "space", "month")
    assert by_space["totals"]["visits"] == 10
    assert round(sum(r["share_of_visits"] for r in by_space["rows"]), 1) == 100.0
    assert round(sum(r["share_of_participants"] for r in by_space["rows"]), 1) == 100.0
    mine = await stats(w["assoc1"], "space")
    assert {r["keys"]["space"] for r in mine["rows"]} == {str(w["s1"].id), str(w["s1b"].id)}
    assert (await stats(w["vol1"], "space"))["totals"]["visits"] == 7
    ages = await stats(w["assoc1"], "age_band")
    by_band = {r["keys"]["age_band"]: r["participants"] for r in ages["rows"]}
    assert by_band == {"25_39": 8, "60_69": 3, "70_plus": 2, "not_stated": 1}
    march = {"from": "2025-03-01", "to": "2025-03-31"}  # `from_` was ignored before #21
    durations = await stats(w["assoc1"], "duration_band", **march)
    assert sum(r["visits"] for r in durations["rows"]) == 8
    skills = await stats(w["city"], "skill", "mode")
    assert {r["keys"]["skill"] for r in skills["rows"]} == {"read-caf-file", "print-attestations"}
    weeks = await stats(w["city"], "week", "association")
    assert sum(r["visits"] for r in weeks["rows"]) == 10
    for params in (
        {"group_by": ["space", "month", "week"]},
        {"group_by": ["galaxy"]},
        {"group_by": ["age_band", "social_status"]},
        {},
    ):
        response = await client.get(f"{API}/stats/visits", params=params, headers=w["city"].headers)
        assert_problem(response, 422, "group_by")
    partner = await world.user("partner", partner_id=(await world.partner()).id)
    assert (await stats(partner, "space"))["rows"] == []


def test_largest_remainder_adds_up_to_exactly_100():
    from app.services.visits.stats import shares

    for values in ([1, 1, 1], [2, 1, 1, 1, 1, 1], [999, 1], [1] * 7, [0, 0], [5]):
        result = shares(values)
        assert sum(round(v * 10) for v in result) in (1000, 0), (values, result)
    assert shares([1, 1, 1]) == [33.4, 33.3, 33.3]


async def test_activity_report_beside_the_network_median(world, client):
    w = await network(world)
    body = HEADER + "".join(csv_row(n, w["s1"].id) for n in range(1, 5))
    body += csv_row(5, w["s1b"].id) + csv_row(6, w["s1b"].id, referral="caf")
    assert (await _import(client, w["assoc1"], body)).status_code == 200
    response = await client.get(
        f"{API}/spaces/{w['s1'].id}/activity-report",
        params={"year": 2025},
        headers=w["vol1"].headers,
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["spaces_in_network"] == 2
    totals = {f["code"]: f for f in report["totals"]}
    assert totals["visits"]["value"] == 4 and totals["visits"]["network_median"] == 3.0
    march = next(m for m in report["months"] if m["month"] == "2025-03")
    assert march["visits"] == 4 and march["network_median_visits"] == 3.0
    referral = {f["code"]: f for f in report["referrals"]}
    assert referral["caf"]["value"] == 0 and referral["caf"]["network_median"] == 0.5
    assert {f["code"] for f in report["skills"]} == {"read-caf-file", "print-attestations"}
    other = await client.get(
        f"{API}/spaces/{w['s1'].id}/activity-report",
        params={"year": 2025},
        headers=w["assoc2"].headers,
    )
    assert_problem(other, 404)


async def test_a_line_the_csv_module_refuses_is_a_bad_row_not_a_crash(world, client):
    w = await network(world)
    broken = csv_row(2, w["s1"].id).replace("V-2,", "V\r2,", 1)  # a bare carriage return
    body = HEADER + csv_row(1, w["s1"].id) + broken + csv_row(3, w["s1"].id)
    response = await _import(client, w["assoc1"], body)
    report = assert_problem(response, 422)["report"]
    assert [(e["row"], e["field"]) for e in report["errors"]] == [(3, None)]
    assert "not valid CSV" in report["errors"][0]["message"]
    assert await count_rows(world, Visit) == 0
    partial = await _import(client, w["assoc1"], body, mode="partial")
    assert (partial.json()["created"], partial.json()["invalid_rows"]) == (2, 1)
