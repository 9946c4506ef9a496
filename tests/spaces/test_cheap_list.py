"""The list of spaces is built cheaply: Core rows (no ORM objects), each distinct stored value of
the hours, premises and closures validated once, and the same JSON as a read by id."""

from sqlalchemy import event

from app.core.actor import Actor
from app.core.pagination import PageParams
from app.models.label import LabelApplication
from app.models.space import Space
from app.services.spaces import records
from tests.core.test_http_helpers import API

HOURS = [
    {"weekday": "monday", "opens": "14:00", "closes": "18:00"},
    {"weekday": "wednesday", "opens": "09:00", "closes": "12:00"},
]


def _city(world_user) -> Actor:
    return Actor(kind="user", role="city", user_id=world_user.id)


async def test_the_list_loads_no_orm_objects(world) -> None:
    association = await world.association()
    for _ in range(3):
        await world.space(association.id, opening_hours=HOURS)
    city = await world.user("city")
    loaded = []

    def count(target, _context) -> None:
        loaded.append(type(target).__name__)

    for model in (Space, LabelApplication):
        event.listen(model, "load", count)
    try:
        await _list(world, city, loaded)
    finally:
        for model in (Space, LabelApplication):
            event.remove(model, "load", count)


async def _list(world, city, loaded: list) -> None:
    async with world.session() as session:
        listing = records.list_spaces(
            session,
            _city(city.user),
            association_id=None,
            kind=None,
            status=None,
            neighbourhood=None,
            q=None,
            include_archived=False,
        )
        page = await listing.page(PageParams(limit=50, cursor=None, sort=None))
        assert len(page.items) == 3
        # Read-only: no ORM object was loaded (the ORM path loads one per space and label).
        assert loaded == []
        assert len(session.identity_map) == 0


async def test_derived_hours_are_computed_once_per_distinct_value(world, client) -> None:
    association = await world.association()
    other = [{"weekday": "friday", "opens": "10:00", "closes": "11:30"}]
    for _ in range(4):
        await world.space(association.id, opening_hours=HOURS)
    await world.space(association.id, opening_hours=other)
    city = await world.user("city")
    first = await client.get(f"{API}/spaces", headers=city.headers)
    assert first.status_code == 200
    before = records.HOURS.misses
    again = await client.get(f"{API}/spaces", headers=city.headers)
    assert again.json() == first.json()
    assert records.HOURS.misses == before  # nothing recomputed: every value was remembered
    hours = {item["opening_hours_osm"] for item in again.json()["items"]}
    assert hours == {"Mo 14:00-18:00; We 09:00-12:00", "Fr 10:00-11:30"}
    weekly = {item["weekly_opening_hours"] for item in again.json()["items"]}
    assert weekly == {7.0, 1.5}


async def test_a_list_item_is_the_read_by_id(world, client) -> None:
    association = await world.association()
    await world.space(
        association.id,
        opening_hours=HOURS,
        exceptional_closures=[{"from": "2026-12-24", "to": "2027-01-02", "reason": "Fêtes"}],
        premises={"dedicated_room": True, "wheelchair_accessible": True},
    )
    await world.space(association.id)  # nothing but the defaults
    city = await world.user("city")
    items = (await client.get(f"{API}/spaces", headers=city.headers)).json()["items"]
    assert len(items) == 2
    for item in items:
        one = await client.get(f"{API}/spaces/{item['id']}", headers=city.headers)
        assert one.json() == item
