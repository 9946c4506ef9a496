"""Auto-close of resolved tickets: reads show it from the dates and never write; the
scheduler's job writes it down once, even with two workers running the same pass."""

import asyncio
import contextlib
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, func, select, update

from app.core.clock import utcnow
from app.core.db import create_engine, create_sessionmaker
from app.core.scheduler import Scheduler
from app.models.audit import AuditEvent
from app.models.maintenance import MaintenanceTicket, TicketEvent
from app.models.outbox import OutboxEvent
from app.services.jobs import TICKET_AUTOCLOSE, scheduled_jobs
from tests.conftest import make_settings
from tests.maintenance.test_maintenance_tickets import BASE, move, net, open_ticket  # noqa: F401

WRITES = ("INSERT", "UPDATE", "DELETE")


def is_write(statement: str) -> bool:
    return statement.lstrip().upper().startswith(WRITES) or "FOR UPDATE" in statement.upper()


@contextlib.contextmanager
def sql_seen(engine):
    """Every statement the engine sends, and per transaction committed "COMMIT" (read only) or
    "COMMIT WRITES" (after an INSERT, UPDATE, DELETE or SELECT … FOR UPDATE)."""
    seen: list[str] = []

    def on_execute(conn, _cursor, statement, *_args) -> None:
        seen.append(statement)
        if is_write(statement):
            conn.info["wrote"] = True

    def on_commit(conn) -> None:
        seen.append("COMMIT WRITES" if conn.info.pop("wrote", False) else "COMMIT")

    def on_rollback(conn) -> None:
        conn.info.pop("wrote", None)

    events = (("before_cursor_execute", on_execute), ("commit", on_commit),
              ("rollback", on_rollback))
    for name, listener in events:
        event.listen(engine.sync_engine, name, listener)
    try:
        yield seen
    finally:
        for name, listener in events:
            event.remove(engine.sync_engine, name, listener)


def writes_in(statements: list[str]) -> list[str]:
    return [s for s in statements if is_write(s) or s == "COMMIT WRITES"]


async def resolved_ticket(client, w, app, days_ago: float) -> str:
    tid = (await open_ticket(client, w["assoc1"], w["s1"].id))["id"]
    for to, comment in (("acknowledged", None), ("in_progress", None), ("resolved", "Réparé")):
        await move(client, w["partner"], tid, to, comment)
    async with app.state.sessionmaker() as session:
        await session.execute(
            update(MaintenanceTicket)
            .where(MaintenanceTicket.id == uuid.UUID(tid))
            .values(resolved_at=utcnow() - timedelta(days=days_ago))
        )
        await session.commit()
    return tid


async def effects(app, tid: str) -> tuple[int, int, int]:
    """(timeline events, outbox events, audit events) of the ticket's automatic close."""
    async with app.state.sessionmaker() as session:
        timeline = await session.scalar(
            select(func.count()).select_from(TicketEvent).where(
                TicketEvent.ticket_id == uuid.UUID(tid), TicketEvent.to_status == "closed"
            )
        )
        outbox = [
            e.payload for e in (await session.execute(
                select(OutboxEvent).where(
                    OutboxEvent.event_type == "ticket.status_changed",
                    OutboxEvent.resource_id == tid,
                )
            )).scalars()
        ]
        audit = [
            e.changes for e in (await session.execute(
                select(AuditEvent).where(
                    AuditEvent.resource_id == tid,
                    AuditEvent.action == "maintenance_ticket.transition",
                )
            )).scalars()
        ]
    outbox_closed = sum(1 for p in outbox if p["to"] == "closed")
    audited = sum(1 for c in audit if c.get("automatic") is True)
    return timeline, outbox_closed, audited


@pytest.mark.commits
async def test_reads_of_a_ticket_due_to_close_never_write(net, client, app):  # noqa: F811
    due = await resolved_ticket(client, net, app, days_ago=8)
    stats_params = {
        "from": (utcnow() - timedelta(days=30)).isoformat(),
        "to": (utcnow() + timedelta(days=1)).isoformat(),
        "group_by": "operator",
    }
    reads = [
        (BASE, None),
        (BASE, {"format": "csv"}),
        (BASE, {"status": "closed"}),
        (BASE, {"status": "resolved"}),
        (f"{BASE}/{due}", None),
        (f"{BASE}/{due}/events", None),
        ("/api/v1/stats/maintenance", stats_params),
    ]
    # The per-caller rate limit counts requests in the database unless REDIS_URL is set: a
    # write of its own, not the auto-close's; off here so that the probe sees only the reads.
    app.state.settings = make_settings(rate_limit_enabled=False)
    try:
        with sql_seen(app.state.engine) as seen:
            answers = {}
            for account in ("city", "vol1", "partner"):
                for path, params in reads:
                    response = await client.get(path, params=params, headers=net[account].headers)
                    assert response.status_code == 200, (path, params, response.text)
                    answers[account, path, str(params)] = response
    finally:
        app.state.settings = make_settings()
    assert seen, "the probe saw the reads' statements"
    assert writes_in(seen) == []
    # The caller's authentication ends its read-only transaction (one COMMIT per request at
    # most, app/routers/deps.py); the tickets' reads commit nothing of their own.
    assert seen.count("COMMIT") <= len(answers)

    # ... and the reads already show the ticket closed, as of its delay
    shown = answers["vol1", f"{BASE}/{due}", "None"].json()
    assert shown["status"] == "closed" and shown["allowed_transitions"] == []
    resolved_at = datetime.fromisoformat(shown["resolved_at"])
    assert datetime.fromisoformat(shown["closed_at"]) == resolved_at + timedelta(days=7)
    closed = answers["city", BASE, str({"status": "closed"})].json()["items"]
    assert [t["id"] for t in closed] == [due]
    assert answers["city", BASE, str({"status": "resolved"})].json()["items"] == []
    listed = answers["city", BASE, "None"].json()["items"]
    assert [(t["id"], t["status"]) for t in listed] == [(due, "closed")]
    assert due in answers["city", BASE, str({"format": "csv"})].text
    assert await effects(app, due) == (0, 0, 0)  # nothing written yet: that is the job's

    # the probe does see writes: a comment inserts and commits
    with sql_seen(app.state.engine) as seen:
        response = await client.post(
            f"{BASE}/{due}/comments", json={"body": "Merci"}, headers=net["vol1"].headers
        )
        assert response.status_code == 201, response.text
    assert any(s.startswith("INSERT") for s in writes_in(seen)) and "COMMIT WRITES" in seen


