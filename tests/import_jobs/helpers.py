"""Runners and requests for the import job tests."""

import asyncio

from app.services.import_jobs.live import LIVE
from app.services.import_jobs.runner import ImportRunner
from tests.visits.visit_helpers import API, HEADER, csv_row


def visits_csv(space_id, count: int, start: int = 1) -> str:
    return HEADER + "".join(csv_row(n, space_id) for n in range(start, start + count))


def runner(app, **settings) -> ImportRunner:
    values = {"import_lease_seconds": 30, "import_heartbeat_seconds": 0.05} | settings
    return ImportRunner(
        app.state.sessionmaker,
        app.state.settings.model_copy(update=values),
        storage=app.state.document_storage,
    )


class SlowRunner(ImportRunner):
    """A runner that reads its upload slowly, a small piece at a time (a large file)."""

    pause = 0.05
    piece = 200

    async def _read(self, job):
        async for chunk in super()._read(job):
            for start in range(0, len(chunk), self.piece):
                await asyncio.sleep(self.pause)
                yield chunk[start : start + self.piece]


def slow_runner(app, **settings) -> SlowRunner:
    plain = runner(app, **settings)
    return SlowRunner(
        plain.sessionmaker,
        app.state.settings.model_copy(
            update={
                "import_lease_seconds": plain.lease.total_seconds(),
                "import_heartbeat_seconds": plain.heartbeat,
            }
        ),
        storage=app.state.document_storage,
    )


async def until(predicate, seconds: float = 20) -> None:
    for _ in range(int(seconds / 0.02)):
        if predicate():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


async def running_in_this_process(job_id) -> None:
    import uuid

    key = uuid.UUID(job_id)
    await until(lambda: key in LIVE and LIVE[key].rows_read > 0)


async def post_file(client, who, body: str, kind: str = "visits", **params):
    return await client.post(
        f"{API}/imports",
        content=body.encode(),
        params={"kind": kind, **params},
        headers={**who.headers, "Content-Type": "text/csv"},
    )
