"""The list of spaces is built cheaply: Core rows (no ORM objects), each distinct stored value of
the hours, premises and closures validated once, and the same JSON as a read by id."""

from datetime import timedelta

from sqlalchemy import event, select

from app.core.actor import Actor
from app.core.clock import today as paris_today
from app.core.pagination import PageParams
from app.models.label import LabelApplication
from app.models.label.tables import LabelCriteriaVersion
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


async def test_a_read_by_id_picks_the_label_the_list_picks(world, client) -> None:
    """The read by id fetches the label in the space's own query (one round trip); the rule is
    the list's: the latest approved label still valid, else the latest one; a closed space's
    latest reads `space_closed`."""
    association = await world.association()
    today = paris_today()
    old, recent = today - timedelta(days=400), today - timedelta(days=10)
    valid, expired = today + timedelta(days=300), today - timedelta(days=5)
    cases = {  # (valid_from, valid_until) of each approved application, oldest first
        "valid then expired": [(old, valid), (recent, expired)],
        "two expired": [(old, expired - timedelta(days=30)), (recent, expired)],
        "two valid": [(old, valid), (recent, valid + timedelta(days=1))],
        "closed": [(old, valid)],
        "none": [],
    }
    spaces = {}
    async with world.session() as session:
        criteria = (await session.execute(select(LabelCriteriaVersion))).scalars().first()
    n = 0
    for name, grants in cases.items():
        space = await world.space(association.id, status="closed" if name == "closed" else "open")
        spaces[name] = space
        async with world.session() as session:
            for valid_from, valid_until in grants:
                n += 1
                session.add(
                    LabelApplication(
                        space_id=space.id, association_id=association.id,
                        criteria_version_id=criteria.id, criteria_version=criteria.number,
                        status="approved", label_number=f"ENC-T-{space.id.hex[:6]}-{n}",
                        valid_from=valid_from, valid_until=valid_until,
                    )
                )  # fmt: skip
            await session.commit()
    city = await world.user("city")
    listed = (await client.get(f"{API}/spaces", headers=city.headers)).json()["items"]
    by_id = {item["id"]: item["label"] for item in listed}
    expected = {
        "valid then expired": ("valid", valid),
        "two expired": ("expired", expired),
        "two valid": ("valid", valid + timedelta(days=1)),
        "closed": ("space_closed", valid),
        "none": ("none", None),
    }
    for name, space in spaces.items():
        label = (await client.get(f"{API}/spaces/{space.id}", headers=city.headers)).json()["label"]
        assert label == by_id[str(space.id)], name
        status, until = expected[name]
        assert (label["status"], label["valid_until"]) == (
            status, until.isoformat() if until else None
        ), name  # fmt: skip