async def test_writes_act_on_the_effective_status(net, client, app):  # noqa: F811
    due = await resolved_ticket(client, net, app, days_ago=8)
    fresh = await resolved_ticket(client, net, app, days_ago=6)
    refused = await client.post(
        f"{BASE}/{due}/transitions",
        json={"to": "in_progress", "comment": "Encore en panne"},
        headers=net["vol1"].headers,
    )
    assert refused.status_code == 409, refused.text
    await move(client, net["assoc1"], due, "closed", expect=409)
    patched = await client.patch(
        f"{BASE}/{due}", json={"title": "Autre titre"}, headers=net["assoc1"].headers
    )
    assert patched.status_code == 409, patched.text
    assert "closed" in patched.json()["detail"]
    # within the delay the requester may still reopen
    reopened = await move(client, net["vol1"], fresh, "in_progress", "Encore en panne")
    assert reopened["status"] == "in_progress"
    assert await effects(app, due) == (0, 0, 0)


async def test_the_job_closes_a_stale_ticket_once_with_its_effects(net, client, app):  # noqa: F811
    due = await resolved_ticket(client, net, app, days_ago=8)
    fresh = await resolved_ticket(client, net, app, days_ago=6)
    before = (await client.get(f"{BASE}/{due}", headers=net["city"].headers)).json()
    scheduler = Scheduler(
        app.state.sessionmaker, scheduled_jobs(app.state.sessionmaker, app.state.settings)
    )
    assert await scheduler.run_pass([TICKET_AUTOCLOSE]) == {TICKET_AUTOCLOSE: 1}
    assert await scheduler.run_pass([TICKET_AUTOCLOSE]) == {TICKET_AUTOCLOSE: 0}
    assert await effects(app, due) == (1, 1, 1)
    assert await effects(app, fresh) == (0, 0, 0)
    after = (await client.get(f"{BASE}/{due}", headers=net["city"].headers)).json()
    assert (after["status"], after["closed_at"]) == (before["status"], before["closed_at"])
    assert after["allowed_transitions"] == []
    async with app.state.sessionmaker() as session:
        row = await session.get(MaintenanceTicket, uuid.UUID(due))
        assert row.status == "closed"
        assert row.closed_at == row.resolved_at + timedelta(days=7)
        assert (await session.get(MaintenanceTicket, uuid.UUID(fresh))).status == "resolved"
        outbox = (
            await session.execute(
                select(OutboxEvent).where(OutboxEvent.resource_id == due)
                .order_by(OutboxEvent.sequence.desc())
            )
        ).scalars().first()
    assert outbox.payload == {"id": due, "from": "resolved", "to": "closed", "automatic": True}
    timeline = (await client.get(f"{BASE}/{due}/events", headers=net["city"].headers)).json()
    [closing] = [e for e in timeline["items"] if e["to_status"] == "closed"]
    assert closing["from_status"] == "resolved" and closing["actor_user_id"] is None
    assert closing["body"] == "Clos automatiquement après 7 jours."
    assert closing["occurred_at"] == after["closed_at"]


@pytest.mark.commits
async def test_two_workers_close_each_stale_ticket_exactly_once(net, client, app):  # noqa: F811
    stale = [await resolved_ticket(client, net, app, days_ago=8 + n) for n in range(6)]
    settings = make_settings()
    engines = [create_engine(settings), create_engine(settings)]
    try:
        schedulers = [
            Scheduler(maker, scheduled_jobs(maker, settings))
            for maker in (create_sessionmaker(e) for e in engines)
        ]
        results = await asyncio.gather(*(s.run_pass([TICKET_AUTOCLOSE]) for s in schedulers))
        again = await asyncio.gather(*(s.run_pass([TICKET_AUTOCLOSE]) for s in schedulers))
    finally:
        for engine in engines:
            await engine.dispose()
    assert sum(r[TICKET_AUTOCLOSE] for r in results) == len(stale)
    assert [r[TICKET_AUTOCLOSE] for r in again] == [0, 0]
    for tid in stale:
        assert await effects(app, tid) == (1, 1, 1), tid
