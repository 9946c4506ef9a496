"""Bulk imports, written once: one streamed pipeline for every resource that imports.

The body is read as it arrives (CSV with a header, or NDJSON), so memory does not grow with the
file; each row is validated against the resource's row model as it comes, and the resource's
`ImportWriter` checks and writes the good rows in batches, all in one transaction. This module
decides what may be kept — all-or-nothing by default (any bad row: 422 with the report, rolled
back), the good rows with `mode=partial`, nothing with `dry_run` — and shapes the report. Row
numbers are line numbers in the file as sent (a CSV header is line 1).

The file's text is read as a body's is (`app.core.text`): NFC, and a cell (or an NDJSON value)
holding a control character other than tab and line breaks is a bad row naming its column.
"""

import asyncio
import codecs
import csv
import json
import re
import unicodedata
from collections.abc import AsyncIterator, Callable, Iterable
from enum import StrEnum
from typing import Annotated, Any, Protocol, TypeVar

from pydantic import BaseModel, BeforeValidator, StringConstraints, ValidationError
from pydantic import Field as PydanticField
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import UnsupportedMediaType, ValidationFailed
from app.core.text import BODY_CONTROL, MAX_DEPTH, control_message
from app.core.vocabulary import vocabulary

R = TypeVar("R", bound=BaseModel)

CSV_TYPES = ("text/csv",)
NDJSON_TYPES = ("application/x-ndjson", "application/ndjson", "application/jsonl")
MAX_REPORTED_ERRORS = 1000
# An NDJSON line that may decode to a control character: worth walking its values for one.
_ESCAPED_CONTROL = re.compile(r"\\u00(?:[01][0-9a-fA-F]|7[fF])")


@vocabulary(
    "import_mode",
    "Mode d'un import en masse",
    {
        "all_or_nothing": ("Tout ou rien", "All or nothing"),
        "partial": ("Lignes valides seulement", "Valid rows only"),
    },
    english="Mode of a bulk import",
)
class ImportMode(StrEnum):
    all_or_nothing = "all_or_nothing"
    partial = "partial"


def _clipped(limit: int) -> Any:
    """Text cut to `limit` characters: a report quotes names and values from the file sent."""
    cut = BeforeValidator(lambda text: text[:limit] if isinstance(text, str) else text)
    return Annotated[str, cut, StringConstraints(max_length=limit)]


class RowError(BaseModel):
    row: int = PydanticField(description="Line number in the file (a CSV header is line 1).")
    field: _clipped(200) | None = PydanticField(
        description="The column at fault; null for the whole row."
    )
    message: _clipped(1000)


class ImportReport(BaseModel):
    mode: ImportMode
    dry_run: bool
    total_rows: int
    valid_rows: int
    invalid_rows: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = PydanticField(
        max_length=MAX_REPORTED_ERRORS,
        description=f"Every bad row (the first {MAX_REPORTED_ERRORS}).",
    )


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def refusal(result: ImportReport) -> ValidationFailed:
    """All-or-nothing with bad rows: 422 carrying the report (nothing was written)."""
    return ValidationFailed(
        f"{result.invalid_rows} of {result.total_rows} rows are not valid; nothing was "
        "written. Fix them, or send ?mode=partial to load the valid rows.",
        errors=[
            {
                "loc": ["body", e.row] + ([e.field] if e.field else []),
                "msg": e.message,
                "type": "import_row",
            }
            for e in result.errors
        ],
        report=result.model_dump(mode="json"),
    )


def _parsed_records(
    numbers: Iterable[int], texts: list[str]
) -> list[tuple[int, list[str] | csv.Error]]:
    """Each record's cells; a record the csv module refuses (a bare carriage return in an
    unquoted cell, say) is kept as its error, so that it is reported as a bad row."""
    numbers = list(numbers)
    try:
        return list(zip(numbers, csv.reader(texts), strict=True))
    except csv.Error:
        parsed: list[tuple[int, list[str] | csv.Error]] = []
        for number, text in zip(numbers, texts, strict=True):
            try:
                parsed.append((number, next(csv.reader([text]), [])))
            except csv.Error as exc:
                parsed.append((number, exc))
        return parsed


def _normalised(lines: list[str]) -> list[str]:
    """Complete lines in NFC (a line break never combines, so each line normalises alone)."""
    if unicodedata.is_normalized("NFC", "\n".join(lines)):
        return lines
    return [unicodedata.normalize("NFC", text) for text in lines]


