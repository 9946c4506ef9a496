"""Incremental sync of the lists apps cache (issue 21 item 1), on both backends.

Every test commits: a sync token is a database watermark, and on PostgreSQL a test's single
rolled-back transaction would give every change the same transaction id."""

import json

import pytest
from sqlalchemy import func, select

from app.models.visit import Visit
from tests.maintenance.test_maintenance_tickets import TERMS
from tests.sync.helpers import API, sync
from tests.visits.visit_helpers import ago

pytestmark = pytest.mark.commits


async def _patch_space(client, account, space_id, **body):
    response = await client.patch(f"{API}/spaces/{space_id}", json=body, headers=account.headers)
    assert response.status_code == 200, response.text


async def test_first_sync_then_changes_since_the_token(world, client):
    w = await world.standard()
    planned = await world.space(w["a1"].id, status="planned")
    city = w["city"].headers
    first = await sync(client, "/spaces", city)
    every = {str(w[name].id) for name in ("s1", "s1b", "s2")} | {str(planned.id)}
    assert set(first.items) == every and not first.tombstones

    quiet = await sync(client, "/spaces", city, first.token)
    assert quiet.items == [] and quiet.tombstones == {} and quiet.pages == 1

    await _patch_space(client, w["city"], w["s2"].id, phone="03 20 00 00 00")
    archived = await client.post(f"{API}/spaces/{planned.id}/archive", headers=city)
    assert archived.status_code == 200, archived.text
    created = await world.space(w["a2"].id)
    changed = await sync(client, "/spaces", city, quiet.token)
    assert changed.items == [str(w["s2"].id), str(created.id)]  # in change order
    assert changed.tombstones == {str(planned.id): "archived"}

    # A first sync leaves archived rows out; the plain list is unchanged (no sync fields).
    again = await sync(client, "/spaces", city)
    assert str(planned.id) not in again.items and str(created.id) in again.items
    plain = (await client.get(f"{API}/spaces", headers=city)).json()
    assert plain["tombstones"] is None and plain["sync_token"] is None


async def test_paging_through_a_sync(world, client):
    w = await world.standard()
    for _ in range(4):
        await world.space(w["a1"].id)
    city = w["city"].headers
    whole = await sync(client, "/spaces", city)
    paged = await sync(client, "/spaces", city, limit=2)
    assert paged.pages >= 4 and sorted(paged.items) == sorted(whole.items)
    assert len(set(paged.items)) == len(paged.items)

    spaces = whole.items[:5]
    for space_id in reversed(spaces):
        await _patch_space(client, w["city"], space_id, phone="03 20 11 11 11")
    changed = await sync(client, "/spaces", city, paged.token, limit=2)
    assert changed.items == list(reversed(spaces)) and changed.pages == 3


async def test_a_write_between_pages_comes_in_this_sync_or_the_next(world, client):
    w = await world.standard()
    city = w["city"].headers
    first = await client.get(f"{API}/spaces", params={"sync": "start", "limit": 1}, headers=city)
    cursor = first.json()["next_cursor"]
    added = await world.space(w["a1"].id)  # committed while the client pages
    seen = set(item["id"] for item in first.json()["items"])
    while cursor:
        page = (await client.get(f"{API}/spaces", params={"cursor": cursor}, headers=city)).json()
        seen |= {item["id"] for item in page["items"]}
        cursor, token = page["next_cursor"], page["sync_token"]
    later = await sync(client, "/spaces", city, token)
    assert str(added.id) in seen | set(later.items)
    assert str(added.id) in later.items  # after the watermark: always sent again


async def test_volunteer_unassigned_from_a_space_sees_it_and_its_rows_leave(world, client):
    w = await world.standard()
    vol = w["vol1"]
    visit = {"space_id": str(w["s1"].id), "occurred_at": ago(seconds=0),
             "duration_minutes": 30, "mode": "individual_support"}
    created = await client.post(f"{API}/visits", json=visit, headers=vol.headers)
    assert created.status_code == 201, created.text
    spaces = await sync(client, "/spaces", vol.headers)
    visits = await sync(client, "/visits", vol.headers)
    assert spaces.items == [str(w["s1"].id)] and visits.items == [created.json()["id"]]

    moved = await client.patch(f"{API}/users/{vol.id}", json={"space_ids": [str(w["s1b"].id)]},
                               headers=w["assoc1"].headers)
    assert moved.status_code == 200, moved.text
    spaces = await sync(client, "/spaces", vol.headers, spaces.token)
    assert spaces.tombstones == {str(w["s1"].id): "out_of_scope"}
    assert spaces.items == [str(w["s1b"].id)]  # the space gained comes whole
    visits = await sync(client, "/visits", vol.headers, visits.token)
    assert visits.tombstones == {created.json()["id"]: "out_of_scope"} and visits.items == []
    # The association still sees both spaces: nothing left its scope.
    assoc = await sync(client, "/visits", w["assoc1"].headers)
    assert assoc.items == [created.json()["id"]]


