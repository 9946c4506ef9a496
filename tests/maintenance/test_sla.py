"""SLA arithmetic with a fixed clock: evenings, weekends, Easter Monday, 14 July."""

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core.clock import PARIS
from app.services.maintenance.sla import (
    add_business_time,
    add_clock_time,
    business_time_between,
    easter_sunday,
    french_public_holidays,
    is_business_day,
)


def paris(*args) -> datetime:
    return datetime(*args, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2011, date(2011, 4, 24)),
    ],
)
def test_easter(year, expected):
    assert easter_sunday(year) == expected


def test_holidays_2026():
    holidays = french_public_holidays(2026)
    assert date(2026, 4, 6) in holidays  # Easter Monday
    assert date(2026, 5, 14) in holidays  # Ascension
    assert date(2026, 5, 25) in holidays  # Whit Monday
    assert date(2026, 7, 14) in holidays
    assert len(holidays) == 11
    assert not is_business_day(date(2026, 7, 14))
    assert is_business_day(date(2026, 7, 15))


def test_within_one_day():
    start = paris(2026, 11, 24, 10, 0)  # Tuesday
    assert add_business_time(start, timedelta(hours=4)) == paris(2026, 11, 24, 14, 0)


def test_evening_rolls_to_next_morning():
    start = paris(2026, 11, 24, 16, 0)
    assert add_business_time(start, timedelta(hours=4)) == paris(2026, 11, 25, 11, 0)


def test_reported_at_night_starts_next_opening():
    start = paris(2026, 11, 24, 22, 30)
    assert add_business_time(start, timedelta(hours=1)) == paris(2026, 11, 25, 10, 0)


def test_weekend_is_skipped():
    start = paris(2026, 11, 27, 17, 0)  # Friday
    assert add_business_time(start, timedelta(hours=2)) == paris(2026, 11, 30, 10, 0)


def test_easter_monday_is_skipped():
    start = paris(2026, 4, 3, 17, 0)  # Friday before Easter
    # Saturday, Sunday and Easter Monday 6 April are not business days.
    assert add_business_time(start, timedelta(hours=3)) == paris(2026, 4, 7, 11, 0)


def test_fourteenth_of_july_is_skipped():
    start = paris(2026, 7, 13, 17, 0)  # Monday
    assert add_business_time(start, timedelta(hours=9)) == paris(2026, 7, 15, 17, 0)


def test_multi_day_target():
    start = paris(2026, 11, 23, 9, 0)  # Monday
    # 3 business days = 27 h: Monday, Tuesday, Wednesday full days.
    assert add_business_time(start, timedelta(hours=27)) == paris(2026, 11, 25, 18, 0)


def test_result_is_utc_and_dst_is_respected():
    start = paris(2026, 3, 27, 17, 0)  # Friday before the switch to summer time
    due = add_business_time(start, timedelta(hours=2))
    assert due.tzinfo == UTC
    assert due == paris(2026, 3, 30, 10, 0)
    assert due.hour == 8  # CEST is UTC+2


def test_business_time_between_counts_only_open_hours():
    assert business_time_between(
        paris(2026, 11, 27, 17, 0), paris(2026, 11, 30, 10, 0)
    ) == timedelta(hours=2)
    assert business_time_between(paris(2026, 7, 13, 17, 0), paris(2026, 7, 15, 9, 0)) == timedelta(
        hours=1
    )
    assert business_time_between(paris(2026, 1, 2, 10, 0), paris(2026, 1, 2, 9, 0)) == timedelta(0)


def test_add_and_between_are_inverse():
    start = paris(2026, 12, 23, 15, 17)
    for hours in (1, 5, 9, 17, 40, 100):
        due = add_business_time(start, timedelta(hours=hours))
        assert business_time_between(start, due) == timedelta(hours=hours)


def test_calendar_clock_counts_every_hour():
    start = paris(2026, 12, 24, 20, 0)
    assert add_clock_time(start, 24, "calendar") == paris(2026, 12, 25, 20, 0)
    assert add_clock_time(start, 1, "business") == paris(2026, 12, 28, 10, 0)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        add_business_time(datetime(2026, 1, 5, 10), timedelta(hours=1))
