"""Serving a stored file over HTTP: which bytes a request asks for (RFC 9110 conditional and
range requests) and how its name is given (RFC 6266). Knows no domain: the service gives the
file's ETag and size, the router sends what this decides.

One range is served (`bytes=a-b`, `bytes=a-`, `bytes=-n`); a request for several is answered
with the whole file (200), which RFC 9110 allows. `If-Range` with a stale ETag also gets it
whole. An unsatisfiable range is 416 with `Content-Range: bytes */size`.
"""

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from app.core.errors import RangeNotSatisfiable

_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Plan:
    """What to send: nothing (304), or bytes [start, end) of the file, whole or partial."""

    not_modified: bool = False
    start: int = 0
    end: int = 0
    partial: bool = False


def _tags(header: str | None) -> set[str]:
    if not header:
        return set()
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def plan(
    *,
    etag: str,
    size: int,
    if_none_match: str | None,
    range_header: str | None,
    if_range: str | None,
) -> Plan:
    held = _tags(if_none_match)
    if etag in held or "*" in held:
        return Plan(not_modified=True)
    whole = Plan(start=0, end=size)
    if not range_header or (if_range is not None and if_range.strip() != etag):
        return whole
    if "," in range_header:
        return whole  # several ranges: the whole file instead (RFC 9110 §14.2)
    match = _RANGE.match(range_header)
    if match is None:
        return whole  # a Range this server does not understand is ignored
    first, last = match.groups()
    if not first and not last:
        return whole
    if not first:  # the last n bytes
        length = int(last)
        if length == 0 or size == 0:
            raise _unsatisfiable(size)
        return Plan(start=max(size - length, 0), end=size, partial=True)
    start = int(first)
    end = size if not last else min(int(last) + 1, size)
    if start >= size or (last and int(last) < start):
        raise _unsatisfiable(size)
    return Plan(start=start, end=end, partial=True)


def _unsatisfiable(size: int) -> RangeNotSatisfiable:
    return RangeNotSatisfiable(
        f"The file has {size} bytes; the requested range is outside it.",
        headers={"Content-Range": f"bytes */{size}"},
    )


def content_disposition(filename: str, *, inline: bool = False) -> str:
    """`attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 / RFC 8187): an ASCII fallback
    for old clients and the exact name, percent-encoded, for the others."""
    fallback = unicodedata.normalize("NFKD", filename).encode("ascii", "ignore").decode()
    fallback = re.sub(r"[^A-Za-z0-9._ -]", "_", fallback).strip() or "document"
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