async def test_cancelled_ticket_and_session_are_tombstones(world, client):
    w = await world.standard()
    vol = w["vol1"]
    contract = await client.put(
        f"{API}/partners/{w['operator'].id}/maintenance-contract",
        json={"clock": "calendar", "is_network_default": True, "terms": TERMS},
        headers=w["city"].headers,
    )
    assert contract.status_code == 200, contract.text
    ticket = await client.post(f"{API}/maintenance-tickets", headers=vol.headers, json={
        "space_id": str(w["s1"].id), "category": "printer", "title": "Imprimante en panne",
        "description": "Bourrage papier"})
    assert ticket.status_code == 201, ticket.text
    tickets = await sync(client, "/maintenance-tickets", vol.headers)
    assert tickets.items == [ticket.json()["id"]]
    cancelled = await client.post(f"{API}/maintenance-tickets/{ticket.json()['id']}/transitions",
                                  json={"to": "cancelled"}, headers=vol.headers)
    assert cancelled.status_code == 200, cancelled.text
    tickets = await sync(client, "/maintenance-tickets", vol.headers, tickets.token)
    assert tickets.tombstones == {ticket.json()["id"]: "cancelled"} and tickets.items == []

    from tests.training.test_training import new_session

    session = await new_session(client, w["city"], w)
    sessions = await sync(client, "/training-sessions", vol.headers)
    assert session["id"] in sessions.items
    response = await client.post(
        f"{API}/training-sessions/{session['id']}/transitions",
        json={"to": "cancelled", "reason": "Formateur absent"}, headers=w["city"].headers,
    )
    assert response.status_code == 200, response.text
    sessions = await sync(client, "/training-sessions", vol.headers, sessions.token)
    assert sessions.tombstones == {session["id"]: "cancelled"}


async def test_enrolment_changes_the_session_it_counts_in(world, client):
    w = await world.standard()
    from tests.training.test_training import new_session

    session = await new_session(client, w["city"], w)
    first = await sync(client, "/training-sessions", w["vol1"].headers)
    enrolled = await client.post(f"{API}/training-sessions/{session['id']}/enrolments",
                                 json={"user_id": str(w["vol1"].id)}, headers=w["vol1"].headers)
    assert enrolled.status_code == 201, enrolled.text
    again = await sync(client, "/training-sessions", w["vol1"].headers, first.token)
    assert again.items == [session["id"]]


async def test_refusals(world, client):
    w = await world.standard()
    city, assoc = w["city"].headers, w["assoc1"].headers
    token = (await sync(client, "/spaces", city)).token

    async def refused(path, params, headers, loc):
        response = await client.get(f"{API}{path}", params=params, headers=headers)
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["loc"] == ["query", loc], response.json()

    await refused("/visits", {"sync": token}, city, "sync")  # another list
    await refused("/spaces", {"sync": token}, assoc, "sync")  # another caller
    await refused("/spaces", {"sync": "s1.bm9wZQ"}, city, "sync")
    await refused("/spaces", {"sync": "nonsense"}, city, "sync")
    await refused("/spaces", {"sync": token, "kind": "enc"}, city, "kind")
    await refused("/spaces", {"sync": token, "sort": "name"}, city, "sort")
    await refused("/spaces", {"sync": token, "format": "csv"}, city, "format")
    await refused("/spaces", {"sync": token, "updated_since": "2026-01-01T00:00:00Z"}, city,
                  "updated_since")
    await refused("/spaces", {"updated_since": "2026-01-01T00:00:00"}, city, "updated_since")
    page = (await client.get(f"{API}/spaces", params={"sync": "start", "limit": 1},
                             headers=city)).json()
    await refused("/spaces", {"cursor": page["next_cursor"]}, assoc, "cursor")
    await refused("/visits", {"cursor": page["next_cursor"]}, city, "cursor")
    # a list that does not sync refuses a sync cursor as any foreign cursor
    await refused("/associations", {"cursor": page["next_cursor"]}, city, "cursor")


async def test_updated_since_starts_from_a_moment(world, client):
    w = await world.standard()
    city = w["city"].headers
    late = await sync(client, "/spaces", city, None, updated_since="2199-01-01T00:00:00Z")
    assert late.items == []
    both = await sync(client, "/spaces", city, None, updated_since="2000-01-01T00:00:00Z")
    assert set(both.items) == {str(w[name].id) for name in ("s1", "s1b", "s2")}
    assert (await sync(client, "/spaces", city, both.token)).items == []


