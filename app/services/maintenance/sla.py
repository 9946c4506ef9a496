"""Service-level clocks: business hours (Monday–Friday 09:00–18:00 Europe/Paris, French public
holidays computed) or calendar hours. Pure functions of their arguments — no "now" inside — so
the arithmetic is tested with a fixed clock."""

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from app.core.clock import PARIS

DAY_OPENS, DAY_CLOSES = time(9, 0), time(18, 0)


def easter_sunday(year: int) -> date:
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@lru_cache(maxsize=64)
def french_public_holidays(year: int) -> frozenset[date]:
    easter = easter_sunday(year)
    return frozenset(
        {
            date(year, 1, 1),  # Jour de l'an
            easter + timedelta(days=1),  # Lundi de Pâques
            date(year, 5, 1),  # Fête du travail
            date(year, 5, 8),  # Victoire 1945
            easter + timedelta(days=39),  # Ascension
            easter + timedelta(days=50),  # Lundi de Pentecôte
            date(year, 7, 14),  # Fête nationale
            date(year, 8, 15),  # Assomption
            date(year, 11, 1),  # Toussaint
            date(year, 11, 11),  # Armistice
            date(year, 12, 25),  # Noël
        }
    )


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in french_public_holidays(day.year)


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("aware datetimes only")
    return moment.astimezone(PARIS)


def _at(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=PARIS)


def add_business_time(start: datetime, duration: timedelta) -> datetime:
    """The instant when `duration` of business time has elapsed after `start`."""
    remaining = duration
    current = _local(start)
    while True:
        day = current.date()
        if is_business_day(day):
            opens, closes = _at(day, DAY_OPENS), _at(day, DAY_CLOSES)
            begin = max(current, opens)
            if begin < closes:
                available = closes - begin
                if remaining <= available:
                    return (begin + remaining).astimezone(UTC)
                remaining -= available
        current = _at(day + timedelta(days=1), time(0, 0))


def business_time_between(start: datetime, end: datetime) -> timedelta:
    """Business time elapsed from `start` to `end` (zero when end <= start)."""
    if end <= start:
        return timedelta(0)
    total = timedelta(0)
    current, stop = _local(start), _local(end)
    while current < stop:
        day = current.date()
        if is_business_day(day):
            begin = max(current, _at(day, DAY_OPENS))
            finish = min(stop, _at(day, DAY_CLOSES))
            if finish > begin:
                total += finish - begin
        current = _at(day + timedelta(days=1), time(0, 0))
    return total


def add_clock_time(start: datetime, hours: float, clock: str) -> datetime:
    duration = timedelta(hours=hours)
    if clock == "calendar":
        return start + duration
    return add_business_time(start, duration)


def clock_time_between(start: datetime, end: datetime, clock: str) -> timedelta:
    if clock == "calendar":
        return max(end - start, timedelta(0))
    return business_time_between(start, end)