def _control_in(values: Any, name: str | None, depth: int = 0) -> tuple[str | None, str] | None:
    """The first text of a decoded NDJSON value holding a control character: (its top-level
    field, the message). Deeper than any row's fields, the row model refuses the value."""
    if isinstance(values, str):
        message = control_message(values)
        return None if message is None else (name, message)
    if depth >= MAX_DEPTH:
        return None
    if isinstance(values, dict):
        for key, value in values.items():
            found = _control_in(key, name or key) or _control_in(value, name or key, depth + 1)
            if found:
                return found
    elif isinstance(values, list):
        for value in values:
            found = _control_in(value, name, depth + 1)
            if found:
                return found
    return None


def _order(error: RowError) -> tuple[int, str]:
    return error.row, error.field or ""


class ImportTally:
    """What an import keeps of its rows: counts, and the first reported errors (by line), never
    the rows, so a million-row file costs what a thousand-row one does."""

    def __init__(self, mode: ImportMode, dry_run: bool = False) -> None:
        self.mode, self.dry_run = mode, dry_run
        self.total = 0
        self.invalid = 0
        self.errors: list[RowError] = []
        self._last_bad = -1
        self._cutoff: tuple[int, str] | None = None  # errors from here on are not reported

    def reject(self, line: int, field_name: str | None, message: str) -> None:
        """A row's errors come together; rows may come out of order (a batch is checked after
        the lines its chunk could not read), so the first errors are kept by line."""
        if line != self._last_bad:
            self.invalid += 1
            self._last_bad = line
        if self._cutoff is not None and (line, field_name or "") >= self._cutoff:
            return
        self.errors.append(RowError(row=line, field=field_name, message=message))
        if len(self.errors) >= 2 * MAX_REPORTED_ERRORS:
            self._trim()

    def reject_later(self, rejected: list[tuple[int, str | None, str]], count: int) -> None:
        """Rows found bad after streaming (e.g. in-file duplicates, found in SQL): `count` rows,
        of which `rejected` are the first few."""
        self.invalid += count
        self.errors.extend(RowError(row=r, field=f, message=m) for r, f, m in rejected)
        self._trim()

    def _trim(self) -> None:
        self.errors.sort(key=_order)
        if len(self.errors) > MAX_REPORTED_ERRORS:
            del self.errors[MAX_REPORTED_ERRORS:]
            self._cutoff = _order(self.errors[-1])

    @property
    def refuses(self) -> bool:
        return self.invalid > 0 and self.mode == ImportMode.all_or_nothing

    def validate(self, model: type[R], line: int, values: dict[str, Any]) -> R | None:
        try:
            # pydantic-core directly: SQLModel's model_validate wrapper costs more than the
            # validation itself, which counts at a million rows.
            return model.__pydantic_validator__.validate_python(values)
        except ValidationError as exc:
            for error in exc.errors():
                loc = ".".join(str(part) for part in error.get("loc", ())) or None
                self.reject(line, loc, error.get("msg", "invalid"))
            return None

    def report(self, *, created: int = 0, updated: int = 0, unchanged: int = 0) -> ImportReport:
        return ImportReport(
            mode=self.mode,
            dry_run=self.dry_run,
            total_rows=self.total,
            valid_rows=self.total - self.invalid,
            invalid_rows=self.invalid,
            created=created,
            updated=updated,
            unchanged=unchanged,
            errors=sorted(self.errors, key=_order)[:MAX_REPORTED_ERRORS],
        )

    def refuse_if_bad(self) -> None:
        if self.refuses:
            raise refusal(self.report())


def import_form(content_type: str | None) -> str:
    """ "csv" or "ndjson"; 415 for anything else (asked before the body is read)."""
    media = _media_type(content_type)
    if media in CSV_TYPES:
        return "csv"
    if media in NDJSON_TYPES:
        return "ndjson"
    raise UnsupportedMediaType(
        "Send a CSV file with a header row (text/csv) or NDJSON (application/x-ndjson).",
        accepted=list(CSV_TYPES + NDJSON_TYPES),
    )