async def test_a_replayed_offline_batch_counts_each_visit_once(world, client):
    """An app that lost the answers sends its batch again: each visit's `external_id` (and its
    Idempotency-Key) keeps the replay from counting anyone twice, and the sync sends each once.
    A partner's import of the same rows twice is idempotent too."""
    w = await world.standard()
    home = await world.space(w["a1"].id, inaugurated_on="2020-01-01")
    vol = await world.user("volunteer", association_id=w["a1"].id, space_ids=[home.id])
    token = (await sync(client, "/visits", vol.headers)).token
    batch = [{"external_id": f"app-{n}", "space_id": str(home.id),
              "occurred_at": ago(days=1, seconds=n), "duration_minutes": 30,
              "mode": "individual_support"} for n in range(1, 4)]
    ids = []
    for _replay in range(2):
        for visit in batch:
            keyed = {**vol.headers, "Idempotency-Key": visit["external_id"]}
            response = await client.post(f"{API}/visits", json=visit, headers=keyed)
            assert response.status_code == 201, response.text
            ids.append(response.json()["id"])
            # without its key, the replay is refused on its external id: nothing written
            bare = await client.post(f"{API}/visits", json=visit, headers=vol.headers)
            assert bare.status_code == 422 and "external_id" in bare.text, bare.text
    assert ids[:3] == ids[3:]
    ndjson = "".join(
        json.dumps({**visit, "external_id": f"import-{visit['external_id']}"}) + "\n"
        for visit in batch
    )
    headers = {**w["assoc1"].headers, "Content-Type": "application/x-ndjson"}
    for _ in range(2):
        response = await client.post(f"{API}/visits/import", content=ndjson, headers=headers)
        assert response.status_code in (200, 201), response.text
    changed = await sync(client, "/visits", vol.headers, token)
    assert len(changed.items) == 6 == len(set(changed.items)) and set(ids) <= set(changed.items)
    async with world.session() as session:
        count = select(func.count()).select_from(Visit)
        assert (await session.execute(count)).scalar_one() == 6


async def test_an_item_moved_away_leaves_the_list_of_who_sees_its_old_space(world, client):
    from tests.equipment.test_equipment import move, placed

    w = await world.standard()
    items = await placed(client, w)
    vol = w["vol1"]
    first = await sync(client, "/equipment", vol.headers)
    assert first.items == [items["s1"]["id"]]
    # Moved within the association: the association still sees it, the volunteer does not.
    moved = await move(client, w["city"], items["s1"]["id"], kind="transfer",
                       space_id=str(w["s1b"].id))
    assert moved.status_code == 201, moved.text
    after = await sync(client, "/equipment", vol.headers, first.token)
    assert after.tombstones == {items["s1"]["id"]: "out_of_scope"} and after.items == []
    assoc = await sync(client, "/equipment", w["assoc1"].headers)
    again = await sync(client, "/equipment", w["assoc1"].headers, assoc.token)
    assert again.tombstones == {} and again.items == []
    # Nobody else hears of it: assoc2 never saw s1.
    other = await sync(client, "/equipment", w["assoc2"].headers, "start")
    assert items["s1"]["id"] not in other.items


async def test_the_log_is_pruned_and_a_token_from_before_must_start_again(world, client):
    from datetime import UTC, datetime, timedelta

    from app.core.scheduler import Scheduler
    from app.services.jobs import SYNC_LOG_PURGE, scheduled_jobs

    w = await world.standard()
    city = w["city"].headers
    old = await sync(client, "/spaces", city)
    settings = world.app.state.settings
    maker = world.app.state.sessionmaker
    later = datetime.now(UTC) + timedelta(days=settings.sync_log_retention_days + 2)
    scheduler = Scheduler(maker, scheduled_jobs(maker, settings), clock=lambda: later)
    purged = await scheduler.run_pass([SYNC_LOG_PURGE])
    assert purged[SYNC_LOG_PURGE] >= 3  # the spaces' creation, at least
    response = await client.get(f"{API}/spaces", params={"sync": old.token}, headers=city)
    assert response.status_code == 422 and "start again" in response.text, response.text
    since = {"updated_since": "2026-01-01T00:00:00Z"}
    assert (await client.get(f"{API}/spaces", params=since, headers=city)).status_code == 422
    fresh = await sync(client, "/spaces", city)  # a first sync starts afresh
    assert len(fresh.items) == 3
    # The horizon is one row, kept and replaced by each pass.
    assert (await scheduler.run_pass([SYNC_LOG_PURGE]))[SYNC_LOG_PURGE] == 1
