"""Webhooks end to end against a real HTTP receiver on 127.0.0.1 (Standard Webhooks)."""

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from standardwebhooks.webhooks import Webhook

from app.core.actor import SYSTEM
from app.models.space import SpaceUpdate
from app.models.webhook import WebhookDelivery, WebhookSubscription
from app.services.spaces import records as spaces
from app.services.webhooks.dispatcher import (
    Dispatcher,
    TargetRefused,
    backoff_delay,
    resolve_target,
)
from tests.conftest import make_settings

API = "/api/v1"


class Receiver:
    """A tiny HTTP/1.1 server: answers `statuses` in turn (then 204), records what it got."""

    def __init__(self, statuses=(), delay: float = 0.0) -> None:
        self.statuses = list(statuses)
        self.delay = delay
        self.received: list[tuple[dict, bytes]] = []
        self.accepted: list[dict] = []

    async def __aenter__(self) -> "Receiver":
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/hook"
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.close()

    async def _handle(self, reader, writer) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode().split("\r\n")
            headers = {k.strip().lower(): v.strip() for k, v in
                       (line.split(":", 1) for line in lines[1:] if ":" in line)}
            body = await reader.readexactly(int(headers.get("content-length", 0)))
            self.received.append((headers, body))
            if self.delay:
                await asyncio.sleep(self.delay)
            status = self.statuses.pop(0) if self.statuses else 204
            if 200 <= status < 300:
                self.accepted.append(json.loads(body))
            writer.write(f"HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                         .encode())
            await writer.drain()
        finally:
            writer.close()


@pytest.fixture
def hook_settings():
    return make_settings(webhook_allow_private_targets=True, webhook_timeout_seconds=2,
                         webhook_backoff_base_seconds=0.01, webhook_backoff_max_seconds=0.02,
                         webhook_max_consecutive_failures=3)


async def _subscribe(world, client, url, events=("space.created", "space.updated")) -> dict:
    world.app.state.settings = make_settings(webhook_allow_private_targets=True)
    try:
        city = await world.user("city")
        response = await client.post(f"{API}/webhooks", headers=city.headers,
                                     json={"url": url, "event_types": list(events)})
    finally:
        world.app.state.settings = make_settings()
    assert response.status_code == 201, response.text
    return response.json()


async def _drain(dispatcher: Dispatcher, passes: int = 30) -> None:
    for _ in range(passes):
        await dispatcher.run_once()
        await asyncio.sleep(0.03)


def test_backoff_schedule_with_fixed_random():
    delays = [backoff_delay(n, base=30, cap=3600, rand=lambda: 0.5) for n in range(1, 10)]
    assert delays[:4] == [22.5, 45.0, 90.0, 180.0]  # base·2^(n-1), three quarters of it
    assert delays[-1] == 2700.0  # capped at 3600, then jittered
    assert backoff_delay(3, base=30, cap=3600, rand=lambda: 0.0) == 60.0
    assert backoff_delay(3, base=30, cap=3600, rand=lambda: 1.0) == 120.0


async def test_signed_in_order_and_exactly_once_after_recovery(world, client, hook_settings):
    async with Receiver(statuses=[500, 503]) as receiver:
        created = await _subscribe(world, client, receiver.url)
        association = await world.association()
        space = await world.space(association.id, status="planned")
        async with world.session() as session:
            for n in range(3):
                await spaces.update_space(session, SYSTEM, space.id,
                                          SpaceUpdate(name=f"Nom {n}"), None)
        dispatcher = Dispatcher(world.app.state.sessionmaker, hook_settings)
        await _drain(dispatcher)
    verifier = Webhook(created["secret"])
    for headers, body in receiver.received:
        verifier.verify(body, headers)  # raises on a bad signature
    types = [(e["type"], e["data"]["name"]) for e in receiver.accepted]
    assert types == [("space.created", space.name), ("space.updated", "Nom 0"),
                     ("space.updated", "Nom 1"), ("space.updated", "Nom 2")]
    first_ids = [h["webhook-id"] for h, _ in receiver.received[:3]]
    assert len(set(first_ids)) == 1  # the same message retried, same webhook-id
    async with world.session() as session:
        rows = (await session.execute(select(WebhookDelivery))).scalars().all()
        assert {r.status for r in rows} == {"succeeded"}
        subscription = await session.get(WebhookSubscription, rows[0].subscription_id)
        assert subscription.consecutive_failures == 0
    city = await world.user("city")
    log = await client.get(f"{API}/webhooks/{created['id']}/deliveries", headers=city.headers)
    assert log.status_code == 200 and len(log.json()["items"]) == 4
    assert "secret" not in (await client.get(f"{API}/webhooks/{created['id']}",
                                             headers=city.headers)).json()


async def test_killed_mid_delivery_loses_nothing(world, client, hook_settings):
    async with Receiver(delay=1.0) as receiver:
        await _subscribe(world, client, receiver.url)
        association = await world.association()
        await world.space(association.id, status="planned")
        first = Dispatcher(world.app.state.sessionmaker, hook_settings)
        task = asyncio.create_task(first.run_once())
        for _ in range(100):
            if receiver.received:
                break
            await asyncio.sleep(0.02)
        task.cancel()  # killed while the receiver holds the request
        with pytest.raises(asyncio.CancelledError):
            await task
        receiver.delay = 0
        # Restarted: the claim is leased; once the lease ran out the row is sent again.
        later = datetime.now(UTC) + first.lease + timedelta(seconds=1)
        restarted = Dispatcher(world.app.state.sessionmaker, hook_settings, clock=lambda: later)
        await _drain(restarted, 3)
    assert [e["type"] for e in receiver.accepted] == ["space.created"]
    async with world.session() as session:
        row = (await session.execute(select(WebhookDelivery))).scalar_one()
        assert row.status == "succeeded"


async def test_auto_disabled_after_consecutive_failures(world, client, hook_settings):
    async with Receiver(statuses=[500] * 10) as receiver:
        created = await _subscribe(world, client, receiver.url)
        association = await world.association()
        await world.space(association.id, status="planned")
        await _drain(Dispatcher(world.app.state.sessionmaker, hook_settings))
    assert len(receiver.received) == 3  # then disabled: no more attempts
    city = await world.user("city")
    shown = (await client.get(f"{API}/webhooks/{created['id']}", headers=city.headers)).json()
    assert shown["status"] == "disabled" and "3 consecutive" in shown["disabled_reason"]


@pytest.mark.commits
async def test_two_dispatchers_never_send_one_event_twice(world, client, hook_settings):
    async with Receiver(delay=0.2) as receiver:
        await _subscribe(world, client, receiver.url)
        association = await world.association()
        for _ in range(4):
            await world.space(association.id, status="planned")
        one = Dispatcher(world.app.state.sessionmaker, hook_settings)
        two = Dispatcher(world.app.state.sessionmaker, hook_settings)
        for _ in range(5):
            await asyncio.gather(one.run_once(), two.run_once())
    ids = [h["webhook-id"] for h, _ in receiver.received]
    assert len(ids) == 4 and len(set(ids)) == 4


async def test_ping_and_redeliver(world, client, hook_settings):
    async with Receiver() as receiver:
        created = await _subscribe(world, client, receiver.url)
        city = await world.user("city")
        world.app.state.settings = hook_settings
        try:
            ping = await client.post(f"{API}/webhooks/{created['id']}/ping",
                                     headers=city.headers)
        finally:
            world.app.state.settings = make_settings()
        assert ping.status_code == 200 and ping.json()["ok"] is True
        headers, body = receiver.received[0]
        Webhook(created["secret"]).verify(body, headers)
        assert json.loads(body)["type"] == "webhook.ping"
        delivery_id = ping.json()["delivery"]["id"]
        again = await client.post(
            f"{API}/webhooks/{created['id']}/deliveries/{delivery_id}/redeliver",
            headers=city.headers)
        assert again.status_code == 202, again.text
        await _drain(Dispatcher(world.app.state.sessionmaker, hook_settings), 3)
        assert [h["webhook-id"] for h, _ in receiver.received] == [headers["webhook-id"]] * 2


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/hook", "http://localhost/hook", "http://10.0.0.5/x",
    "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "http://192.168.1.1/",
    "ftp://example.org/x", "http://user:pw@93.184.215.14/",
])
async def test_ssrf_targets_refused(url):
    with pytest.raises(TargetRefused):
        await resolve_target(url, make_settings())


async def test_https_only_in_production_and_api_refusal(world, client):
    production = make_settings(env="production")
    with pytest.raises(TargetRefused):
        await resolve_target("http://93.184.215.14/hook", production)
    assert await resolve_target("https://93.184.215.14/hook", production) == ["93.184.215.14"]
    city = await world.user("city")
    body = {"url": "http://127.0.0.1:9/x", "event_types": ["space.created"]}
    refused = await client.post(f"{API}/webhooks", headers=city.headers, json=body)
    assert refused.status_code == 422


async def test_slow_receiver_times_out(world, client):
    settings = make_settings(webhook_allow_private_targets=True, webhook_timeout_seconds=0.3)
    async with Receiver(delay=2) as receiver:
        await _subscribe(world, client, receiver.url)
        association = await world.association()
        await world.space(association.id, status="planned")
        await Dispatcher(world.app.state.sessionmaker, settings).run_once()
    async with world.session() as session:
        row = (await session.execute(select(WebhookDelivery))).scalar_one()
    assert row.status == "pending" and "timed out" in row.last_error and row.attempts == 1
