"""The jobs this process is running now: their task (cancelled by DELETE in this process at
once) and their progress (read by GET before the runner's next heartbeat writes it)."""

import asyncio
import uuid
from dataclasses import dataclass


@dataclass
class LiveJob:
    task: asyncio.Task | None = None
    rows_read: int = 0
    bytes_read: int = 0
    fenced: bool = False  # the import's commit has claimed the job
    applied: bool = False  # ... and was committed: the rows are written
    cancelled: bool = False  # stopped by DELETE


LIVE: dict[uuid.UUID, LiveJob] = {}
