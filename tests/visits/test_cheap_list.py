"""The list of visits reads Core rows (no ORM objects) and shows each visit as a read by id does."""

from sqlalchemy import event

from app.models.visit import Visit
from tests.visits.visit_helpers import API, network, visit_body


async def test_the_list_loads_no_orm_objects_and_matches_the_reads(world, client) -> None:
    w = await network(world)
    workshop = visit_body(
        w["s1"].id,
        mode="collective_workshop",
        participants=5,
        profile=None,
        profile_counts={"age_bands": {"60_69": 3}, "first_visits": 2},
        skills=["read-caf-file", "print-attestations"],
    )
    for who, body in (
        ("assoc1", visit_body(w["s1"].id)),
        ("assoc2", visit_body(w["s2"].id, skills=[])),
        ("assoc1", workshop),
    ):
        created = await client.post(f"{API}/visits", json=body, headers=w[who].headers)
        assert created.status_code == 201, created.text
    loaded = []

    def count(target, _context) -> None:
        loaded.append(target)

    event.listen(Visit, "load", count)
    try:
        listed = await client.get(f"{API}/visits", headers=w["city"].headers)
    finally:
        event.remove(Visit, "load", count)
    assert listed.status_code == 200
    items = listed.json()["items"]
    assert len(items) == 3
    assert loaded == []  # the ORM path loads one Visit per item
    for item in items:
        one = await client.get(f"{API}/visits/{item['id']}", headers=w["city"].headers)
        assert one.json() == item
