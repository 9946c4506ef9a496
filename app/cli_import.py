"""`enc import visits|equipment FILE --api URL --key KEY`: the partners' importer.

It goes through the API, never the database, with the typed client generated in clients/python:
the file is sent in parts (`PUT /imports/uploads/{id}/content` with `Upload-Offset`); after a
network error it waits (backing off), asks the server how many bytes it holds and sends the
rest from there; then it starts the job (`POST /imports`) and polls it to the end, showing
rows and bytes, rate and time left. The report is printed as a table, the rejected rows are
written beside the file (`<stem>.rejected.csv`: the header, the rows as sent, their errors).
A run that gives up (the network down past its retries) leaves `.<file>.enc-import.json` beside
the file: the same command, run again, resumes that upload (or follows that job).

Exit codes: 0 every row accepted, 1 rows rejected, 2 a usage, connection or server failure.
"""

import csv
import io
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

OK, REJECTED, FAILED = 0, 1, 2
FINISHED = {"succeeded", "failed", "cancelled"}
CONTENT_TYPES = {
    ".csv": "text/csv",
    ".ndjson": "application/x-ndjson",
    ".jsonl": "application/x-ndjson",
}
REPORTED_ERRORS = 20  # on screen; the rejected-rows file has every reported one


class Failure(Exception):
    """Stop with exit code 2 and this message."""


def client_package():
    """The generated client: installed, or clients/python of a source checkout."""
    try:
        import enc_api_client
    except ImportError:
        checkout = Path(__file__).resolve().parent.parent / "clients" / "python"
        if not checkout.is_dir():
            raise Failure("the typed client is missing: pip install ./clients/python") from None
        sys.path.insert(0, str(checkout))
    import enc_api_client

    return enc_api_client


@dataclass
class Progression:
    """What the progress shows: a rich bar on a terminal, one line per step otherwise."""

    console: Console
    total: int
    started: float = field(default_factory=time.monotonic)
    bar: Progress | None = None
    task: Any = None
    last_line: float = 0.0

    def __enter__(self) -> "Progression":
        if self.console.is_terminal:
            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.fields[rows]} rows"),
                console=self.console,
            )
            self.bar.__enter__()
            self.task = self.bar.add_task("upload", total=self.total, rows=0)
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)

    def phase(self, name: str) -> None:
        self.started = time.monotonic()
        if self.bar is not None:
            self.bar.reset(self.task, description=name, total=self.total, rows=0)

    def show(self, name: str, done: int, rows: int, *, force: bool = False) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=done, rows=rows, refresh=force)
            return
        now = time.monotonic()
        if not force and now - self.last_line < 0.2:
            return
        self.last_line = now
        elapsed = max(now - self.started, 1e-6)
        rate = done / elapsed
        left = (self.total - done) / rate if rate > 0 else float("inf")
        percent = 100 * done / self.total if self.total else 100.0
        eta = "?" if left == float("inf") else f"{left:.1f} s"
        self.console.print(
            f"{name}: {rows} rows, {done}/{self.total} bytes ({percent:.0f} %), "
            f"{rate / 1024:.1f} KiB/s, time left {eta}",
            highlight=False,
        )

    def note(self, text: str) -> None:
        self.console.print(text, highlight=False)


