"""An RFC 5545 (iCalendar) writer for calendars of events: what calendar apps subscribe to.

Only what the API publishes: VCALENDAR with VEVENTs whose times are in UTC. Lines end in CRLF
and are folded at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1); TEXT values
escape backslash, semicolon, comma and newlines (§3.3.11).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from starlette.responses import Response

MEDIA_TYPE = "text/calendar"
CRLF = "\r\n"
FOLD_OCTETS = 75
PRODID = "-//Ville de Roubaix//ENC API//FR"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    starts_at: datetime
    ends_at: datetime
    summary: str
    stamp: datetime
    location: str | None = None
    description: str | None = None
    status: str = "CONFIRMED"  # CONFIRMED | TENTATIVE | CANCELLED
    sequence: int = 0
    categories: tuple[str, ...] = field(default_factory=tuple)


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def utc_stamp(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("iCalendar times are written from aware datetimes")
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str) -> str:
    """One content line, folded: continuation lines start with a space, and no line is longer
    than 75 octets (the leading space included)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= FOLD_OCTETS:
        return line + CRLF
    parts: list[str] = []
    limit = FOLD_OCTETS
    current = bytearray()
    for char in line:
        size = len(char.encode("utf-8"))
        if len(current) + size > limit:
            parts.append(current.decode("utf-8"))
            current = bytearray()
            limit = FOLD_OCTETS - 1  # the continuation's leading space counts
        current.extend(char.encode("utf-8"))
    parts.append(current.decode("utf-8"))
    return (CRLF + " ").join(parts) + CRLF


def _event_lines(event: CalendarEvent) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{utc_stamp(event.stamp)}",
        f"LAST-MODIFIED:{utc_stamp(event.stamp)}",
        f"SEQUENCE:{event.sequence}",
        f"DTSTART:{utc_stamp(event.starts_at)}",
        f"DTEND:{utc_stamp(event.ends_at)}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.categories:
        lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in event.categories))
    lines += [f"STATUS:{event.status}", "END:VEVENT"]
    return lines


def calendar_header(name: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        "X-WR-TIMEZONE:Europe/Paris",
    ]
    return "".join(fold(line) for line in lines)


def event_block(event: CalendarEvent) -> str:
    return "".join(fold(line) for line in _event_lines(event))


CALENDAR_FOOTER = "END:VCALENDAR" + CRLF


def write_calendar(name: str, events: Iterable[CalendarEvent]) -> str:
    return calendar_header(name) + "".join(event_block(e) for e in events) + CALENDAR_FOOTER


def calendar_response(name: str, events: Iterable[CalendarEvent], filename: str) -> Response:
    """The calendar as an HTTP answer: UTF-8 `text/calendar`, shown inline under `filename`."""
    return Response(
        content=write_calendar(name, events).encode("utf-8"),
        media_type=f"{MEDIA_TYPE}; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="{filename}"'},
    )
