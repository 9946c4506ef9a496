"""Skills coverage (issue #18, item 5): the skills a space's open and filled missions require,
who covers them from training attendance changed through the API, resource persons, the gap,
and the upcoming sessions with places left that would close it; the network view."""

from tests.helpers_access import assert_problem
from tests.recruitment.helpers import API, MISSIONS, ok, open_mission, published_description
from tests.training import test_training
from tests.training.test_training import BASE as SESSIONS
from tests.training.test_training import new_session
from tests.training.test_training_enrolments import enrol, start_now

net = test_training.net  # a network with two training providers


async def _coverage(client, account, space_id, status=200) -> dict:
    return await ok(
        await client.get(f"{API}/spaces/{space_id}/skills-coverage", headers=account.headers),
        status,
    )


def _skill(coverage: dict, code: str) -> dict:
    return next(s for s in coverage["skills"] if s["code"] == code)


async def test_coverage_follows_missions_attendance_and_resource_persons(net, client, world):
    s1 = net["s1"]
    empty = await _coverage(client, net["assoc1"], s1.id)
    assert empty == {
        "space_id": str(s1.id),
        "association_id": str(net["a1"].id),
        "skills": [],
        "gaps": 0,
    }

    # a mission opened under a description requiring two skills: both are gaps
    description = await published_description(client, net["city"])
    mission = await open_mission(client, net["assoc1"], description["id"], s1.id)
    upcoming = await new_session(client, net["city"], net, skills=["read-caf-file"], capacity=2)
    coverage = await _coverage(client, net["assoc1"], s1.id)
    assert [s["code"] for s in coverage["skills"]] == ["open-email-address", "read-caf-file"]
    assert coverage["gaps"] == 2
    caf = _skill(coverage, "read-caf-file")
    assert caf["required_level"] == "practitioner" and caf["mission_ids"] == [mission["id"]]
    assert caf["gap"] is True and caf["covered_by"] == []
    assert [s["session_id"] for s in caf["sessions_closing_gap"]] == [upcoming["id"]]
    assert caf["sessions_closing_gap"][0]["places_left"] == 2
    assert _skill(coverage, "open-email-address")["sessions_closing_gap"] == []

    # the volunteer of S1 attends a session on the CAF file: that gap closes
    past = await new_session(
        client, net["city"], net, skills=["read-caf-file"], space_id=str(net["s1b"].id)
    )
    enrolment = await enrol(client, net["vol1"], past["id"], net["vol1"].id)
    await start_now(world, past["id"])
    await ok(
        await client.patch(
            f"{SESSIONS}/{past['id']}/enrolments/{enrolment['id']}",
            json={"attendance": "attended"},
            headers=net["anis"].headers,
        )
    )
    coverage = await _coverage(client, net["assoc1"], s1.id)
    caf = _skill(coverage, "read-caf-file")
    assert caf["gap"] is False and caf["sessions_closing_gap"] == []
    assert [p["user_id"] for p in caf["covered_by"]] == [str(net["vol1"].id)]
    assert coverage["gaps"] == 1

    # marked absent after all: the gap is back; a full session no longer closes it
    await ok(
        await client.patch(
            f"{SESSIONS}/{past['id']}/enrolments/{enrolment['id']}",
            json={"attendance": "absent"},
            headers=net["anis"].headers,
        )
    )
    other = await world.user("volunteer", association_id=net["a1"].id)
    await enrol(client, net["city"], upcoming["id"], other.id)
    await enrol(client, net["city"], upcoming["id"], net["vol1"].id)
    caf = _skill(await _coverage(client, net["assoc1"], s1.id), "read-caf-file")
    assert caf["gap"] is True and caf["sessions_closing_gap"] == []

    # a resource person of the association for the e-mail skill is listed, the gap stays
    await ok(
        await client.put(
            f"{API}/associations/{net['a1'].id}/resource-persons/{net['vol1'].id}",
            json={"skills": ["open-email-address"]},
            headers=net["assoc1"].headers,
        )
    )
    email = _skill(await _coverage(client, net["assoc1"], s1.id), "open-email-address")
    assert [p["user_id"] for p in email["resource_persons"]] == [str(net["vol1"].id)]
    assert email["gap"] is True

    # a cancelled mission requires nothing any more
    await ok(
        await client.post(
            f"{MISSIONS}/{mission['id']}/transitions",
            json={"to": "cancelled", "reason": "Plus de financement."},
            headers=net["assoc1"].headers,
        )
    )
    assert (await _coverage(client, net["assoc1"], s1.id))["skills"] == []


async def test_who_sees_the_coverage_and_the_network_view(net, client):
    description = await published_description(client, net["city"])
    await open_mission(client, net["assoc1"], description["id"], net["s1"].id)
    await open_mission(client, net["assoc2"], description["id"], net["s2"].id)
    for account in ("city", "assoc1", "vol1"):
        await _coverage(client, net[account], net["s1"].id)
    for account in ("assoc2", "partner"):
        assert_problem(
            await client.get(
                f"{API}/spaces/{net['s1'].id}/skills-coverage", headers=net[account].headers
            ),
            404,
        )
    network = await ok(
        await client.get(f"{API}/stats/skills-coverage", headers=net["city"].headers)
    )
    assert network["spaces"] == 2
    caf = next(s for s in network["skills"] if s["code"] == "read-caf-file")
    assert caf["spaces_requiring"] == 2
    assert set(caf["spaces_with_gap"]) == {str(net["s1"].id), str(net["s2"].id)}
    own = await ok(await client.get(f"{API}/stats/skills-coverage", headers=net["assoc1"].headers))
    assert own["spaces"] == 1
    assert_problem(
        await client.get(f"{API}/stats/skills-coverage", headers=net["partner"].headers), 404
    )
