"""Unit tests of the derived views of a space's weekly hours (app/services/opening_hours.py)."""

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from app.services.spaces.opening_hours import is_open_at, osm_opening_hours, weekly_hours

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def slot(day: str, opens: str, closes: str) -> dict:
    """A slot as stored in the JSON column (times as ISO strings with seconds)."""
    return {"weekday": day, "opens": f"{opens}:00", "closes": f"{closes}:00"}


@pytest.mark.parametrize(
    ("slots", "expected"),
    [
        ([], None),
        ([slot("monday", "09:00", "12:00")], "Mo 09:00-12:00"),
        ([slot(d, "09:00", "12:00") for d in DAYS[:5]], "Mo-Fr 09:00-12:00"),
        ([slot(d, "09:00", "12:00") for d in DAYS], "Mo-Su 09:00-12:00"),
        ([slot(d, "10:00", "18:00") for d in DAYS[:3]], "Mo-We 10:00-18:00"),
        # two days side by side are listed, not ranged
        (
            [slot("saturday", "10:00", "12:00"), slot("sunday", "10:00", "12:00")],
            "Sa,Su 10:00-12:00",
        ),
        # same hours on days that are not consecutive stay separate rules
        (
            [slot("monday", "09:00", "12:00"), slot("wednesday", "09:00", "12:00")],
            "Mo 09:00-12:00; We 09:00-12:00",
        ),
        # split days: ranges of a day joined by a comma, in time order
        (
            [slot("monday", "14:00", "18:00"), slot("monday", "09:00", "12:00")],
            "Mo 09:00-12:00,14:00-18:00",
        ),
        (
            [slot(d, "14:00", "18:00") for d in DAYS[:5]]
            + [slot(d, "09:00", "12:00") for d in DAYS[:2]],
            "Mo,Tu 09:00-12:00,14:00-18:00; We-Fr 14:00-18:00",
        ),
        # a gap breaks the run; days come out in week order whatever the input order
        (
            [
                slot("friday", "09:00", "12:00"),
                slot("monday", "09:00", "12:00"),
                slot("tuesday", "09:00", "12:00"),
                slot("thursday", "09:00", "12:00"),
            ],
            "Mo,Tu 09:00-12:00; Th,Fr 09:00-12:00",
        ),
        ([slot("sunday", "00:00", "23:59")], "Su 00:00-23:59"),
        (
            [
                slot("tuesday", "09:30", "12:15"),
                slot("wednesday", "09:30", "12:15"),
                slot("thursday", "09:30", "12:15"),
                slot("saturday", "14:00", "17:00"),
            ],
            "Tu-Th 09:30-12:15; Sa 14:00-17:00",
        ),
    ],
)
def test_osm_opening_hours(slots, expected):
    assert osm_opening_hours(slots) == expected


def test_osm_accepts_time_objects_and_short_strings():
    slots = [
        {"weekday": "monday", "opens": time(9, 0), "closes": time(12, 0)},
        {"weekday": "tuesday", "opens": "09:00", "closes": "12:00"},
    ]
    assert osm_opening_hours(slots) == "Mo,Tu 09:00-12:00"


@pytest.mark.parametrize(
    ("slots", "expected"),
    [
        ([], 0),
        ([slot("monday", "09:00", "12:00")], 3),
        ([slot(d, "09:00", "12:00") for d in DAYS[:5]], 15),
        ([slot("monday", "09:00", "12:00"), slot("monday", "14:00", "18:30")], 7.5),
        ([slot("friday", "09:10", "09:30")], 0.33),
        ([slot("sunday", "00:00", "23:59")], 23.98),
    ],
)
def test_weekly_hours(slots, expected):
    assert weekly_hours(slots) == expected


WEEK = [
    slot("monday", "09:00", "12:00"),
    slot("monday", "14:00", "18:00"),
    slot("saturday", "10:00", "12:00"),
]
CLOSURES = [{"from": "2026-12-24", "to": "2027-01-02", "reason": "Fêtes"}]
MONDAY = date(2026, 7, 6)  # summer time: Paris is UTC+2


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (datetime(2026, 7, 6, 8, 59), False),
        (datetime(2026, 7, 6, 9, 0), True),  # opens is inclusive
        (datetime(2026, 7, 6, 11, 59), True),
        (datetime(2026, 7, 6, 12, 0), False),  # closes is exclusive
        (datetime(2026, 7, 6, 13, 0), False),  # the lunch gap of a split day
        (datetime(2026, 7, 6, 17, 30), True),
        (datetime(2026, 7, 7, 10, 0), False),  # Tuesday: no slot
        (datetime(2026, 7, 11, 11, 0), True),  # Saturday
    ],
)
def test_is_open_at_local_times(local, expected):
    assert is_open_at(WEEK, [], local) is expected


def test_exceptional_closures_win_over_slots():
    # 28 December 2026 is a Monday, inside the closure (both ends included)
    assert is_open_at(WEEK, CLOSURES, datetime(2026, 12, 28, 10, 0)) is False
    assert is_open_at(WEEK, CLOSURES, datetime(2026, 12, 26, 11, 0)) is False  # Saturday
    assert is_open_at(WEEK, CLOSURES, datetime(2027, 1, 2, 11, 0)) is False  # last day
    assert is_open_at(WEEK, CLOSURES, datetime(2026, 12, 21, 10, 0)) is True  # the Monday before
    assert is_open_at(WEEK, CLOSURES, datetime(2027, 1, 4, 10, 0)) is True  # the Monday after


def test_aware_moments_are_read_on_the_paris_clock():
    # 07:30 UTC is 09:30 in Paris in July (UTC+2): open; 10:30 UTC is 12:30: closed
    assert is_open_at(WEEK, [], datetime(2026, 7, 6, 7, 30, tzinfo=UTC)) is True
    assert is_open_at(WEEK, [], datetime(2026, 7, 6, 10, 30, tzinfo=UTC)) is False
    # in winter Paris is UTC+1: 08:30 UTC is 09:30 local
    assert is_open_at(WEEK, [], datetime(2026, 1, 5, 8, 30, tzinfo=UTC)) is True
    assert is_open_at(WEEK, [], datetime(2026, 1, 5, 7, 30, tzinfo=UTC)) is False
    # the day changes with the zone too: Sunday 23:30 UTC is Monday 01:30 in Paris
    sunday_night = datetime(2026, 7, 5, 23, 30, tzinfo=UTC)
    assert is_open_at([slot("monday", "00:00", "02:00")], [], sunday_night) is True
    assert is_open_at([slot("sunday", "23:00", "23:59")], [], sunday_night) is False
    # a closure is a Paris date: 1 January 00:30 in Paris is still 31 December in UTC
    new_year = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    early_friday = [slot("friday", "00:00", "02:00")]
    assert is_open_at(early_friday, [], new_year) is True
    assert is_open_at(early_friday, CLOSURES, new_year) is False
    other_zone = datetime(2026, 7, 6, 3, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert is_open_at(WEEK, [], other_zone) is True  # 09:30 in Paris