class Importer:
    def __init__(
        self,
        api: str,
        key: str,
        *,
        console: Console,
        chunk_size: int,
        retries: int,
        poll_seconds: float,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        package = client_package()
        self.api = package
        self.client = package.AuthenticatedClient(
            base_url=api.rstrip("/"),
            token=key,
            prefix="",
            auth_header_name="X-API-Key",
            timeout=httpx.Timeout(60.0),
            raise_on_unexpected_status=False,
        )
        self.console = console
        self.chunk_size = chunk_size
        self.retries = retries
        self.poll_seconds = poll_seconds
        self.sleep = sleep

    # ---- calls, retried after network errors ----------------------------------------------------

    def _retrying(
        self,
        what: str,
        call: Callable[[], Any],
        on_retry: Callable[[], None] | None,
        progress: Progression | None = None,
    ):
        wait = 0.2
        for attempt in range(self.retries + 1):
            try:
                return call()
            except httpx.TransportError as exc:
                if attempt == self.retries:
                    raise Failure(
                        f"{what}: the connection failed {attempt + 1} times ({exc!r})"
                    ) from None
                message = (
                    f"connection lost during {what} ({type(exc).__name__}); retrying in "
                    f"{wait:.1f} s"
                )
                (progress.note if progress else self.console.print)(message)
                self.sleep(wait)
                wait = min(wait * 2, 10.0)
                if on_retry is not None:
                    try:
                        on_retry()
                    except httpx.TransportError:
                        continue
        raise AssertionError("unreachable")

    def _problem(self, response, what: str) -> Failure:
        detail = ""
        try:
            body = response.parsed.to_dict() if response.parsed is not None else {}
            detail = body.get("detail", "")
        except Exception:
            detail = response.content[:200].decode("utf-8", "replace")
        return Failure(f"{what}: HTTP {response.status_code} {detail}".rstrip())

    # ---- the steps ------------------------------------------------------------------------------

    def upload(
        self,
        kind: str,
        path: Path,
        content_type: str,
        progress: Progression,
        *,
        resume: str | None = None,
        remember: Callable[[str], None] = lambda _upload_id: None,
    ) -> tuple[str, str | None]:
        """The upload's id (and its job's, if one was started), resuming `resume` (an earlier
        run's upload of this file) where the server stopped."""
        from enc_api_client.api.imports import (
            append_import_upload,
            create_import_upload,
            get_import_upload,
        )
        from enc_api_client.models import ImportKind, ImportUploadCreate
        from enc_api_client.models.import_upload_create_content_type import (
            ImportUploadCreateContentType,
        )
        from enc_api_client.types import File

        size = path.stat().st_size
        body = ImportUploadCreate(
            kind=ImportKind(kind),
            content_type=ImportUploadCreateContentType(content_type),
            size=size,
            filename=path.name,
        )
        state = {"offset": 0, "rows": -1 if content_type == "text/csv" else 0}  # a header
        earlier = self._earlier(resume, kind, size) if resume else None
        if earlier is not None:
            upload_id = earlier.id
            if earlier.job_id:
                return str(upload_id), str(earlier.job_id)
            state["offset"] = earlier.received_bytes
            state["rows"] += _lines_before(path, state["offset"])
            progress.note(f"resuming an earlier upload of this file at byte {state['offset']}")
        else:
            created = self._retrying(
                "the upload's creation",
                lambda: create_import_upload.sync_detailed(client=self.client, body=body),
                None,
            )
            if created.status_code != 201:
                raise self._problem(created, "the upload was refused")
            upload_id = created.parsed.id
            remember(str(upload_id))

        def held() -> None:
            got = get_import_upload.sync_detailed(upload_id, client=self.client)
            if got.status_code != 200:
                raise self._problem(got, "the upload could not be read")
            state["offset"] = got.parsed.received_bytes
            progress.note(f"resuming the upload at byte {state['offset']} (the server holds it)")

        with path.open("rb") as source:

            def send():  # from what the server holds now (`held` after a cut)
                offset = state["offset"]
                source.seek(offset)
                chunk = source.read(self.chunk_size)
                response = append_import_upload.sync_detailed(
                    upload_id,
                    client=self.client,
                    body=File(payload=io.BytesIO(chunk), mime_type="application/octet-stream"),
                    upload_offset=offset,
                )
                return offset, chunk, response

            while state["offset"] < size:
                offset, chunk, sent = self._retrying("the upload", send, held, progress)
                if sent.status_code == 409:  # the server holds another count: resume from it
                    extra = sent.parsed.additional_properties if sent.parsed else {}
                    if "received_bytes" not in extra:
                        raise self._problem(sent, "the upload was refused")
                    state["offset"] = int(extra["received_bytes"])
                    continue
                if sent.status_code != 200:
                    raise self._problem(sent, "the upload was refused")
                received = sent.parsed.received_bytes
                if received > offset:
                    state["rows"] += chunk[: received - offset].count(b"\n")
                state["offset"] = received
                progress.show("upload", state["offset"], max(state["rows"], 0))
        progress.show("upload", size, max(state["rows"], 0), force=True)
        return str(upload_id), None

    def _earlier(self, upload_id: str, kind: str, size: int):
        """An earlier run's upload, if the server still has it for this file."""
        from enc_api_client.api.imports import get_import_upload

        got = self._retrying(
            "the earlier upload's check",
            lambda: get_import_upload.sync_detailed(upload_id, client=self.client),
            None,
        )
        if got.status_code != 200 or str(got.parsed.kind) != kind or got.parsed.size != size:
            return None
        return got.parsed

    def start(self, kind: str, upload_id: str, mode: str) -> str:
        from enc_api_client.api.imports import create_import_job, get_import_upload
        from enc_api_client.models import ImportJobCreate, ImportKind, ImportMode

        body = ImportJobCreate(kind=ImportKind(kind), upload_id=upload_id, mode=ImportMode(mode))
        found: dict[str, str] = {}

        def started_already() -> None:  # the 202 may have been lost with the connection
            got = get_import_upload.sync_detailed(upload_id, client=self.client)
            if got.status_code == 200 and got.parsed.job_id:
                found["job"] = str(got.parsed.job_id)

        def call():
            if "job" in found:
                return None
            return create_import_job.sync_detailed(client=self.client, body=body)

        created = self._retrying("the job's start", call, started_already)
        if created is None:
            return found["job"]
        if created.status_code != 202:
            raise self._problem(created, "the import job was refused")
        return str(created.parsed.id)

    def follow(self, job_id: str, progress: Progression) -> dict:
        from enc_api_client.api.imports import get_import_job

        progress.phase("import")
        while True:
            got = self._retrying(
                "the job's polling",
                lambda: get_import_job.sync_detailed(job_id, client=self.client),
                None,
                progress,
            )
            if got.status_code != 200:
                raise self._problem(got, "the import job could not be read")
            job = got.parsed.to_dict()
            progress.show(
                "import", job["bytes_read"], job["rows_read"], force=job["status"] in FINISHED
            )
            if job["status"] in FINISHED:
                return job
            self.sleep(self.poll_seconds)


# ---- the report and the rejected rows ------------------------------------------------------


def _lines_before(path: Path, offset: int) -> int:
    count = 0
    with path.open("rb") as source:
        while offset > 0:
            block = source.read(min(offset, 1024 * 1024))
            if not block:
                break
            count += block.count(b"\n")
            offset -= len(block)
    return count


def _marker(path: Path) -> Path:
    """Beside the file: the upload (and job) of a run that stopped, for the next to resume."""
    return path.with_name(f".{path.name}.enc-import.json")


def _saved(path: Path, kind: str) -> dict:
    marker = _marker(path)
    try:
        saved = json.loads(marker.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    stat = path.stat()
    # Another API (a new address) will not know the upload: asked, it answers 404 and the
    # run starts a new one.
    same = (saved.get("kind"), saved.get("size"), saved.get("mtime_ns")) == (
        kind,
        stat.st_size,
        stat.st_mtime_ns,
    )
    return saved if same else {}


def _save(path: Path, api: str, kind: str, **ids: str) -> None:
    stat = path.stat()
    values = {
        "api": api.rstrip("/"),
        "kind": kind,
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        **ids,
    }
    _marker(path).write_text(json.dumps(values), "utf-8")


def report_table(job: dict) -> Table:
    report = job.get("report") or {}
    table = Table(title="Report")
    table.add_column("")
    table.add_column("rows", justify="right")
    for label, value in (
        ("read", report.get("total_rows", job.get("rows_read"))),
        ("accepted", report.get("valid_rows", job.get("rows_accepted"))),
        ("rejected", report.get("invalid_rows", job.get("rows_rejected"))),
        ("created", report.get("created")),
        ("updated", report.get("updated")),
        ("unchanged", report.get("unchanged")),
    ):
        table.add_row(label, "" if value is None else str(value))
    return table


def errors_table(errors: list[dict]) -> Table:
    table = Table(title=f"Rejected rows (the first {min(len(errors), REPORTED_ERRORS)})")
    for name in ("line", "field", "message"):
        table.add_column(name)
    for error in errors[:REPORTED_ERRORS]:
        table.add_row(str(error["row"]), error.get("field") or "", error["message"])
    return table


def _messages(errors: list[dict]) -> dict[int, str]:
    by_line: dict[int, list[str]] = {}
    for error in errors:
        text = f"{error['field']}: {error['message']}" if error.get("field") else error["message"]
        by_line.setdefault(error["row"], []).append(text)
    return {line: "; ".join(texts) for line, texts in by_line.items()}


def write_rejected(path: Path, content_type: str, errors: list[dict]) -> Path:
    """`<stem>.rejected.csv` beside the file: the header, each rejected row as sent, and its
    errors (a row is found by the line the report names: where its record ends)."""
    target = path.with_name(f"{path.stem}.rejected.csv")
    messages = _messages(errors)
    with (
        path.open(newline="", encoding="utf-8-sig") as source,
        target.open("w", newline="", encoding="utf-8") as out,
    ):
        writer = csv.writer(out)
        if content_type == "text/csv":
            reader = csv.reader(source)
            header = next(reader, [])
            writer.writerow([*header, "errors"])
            for cells in reader:
                if reader.line_num in messages:
                    writer.writerow([*cells, messages.pop(reader.line_num)])
        else:
            writer.writerow(["line", "row", "errors"])
            for number, text in enumerate(source, start=1):
                if number in messages:
                    writer.writerow([number, text.rstrip("\r\n"), messages.pop(number)])
        for line, text in sorted(messages.items()):  # rows the file could not be read at
            writer.writerow(
                [f"(line {line})", text] if content_type != "text/csv" else [f"(line {line})", text]
            )
    return target


def run(
    kind: str,
    path: Path,
    *,
    api: str,
    key: str,
    mode: str = "all_or_nothing",
    chunk_size: int = 1024 * 1024,
    retries: int = 8,
    poll_seconds: float = 0.5,
    console: Console | None = None,
) -> int:
    console = console or Console()
    err = Console(stderr=True)
    try:
        content_type = CONTENT_TYPES.get(path.suffix.lower())
        if content_type is None:
            raise Failure(f"{path.name}: name a .csv, .ndjson or .jsonl file")
        if not path.is_file():
            raise Failure(f"{path}: no such file")
        importer = Importer(
            api,
            key,
            console=console,
            chunk_size=chunk_size,
            retries=retries,
            poll_seconds=poll_seconds,
        )
        saved = _saved(path, kind)
        with Progression(console, path.stat().st_size) as progress:
            upload_id, job_id = importer.upload(
                kind,
                path,
                content_type,
                progress,
                resume=saved.get("upload_id"),
                remember=lambda upload: _save(path, api, kind, upload_id=upload),
            )
            if job_id is None:
                job_id = importer.start(kind, upload_id, mode)
                _save(path, api, kind, upload_id=upload_id, job_id=job_id)
                progress.note(f"import job {job_id} started")
            else:
                progress.note(f"following import job {job_id}, started by an earlier run")
            job = importer.follow(job_id, progress)
        _marker(path).unlink(missing_ok=True)
    except Failure as exc:
        err.print(f"Error: {exc}", highlight=False)
        if path.is_file() and _marker(path).exists():
            err.print("Run the same command again to resume where it stopped.", highlight=False)
        return FAILED
    console.print(f"import job {job['id']}: {job['status']}", highlight=False)
    console.print(report_table(job))
    report = job.get("report") or {}
    errors = report.get("errors") or []
    stale = path.with_name(f"{path.stem}.rejected.csv")
    if errors:
        console.print(errors_table(errors))
        target = write_rejected(path, content_type, errors)
        console.print(f"rejected rows written to {target}", highlight=False)
    elif stale.exists():
        stale.unlink()  # from an earlier run of this file
    if job["status"] == "failed" and not report:
        problem = job.get("problem") or {}
        err.print(f"Error: the import failed: {problem.get('detail', '')}", highlight=False)
        return FAILED
    if job["status"] == "cancelled":
        err.print("Error: the import was cancelled; nothing was written.", highlight=False)
        return FAILED
    if job["status"] == "failed":
        console.print(
            "Nothing was written (all or nothing): fix the rows, or run again with --mode partial.",
            highlight=False,
        )
    return REJECTED if report.get("invalid_rows") else OK
