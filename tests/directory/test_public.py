"""The public directory: no credentials, open spaces only, no person's data, cache and CORS."""

import csv
import io
from datetime import UTC, datetime

from app.services.directory import public as public_directory

API = "/api/v1"
HOURS = [{"weekday": "monday", "opens": "14:00", "closes": "18:00"}]


async def test_lists_open_spaces_without_credentials(world, client):
    association = await world.association(contact_email="president@example.org")
    opened = await world.space(association.id, services=["administrative_procedures"],
                               access_modes=["walk_in"], opening_hours=HOURS,
                               latitude=50.69, longitude=3.17)
    await world.space(association.id, status="planned")
    await world.user("association", association_id=association.id)
    response = await client.get(f"{API}/public/spaces")
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [i["id"] for i in items] == [str(opened.id)]
    item = items[0]
    assert item["association_name"] == association.name
    assert item["label"] is None and item["next_workshops"] == []
    assert item["opening_hours_osm"] == "Mo 14:00-18:00; PH off"
    assert "president@example.org" not in response.text and "@example.org" not in response.text
    assert response.headers["cache-control"] == "public, max-age=300"
    again = await client.get(f"{API}/public/spaces",
                             headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304


async def test_filters_and_geojson(world, client):
    association = await world.association()
    a = await world.space(association.id, services=["administrative_procedures"],
                          latitude=50.69, longitude=3.17)
    b = await world.space(association.id, kind="paic")
    ids = lambda r: [i["id"] for i in r.json()["items"]]  # noqa: E731
    assert ids(await client.get(f"{API}/public/spaces?kind=paic")) == [str(b.id)]
    assert ids(await client.get(
        f"{API}/public/spaces?service=administrative_procedures")) == [str(a.id)]
    assert ids(await client.get(f"{API}/public/spaces?labelled=true")) == []
    geo = await client.get(f"{API}/public/spaces?format=geojson")
    assert geo.headers["content-type"].startswith("application/geo+json")
    body = geo.json()
    assert body["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in body["features"]}
    assert by_id[str(a.id)]["geometry"] == {"type": "Point", "coordinates": [3.17, 50.69]}
    assert by_id[str(b.id)]["geometry"] is None


async def test_open_now_in_paris_with_holidays_and_closures(world):
    association = await world.association()
    await world.space(association.id, opening_hours=HOURS, exceptional_closures=[
        {"from": "2026-03-16", "to": "2026-03-16", "reason": "Travaux"}])
    async with world.session() as session:
        async def open_at(moment: datetime) -> int:
            found = await public_directory.directory(session, open_now=True, now=moment)
            return len(found.items)

        assert await open_at(datetime(2026, 3, 9, 14, 30, tzinfo=UTC)) == 1  # 15:30 Paris
        assert await open_at(datetime(2026, 3, 9, 17, 30, tzinfo=UTC)) == 0  # 18:30 Paris
        assert await open_at(datetime(2026, 3, 16, 14, 30, tzinfo=UTC)) == 0  # closure
        assert await open_at(datetime(2026, 4, 6, 13, 0, tzinfo=UTC)) == 0  # Easter Monday


async def test_cors_open_on_public_only(client):
    origin = {"Origin": "https://portail.example.fr"}
    response = await client.get(f"{API}/public/spaces", headers=origin)
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers
    preflight = await client.options(f"{API}/public/spaces", headers={
        **origin, "Access-Control-Request-Method": "GET"})
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == "*"
    private = await client.get(f"{API}/spaces", headers=origin)
    assert "access-control-allow-origin" not in private.headers


async def test_space_writes_emit_outbox_events(world, client):
    from sqlalchemy import select

    from app.models.outbox import OutboxEvent

    association = await world.association()
    city = await world.user("city")
    space = await world.space(association.id, status="planned")
    await client.patch(f"{API}/spaces/{space.id}", json={"name": "Nouveau nom"},
                       headers=city.headers)
    await client.post(f"{API}/spaces/{space.id}/archive", headers=city.headers)
    async with world.session() as session:
        events = (await session.execute(select(OutboxEvent).order_by(OutboxEvent.sequence)))\
            .scalars().all()
    kinds = [(e.event_type, e.payload.get("changed")) for e in events if e.resource_type == "space"]
    assert kinds == [("space.created", []), ("space.updated", ["name"]),
                     ("space.archived", ["archived_at"])]
    assert events[-2].payload["name"] == "Nouveau nom"


async def test_a_closed_space_leaves_the_directory_and_the_national_export(world, client):
    w = await world.standard()
    space = await world.space(w["a1"].id, opening_hours=HOURS)

    async def shown() -> tuple[set[str], set[str]]:
        listed = (await client.get(f"{API}/public/spaces")).json()["items"]
        export = await client.get(f"{API}/public/lieux-mediation-numerique.csv")
        assert export.status_code == 200, export.text
        rows = csv.DictReader(io.StringIO(export.text))
        return {s["id"] for s in listed}, {r["id"] for r in rows}

    listed, exported = await shown()
    assert str(space.id) in listed and str(space.id) in exported
    closed = await client.post(f"{API}/spaces/{space.id}/transitions",
                               json={"to": "closed", "reason": "Fin d'activité"},
                               headers=w["assoc1"].headers)
    assert closed.status_code == 200, closed.text
    listed, exported = await shown()
    assert str(space.id) not in listed and str(space.id) not in exported
    assert str(w["s1"].id) in listed  # the others stay
