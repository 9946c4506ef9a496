"""`/stats/subscriptions`: exact cents per space and for the network the caller sees, cost per
opening hour and per visit from the spaces' hours and visits, Mbit/s per euro, the spaces
without a working connection, and the commitments that could be pooled."""

from datetime import UTC, datetime

from tests.subscriptions.helpers import API, STATS, day, ok, subscribe


async def _visits(client, account, space_id, n: int) -> None:
    for _ in range(n):
        body = {
            "space_id": str(space_id),
            "occurred_at": datetime.now(UTC).isoformat(),
            "duration_minutes": 30,
            "mode": "free_access",
        }
        await ok(await client.post(f"{API}/visits", json=body, headers=account.headers), 201)


async def _network(net, client) -> None:
    """S1: cable (measured 82 Mbit/s) and a printing contract; S1b: cable ordered, not in
    service; S2: cable (advertised 50 Mbit/s). S1 and S2's commitments end 30 days apart."""
    await subscribe(
        client,
        net["assoc1"],
        net["s1"].id,
        measured_down_kbps=82000,
        measured_up_kbps=4600,
        measured_on=day(-3),
        commitment_ends_on=day(40),
    )
    await subscribe(
        client,
        net["assoc1"],
        net["s1"].id,
        kind="printing",
        provider="Ricoh",
        offer="Copieur couleur",
        connection_type=None,
        advertised_down_kbps=None,
        advertised_up_kbps=None,
        monthly_cost_excl_vat_cents=1500,
        monthly_cost_incl_vat_cents=1800,
        payer="association",
    )
    await subscribe(client, net["assoc1"], net["s1b"].id, status="planned", started_on=day(0))
    await subscribe(
        client,
        net["city"],
        net["s2"].id,
        provider="NUMERICABLE ",
        offer="Box 50",
        advertised_down_kbps=50000,
        monthly_cost_excl_vat_cents=2000,
        monthly_cost_incl_vat_cents=2400,
        started_on=day(-100),
        commitment_ends_on=day(70),
    )
    await _visits(client, net["assoc1"], net["s1"].id, 3)


async def test_per_space_and_network_figures_are_exact(net, client):
    await _network(net, client)
    stats = await ok(await client.get(STATS, headers=net["city"].headers))
    assert (stats["period_start"], stats["period_end"]) == (day(-29), day(0))
    by_id = {s["space_id"]: s for s in stats["spaces"]}
    s1 = by_id[str(net["s1"].id)]
    assert s1["subscriptions"] == 2
    assert (s1["monthly_cost_excl_vat_cents"], s1["monthly_cost_incl_vat_cents"]) == (4400, 5280)
    assert s1["weekly_opening_hours"] == "7.00"
    # 5280 × 60 / (420 min × 52/12) = 174.07 → 174
    assert s1["cost_per_opening_hour_cents"] == 174
    # 30 days of 5280 a month (a month = 365/12 days): 5207.67 → 5208; over 3 visits 1735.89
    assert s1["visits"] == 3 and s1["period_cost_incl_vat_cents"] == 5208
    assert s1["cost_per_visit_cents"] == 1736
    # 82000 kbit/s for 34.80 € a month: 2.356 → 2.36
    assert s1["internet_down_kbps"] == 82000 and s1["mbps_per_euro"] == "2.36"
    assert s1["has_working_connection"] is True
    s1b = by_id[str(net["s1b"].id)]
    assert s1b["subscriptions"] == 0 and s1b["monthly_cost_incl_vat_cents"] == 0
    assert s1b["cost_per_opening_hour_cents"] is None and s1b["cost_per_visit_cents"] is None
    assert s1b["has_working_connection"] is False and s1b["mbps_per_euro"] is None
    network = stats["network"]
    assert network["spaces"] == 3 and network["subscriptions"] == 3
    assert network["monthly_cost_excl_vat_cents"] == 6400
    assert network["monthly_cost_incl_vat_cents"] == 7680
    assert network["cost_per_opening_hour_cents"] == 253  # 460800 / 1820 = 253.19
    assert network["period_cost_incl_vat_cents"] == 7575  # 2764800 / 365 = 7574.79
    assert network["cost_per_visit_cents"] == 2525  # 7574.79 / 3 = 2524.93
    assert network["mbps_per_euro"] == "2.24"  # 132000 / 58800 = 2.2449
    assert network["spaces_without_working_connection"] == 1
    assert [(w["space_id"], w["gap"]) for w in stats["without_working_connection"]] == [
        (str(net["s1b"].id), "planned")
    ]
    [group] = stats["pooling_groups"]
    assert group["spaces"] == 2 and group["monthly_cost_incl_vat_cents"] == 3480 + 2400
    assert (group["commitments_end_from"], group["commitments_end_to"]) == (day(40), day(70))
    assert {m["space_id"] for m in group["members"]} == {str(net["s1"].id), str(net["s2"].id)}
    narrow = await ok(
        await client.get(STATS, params={"pooling_window_days": 29}, headers=net["city"].headers)
    )
    assert narrow["pooling_groups"] == []