class RawLines:
    """Complete CSV lines as sent, for a writer that reads them itself (PostgreSQL's COPY, say):
    they hold no quote, no control character, no carriage return and are NFC, so each line is
    one record and the csv module would split it at its commas. Lines `first` to
    `first + count - 1` of the file, each ending with a line feed. `rows` reads lines the
    usual way (blank lines skipped, bad ones to the tally), for those the writer leaves."""

    __slots__ = ("first", "text", "count", "header", "_read")

    def __init__(self, first: int, text: str, header: list[str], read: Callable) -> None:
        self.first, self.text, self.header, self._read = first, text, header, read
        self.count = text.count("\n")

    def rows(self, numbered: Iterable[tuple[int, str]] | None = None) -> list[tuple[int, dict]]:
        """(line, values) of the given (line, text) pairs, or of every line."""
        if numbered is None:
            lines = self.text.split("\n")[: self.count]
            numbered = zip(range(self.first, self.first + self.count), lines, strict=True)
        numbers, texts = [], []
        for number, text in numbered:
            numbers.append(number)
            texts.append(text)
        return self._read(numbers, texts)


def _plain_lines(text: str) -> bool:
    return (
        '"' not in text
        and "\r" not in text
        and not BODY_CONTROL.search(text)
        and unicodedata.is_normalized("NFC", text)
    )


