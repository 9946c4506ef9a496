"""Background imports: uploads in parts (resumable), jobs queued → running → succeeded |
failed | cancelled, progress, restart safety, the import.finished event (both backends)."""

import asyncio
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.clock import utcnow
from app.models.import_job import ImportJob
from app.models.outbox import OutboxEvent
from app.models.visit import Visit
from tests.helpers_access import assert_problem, count_rows, key_headers, make_key
from tests.import_jobs.helpers import (
    post_file,
    runner,
    running_in_this_process,
    slow_runner,
    visits_csv,
)
from tests.visits.visit_helpers import API, HEADER, csv_row, network

# The imports commit for real (their staging tables live until COMMIT), and the runner uses
# its own sessions.
pytestmark = pytest.mark.commits


async def _events(world, job_id) -> list[dict]:
    async with world.session() as session:
        rows = await session.execute(
            select(OutboxEvent.payload).where(
                OutboxEvent.event_type == "import.finished", OutboxEvent.resource_id == str(job_id)
            )
        )
        return [row[0] for row in rows.all()]


async def _job(client, who, job_id) -> dict:
    response = await client.get(f"{API}/imports/{job_id}", headers=who.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def test_an_upload_in_parts_resumes_at_received_bytes_and_imports(world, client, app):
    w = await network(world)
    data = visits_csv(w["s1"].id, 30).encode()
    me = w["assoc1"].headers
    created = await client.post(
        f"{API}/imports/uploads",
        json={
            "kind": "visits",
            "content_type": "text/csv",
            "size": len(data),
            "filename": "visites.csv",
        },
        headers=me,
    )
    assert created.status_code == 201, created.text
    upload = created.json()
    assert (upload["received_bytes"], upload["complete"]) == (0, False)
    url = f"{API}/imports/uploads/{upload['id']}"
    assert created.headers["location"] == url
    first = await client.put(
        f"{url}/content", content=data[:1000], headers={**me, "Upload-Offset": "0"}
    )
    assert first.status_code == 200, first.text
    assert first.json()["received_bytes"] == 1000
    again = await client.put(
        f"{url}/content", content=data[:1000], headers={**me, "Upload-Offset": "0"}
    )  # a part sent twice
    assert assert_problem(again, 409)["received_bytes"] == 1000
    ahead = await client.put(
        f"{url}/content", content=data[2000:], headers={**me, "Upload-Offset": "2000"}
    )
    assert assert_problem(ahead, 409)["received_bytes"] == 1000
    early = await client.post(
        f"{API}/imports", json={"kind": "visits", "upload_id": upload["id"]}, headers=me
    )
    assert assert_problem(early, 409)["received_bytes"] == 1000
    held = (await client.get(url, headers=me)).json()["received_bytes"]
    rest = await client.put(
        f"{url}/content", content=data[held:], headers={**me, "Upload-Offset": str(held)}
    )
    assert rest.json() | {"updated_at": None} == rest.json() | {
        "received_bytes": len(data),
        "complete": True,
        "updated_at": None,
    }
    started = await client.post(
        f"{API}/imports",
        json={"kind": "visits", "upload_id": upload["id"], "mode": "partial"},
        headers=me,
    )
    assert started.status_code == 202, started.text
    job = started.json()
    assert started.headers["location"] == f"{API}/imports/{job['id']}"
    assert (job["status"], job["total_bytes"], job["rows_read"]) == ("queued", len(data), 0)
    assert job["allowed_transitions"] == ["cancelled"]
    assert (await runner(app).run_once()) == 1
    done = await _job(client, w["assoc1"], job["id"])
    assert done["status"] == "succeeded", done
    assert (done["rows_read"], done["rows_accepted"], done["rows_rejected"]) == (30, 30, 0)
    assert done["bytes_read"] == len(data) and done["attempts"] == 1
    assert done["report"]["created"] == 30 and done["allowed_transitions"] == []
    assert await count_rows(world, Visit) == 30
    assert await _events(world, job["id"]) == [
        {
            "id": job["id"],
            "kind": "visits",
            "status": "succeeded",
            "association_id": str(w["a1"].id),
            "rows_read": 30,
            "rows_accepted": 30,
            "rows_rejected": 0,
        }
    ]
    reused = await client.post(
        f"{API}/imports", json={"kind": "visits", "upload_id": upload["id"]}, headers=me
    )
    assert_problem(reused, 409)
    more = await client.put(
        f"{url}/content", content=b"x", headers={**me, "Upload-Offset": str(len(data))}
    )
    assert_problem(more, 409)
    assert (await runner(app).run_once()) == 0


async def test_a_file_as_the_body_runs_partial_with_its_report(world, client, app):
    w = await network(world)
    body = visits_csv(w["s1"].id, 5) + csv_row(6, w["s1"].id, mode="teleport")
    started = await post_file(client, w["assoc1"], body, mode="partial")
    assert started.status_code == 202, started.text
    await runner(app).run_once()
    done = await _job(client, w["assoc1"], started.json()["id"])
    assert (done["status"], done["rows_accepted"], done["rows_rejected"]) == ("succeeded", 5, 1)
    assert [(e["row"], e["field"]) for e in done["report"]["errors"]] == [(7, "mode")]
    assert await count_rows(world, Visit) == 5


async def test_all_or_nothing_with_bad_rows_fails_with_the_report_and_writes_nothing(
    world, client, app
):
    w = await network(world)
    body = visits_csv(w["s1"].id, 5) + csv_row(6, w["s2"].id)  # another association's space
    started = await post_file(client, w["assoc1"], body)
    await runner(app).run_once()
    done = await _job(client, w["assoc1"], started.json()["id"])
    assert done["status"] == "failed"
    assert done["problem"]["status"] == 422 and "nothing was written" in done["problem"]["detail"]
    assert (done["rows_accepted"], done["rows_rejected"]) == (5, 1)
    assert (done["report"]["errors"][0]["row"], done["report"]["errors"][0]["field"]) == (
        7,
        "space_id",
    )
    assert await count_rows(world, Visit) == 0
    assert (await _events(world, done["id"]))[0]["status"] == "failed"


async def test_the_body_must_be_csv_or_ndjson_with_a_kind(world, client):
    w = await network(world)
    refused = await client.post(
        f"{API}/imports",
        content=b"a,b\n",
        params={"kind": "visits"},
        headers={**w["assoc1"].headers, "Content-Type": "text/plain"},
    )
    assert_problem(refused, 415)
    no_kind = await client.post(
        f"{API}/imports",
        content=b"a\n",
        headers={**w["assoc1"].headers, "Content-Type": "text/csv"},
    )
    assert_problem(no_kind, 422)
    visits_dry = await post_file(client, w["assoc1"], HEADER, dry_run="true")
    assert_problem(visits_dry, 422)
    # A JSON body is refused as every JSON body of the API is: malformed at its position, a
    # bad field at its place; and no job is written.
    malformed = await client.post(
        f"{API}/imports",
        content=b'{"kind": "visits",',
        headers={**w["assoc1"].headers, "Content-Type": "application/json"},
    )
    assert_problem(malformed, 422)
    (error,) = malformed.json()["errors"]
    assert error["loc"] == ["body"] and error["type"] == "json_invalid"
    assert error["msg"].startswith("Malformed JSON at line 1, column 19"), error
    unknown = await client.post(
        f"{API}/imports", json={"kind": "visits"}, headers=w["assoc1"].headers
    )
    assert_problem(unknown, 422)
    assert unknown.json()["errors"][0]["loc"][:1] == ["body"]
    assert await count_rows(world, ImportJob) == 0


async def test_an_equipment_job_runs_as_the_city(world, client, app):
    city = await world.user("city")
    body = (
        "inventory_number,kind,funding_source\nENC-2026-09001,desktop,assoclic\n"
        "ENC-2026-09002,laptop,donation\n"
    )
    started = await post_file(client, city, body, kind="equipment", dry_run="true")
    assert started.status_code == 202, started.text
    await runner(app).run_once()
    done = await _job(client, city, started.json()["id"])
    assert (done["status"], done["dry_run"], done["report"]["created"]) == ("succeeded", True, 2)
    listed = await client.get(f"{API}/equipment", headers=city.headers)
    assert listed.json()["items"] == []  # a dry run


async def test_cancelling_a_queued_job_keeps_nothing(world, client, app):
    w = await network(world)
    started = await post_file(client, w["assoc1"], visits_csv(w["s1"].id, 3))
    job_id = started.json()["id"]
    cancelled = await client.delete(f"{API}/imports/{job_id}", headers=w["assoc1"].headers)
    assert cancelled.status_code == 200, cancelled.text
    assert (cancelled.json()["status"], cancelled.json()["allowed_transitions"]) == (
        "cancelled",
        [],
    )
    assert (await runner(app).run_once()) == 0
    assert await count_rows(world, Visit) == 0
    again = await client.delete(f"{API}/imports/{job_id}", headers=w["assoc1"].headers)
    assert_problem(again, 409)
    assert [e["status"] for e in await _events(world, job_id)] == ["cancelled"]


async def test_cancelling_a_running_job_rolls_its_import_back(world, client, app):
    w = await network(world)
    started = await post_file(client, w["assoc1"], visits_csv(w["s1"].id, 40))
    job_id = started.json()["id"]
    running = asyncio.create_task(slow_runner(app).run_once())
    await running_in_this_process(job_id)
    progress = await _job(client, w["assoc1"], job_id)
    assert progress["status"] == "running" and 0 < progress["bytes_read"] < progress["total_bytes"]
    assert progress["rows_read"] > 0 and progress["rows_accepted"] is None
    # The city's first request: its caller is looked up (not cached) while the import runs.
    cancelled = await client.delete(f"{API}/imports/{job_id}", headers=w["city"].headers)
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"] == "cancelled"
    assert await asyncio.wait_for(running, 30) == 1
    assert await count_rows(world, Visit) == 0
    assert (await _job(client, w["assoc1"], job_id))["status"] == "cancelled"


async def test_a_job_cancelled_elsewhere_stops_at_the_next_heartbeat(world, client, app, backend):
    """Another replica's DELETE (here, the row changed directly): the runner's heartbeat sees
    the job is no longer its own and rolls the import back (PostgreSQL: on SQLite the import
    holds the one write lock, so nobody else can change the row meanwhile)."""
    if backend != "postgresql":
        pytest.skip("SQLite has one writer: the row cannot change under a running import")
    w = await network(world)
    started = await post_file(client, w["assoc1"], visits_csv(w["s1"].id, 40))
    job_id = uuid.UUID(started.json()["id"])
    running = asyncio.create_task(slow_runner(app).run_once())
    await running_in_this_process(str(job_id))
    async with world.session() as session:
        job = await session.get(ImportJob, job_id)
        job.status = "cancelled"
        await session.commit()
    assert await asyncio.wait_for(running, 30) == 1
    assert await count_rows(world, Visit) == 0


async def test_a_job_whose_runner_died_runs_again_from_the_start_exactly_once(world, client, app):
    w = await network(world)
    started = await post_file(client, w["assoc1"], visits_csv(w["s1"].id, 40))
    job_id = started.json()["id"]
    dying = asyncio.create_task(slow_runner(app, import_lease_seconds=5).run_once())
    await running_in_this_process(job_id)
    dying.cancel()  # the process dies: its transaction goes with it, the lease stays
    with pytest.raises(asyncio.CancelledError):
        await dying
    stuck = await _job(client, w["assoc1"], job_id)
    assert (stuck["status"], stuck["attempts"]) == ("running", 1)
    assert await count_rows(world, Visit) == 0
    other = runner(app)
    assert await other.run_once() == 0  # the lease still runs: nothing to do
    assert await other.run_once(utcnow() + timedelta(seconds=10)) == 2  # requeued, then run
    done = await _job(client, w["assoc1"], job_id)
    assert (done["status"], done["attempts"], done["report"]["created"]) == ("succeeded", 2, 40)
    assert await count_rows(world, Visit) == 40
    assert len(await _events(world, job_id)) == 1


async def test_a_runner_that_lost_its_job_cannot_commit_it(world, client, app):
    """A runner presumed dead (its lease ran out) that is in fact alive: the job went to
    another runner, so the first one's commit is refused and its import rolled back."""
    w = await network(world)
    started = await post_file(client, w["assoc1"], visits_csv(w["s1"].id, 10))
    job_id = started.json()["id"]
    late, fresh = runner(app), runner(app)
    claimed = await late.claim(utcnow() - timedelta(minutes=5))  # its lease ran out long ago
    assert claimed is not None and claimed.attempt == 1
    assert await fresh.run_once() == 2
    await late.run(claimed)  # wakes up: refused at commit
    done = await _job(client, w["assoc1"], job_id)
    assert (done["status"], done["attempts"], done["report"]["created"]) == ("succeeded", 2, 10)
    assert await count_rows(world, Visit) == 10
    assert len(await _events(world, job_id)) == 1


async def test_jobs_and_uploads_are_seen_by_their_association_and_the_city(world, client, app):
    w = await network(world)
    started = await post_file(client, w["assoc1"], visits_csv(w["s1"].id, 2))
    job = started.json()
    for who in (w["assoc2"], w["vol1"]):
        for method, url in (
            ("GET", f"{API}/imports/{job['id']}"),
            ("DELETE", f"{API}/imports/{job['id']}"),
            ("GET", f"{API}/imports/uploads/{job['upload_id']}"),
        ):
            assert_problem(await client.request(method, url, headers=who.headers), 404)
        listed = await client.get(f"{API}/imports", headers=who.headers)
        assert listed.json()["items"] == []
    city = await client.get(
        f"{API}/imports", params={"status": "queued"}, headers=w["city"].headers
    )
    assert [item["id"] for item in city.json()["items"]] == [job["id"]]
    vol = await client.post(
        f"{API}/imports/uploads",
        json={"kind": "visits", "content_type": "text/csv"},
        headers=w["vol1"].headers,
    )
    assert_problem(vol, 403)
    raw, _ = await make_key(world, association_id=w["a1"].id, scopes=["equipment:import"])
    key = key_headers(raw)
    assert_problem(await client.get(f"{API}/imports/{job['id']}", headers=key), 403)
    assert (await client.get(f"{API}/imports", headers=key)).json()["items"] == []
    assert_problem(await post_file(client, type("K", (), {"headers": key}), HEADER), 403)


async def test_sizes_beyond_the_limits_are_413(world, client, app):
    w = await network(world)
    me = w["assoc1"].headers
    huge = await client.post(
        f"{API}/imports/uploads",
        json={"kind": "visits", "content_type": "text/csv", "size": 3 * 1024**3},
        headers=me,
    )
    assert_problem(huge, 413)
    small = await client.post(
        f"{API}/imports/uploads",
        json={"kind": "visits", "content_type": "text/csv", "size": 10},
        headers=me,
    )
    url = f"{API}/imports/uploads/{small.json()['id']}"
    over = await client.put(
        f"{url}/content", content=b"x" * 11, headers={**me, "Upload-Offset": "0"}
    )
    assert_problem(over, 413)
    assert (await client.get(url, headers=me)).json()["received_bytes"] == 0


async def test_the_bytes_received_before_a_cut_are_kept(world, tmp_path):
    """A PUT broken off mid-body (a real socket, closed after part of the body): the server
    keeps what arrived, and says so in received_bytes."""
    import socket

    from tests.conftest import DATABASE_URL, SECRET
    from tests.live_server import live_server

    w = await network(world)
    env = {"DATABASE_URL": DATABASE_URL, "SECRET_KEY": SECRET,
           "DOCUMENT_DIR": str(tmp_path / "files")}
    with live_server(env) as server:
        import httpx

        async with httpx.AsyncClient(base_url=server.url) as http:
            created = await http.post(f"{API}/imports/uploads", headers=w["assoc1"].headers,
                                      json={"kind": "visits", "content_type": "text/csv"})
            url = f"{API}/imports/uploads/{created.json()['id']}"
            sent = b"x" * 5000
            with socket.create_connection((server.host, server.port)) as raw:
                raw.sendall(
                    f"PUT {url}/content HTTP/1.1\r\nHost: {server.host}\r\n"
                    f"Authorization: Bearer {w['assoc1'].token}\r\nUpload-Offset: 0\r\n"
                    "Content-Type: application/octet-stream\r\nContent-Length: 20000\r\n\r\n"
                    .encode() + sent
                )
                await asyncio.sleep(0.5)  # the server reads what was sent, then the cut
            for _ in range(100):
                held = (await http.get(url, headers=w["assoc1"].headers)).json()
                if held["received_bytes"]:
                    break
                await asyncio.sleep(0.1)
            assert held["received_bytes"] == len(sent)
            rest = await http.put(f"{url}/content", content=b"y" * 10,
                                  headers={**w["assoc1"].headers, "Upload-Offset": "5000"})
            assert rest.json()["received_bytes"] == 5010


async def test_the_scheduler_runs_queued_jobs_as_enc_worker_does(world, client, app):
    from app.services.jobs import IMPORT_JOBS, make_scheduler

    w = await network(world)
    started = await post_file(client, w["assoc1"], visits_csv(w["s1"].id, 4))
    scheduler = make_scheduler(app.state.sessionmaker, app.state.settings)
    assert await scheduler.run_pass([IMPORT_JOBS]) == {IMPORT_JOBS: 1}
    assert (await _job(client, w["assoc1"], started.json()["id"]))["status"] == "succeeded"
    assert await scheduler.run_pass([IMPORT_JOBS]) == {IMPORT_JOBS: 0}
    assert await count_rows(world, Visit) == 4


async def test_progress_is_written_while_the_job_runs(world, client, app, backend):
    """PostgreSQL: every heartbeat writes rows_read and bytes_read, so another process reads
    them (here, straight from the table)."""
    if backend != "postgresql":
        pytest.skip("SQLite: the import holds the write lock; progress is in the process")
    w = await network(world)
    started = await post_file(client, w["assoc1"], visits_csv(w["s1"].id, 40))
    job_id = uuid.UUID(started.json()["id"])
    running = asyncio.create_task(slow_runner(app).run_once())
    await running_in_this_process(str(job_id))
    seen = 0
    for _ in range(200):
        async with world.session() as session:
            seen = (await session.get(ImportJob, job_id)).bytes_read
        if seen:
            break
        await asyncio.sleep(0.05)
    assert seen > 0
    assert await asyncio.wait_for(running, 60) == 1
