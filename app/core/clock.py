"""The clock: the time now in UTC (what is stored) and the date today in Roubaix (what dates
such as an agreement's end or a label's expiry are read against). Every module imports these
names from here, so a test can pin one module's clock with
`monkeypatch.setattr("app.services.<domain>.<module>.today", ...)`."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


def utcnow() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    """The calendar date in Roubaix, not in UTC."""
    return datetime.now(PARIS).date()
