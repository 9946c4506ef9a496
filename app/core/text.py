"""What any text and any date a client sends must be, checked once at the edge.

* Text is Unicode NFC, so that a unique value, a search and a sort see one spelling of it
  ("é" sent precomposed or as "e" + combining acute is one value). Emoji, right-to-left marks
  and every other character NFC keeps come back as sent.
* No control character: none in a path, a query value or a header (but the tab a header may
  hold); in a body's text none but tab, line feed and carriage return. PostgreSQL cannot store
  NUL at all, and no other control character is text anyone means to send.
* Dates and instants fall in years 1900 to 2200: any such value converts to UTC and back, on
  both backends (`9999-12-31T23:59:59-05:00` does not).

`app.models.base.InputModel` applies the first two to every request body and import row,
`app.core.edge.EdgeMiddleware` to paths, query strings and headers, and `Moment` and `Day` are
the types of date and datetime query parameters. Passwords are exempt from normalisation
(`VERBATIM`): they are hashed as sent, never stored.
"""

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

YEAR_MIN, YEAR_MAX = 1900, 2200
CALENDAR_RANGE = f"Years {YEAR_MIN} to {YEAR_MAX}."
# C0 controls and DEL, but for tab, line feed and carriage return (body text).
BODY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Every C0 control and DEL (paths, query values).
ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Header values: RFC 9110 allows the tab.
HEADER_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


class Verbatim:
    """Marks a field whose text is taken exactly as sent (a password): no NFC, no trimming.
    `Annotated[str, VERBATIM]`."""

    def __repr__(self) -> str:
        return "VERBATIM"


VERBATIM = Verbatim()


def control_message(text: str, pattern: re.Pattern[str] = BODY_CONTROL) -> str | None:
    """What is wrong with `text`, or None: the first control character and where it is."""
    found = pattern.search(text)
    if found is None:
        return None
    rule = (
        "text may hold tabs and line breaks, no other control character"
        if pattern is BODY_CONTROL
        else "no control character is allowed here"
    )
    code = f"U+{ord(found.group()):04X}"
    return f"contains the control character {code} at position {found.start()}; {rule}"


def nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """Body text: NFC, or a validation error naming the control character."""
    message = control_message(text)
    if message is not None:
        raise PydanticCustomError("control_character", message)
    return nfc(text)


# No request field holds text deeper than this; a value nested deeper is left to the field's
# own validation (which refuses it), so that a hostile body cannot exhaust the stack here.
MAX_DEPTH = 32


def clean_value(value: Any, *, into_objects: bool = True, depth: int = 0) -> Any:
    """Every text in a JSON value cleaned: strings, list items, object keys and values (objects
    only when `into_objects`: a nested model checks its own fields, naming them)."""
    if isinstance(value, str):
        return clean_text(value)
    if depth >= MAX_DEPTH:
        return value
    if isinstance(value, list | tuple):
        return [clean_value(item, into_objects=into_objects, depth=depth + 1) for item in value]
    if isinstance(value, dict) and into_objects:
        return {
            clean_text(k) if isinstance(k, str) else k: clean_value(v, depth=depth + 1)
            for k, v in value.items()
        }
    return value


def in_calendar(value: Any) -> Any:
    """A date or datetime (or a list of them) in years 1900 to 2200, else a validation error."""
    if isinstance(value, date):  # datetimes too
        if not YEAR_MIN <= value.year <= YEAR_MAX:
            raise PydanticCustomError(
                "date_out_of_range",
                "{value} is outside the dates this API accepts: years {low} to {high}",
                {"value": value.isoformat(), "low": YEAR_MIN, "high": YEAR_MAX},
            )
    elif isinstance(value, list | tuple):
        for item in value:
            in_calendar(item)
    return value


# Query parameters: a datetime or a date in the documented range.
Moment = Annotated[datetime, AfterValidator(in_calendar)]
Day = Annotated[date, AfterValidator(in_calendar)]