async def stream_records(
    chunks: AsyncIterator[bytes],
    form: str,
    tally: ImportTally,
    *,
    blank_cells: bool = False,
    raw_lines: bool = False,
) -> AsyncIterator[list[tuple[int, dict[str, Any]]] | RawLines]:
    """The body's rows as they arrive, a batch per received chunk: (line, values). Rows that
    cannot even be read (bad JSON, extra CSV cells) go to the tally as rejected. With
    `raw_lines`, a CSV chunk's complete lines after the header come as `RawLines` when they
    are plain (see there): the writer reads them, not this module.

    A CSV row's empty cells are values left out, and are dropped from its values; with
    `blank_cells` they are kept (as "" or blanks, for the caller to treat as left out) when the
    header names each column once — a cheaper dict for a caller that looks values up by name."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    pending = ""  # an incomplete last line
    record: list[str] = []  # the lines of a CSV record whose quotes are still open
    quotes = 0
    line = 0
    header: list[str] | None = None
    plain = False  # the header names each column once: values are dict(zip(header, cells))

    def csv_records(lines: list[str]) -> tuple[Iterable[int], list[str]]:
        """The complete records among the lines, with the line each ends on."""
        nonlocal line, quotes
        if not record and not any('"' in text for text in lines):  # one line, one record
            first, line = line + 1, line + len(lines)
            return range(first, line + 1), lines
        numbers, texts = [], []
        for text in lines:
            line += 1
            record.append(text)
            quotes += text.count('"')
            if quotes % 2 == 0:
                numbers.append(line)
                texts.append("\n".join(record))
                record.clear()
                quotes = 0
        return numbers, texts

    def csv_batch(lines: list[str]) -> list[tuple[int, dict[str, Any]]]:
        return csv_rows(*csv_records(lines))

    def csv_rows(numbers: Iterable[int], texts: list[str]) -> list[tuple[int, dict[str, Any]]]:
        nonlocal header, plain
        suspect = any(BODY_CONTROL.search(text) for text in texts)
        rows = []
        for number, cells in _parsed_records(numbers, texts):
            if isinstance(cells, csv.Error):
                if header is None:
                    raise ValidationFailed(
                        f"The CSV header is not valid CSV: {cells}.", loc=("body",)
                    )
                tally.total += 1
                tally.reject(number, None, f"this line is not valid CSV: {cells}")
                continue
            if header is None:
                header = [name.strip() for name in cells]
                if not any(header):
                    raise ValidationFailed("The CSV file has no header row.", loc=("body",))
                if suspect and (bad := next(filter(None, map(control_message, header)), None)):
                    raise ValidationFailed(f"The CSV header {bad}.", loc=("body", 1))
                plain = blank_cells and all(header) and len(set(header)) == len(header)
                continue
            if (not cells or not cells[0].strip()) and not any(c.strip() for c in cells):
                continue  # a blank line
            tally.total += 1
            if len(cells) > len(header):
                tally.reject(number, None, "this row has more cells than the header has columns")
                continue
            if suspect:
                bad = [
                    (name or None, message)
                    for name, cell in zip(header, cells, strict=False)
                    if (message := control_message(cell))
                ]
                for name, message in bad:
                    tally.reject(number, name, message)
                if bad:
                    continue
            if plain:
                rows.append((number, dict(zip(header, cells, strict=False))))
            else:  # an empty cell is a value left out, not an empty string
                values = zip(header, cells, strict=False)
                rows.append((number, {n: v for n, v in values if n and v.strip()}))
        return rows

    def ndjson_batch(lines: list[str]) -> list[tuple[int, dict[str, Any]]]:
        nonlocal line
        rows = []
        for text in lines:
            line += 1
            if not text.strip():
                continue
            tally.total += 1
            try:
                values = json.loads(text)
            except json.JSONDecodeError as exc:
                tally.reject(line, None, f"not valid JSON: {exc.msg}")
                continue
            if not isinstance(values, dict):
                tally.reject(line, None, "each line must be a JSON object")
                continue
            if _ESCAPED_CONTROL.search(text) and (found := _control_in(values, None)):
                tally.reject(line, *found)
                continue
            rows.append((line, values))
        return rows

    batch = csv_batch if form == "csv" else ndjson_batch
    raw_lines = raw_lines and form == "csv"
    async for chunk in chunks:
        try:
            text = pending + decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise ValidationFailed("The file is not UTF-8 text.", loc=("body",)) from exc
        if raw_lines and header is not None and not record:
            cut = text.rfind("\n") + 1
            complete = text[:cut]
            if "\r" in complete:  # CRLF line ends, as `removesuffix("\r")` reads them
                complete = complete.replace("\r\n", "\n")
            if complete and _plain_lines(complete):
                batch_of = RawLines(line + 1, complete, header, csv_rows)
                line += batch_of.count
                pending = text[cut:]
                yield batch_of
                continue
        lines = text.split("\n")
        pending = lines.pop()
        if lines:
            yield batch(_normalised([t.removesuffix("\r") for t in lines]))
    try:
        pending += decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise ValidationFailed("The file is not UTF-8 text.", loc=("body",)) from exc
    tail = _normalised([pending.removesuffix("\r")]) if pending else []
    rows = batch(tail) if tail else []
    if form == "csv" and record:
        tally.total += 1
        tally.reject(line, None, "a quoted cell is never closed")
    elif form == "csv" and header is None:
        raise ValidationFailed("The CSV file has no header row.", loc=("body",))
    if rows:
        yield rows


class ImportWriter(Protocol):
    """A resource's side of an import: it checks the rows the pipeline has read (against its
    rules and its stored data) and writes the good ones, a batch at a time, in the session's
    transaction. Rows it finds bad go to the tally, whose `refuses` and `dry_run` say whether
    anything may be kept; the pipeline commits or rolls back."""

    blank_cells: bool  # CSV: keep blank cells (see `stream_records`)
    created: int
    updated: int
    unchanged: int

    async def open(self) -> None:
        """Before the first row: staging tables and the like."""

    async def take(self, rows: list[tuple[int, dict[str, Any]]], tally: ImportTally) -> None:
        """Rows as they arrive: (line, values), in line order."""

    # Optional: a writer with `raw_lines = True` gets plain CSV lines as `RawLines` through
    # `take_raw(lines, tally)`, in line order with the batches `take` gets.

    async def finish(self, tally: ImportTally) -> None:
        """After the last row: what is still pending, and checks that need the whole file."""

    async def abandon(self, cancelled: bool) -> None:
        """The import failed or was cancelled: let go of work in flight (then rolled back)."""

    async def close(self) -> None:
        """The import stands: drop what `open` made (before the commit)."""


async def run_import(
    session: AsyncSession,
    writer: ImportWriter,
    chunks: AsyncIterator[bytes],
    form: str,
    *,
    mode: ImportMode,
    dry_run: bool,
    record: Callable[[ImportReport], None],
) -> ImportReport:
    """The import, in one transaction: the body streamed through `writer`, then refused (422
    with the report), rolled back (`dry_run`) or recorded and committed. An error, a client
    gone away or a cancelled request rolls everything back. `form` comes from `import_form`,
    asked before a byte of the body is read."""
    tally = ImportTally(mode, dry_run)
    raw = getattr(writer, "raw_lines", False)  # optional: see `RawLines`
    await writer.open()
    try:
        async for rows in stream_records(
            chunks, form, tally, blank_cells=writer.blank_cells, raw_lines=raw
        ):
            if isinstance(rows, RawLines):
                await writer.take_raw(rows, tally)
            else:
                await writer.take(rows, tally)
        await writer.finish(tally)
        tally.refuse_if_bad()
    except BaseException as exc:
        await writer.abandon(cancelled=isinstance(exc, asyncio.CancelledError))
        await session.rollback()
        raise
    result = tally.report(
        created=writer.created, updated=writer.updated, unchanged=writer.unchanged
    )
    await writer.close()
    if dry_run:
        await session.rollback()
        return result
    record(result)
    await session.commit()
    return result