async def test_cost_over_a_period_follows_the_periods_of_history(net, client):
    """A change of offer in the middle of the period: each period costs its own days."""
    first = await subscribe(client, net["assoc1"], net["s1"].id, started_on=day(-400))
    change = {
        "starts_on": day(-9),
        "monthly_cost_excl_vat_cents": 3000,
        "monthly_cost_incl_vat_cents": 3600,
    }
    await ok(
        await client.post(
            f"{API}/subscriptions/{first['id']}/periods", json=change, headers=net["assoc1"].headers
        ),
        201,
    )
    stats = await ok(await client.get(STATS, headers=net["assoc1"].headers))
    [s1] = [s for s in stats["spaces"] if s["space_id"] == str(net["s1"].id)]
    assert s1["monthly_cost_incl_vat_cents"] == 3600  # the period in force today
    # 20 days at 3480 and 10 at 3600, a month of 365/12 days: (69600 + 36000) × 12 / 365
    assert s1["period_cost_incl_vat_cents"] == 3472  # 3471.78


async def test_scoped_by_role(net, client):
    await _network(net, client)
    own = await ok(await client.get(STATS, headers=net["assoc1"].headers))
    assert {s["space_id"] for s in own["spaces"]} == {str(net["s1"].id), str(net["s1b"].id)}
    assert own["pooling_groups"] == []  # S2 is not A1's
    assert own["network"]["monthly_cost_incl_vat_cents"] == 5280
    other = await ok(await client.get(STATS, headers=net["assoc2"].headers))
    assert [s["space_id"] for s in other["spaces"]] == [str(net["s2"].id)]
    volunteer = await ok(await client.get(STATS, headers=net["vol1"].headers))
    assert [s["space_id"] for s in volunteer["spaces"]] == [str(net["s1"].id)]
    assert (await client.get(STATS, headers=net["partner"].headers)).status_code == 404
    assert (await client.get(STATS)).status_code == 401


async def test_out_of_service_and_no_subscription(net, client):
    created = await subscribe(client, net["assoc1"], net["s1"].id)
    await ok(
        await client.patch(
            f"{API}/subscriptions/{created['id']}",
            json={"status": "out_of_service"},
            headers=net["assoc1"].headers,
        )
    )
    stats = await ok(await client.get(STATS, headers=net["assoc1"].headers))
    gaps = {w["space_id"]: w["gap"] for w in stats["without_working_connection"]}
    assert gaps == {
        str(net["s1"].id): "out_of_service",
        str(net["s1b"].id): "no_internet_subscription",
    }
    [s1] = [s for s in stats["spaces"] if s["space_id"] == str(net["s1"].id)]
    assert s1["monthly_cost_incl_vat_cents"] == 3480  # still paid while down
    assert s1["mbps_per_euro"] is None


async def test_bad_period_is_422(net, client):
    for params in (
        {"from": day(0), "to": day(-1)},
        {"pooling_window_days": 0},
        {"from": "2026-02-30"},
    ):
        response = await client.get(STATS, params=params, headers=net["city"].headers)
        assert response.status_code == 422, params
